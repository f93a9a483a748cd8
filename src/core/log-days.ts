/**
 * The days of a log's entries, read at the offsets the metadata cache gives, without building
 * the entries: what the contact calendar counts. Each day is the one `parseLogLine` would give
 * the line (the same fast reader as `latestLogEntryAt`, held to the full parse by a property test).
 */
import { epochDayOfKey } from "./dates";
import { byLineNumber, LogLines, type ItemPosition } from "./log";

/** Day numbers (`toEpochDay`) of the log's entries, in the items' order; lines that are no entry are left out. */
export function logDaysAt(text: string, items: readonly ItemPosition[]): number[] {
  if (items.length === 0) return [];
  const lines = new LogLines(text);
  const days: number[] = [];
  for (const item of byLineNumber(text, items, lines.hasCR)) {
    const key = lines.dateKey(lines.lineStart(item.position.start.offset));
    if (key !== 0) days.push(epochDayOfKey(key));
  }
  return days;
}
