/**
 * The interaction log: list items under the log heading, one entry each.
 *
 *     - 2026-11-26 call: Congratulated her on the promotion #gave
 *     - [[2026-11-20]] coffee — talked about the reorg
 *
 * A line typed by hand counts exactly like one the plugin wrote, so parsing is lenient where
 * people vary (bullet, wikilinked date, separator) and writing is always the first form.
 */
import { isIsoDate, type IsoDate } from "./dates";
import { fenceAfter, findLogSection } from "./log-section";
// Where the frontmatter block and the log section are: their own modules, re-exported for the log's readers.
export { frontmatterLineCount } from "./frontmatter-block";
export { findLogSection, type LogSection } from "./log-section";
import { dateCell, isTableDelimiter, isTableRow, tableCells } from "./log-table";

export interface LogEntry {
  date: IsoDate;
  /** An interaction type from the settings, lower-cased; `null` when the line names none. */
  type: string | null;
  summary: string;
  /** Tags in the summary, lower-cased, without `#` (`gave`, `asked`, `team/eng`). */
  tags: string[];
  /** 0-based line number in the note's text. */
  line: number;
}

// A bullet, a checked box (optional), then the date: plain or a wikilink, in bold or not.
const ENTRY = /^\s*[-*+]\s+(?:\[[xX]\]\s+)?(\*\*|__)?(?:\[\[(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?\]\]|(\d{4}-\d{2}-\d{2}))\1(?=[\s:]|$)(.*)$/;

const TYPE_WORD = /^([\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*)(?=[\s:—–]|$)/u;
const SEPARATOR = /^(?::|—|–|-(?=\s|$))\s*/;
const TAG = /(?:^|[\s(])#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/gu;

/** Tags written in a piece of text, lower-cased, without `#`. */
export function tagsIn(text: string): string[] {
  const tags: string[] = [];
  if (!text.includes("#")) return tags;
  for (const m of text.matchAll(TAG)) if (m[1] !== undefined && !/^\d+$/.test(m[1])) tags.push(m[1].toLowerCase());
  return tags;
}

/**
 * Parses one line as a log entry, or `null` when it is not one: a list item, or a table row whose
 * first cell is a date. The one grammar both the whole-text reader and the cache reader use.
 */
export function parseLogLine(line: string, interactionTypes: readonly string[], lineNumber = 0): LogEntry | null {
  if (isTableRow(line)) return parseTableRow(line, interactionTypes, lineNumber);
  const m = ENTRY.exec(line);
  if (m === null) return null;
  const date = m[2] ?? m[3] ?? "";
  if (!isIsoDate(date)) return null;
  let rest = (m[4] ?? "").trim();
  // `- 2026-10-01: call: …`: after a colon behind the date, a type needs its own colon.
  const dateColon = rest.startsWith(":");
  if (dateColon) rest = rest.slice(1).trimStart();
  let type: string | null = null;
  const word = TYPE_WORD.exec(rest);
  // Lower-cased once per line; settings hold the types lower-cased already, so `includes` mostly decides.
  const lowered = word?.[1]?.toLowerCase();
  if (
    word?.[1] !== undefined &&
    lowered !== undefined &&
    (!dateColon || rest.charAt(word[1].length) === ":") &&
    isType(lowered, interactionTypes)
  ) {
    type = lowered;
    rest = rest.slice(word[1].length).trimStart();
  }
  const summary = rest.replace(SEPARATOR, "").trim();
  return { date, type, summary, tags: tagsIn(summary), line: lineNumber };
}

function isType(lowered: string, interactionTypes: readonly string[]): boolean {
  return interactionTypes.includes(lowered) || interactionTypes.some((t) => t.toLowerCase() === lowered);
}

/** `| 2026-10-01 | call | Coffee at the fair |`: the date, a type when the second cell is one, the other cells as the summary. */
function parseTableRow(line: string, interactionTypes: readonly string[], lineNumber: number): LogEntry | null {
  const cells = tableCells(line);
  const date = dateCell(cells[0] ?? "");
  if (date === null) return null;
  let rest = cells.slice(1);
  let type: string | null = null;
  const second = (rest[0] ?? "").toLowerCase();
  if (second !== "" && isType(second, interactionTypes)) {
    type = second;
    rest = rest.slice(1);
  }
  const summary = rest.filter((c) => c !== "").join(" — ");
  return { date, type, summary, tags: tagsIn(summary), line: lineNumber };
}

/** Where a list item sits in the note's text, as Obsidian's metadata cache gives it. */
export interface ItemPosition {
  position: { start: { line: number; offset: number } };
}

/** The latest entry of a log by date, then by line: all the schedule needs of it. */
export interface LatestEntry {
  date: IsoDate;
  line: number;
}

/**
 * Reads one note's log lines straight from its text, at the offsets the metadata cache gives for
 * its list items, without cutting the whole text into lines.
 */
export class LogLines {
  /** The text has a carriage return (CRLF line endings, most likely). */
  readonly hasCR: boolean;

  constructor(private readonly text: string) {
    this.hasCR = text.includes("\r");
  }

  /** Where the line holding `offset` starts (an offset inside a line counts for its line). */
  lineStart(offset: number): number {
    let i = Math.min(Math.max(offset, 0), this.text.length);
    while (i > 0 && this.text.charCodeAt(i - 1) !== 10) i--;
    return i;
  }

  /** Where the line starting at `start` ends, without its line ending. */
  lineEnd(start: number): number {
    const nl = this.text.indexOf("\n", start);
    const end = nl < 0 ? this.text.length : nl;
    return end > start && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  }

  line(start: number): string {
    return this.text.slice(start, this.lineEnd(start));
  }
}

/**
 * The items' positions, with offsets worked out from their line numbers where the text's offsets
 * could be counted two ways: a byte-order mark, or carriage returns (a cache may count offsets in
 * the text as read or with its line endings made `\n`), or not given (-1, a table's rows). Line
 * numbers mean the same either way.
 * Elsewhere the cache's offsets are used as they are.
 */
export function byLineNumber(text: string, items: readonly ItemPosition[], hasCR: boolean): readonly ItemPosition[] {
  if (text.charCodeAt(0) !== 0xfeff && !hasCR && !items.some((item) => item.position.start.offset < 0)) return items;
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return items.map((item) => {
    const line = item.position.start.line;
    return { position: { start: { line, offset: starts[line] ?? text.length } } };
  });
}

/** The log entries among a note's list items, read at the offsets the metadata cache gives, in line order. */
export function logEntriesAt(text: string, given: readonly ItemPosition[], interactionTypes: readonly string[]): LogEntry[] {
  const lines = new LogLines(text);
  const items = byLineNumber(text, given, lines.hasCR);
  const sorted = items.every((item, i) => i === 0 || (items[i - 1]?.position.start.line ?? -1) < item.position.start.line)
    ? items
    : [...items].sort((a, b) => a.position.start.line - b.position.start.line);
  const entries: LogEntry[] = [];
  for (const item of sorted) {
    const entry = parseLogLine(lines.line(lines.lineStart(item.position.start.offset)), interactionTypes, item.position.start.line);
    if (entry !== null) entries.push(entry);
  }
  return entries;
}

/** The latest entry of a parsed log (by date, then by line), or `null` for an empty log. */
export function latestEntry(log: readonly LogEntry[]): LatestEntry | null {
  let best: LogEntry | null = null;
  for (const entry of log)
    if (best === null || entry.date > best.date || (entry.date === best.date && entry.line > best.line)) best = entry;
  return best === null ? null : { date: best.date, line: best.line };
}

/** The one form the plugin writes: `- 2026-11-26 call: summary` (type and summary optional; `- 2026-11-26: summary` without a type). */
export function formatLogEntry(entry: { date: IsoDate; type?: string | null; summary?: string }): string {
  const summary = (entry.summary ?? "").replace(/\s*[\r\n]+\s*/g, " ").trim();
  let line = `- ${entry.date}`;
  if (entry.type) line += ` ${entry.type}`;
  if (summary !== "") line += `: ${summary}`;
  return line;
}

/** Splits text into lines without their line endings (LF or CRLF). */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The entries of the log section of a note's text (an empty list when there is no section). */
export function parseLog(text: string, heading: string, interactionTypes: readonly string[]): LogEntry[] {
  const lines = splitLines(text);
  const section = findLogSection(lines, heading);
  if (section === null) return [];
  const entries: LogEntry[] = [];
  let fence: string | null = null;
  for (let i = section.headingLine + 1; i < section.end; i++) {
    const line = lines[i] ?? "";
    const fenced = fenceAfter(line, fence);
    if (fenced !== undefined) {
      fence = fenced;
      continue;
    }
    if (fence !== null) continue;
    if (isTableRow(line)) {
      // A table counts only as a whole (a header, its delimiter row, then rows), as Markdown reads it.
      if (!isTableDelimiter(lines[i + 1] ?? "")) continue;
      let j = i;
      for (; j < section.end && isTableRow(lines[j] ?? ""); j++) {
        if (j === i + 1) continue;
        const row = parseLogLine(lines[j] ?? "", interactionTypes, j);
        if (row !== null) entries.push(row);
      }
      i = j - 1;
      continue;
    }
    const entry = parseLogLine(line, interactionTypes, i);
    if (entry !== null) entries.push(entry);
  }
  return entries;
}
