/**
 * The vault: a file tree mirrored from a real folder on disk (through the fs bridge), with
 * Obsidian's events. Writes are serialised per file, and `process` is one read-modify-write that
 * no other write of the same file can interleave with; on disk each write is a temporary file
 * renamed over the old one.
 */
import type * as O from "obsidian";
import { FileTree, normalizePath, parentPath, TFile, TFolder } from "../../standin/files";
import type { DiskEntry } from "./bridge";
import { disk } from "./disk";

/** Characters Obsidian refuses in file names (on every platform, so notes sync everywhere). */
const FORBIDDEN_NAME = /[*"\\/<>:|?]/;

type VaultMembers =
  "getName" | "create" | "createFolder" | "read" | "cachedRead" | "delete" | "trash" | "rename" | "modify" | "append" | "process";

export class Vault extends FileTree implements Pick<O.Vault, VaultMembers> {
  adapter: VaultAdapter;
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly vaultName: string) {
    super("vault");
    this.adapter = new VaultAdapter(vaultName);
  }

  getName(): string {
    return this.vaultName;
  }

  /** Loads the tree from disk, firing `create` for each file and folder as Obsidian does at start-up. */
  async loadFromDisk(): Promise<void> {
    const entries = (await disk.list()).sort((a, b) => a.path.localeCompare(b.path));
    for (const entry of entries) {
      if (this.isHidden(entry.path)) continue;
      const item = entry.type === "folder" ? new TFolder(this, entry.path) : this.fileFrom(entry);
      this.attach(item);
      this.trigger("create", item);
    }
  }

  /** Obsidian keeps dot-folders (the config folder, .trash, .git) out of the vault's tree. */
  isHidden(path: string): boolean {
    return path.split("/").some((part) => part.startsWith("."));
  }

  private fileFrom(entry: DiskEntry): TFile {
    const file = new TFile(this, entry.path);
    file.stat = { ctime: entry.ctime, mtime: entry.mtime, size: entry.size };
    return file;
  }

  /** Runs writes to one path one after the other. */
  private exclusive<T>(path: string, job: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(path) ?? Promise.resolve();
    const next = previous.then(job, job);
    const settled = next.catch(() => undefined);
    this.locks.set(path, settled);
    void settled.then(() => {
      if (this.locks.get(path) === settled) this.locks.delete(path);
    });
    return next;
  }

  /** Resolves once every write that has started has finished (stand-in only). */
  async settled(): Promise<void> {
    while (this.locks.size > 0) await Promise.all([...this.locks.values()]);
  }

  async read(file: O.TFile): Promise<string> {
    const own = this.ownFile(file);
    const data = await disk.read(own.path);
    this.contents.set(own.path, data);
    return data;
  }

  async cachedRead(file: O.TFile): Promise<string> {
    const own = this.ownFile(file);
    return this.contents.get(own.path) ?? this.read(own);
  }

  private checkName(path: string): void {
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (FORBIDDEN_NAME.test(name)) throw new Error('File name cannot contain any of the following characters: * " \\ / < > : | ?');
    if (name.trim() === "" || name.startsWith(".")) throw new Error(`Invalid file name: "${name}"`);
  }

  async create(path: string, data: string): Promise<O.TFile> {
    const p = normalizePath(path);
    this.checkName(p);
    if (this.byPath.has(p)) throw new Error("File already exists.");
    if (!(this.byPath.get(parentPath(p)) instanceof TFolder)) throw new Error(`Folder does not exist: ${parentPath(p)}`);
    return this.exclusive(p, async () => {
      const entry = await disk.create(p, data);
      const file = this.fileFrom(entry);
      this.added(file, data);
      return file;
    });
  }

  async createFolder(path: string): Promise<O.TFolder> {
    const p = normalizePath(path);
    if (this.byPath.has(p)) throw new Error("Folder already exists.");
    const parts = p.split("/");
    let folder: TFolder = this.root;
    for (let i = 1; i <= parts.length; i++) {
      const sub = parts.slice(0, i).join("/");
      const existing = this.byPath.get(sub);
      if (existing instanceof TFolder) {
        folder = existing;
        continue;
      }
      if (existing !== undefined) throw new Error(`A file is in the way: ${sub}`);
      await disk.mkdir(sub);
      folder = new TFolder(this, sub);
      this.attach(folder);
      this.trigger("create", folder);
    }
    return folder;
  }

  /** Writes new content and fires Obsidian's events; the caller holds the file's lock. */
  private async writeLocked(file: TFile, data: string): Promise<void> {
    const entry = await disk.write(file.path, data);
    file.stat = { ctime: entry.ctime, mtime: entry.mtime, size: entry.size };
    this.modified(file, data);
  }

  async modify(file: O.TFile, data: string): Promise<void> {
    const own = this.ownFile(file);
    await this.exclusive(own.path, () => this.writeLocked(own, data));
  }

  async append(file: O.TFile, data: string): Promise<void> {
    const own = this.ownFile(file);
    await this.exclusive(own.path, async () => this.writeLocked(own, (await disk.read(own.path)) + data));
  }

  async process(file: O.TFile, fn: (data: string) => string): Promise<string> {
    const own = this.ownFile(file);
    return this.exclusive(own.path, async () => {
      const before = await disk.read(own.path);
      const after = fn(before); // a throw leaves the file as it was
      if (after !== before) await this.writeLocked(own, after);
      return after;
    });
  }

  async rename(file: O.TAbstractFile, newPath: string): Promise<void> {
    const own = this.own(file);
    const to = normalizePath(newPath);
    if (own instanceof TFile) this.checkName(to);
    if (this.byPath.has(to)) throw new Error("Destination file already exists!");
    if (!(this.byPath.get(parentPath(to)) instanceof TFolder)) throw new Error(`Folder does not exist: ${parentPath(to)}`);
    await this.exclusive(own.path, () => disk.rename(own.path, to));
    this.moveInTree(own, to);
  }

  /** Removes a file or folder from disk and from the tree (delete and trash alike). */
  async remove(file: O.TAbstractFile): Promise<void> {
    const own = this.own(file);
    await this.exclusive(own.path, () => disk.remove(own.path));
    this.removeFromTree(own);
  }

  delete(file: O.TAbstractFile): Promise<void> {
    return this.remove(file);
  }

  trash(file: O.TAbstractFile): Promise<void> {
    // The stand-in has no trash folder: trashing removes the file, with the same events.
    return this.remove(file);
  }

  /** A file appeared on disk outside the plugin (the harness's "external change" hook). */
  async externalCreate(path: string): Promise<TFile> {
    const entry = await disk.stat(path);
    if (entry === null || entry.type !== "file") throw new Error(`not a file on disk: ${path}`);
    const file = this.fileFrom(entry);
    // A note arriving in new folders (a sync, a nested daily note): the watcher reports the folders first.
    this.ensureFolder(parentPath(path), true);
    this.added(file, await disk.read(path));
    return file;
  }

  /** A file changed on disk outside the plugin. */
  async externalModify(path: string): Promise<void> {
    const file = this.byPath.get(path);
    if (!(file instanceof TFile)) throw new Error(`not a file in the vault: ${path}`);
    const entry = await disk.stat(path);
    const data = await disk.read(path);
    if (entry !== null) file.stat = { ctime: entry.ctime, mtime: entry.mtime, size: entry.size };
    this.modified(file, data);
  }

  externalRename(from: string, to: string): void {
    const item = this.byPath.get(from);
    if (item === undefined) throw new Error(`not in the vault: ${from}`);
    this.moveInTree(item, to);
  }

  externalDelete(path: string): void {
    const item = this.byPath.get(path);
    if (item === undefined) throw new Error(`not in the vault: ${path}`);
    this.removeFromTree(item);
  }
}

