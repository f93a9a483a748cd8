/**
 * The interaction log (SPEC §3): list items under the log heading, one entry each.
 *
 *     - 2026-11-26 call: Congratulated her on the promotion #gave
 *     - [[2026-11-20]] coffee — talked about the reorg
 *
 * A line typed by hand counts exactly like one the plugin wrote, so parsing is lenient where
 * people vary (bullet, wikilinked date, separator) and writing is always the first form.
 */
import { isIsoDate, type IsoDate } from "./dates";

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

export interface LogSection {
  /** Line of the log heading. */
  headingLine: number;
  /** Heading level, 1–6. */
  level: number;
  /** First line after the section (the next heading of the same or a higher level, or the line count). */
  end: number;
}

const ENTRY = /^\s*[-*+]\s+(?:\[\[(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?\]\]|(\d{4}-\d{2}-\d{2}))(?=[\s:]|$)(.*)$/;
const TYPE_WORD = /^([\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*)(?=[\s:—–]|$)/u;
const SEPARATOR = /^(?::|—|–|-(?=\s|$))\s*/;
const TAG = /(?:^|[\s(])#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/gu;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Tags written in a piece of text, lower-cased, without `#`. */
export function tagsIn(text: string): string[] {
  const tags: string[] = [];
  if (!text.includes("#")) return tags;
  for (const m of text.matchAll(TAG)) if (m[1] !== undefined && !/^\d+$/.test(m[1])) tags.push(m[1].toLowerCase());
  return tags;
}

/** Parses one line as a log entry, or `null` when it is not one. */
export function parseLogLine(line: string, interactionTypes: readonly string[], lineNumber = 0): LogEntry | null {
  const m = ENTRY.exec(line);
  if (m === null) return null;
  const date = m[1] ?? m[2] ?? "";
  if (!isIsoDate(date)) return null;
  let rest = (m[3] ?? "").trim();
  let type: string | null = null;
  const word = TYPE_WORD.exec(rest);
  // Lower-cased once per line; settings hold the types lower-cased already, so `includes` mostly decides.
  const lowered = word?.[1]?.toLowerCase();
  if (word?.[1] !== undefined && lowered !== undefined && (interactionTypes.includes(lowered) || interactionTypes.some((t) => t.toLowerCase() === lowered))) {
    type = lowered;
    rest = rest.slice(word[1].length).trimStart();
  }
  const summary = rest.replace(SEPARATOR, "").trim();
  return { date, type, summary, tags: tagsIn(summary), line: lineNumber };
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

/**
 * The number of lines the frontmatter block takes at the top of the note (0 when there is none).
 * A block opens with `---` on the first line and closes with `---` or `...`.
 */
export function frontmatterLineCount(lines: readonly string[]): number {
  if (lines.length === 0 || (lines[0] ?? "").replace(/^\uFEFF/, "").trimEnd() !== "---") return 0;
  for (let i = 1; i < lines.length; i++) {
    const l = (lines[i] ?? "").trimEnd();
    if (l === "---" || l === "...") return i + 1;
  }
  return 0;
}

/**
 * Finds the log section: the first heading whose text is `heading` (case-insensitive, any level),
 * up to the next heading of the same or a higher level. Headings inside the frontmatter or inside
 * fenced code blocks do not count.
 */
export function findLogSection(lines: readonly string[], heading: string): LogSection | null {
  const wanted = heading.trim().toLowerCase();
  let section: { headingLine: number; level: number } | null = null;
  let fence: string | null = null;
  for (let i = frontmatterLineCount(lines); i < lines.length; i++) {
    // A byte-order mark is not part of the first line's text (`\uFEFF## Log` is a heading).
    const line = i === 0 ? (lines[0] ?? "").replace(/^\uFEFF/, "") : (lines[i] ?? "");
    const f = FENCE.exec(line);
    if (f?.[1] !== undefined) {
      if (fence === null) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = HEADING.exec(line);
    if (h?.[1] === undefined) continue;
    const level = h[1].length;
    const text = (h[2] ?? "").replace(/[ \t]+#+$/, "").trim().toLowerCase();
    if (section === null) {
      if (text === wanted) section = { headingLine: i, level };
    } else if (level <= section.level) {
      return { ...section, end: i };
    }
  }
  return section === null ? null : { ...section, end: lines.length };
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
    const f = FENCE.exec(line);
    if (f?.[1] !== undefined) {
      if (fence === null) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const entry = parseLogLine(line, interactionTypes, i);
    if (entry !== null) entries.push(entry);
  }
  return entries;
}
