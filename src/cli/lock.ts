/**
 * One writer at a time per note, among contact-cadence processes: a lock file beside the note,
 * created with `open(…, "wx")` (atomic: exactly one process can create it). It holds the owner's
 * pid, host and a random token. A lock left by a process that died (its pid is gone on this host)
 * or older than any write takes is stale and is broken, by renaming it aside first so that two
 * processes breaking it at once cannot delete a newer lock by mistake.
 *
 * Writers that take no lock (Obsidian, a sync client) are not stopped by this; the writer checks
 * the note's bytes again just before its rename for them.
 */
import * as nodeFs from "node:fs";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { CliError, describeFsError, EXIT_FOUND } from "./errors";

export type LockFs = Pick<
  typeof nodeFs,
  "openSync" | "writeSync" | "closeSync" | "readFileSync" | "renameSync" | "linkSync" | "unlinkSync" | "statSync"
>;

export interface LockOptions {
  /** A lock older than this is stale whatever its pid: no write holds one for long. */
  staleMs: number;
  /** How long to wait for another process's lock before giving up. */
  waitMs: number;
  now: () => number;
  sleep: (ms: number) => void;
  /** Whether a process with this pid runs on this machine. */
  pidAlive: (pid: number) => boolean;
  fs: LockFs;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as { code?: unknown }).code === "EPERM";
  }
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { staleMs: 30_000, waitMs: 20_000, now: Date.now, sleep: sleepSync, pidAlive, fs: nodeFs };

export interface NoteLock {
  /** The lock file's path. */
  readonly path: string;
  /** Whether the lock file is still ours (another process may have judged it stale and broken it). */
  stillHeld(): boolean;
  release(): void;
}

/** The lock file for a note: hidden, so Obsidian and the CLI's own listing ignore it. */
export function lockPathFor(notePath: string): string {
  return join(dirname(notePath), `.${basename(notePath)}.contact-cadence-lock`);
}

interface Holder {
  raw: string;
  pid: number | null;
  host: string | null;
  since: number;
}

function readHolder(path: string, fs: LockFs): Holder | null {
  try {
    const raw = fs.readFileSync(path, "utf8");
    const since = fs.statSync(path).mtimeMs;
    let pid: number | null = null;
    let host: string | null = null;
    try {
      const data = JSON.parse(raw) as { pid?: unknown; host?: unknown };
      if (typeof data.pid === "number" && Number.isInteger(data.pid) && data.pid > 0) pid = data.pid;
      if (typeof data.host === "string") host = data.host;
    } catch {
      // Empty or half-written: its owner is between creating and filling it; only age tells.
    }
    return { raw, pid, host, since };
  } catch {
    return null; // released meanwhile
  }
}

/**
 * Removes the lock file if it still holds `raw`. Renaming first makes the check and the removal
 * one step as far as other processes can tell; a lock that turns out to be newer is put back.
 */
function removeIfUnchanged(path: string, raw: string, fs: LockFs): void {
  const aside = `${path}.${process.pid}-${randomBytes(4).toString("hex")}.stale`;
  try {
    fs.renameSync(path, aside);
  } catch {
    return; // gone already
  }
  let moved = "";
  try {
    moved = fs.readFileSync(aside, "utf8");
  } catch {
    // unreadable: treat as someone else's, and put it back
  }
  if (moved !== raw) {
    try {
      fs.linkSync(aside, path); // fails if yet another lock exists: its owner re-checks before writing
    } catch {
      // nothing to restore into
    }
  }
  try {
    fs.unlinkSync(aside);
  } catch {
    // already gone
  }
}

function describeHolder(holder: Holder): string {
  const who =
    holder.pid === null
      ? "another contact-cadence"
      : `another contact-cadence (pid ${holder.pid}${holder.host !== null && holder.host !== hostname() ? ` on ${holder.host}` : ""})`;
  return `${who}, since ${new Date(holder.since).toISOString()}`;
}

/** Takes the note's lock, waiting for another process's, breaking a stale one. */
export function acquireNoteLock(notePath: string, shown: string, options: LockOptions = DEFAULT_LOCK_OPTIONS): NoteLock {
  const { fs } = options;
  const path = lockPathFor(notePath);
  const token = randomBytes(12).toString("hex");
  const raw = JSON.stringify({ pid: process.pid, host: hostname(), token, note: basename(notePath) });
  const deadline = options.now() + options.waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(path, "wx", 0o644);
      try {
        fs.writeSync(fd, raw);
      } finally {
        fs.closeSync(fd);
      }
      return lockHandle(path, raw, fs);
    } catch (error) {
      if ((error as { code?: unknown }).code !== "EEXIST") {
        throw new CliError(
          `cannot write ${shown}: its lock file could not be created (${describeFsError(error)}); the note is unchanged`,
          EXIT_FOUND,
        );
      }
    }
    const holder = readHolder(path, fs);
    if (holder === null) continue;
    const age = options.now() - holder.since;
    const dead = holder.pid !== null && holder.host === hostname() && !options.pidAlive(holder.pid);
    if (age > options.staleMs || dead) {
      removeIfUnchanged(path, holder.raw, fs);
      continue;
    }
    if (options.now() >= deadline) {
      throw new CliError(
        `${shown} is being written by ${describeHolder(holder)}; nothing was written, try again. If no other contact-cadence is running, delete ${path}`,
        EXIT_FOUND,
      );
    }
    // Short waits with jitter, so many waiting processes do not retry in step.
    options.sleep(Math.min(50, 2 + attempt) + Math.floor(Math.random() * 8));
  }
}

function lockHandle(path: string, raw: string, fs: LockFs): NoteLock {
  let released = false;
  return {
    path,
    stillHeld: () => {
      try {
        return !released && fs.readFileSync(path, "utf8") === raw;
      } catch {
        return false;
      }
    },
    release: () => {
      if (released) return;
      released = true;
      removeIfUnchanged(path, raw, fs);
    },
  };
}

/** Runs `work` holding the note's lock, and always releases it. */
export function withNoteLock<T>(
  notePath: string,
  shown: string,
  work: (lock: NoteLock) => T,
  options: LockOptions = DEFAULT_LOCK_OPTIONS,
): T {
  const lock = acquireNoteLock(notePath, shown, options);
  try {
    return work(lock);
  } finally {
    lock.release();
  }
}