/** The part of `DataAdapter` plugins use (loadData/saveData go through it), over the same disk. */
export class VaultAdapter implements Pick<O.DataAdapter, "getName" | "exists" | "stat" | "read" | "write" | "mkdir" | "remove" | "list"> {
  constructor(private readonly vaultName: string) {}

  getName(): string {
    return this.vaultName;
  }

  exists(normalizedPath: string): Promise<boolean> {
    return disk.exists(normalizedPath);
  }

  async stat(normalizedPath: string): Promise<O.Stat | null> {
    const entry = await disk.stat(normalizedPath);
    return entry === null ? null : { type: entry.type, ctime: entry.ctime, mtime: entry.mtime, size: entry.size };
  }

  read(normalizedPath: string): Promise<string> {
    return disk.read(normalizedPath);
  }

  async write(normalizedPath: string, data: string): Promise<void> {
    const dir = normalizedPath.slice(0, normalizedPath.lastIndexOf("/"));
    if (dir !== "" && !(await disk.exists(dir))) await disk.mkdir(dir);
    await disk.write(normalizedPath, data);
  }

  mkdir(normalizedPath: string): Promise<void> {
    return disk.mkdir(normalizedPath);
  }

  remove(normalizedPath: string): Promise<void> {
    return disk.remove(normalizedPath);
  }

  async list(normalizedPath: string): Promise<O.ListedFiles> {
    const prefix = normalizedPath === "" || normalizedPath === "/" ? "" : `${normalizedPath}/`;
    const files: string[] = [];
    const folders: string[] = [];
    for (const e of await disk.list()) {
      if (!e.path.startsWith(prefix) || e.path.slice(prefix.length).includes("/")) continue;
      (e.type === "file" ? files : folders).push(e.path);
    }
    return { files, folders };
  }
}
