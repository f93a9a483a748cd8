/**
 * The note lock and the edit loop on their own, in process: stale locks are broken, live ones
 * waited for, and a writer that takes no lock is caught before the rename and retried.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_EDIT_OPTIONS, editNote } from "../../src/cli/edit-note";
import { CliError } from "../../src/cli/errors";
import { acquireNoteLock, DEFAULT_LOCK_OPTIONS, lockPathFor, type LockOptions } from "../../src/cli/lock";
import { cleanUp, tempDir } from "./helpers";

afterAll(cleanUp);

function note(text = "---\ntier: A\n---\n"): string {
  const path = join(tempDir("lock"), "Ann.md");
  writeFileSync(path, text);
  return path;
}

const quick: LockOptions = { ...DEFAULT_LOCK_OPTIONS, waitMs: 200, staleMs: 5_000 };

/** The pid of a process that has exited. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(run.stdout);
}

function foreignLock(path: string, pid: number, ageMs = 0): void {
  const lock = lockPathFor(path);
  writeFileSync(lock, JSON.stringify({ pid, host: hostname(), token: "theirs" }));
  if (ageMs > 0) {
    const then = new Date(Date.now() - ageMs);
    utimesSync(lock, then, then);
  }
}

describe("acquireNoteLock", () => {
  it("creates a hidden lock file beside the note and removes it on release", () => {
    const path = note();
    const lock = acquireNoteLock(path, "Ann.md", quick);
    expect(lock.path).toBe(join(path, "..", ".Ann.md.contact-cadence-lock"));
    expect(existsSync(lock.path)).toBe(true);
    expect(lock.stillHeld()).toBe(true);
    lock.release();
    expect(readdirSync(join(path, ".."))).toEqual(["Ann.md"]);
  });

  it("waits for a live holder, then refuses, naming the holder and the lock file", () => {
    const path = note();
    foreignLock(path, process.pid);
    const started = Date.now();
    let error: unknown;
    try {
      acquireNoteLock(path, "Ann.md", quick);
    } catch (e) {
      error = e;
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toContain(`Ann.md is being written by another contact-cadence (pid ${process.pid}), since`);
    expect((error as CliError).message).toContain(`delete ${lockPathFor(path)}`);
    // Someone else's live lock is never removed.
    expect(JSON.parse(readFileSync(lockPathFor(path), "utf8"))).toMatchObject({ token: "theirs" });
  });

  it("breaks a lock whose process is gone", () => {
    const path = note();
    foreignLock(path, deadPid());
    const lock = acquireNoteLock(path, "Ann.md", quick);
    expect(lock.stillHeld()).toBe(true);
    lock.release();
    expect(readdirSync(join(path, ".."))).toEqual(["Ann.md"]);
  });

  it("breaks a lock older than the stale age even if its pid runs (a reused pid)", () => {
    const path = note();
    foreignLock(path, process.pid, 60_000);
    const lock = acquireNoteLock(path, "Ann.md", quick);
    expect(lock.stillHeld()).toBe(true);
    lock.release();
  });

  it("knows when its lock was broken by someone else, and then leaves the new lock alone", () => {
    const path = note();
    const lock = acquireNoteLock(path, "Ann.md", quick);
    foreignLock(path, process.pid); // what another process that judged ours stale would leave
    expect(lock.stillHeld()).toBe(false);
    lock.release();
    expect(JSON.parse(readFileSync(lockPathFor(path), "utf8"))).toMatchObject({ token: "theirs" });
  });
});

describe("editNote against a writer that takes no lock", () => {
  const append = (before: string) => ({ text: `${before}- entry\n`, value: null });

  it("makes the edit again from the other writer's text, which is kept", () => {
    const path = note();
    let calls = 0;
    const edited = editNote(path, "Ann.md", (before) => {
      calls++;
      // Obsidian saves between our read and our rename, once.
      if (calls === 1) writeFileSync(path, `${before}typed in Obsidian\n`);
      return append(before);
    });
    expect(calls).toBe(2);
    expect(readFileSync(path, "utf8")).toBe("---\ntier: A\n---\ntyped in Obsidian\n- entry\n");
    expect(edited.after).toBe("---\ntier: A\n---\ntyped in Obsidian\n- entry\n");
    expect(readdirSync(join(path, ".."))).toEqual(["Ann.md"]);
  });

  it("gives up after a few tries with a clear message, keeping the other writer's bytes", () => {
    const path = note();
    let calls = 0;
    const run = (): unknown =>
      editNote(
        path,
        "Ann.md",
        (before) => {
          calls++;
          writeFileSync(path, `${before}sync ${calls}\n`);
          return append(before);
        },
        { ...DEFAULT_EDIT_OPTIONS, attempts: 3 },
      );
    expect(run).toThrow(
      "Ann.md kept changing while it was being edited (3 tries): another program, such as Obsidian or a sync client, is writing to it. Nothing was written",
    );
    expect(calls).toBe(3);
    expect(readFileSync(path, "utf8")).toBe("---\ntier: A\n---\nsync 1\nsync 2\nsync 3\n");
    expect(readdirSync(join(path, ".."))).toEqual(["Ann.md"]);
  });

  it("writes nothing when the edit refuses", () => {
    const path = note();
    expect(() =>
      editNote(path, "Ann.md", () => {
        throw new CliError("refused");
      }),
    ).toThrow("refused");
    expect(readFileSync(path, "utf8")).toBe("---\ntier: A\n---\n");
    expect(readdirSync(join(path, ".."))).toEqual(["Ann.md"]);
  });
});
