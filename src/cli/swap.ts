/**
 * The command line's notes for a multi-note write (the undo history's `applyChangesSync`): each
 * note replaced atomically, created without ever overwriting a file, or deleted; each only when
 * it still holds what the plan was made from. A swap never throws: a refusal comes back as an outcome.
 */
import * as fs from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import type { SwapOutcome, SyncNoteStore } from "../core/history";
import { describeFsError } from "./errors";
import { NoteChangedError, readNoteExactly, replaceNoteAtomically } from "./write";
import { safeText } from "./terminal";

function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

class Refused extends Error {}

/** Writes a new file: a temporary file first, then a hard link, which fails rather than replace a file. */
function createExclusively(file: string, text: string): void {
  try {
    fs.mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new Error(`could not be created: its folder could not be made (${describeFsError(error)})`);
  }
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    fs.writeFileSync(temp, text, { encoding: "utf8", flag: "wx" });
    fs.linkSync(temp, file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw code === "EEXIST"
      ? new Refused("already exists; it was left as it is")
      : new Error(`could not be created (${describeFsError(error)})`);
  } finally {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Nothing more can be done; the note itself is complete or absent.
    }
  }
}

/** The notes of the vault at `root`, as the history's store. */
export class DiskNoteStore implements SyncNoteStore {
  constructor(private readonly root: string) {}

  swap(path: string, expected: string | null, next: string | null): SwapOutcome {
    try {
      this.swapOrThrow(path, expected, next);
      return { ok: true };
    } catch (error) {
      if (error instanceof Refused) return { ok: false, reason: "changed", message: error.message };
      if (error instanceof NoteChangedError)
        return { ok: false, reason: "changed", message: "changed while it was being written; it was left as it is" };
      return { ok: false, reason: "failed", message: error instanceof Error ? error.message : String(error) };
    }
  }

  private swapOrThrow(path: string, expected: string | null, next: string | null): void {
    const file = join(this.root, path);
    const shown = safeText(path);
    if (expected === null) {
      if (exists(file)) throw new Refused("already exists; it was left as it is");
      if (next !== null) createExclusively(file, next);
      return;
    }
    if (!exists(file)) throw new Refused("no longer exists");
    if (readNoteExactly(file, shown) !== expected) throw new Refused("changed since the import was planned; it was left as it is");
    if (next !== null) {
      replaceNoteAtomically(file, expected, next, shown);
      return;
    }
    try {
      fs.unlinkSync(file);
    } catch (error) {
      throw new Error(`could not be deleted (${describeFsError(error)})`);
    }
  }
}
