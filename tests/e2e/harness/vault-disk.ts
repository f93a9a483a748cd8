/**
 * The Node side of the fs bridge: a fresh temporary copy of a vault, and the handler that serves
 * the page's reads and writes from it. Paths from the page are vault-relative and may not leave
 * the vault. A write goes to a temporary file that is then renamed over the note, so a note is
 * never seen half-written.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { DiskEntry, FsRequest, FsResponse } from "../standin/bridge";

export class VaultDisk {
  readonly root: string;
  private tmpCounter = 0;

  private constructor(root: string) {
    this.root = root;
  }

  /** Copies `source` into a new temporary folder. */
  static copyOf(source: string): VaultDisk {
    if (!existsSync(source)) throw new Error(`no vault at ${source}`);
    const root = join(mkdtempSync(join(tmpdir(), "cc-e2e-")), "vault");
    cpSync(source, root, { recursive: true });
    return new VaultDisk(root);
  }

  dispose(): void {
    rmSync(dirname(this.root), { recursive: true, force: true });
  }

  /** Absolute path of a vault-relative one; refuses anything outside the vault. */
  abs(path: string): string {
    const full = resolve(this.root, path);
    if (full !== this.root && !full.startsWith(this.root + sep)) throw new Error(`path leaves the vault: ${path}`);
    return full;
  }

  private entry(path: string): DiskEntry | null {
    const full = this.abs(path);
    if (!existsSync(full)) return null;
    const st = statSync(full);
    return {
      path,
      type: st.isDirectory() ? "folder" : "file",
      ctime: Math.round(st.ctimeMs),
      mtime: Math.round(st.mtimeMs),
      size: st.size,
    };
  }

  list(): DiskEntry[] {
    const out: DiskEntry[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const full = join(dir, name);
        const path = relative(this.root, full).split(sep).join("/");
        const e = this.entry(path);
        if (e === null) continue;
        out.push(e);
        if (e.type === "folder") walk(full);
      }
    };
    walk(this.root);
    return out;
  }

  /** The note's bytes, exactly (for assertions). */
  bytes(path: string): Buffer {
    return readFileSync(this.abs(path));
  }

  text(path: string): string {
    return readFileSync(this.abs(path), "utf8");
  }

  exists(path: string): boolean {
    return existsSync(this.abs(path));
  }

  /** Writes atomically: a temporary file beside the target, renamed over it. */
  writeAtomic(path: string, data: string | Buffer): void {
    const full = this.abs(path);
    const temp = `${full}.cc-e2e-${process.pid}-${++this.tmpCounter}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, full);
  }

  handle(request: FsRequest): FsResponse {
    try {
      return { ok: true, value: this.run(request) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private run(request: FsRequest): unknown {
    switch (request.op) {
      case "list":
        return this.list();
      case "read":
        return this.text(request.path);
      case "stat":
        return this.entry(request.path);
      case "exists":
        return this.exists(request.path);
      case "write":
        if (!existsSync(dirname(this.abs(request.path)))) throw new Error(`folder does not exist: ${request.path}`);
        this.writeAtomic(request.path, request.data);
        return this.entry(request.path);
      case "create":
        if (this.exists(request.path)) throw new Error(`already exists: ${request.path}`);
        if (!existsSync(dirname(this.abs(request.path)))) throw new Error(`folder does not exist: ${request.path}`);
        writeFileSync(this.abs(request.path), request.data, { flag: "wx" });
        return this.entry(request.path);
      case "mkdir":
        mkdirSync(this.abs(request.path), { recursive: true });
        return null;
      case "rename":
        if (this.exists(request.to)) throw new Error(`destination exists: ${request.to}`);
        renameSync(this.abs(request.from), this.abs(request.to));
        return null;
      case "remove":
        rmSync(this.abs(request.path), { recursive: true });
        return null;
    }
  }
}
