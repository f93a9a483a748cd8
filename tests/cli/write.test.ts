/**
 * The atomic writer on its own, with file-system calls made to fail on purpose: whatever fails,
 * the note keeps its old bytes and no temporary file is left.
 */
import * as fs from "node:fs";
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/errors";
import { readNoteExactly, replaceNoteAtomically, type WriterFs } from "../../src/cli/write";
import { cleanUp, tempDir } from "./helpers";

afterAll(cleanUp);

const OLD = "\uFEFF---\r\ntier: B\r\n---\r\nBody";
const NEW = "\uFEFF---\r\ntier: B\r\nlast-touch: 2026-11-26\r\n---\r\nBody";

function note(): { dir: string; path: string } {
  const dir = tempDir("write");
  const path = join(dir, "Ann.md");
  writeFileSync(path, OLD);
  return { dir, path };
}

/** The real file system, but `call` throws an error with this code. */
function failing(call: keyof WriterFs, code: string): WriterFs {
  const fail = (): never => {
    throw Object.assign(new Error(`${call} failed`), { code });
  };
  return { ...fs, [call]: fail };
}

describe("replaceNoteAtomically", () => {
  it("replaces the note and keeps its permissions", () => {
    const { dir, path } = note();
    chmodSync(path, 0o640);
    replaceNoteAtomically(path, OLD, NEW, "Ann.md");
    expect(readFileSync(path, "utf8")).toBe(NEW);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["Ann.md"]);
  });

  for (const [call, code, reason] of [
    ["openSync", "EACCES", "permission denied"],
    ["writeSync", "ENOSPC", "no space left on the device"],
    ["fsyncSync", "EIO", "fsyncSync failed"],
    ["renameSync", "EPERM", "operation not permitted"],
  ] as const) {
    it(`leaves the note intact and no temporary file when ${call} fails`, () => {
      const { dir, path } = note();
      let error: unknown;
      try {
        replaceNoteAtomically(path, OLD, NEW, "Ann.md", failing(call, code));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).message).toBe(`cannot write Ann.md: ${reason}; the note is unchanged`);
      expect((error as CliError).exitCode).toBe(1);
      expect(readFileSync(path, "utf8")).toBe(OLD);
      expect(readdirSync(dir)).toEqual(["Ann.md"]);
    });
  }

  it("does not overwrite a change made since the note was read", () => {
    const { dir, path } = note();
    writeFileSync(path, `${OLD} edited in Obsidian`);
    expect(() => replaceNoteAtomically(path, OLD, NEW, "Ann.md")).toThrow("Ann.md changed while it was being edited; nothing was written");
    expect(readFileSync(path, "utf8")).toBe(`${OLD} edited in Obsidian`);
    expect(readdirSync(dir)).toEqual(["Ann.md"]);
  });
});

describe("readNoteExactly", () => {
  it("keeps a byte-order mark", () => {
    const { path } = note();
    expect(readNoteExactly(path, "Ann.md").startsWith("\uFEFF---")).toBe(true);
  });

  it("refuses bytes that are not UTF-8 rather than replace them", () => {
    const { dir } = note();
    const path = join(dir, "Latin1.md");
    writeFileSync(path, Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    expect(() => readNoteExactly(path, "Latin1.md")).toThrow("Latin1.md is not valid UTF-8 text");
  });
});
