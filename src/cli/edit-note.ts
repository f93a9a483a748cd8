/**
 * One read-modify-write of one note, safe against other writers: other contact-cadence processes
 * wait for the note's lock; a writer that takes no lock (Obsidian, a sync client) is caught by the
 * byte check just before the rename, and the edit is made again from the new text, a few times,
 * before giving up with nothing written.
 */
import * as nodeFs from "node:fs";
import { CliError, EXIT_FOUND } from "./errors";
import { DEFAULT_LOCK_OPTIONS, withNoteLock, type LockOptions } from "./lock";
import { NoteChangedError, readNoteExactly, replaceNoteAtomically, type WriterFs } from "./write";

export interface EditOptions {
  /** How many times to read, edit and write before giving up. */
  attempts: number;
  lock: LockOptions;
  fs: WriterFs;
}

export const DEFAULT_EDIT_OPTIONS: EditOptions = { attempts: 5, lock: DEFAULT_LOCK_OPTIONS, fs: nodeFs };

/** What an edit makes of the note's current text: the new text (`null`: nothing to write) and a result. */
export interface Edit<T> {
  text: string | null;
  value: T;
}

export interface Edited<T> {
  value: T;
  before: string;
  /** The note's text now (the same as `before` when nothing was written). */
  after: string;
}

/**
 * Applies `edit` to the note at `path` (its real location) and writes the result atomically.
 * `edit` may throw a CliError to refuse (nothing is written); it may run more than once, each
 * time on the note's latest text.
 */
export function editNote<T>(
  path: string,
  shown: string,
  edit: (before: string) => Edit<T>,
  options: EditOptions = DEFAULT_EDIT_OPTIONS,
): Edited<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return withNoteLock(
        path,
        shown,
        (lock) => {
          const before = readNoteExactly(path, shown, options.fs);
          const { text, value } = edit(before);
          if (text === null || text === before) return { value, before, after: before };
          replaceNoteAtomically(path, before, text, shown, options.fs, () => {
            // Broken as stale by another process (this one stalled for long): its writer may be mid-edit.
            if (!lock.stillHeld()) throw new NoteChangedError(`${shown}: the lock was taken over`, EXIT_FOUND);
          });
          return { value, before, after: text };
        },
        options.lock,
      );
    } catch (error) {
      if (!(error instanceof NoteChangedError)) throw error;
      if (attempt >= options.attempts) {
        throw new CliError(
          `${shown} kept changing while it was being edited (${attempt} tries): another program, such as Obsidian or a sync client, is writing to it. Nothing was written; try again in a moment.`,
          EXIT_FOUND,
        );
      }
      options.lock.sleep(10 * attempt);
    }
  }
}
