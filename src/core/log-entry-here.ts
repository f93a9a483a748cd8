/**
 * "Add a log entry here": the log-append edit, as one insertion an editor can make where the user
 * types, so it is one undo step and the cursor can go to the new entry.
 */
import type { IsoDate } from "./dates";
import { appendLogEntry } from "./edits";
import { formatLogEntry } from "./log";

export interface EntryInsertion {
  /** Offset in the text where `insert` goes. */
  at: number;
  insert: string;
  /** Where the cursor goes: the end of the new entry, after its date. */
  cursor: { line: number; ch: number };
}

/** A new entry dated `date` at the end of the log section (with `## <heading>` when there is none). */
export function newEntryInsertion(
  text: string,
  change: { heading: string; date: IsoDate },
): { ok: true; insertion: EntryInsertion } | { ok: false; error: string } {
  const line = formatLogEntry({ date: change.date });
  const result = appendLogEntry(text, { heading: change.heading, line });
  if (!result.ok) return result;
  // The edit only inserts: the text before the first difference stays, and so does the rest.
  const edited = result.text;
  let at = 0;
  while (at < text.length && text.charCodeAt(at) === edited.charCodeAt(at)) at++;
  const insert = edited.slice(at, at + edited.length - text.length);
  return { ok: true, insertion: { at, insert, cursor: { line: result.line ?? 0, ch: line.length } } };
}
