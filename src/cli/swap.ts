/**
 * One note swapped on disk for a multi-note write (`core/note-writes.ts`): replaced atomically,
 * created without ever overwriting a file, or deleted; each only when the note still holds what
 * the plan was made from.
 */
import * as fs from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import type { NoteSwap } from "../core/note-writes";
import { describeFsError } from "./errors";
import { readNoteExactly, replaceNoteAtomically } from "./write";
import { safeText } from "./terminal";

function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes a new file: a temporary file first, then a hard link, which fails rather than replace a file. */
function createExclusively(file: string, text: string, shown: string): void {
  try {
    fs.mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new Error(`cannot create the folder for ${shown}: ${describeFsError(error)}`);
  }
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    fs.writeFileSync(temp, text, { encoding: "utf8", flag: "wx" });
    fs.linkSync(temp, file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new Error(code === "EEXIST" ? `${shown} already exists; it was left as it is` : `cannot create ${shown}: ${describeFsError(error)}`);
  } finally {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Nothing more can be done; the note itself is complete or absent.
    }
  }
}

/** A swap on the vault at `root`; throws an `Error` for the user, leaving the note as it was. */
export function swapNoteOnDisk(root: string, op: NoteSwap): void {
  const file = join(root, op.path);
  const shown = safeText(op.path);
  if (op.expected === null) {
    if (exists(file)) throw new Error(`${shown} already exists; it was left as it is`);
    if (op.text !== null) createExclusively(file, op.text, shown);
    return;
  }
  if (!exists(file)) throw new Error(`${shown} is gone`);
  const current = readNoteExactly(file, shown);
  if (current !== op.expected) throw new Error(`${shown} changed since the import was planned; it was left as it is`);
  if (op.text !== null) {
    replaceNoteAtomically(file, op.expected, op.text, shown);
    return;
  }
  try {
    fs.unlinkSync(file);
  } catch (error) {
    throw new Error(`cannot delete ${shown}: ${describeFsError(error)}`);
  }
}
