/**
 * Where a note's log section is: the first heading that names the log (`heading` is the setting,
 * one or several names; see log-heading.ts), at any level, up to the next heading of the same or a
 * higher level. One rule, given the note's headings from either of two sources: the note's text
 * (`findLogSection`, the command line and every edit) or Obsidian's metadata cache (the index,
 * which reads no text at start-up).
 */
import { frontmatterLineCount } from "./frontmatter-block";
import { logHeadingTest } from "./log-heading";

export interface LogSection {
  /** Line of the log heading. */
  headingLine: number;
  /** Heading level, 1–6. */
  level: number;
  /** First line after the section (the next heading of the same or a higher level, or the line count). */
  end: number;
}

/** A heading as both sources give it: its line (0-based), its level and its text without `#`. */
export interface HeadingAt {
  line: number;
  level: number;
  text: string;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
/** An opening or closing code fence (the length and character matter for closing). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * `line` read as a code fence: the fence open after it (`null` when it closes the one open, which
 * takes the same character at least as many times), or `undefined` when it is not a fence line.
 */
export function fenceAfter(line: string, open: string | null): string | null | undefined {
  const f = FENCE.exec(line)?.[1];
  if (f === undefined) return undefined;
  return open === null ? f : f[0] === open[0] && f.length >= open.length ? null : open;
}

/** The log section among `headings` (in line order); it runs to `lineCount` when no heading ends it. */
export function logSectionAmong(headings: Iterable<HeadingAt>, heading: string, lineCount: number): LogSection | null {
  const isLog = logHeadingTest(heading);
  let section: { headingLine: number; level: number } | null = null;
  for (const h of headings) {
    if (section === null) {
      if (isLog(h.text)) section = { headingLine: h.line, level: h.level };
    } else if (h.level <= section.level) {
      return { ...section, end: h.line };
    }
  }
  return section === null ? null : { ...section, end: lineCount };
}

/** The headings of a note's lines, as Markdown reads them: none in the frontmatter or a fenced code block. */
export function* headingsInLines(lines: readonly string[]): Generator<HeadingAt> {
  let fence: string | null = null;
  for (let i = frontmatterLineCount(lines); i < lines.length; i++) {
    // A byte-order mark is not part of the first line's text (`\uFEFF## Log` is a heading).
    const line = i === 0 ? (lines[0] ?? "").replace(/^\uFEFF/, "") : (lines[i] ?? "");
    const fenced = fenceAfter(line, fence);
    if (fenced !== undefined) {
      fence = fenced;
      continue;
    }
    if (fence !== null) continue;
    const h = HEADING.exec(line);
    if (h?.[1] !== undefined) yield { line: i, level: h[1].length, text: h[2] ?? "" };
  }
}

/** The log section of a note's lines. */
export function findLogSection(lines: readonly string[], heading: string): LogSection | null {
  return logSectionAmong(headingsInLines(lines), heading, lines.length);
}
