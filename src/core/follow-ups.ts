/**
 * Follow-ups' text: the due date a task line carries, and ticking it. The index knows where each
 * open follow-up is from the metadata alone; its line is read only to show it or to find its due
 * date, and ticking rewrites one character of that line and nothing else.
 */
import { isoDateKeyAt, isoFromKey, type IsoDate } from "./dates";
import type { EditResult } from "./edits";

/** `📅 2026-12-01` (the Tasks plugin), `[due:: 2026-12-01]` or `(due:: 2026-12-01)` (Dataview). */
const DUE = /(?:📅\uFE0F?\s*|[[(]due::\s*)(\d{4}-\d{2}-\d{2})/u;

/** The due date written in a task line, or `null`. */
export function dueDateIn(line: string): IsoDate | null {
  if (!line.includes("📅") && !line.includes("due::")) return null;
  const m = DUE.exec(line);
  if (m?.[1] === undefined) return null;
  const key = isoDateKeyAt(m[1], 0);
  return key === 0 ? null : isoFromKey(key);
}

/** An open task line: optional indent and quote marks, a bullet or number, then `[ ]`. */
const OPEN_TASK = /^([ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[) \]/;

/** The text of a task line as a person reads it: no bullet, checkbox or due date, links as their text. */
export function taskText(line: string): string {
  return line
    .replace(/^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\][ \t]*/, "")
    .replace(/(?:📅\uFE0F?\s*|[[(]due::\s*)\d{4}-\d{2}-\d{2}[\])]?/gu, "")
    .replace(/\[\[([^\]|#\n]*)(?:#[^\]|\n]*)?\|([^\]\n]*)\]\]/g, "$2")
    .replace(/\[\[([^\]|#\n]*)(?:#[^\]|\n]*)?\]\]/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Where line `line` (0-based) starts and ends in `text` (its end excludes the line break). */
function lineSpan(text: string, line: number): { start: number; end: number } | null {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return null;
    start = next + 1;
  }
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}

/** The text of line `line` (0-based), without its line break; `null` past the end. */
export function lineAt(text: string, line: number): string | null {
  const span = lineSpan(text, line);
  return span === null ? null : text.slice(span.start, span.end);
}

/**
 * Ticks the open task on line `line`: `- [ ]` becomes `- [x]`, every other byte stays. Returns
 * `null` when that line is not an open task any more (the note changed since it was read).
 */
export function tickTask(text: string, line: number): string | null {
  const span = lineSpan(text, line);
  if (span === null) return null;
  // A byte-order mark is not part of the first line.
  const from = line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : span.start;
  const m = OPEN_TASK.exec(text.slice(from, span.end));
  if (m?.[1] === undefined) return null;
  const at = from + m[1].length;
  return `${text.slice(0, at)}x${text.slice(at + 1)}`;
}

/** The due dates written on these lines of a note's text (line → date; lines without one left out). */
export function dueDatesAt(text: string, lines: readonly number[]): Map<number, IsoDate> {
  const dates = new Map<number, IsoDate>();
  for (const line of lines) {
    const due = dueDateIn(lineAt(text, line) ?? "");
    if (due !== null) dates.set(line, due);
  }
  return dates;
}

/**
 * The edit behind ticking a follow-up from the panel: line `line` becomes checked. `expected` is
 * the line as it was shown; when given, the line must still read exactly so, or another task that
 * moved onto that line (an edit above it) would be ticked instead.
 */
export function tickFollowUp(text: string, change: { line: number; expected?: string }): EditResult {
  const now = lineAt(text, change.line);
  const shown = change.expected === undefined ? now : change.expected.replace(/^\uFEFF/, "");
  if (now === null || now.replace(/^\uFEFF/, "") !== shown)
    return { ok: false, error: `line ${change.line + 1} has changed since the follow-up was read` };
  const ticked = tickTask(text, change.line);
  if (ticked === null) return { ok: false, error: `line ${change.line + 1} is no longer an open task` };
  return { ok: true, text: ticked, changed: true, line: change.line };
}
