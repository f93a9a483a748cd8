/**
 * Reading a note exactly and replacing it atomically: the text goes to a hidden temporary file in
 * the same folder (same file system, so the rename is atomic; hidden, so Obsidian ignores it),
 * is flushed to disk, and replaces the note by rename. Any failure leaves the note as it was and
 * removes the temporary file.
 */
import * as nodeFs from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { CliError, describeFsError, EXIT_FOUND } from "./errors";
import { readNoteFile, type NoteFileFs } from "./note-file";

/** The file-system calls the writer makes, so a test can make one of them fail. */
export type WriterFs = NoteFileFs & Pick<typeof nodeFs, "writeSync" | "fsyncSync" | "renameSync" | "unlinkSync" | "statSync">;

/** The note changed between the read and the rename: another writer was there. Worth a retry. */
export class NoteChangedError extends CliError {}

/**
 * A note's text, byte for byte (a byte-order mark stays in it). Anything that is not a regular
 * file of UTF-8 text is refused: decoding other bytes would replace them, and a write lose them.
 */
export function readNoteExactly(path: string, shown: string, fs: NoteFileFs = nodeFs): string {
  const read = readNoteFile(path, fs);
  if (read.ok) return read.text;
  if (read.kind === "not-text") throw new CliError(`${shown} is not valid UTF-8 text; nothing was written`, EXIT_FOUND);
  if (read.kind === "io") throw new CliError(`cannot read ${shown}: ${read.reason}`, EXIT_FOUND);
  throw new CliError(`${shown} is ${read.reason}; nothing was written`, EXIT_FOUND);
}

/**
 * Replaces the note at `path` with `text`, provided it still holds `expected` (what the edit was
 * made from): a change made meanwhile, in Obsidian say, is never overwritten. `beforeRename` runs
 * just before the rename (the caller checks it still holds its lock there) and may throw.
 */
export function replaceNoteAtomically(
  path: string,
  expected: string,
  text: string,
  shown: string,
  fs: WriterFs = nodeFs,
  beforeRename?: () => void,
): void {
  let target: string;
  try {
    target = fs.realpathSync(path); // a symlinked note is written where it lives, the link stays
  } catch (error) {
    throw new CliError(`cannot write ${shown}: ${describeFsError(error)}; the note is unchanged`, EXIT_FOUND);
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let created = false;
  try {
    const mode = fs.statSync(target).mode & 0o777;
    const fd = fs.openSync(temp, "wx", mode);
    created = true;
    try {
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // The last look before the rename: the window left for a writer that takes no lock is this gap.
    beforeRename?.();
    if (readNoteExactly(target, shown, fs) !== expected) {
      throw new NoteChangedError(`${shown} changed while it was being edited; nothing was written, run the command again`, EXIT_FOUND);
    }
    fs.renameSync(temp, target);
    created = false;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${shown}: ${describeFsError(error)}; the note is unchanged`, EXIT_FOUND);
  } finally {
    if (created) {
      try {
        fs.unlinkSync(temp);
      } catch {
        // Nothing more can be done; the note itself is intact.
      }
    }
  }
}
