/**
 * Surgical edits of a note's text: the value of one frontmatter key, or one inserted log line
 * (a note is the user's, and a write must never lose a byte of it). Every other byte stays as it was: comments, quoting, key order, LF or CRLF, a byte-order
 * mark, a missing final newline. The YAML block is never re-serialised: a line scanner
 * (`frontmatter-entry.ts`) says which bytes hold the old value, and only those are replaced.
 *
 * Each edit reads its own result back with the YAML parser the host gave (`yaml-reader.ts`:
 * Obsidian's own in the plugin) and refuses (`ok: false`) unless the note reads exactly as
 * intended, so a caller can write whatever comes back with `ok: true`.
 */
import { findSpelling } from "./keys";
import { logHeadingToWrite } from "./log-heading";
import { formatScalar } from "./yaml-scalar";
import { findLogSection, frontmatterLineCount, parseLog, parseLogLine, splitLines } from "./log";
import { readNote } from "./note";
import { sameData } from "./equal";
import { isIsoDate } from "./dates";
import { locateKeys, type BlockKeys, type LocatedEntry } from "./frontmatter-entry";

/** `line`: where a log edit put its line (0-based), for an editor to move the cursor there. */
export type EditResult = { ok: true; text: string; changed: boolean; line?: number } | { ok: false; error: string };

export type FrontmatterValue = string | boolean | null;

export interface FrontmatterChange {
  /** The key's spellings, canonical first (see `fieldSpellings`). */
  spellings: readonly string[];
  /** The new value; `null` removes the key's entry. */
  value: FrontmatterValue;
}

export interface LogLineChange {
  /** The log heading's text, without `#` (setting `logHeading`). */
  heading: string;
  /** The entry, one line without a line ending (see `formatLogEntry`). */
  line: string;
}

const BOM = "\uFEFF";

function fail(error: string): EditResult {
  return { ok: false, error };
}

function unchanged(text: string): EditResult {
  return { ok: true, text, changed: false };
}

/** One line of the text: `[start, end)` without its line ending, `next` just after it. */
interface LineSpan {
  start: number;
  end: number;
  next: number;
}

/** Line spans that match `splitLines` one for one (a line break is LF or CRLF). */
function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    if (nl === -1) {
      spans.push({ start, end: text.length, next: text.length });
      return spans;
    }
    spans.push({ start, end: nl > start && text[nl - 1] === "\r" ? nl - 1 : nl, next: nl + 1 });
    start = nl + 1;
  }
}

/** The note's line ending: that of its first line break, LF when it has none. */
function lineEnding(text: string): string {
  const nl = text.indexOf("\n");
  return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

// ---------------------------------------------------------------------------------------------
// setFrontmatterValue

interface Splice {
  start: number;
  end: number;
  insert: string;
}

/** Sets one frontmatter key (in the spelling the note already uses), or removes it for `null`. */
export function setFrontmatterValue(text: string, change: FrontmatterChange): EditResult {
  const canonical = change.spellings[0];
  if (canonical === undefined) return fail("no frontmatter key to write");
  const before = readNote(text);
  if (before.frontmatterError !== undefined) return fail(before.frontmatterError);

  const spans = lineSpans(text);
  const lines = splitLines(text);
  const count = frontmatterLineCount(lines);
  // The note's own spelling of the key, so another tool reading that key keeps working.
  const present = findSpelling(before.frontmatter, change.spellings);
  const key = present ?? canonical;
  if (present === undefined && change.value === null) return unchanged(text);
  if (present !== undefined && change.value !== null && readsAs(before.frontmatter[present], change.value)) return unchanged(text);

  let edit: Splice | string;
  if (count === 0) {
    // No frontmatter: a new block at the very top, after a byte-order mark.
    const eol = lineEnding(text);
    const at = text.startsWith(BOM) ? BOM.length : 0;
    edit = { start: at, end: at, insert: `---${eol}${canonical}: ${formatScalar(change.value as string | boolean, null)}${eol}---${eol}` };
  } else {
    const closing = spans[count - 1];
    if (closing === undefined) return fail("frontmatter could not be located");
    const keys = locateKeys(lines.slice(1, count - 1), spans.slice(1, count - 1));
    if (typeof keys === "string") edit = keys;
    else if (keys.entries.has(key) !== (present !== undefined)) edit = `frontmatter key ${key} could not be located; edit it by hand`;
    else edit = editEntry(text, spans, keys, closing.start, key, change.value);
  }
  if (typeof edit === "string") return fail(edit);
  return checked(text, splice(text, edit.start, edit.end, edit.insert), key, change.value, before);
}

/** The splice that sets `key` in a block whose keys are `keys` and whose closing line starts at `closingStart`. */
function editEntry(
  text: string,
  spans: readonly LineSpan[],
  keys: BlockKeys,
  closingStart: number,
  key: string,
  value: FrontmatterValue,
): Splice | string {
  const entry = keys.entries.get(key);
  if (entry === undefined) {
    // A new key goes at the end of the block, at the indentation of the existing keys.
    const eol = text.slice(spans[0]?.end ?? 0, spans[0]?.next ?? 0) || "\n";
    return {
      start: closingStart,
      end: closingStart,
      insert: `${keys.indent}${key}: ${formatScalar(value as string | boolean, null)}${eol}`,
    };
  }
  if (typeof entry === "string") return entry;
  if (value === null) return removeEntry(text, spans, entry);
  const empty = entry.valueStart === entry.valueEnd;
  const written = formatScalar(value, empty ? null : entry.quote);
  // An explicit tag (`!!str`) described the old value, not the new one: it goes with it.
  if (entry.tagStart !== null) return { start: entry.tagStart, end: Math.max(entry.valueEnd, entry.tagStart), insert: written };
  // An empty value, or a block list or map right under the key, becomes `key: value` on the key's
  // line; a comment between the key and its list stays, and the value takes the list's place.
  if (empty || (entry.below && text.slice(entry.colonEnd, entry.valueStart).trim() === ""))
    return { start: entry.colonEnd, end: entry.valueEnd, insert: ` ${written}` };
  return { start: entry.valueStart, end: entry.valueEnd, insert: written };
}

/** Removes the whole line(s) of one entry, and nothing else. */
function removeEntry(text: string, spans: readonly LineSpan[], entry: LocatedEntry): Splice | string {
  // Block lines are the note's lines from the second on.
  const firstLine = spans[entry.keyLine + 1];
  const lastLine = spans[entry.lastLine + 1];
  if (firstLine === undefined || lastLine === undefined) return "frontmatter entry could not be located";
  if (!/^\s*(?:#.*)?$/.test(text.slice(entry.valueEnd, lastLine.end)))
    return "frontmatter entry shares its line with another; edit it by hand";
  return { start: firstLine.start, end: lastLine.next, insert: "" };
}

/**
 * Reads the edited note back with the same parser: it must parse, the key must read as the new
 * value, every other key as before, and the body must be the same. The scanner that found the
 * bytes is simple; this check is what makes a write safe.
 */
function checked(original: string, edited: string, key: string, value: FrontmatterValue, before: ReturnType<typeof readNote>): EditResult {
  const after = readNote(edited);
  const rest = (data: Record<string, unknown>): Record<string, unknown> => {
    const copy = { ...data };
    delete copy[key];
    return copy;
  };
  const keyRight = value === null ? !Object.prototype.hasOwnProperty.call(after.frontmatter, key) : readsAs(after.frontmatter[key], value);
  if (
    after.frontmatterError !== undefined ||
    lf(after.body) !== lf(before.body) ||
    !keyRight ||
    !sameData(rest(after.frontmatter), rest(before.frontmatter))
  ) {
    return fail(`could not write ${key} without changing something else in the note; it was left as it was`);
  }
  return { ok: true, text: edited, changed: edited !== original };
}

/**
 * Whether a parsed value is the value written. A parser may hand back a date as a Date object
 * (YAML 1.1's timestamp): that is the same date when its UTC calendar date is.
 */
function readsAs(parsed: unknown, value: string | boolean): boolean {
  if (parsed instanceof Date)
    return (
      typeof value === "string" &&
      isIsoDate(value) &&
      !Number.isNaN(parsed.getTime()) &&
      parsed.toISOString().slice(0, 10) === value &&
      parsed.getTime() % 86_400_000 === 0
    );
  return parsed === value;
}

/** `readNote` joins a body with LF only when the note has frontmatter, so compare bodies in LF. */
function lf(text: string): string {
  return text.replace(/\r\n/g, "\n");
}

// ---------------------------------------------------------------------------------------------
// appendLogEntry

/**
 * Inserts `line` as the last entry of the log section: right after its last non-blank line (blank
 * lines before the next heading stay), or under the heading when the section is empty. Without a
 * log heading, `## <heading>` and the entry go at the end of the note.
 */
export function appendLogEntry(text: string, change: LogLineChange): EditResult {
  if (/[\r\n]/.test(change.line)) return fail("a log entry must be a single line");
  const heading = change.heading.trim();
  if (heading === "" || /[\r\n]/.test(heading)) return fail("the log heading must be a single, non-empty line");
  const note = readNote(text);
  if (note.frontmatterError !== undefined) return fail(note.frontmatterError);

  const lines = splitLines(text);
  const spans = lineSpans(text);
  const eol = lineEnding(text);
  const section = findLogSection(lines, heading);
  let edited: string;
  let at: number;
  if (section !== null) {
    let last = section.headingLine;
    for (let i = section.end - 1; i > section.headingLine; i--) {
      if ((lines[i] ?? "").trim() !== "") {
        last = i;
        break;
      }
    }
    const span = spans[last];
    if (span === undefined) return fail("the log section could not be located");
    edited =
      span.next > span.end ? splice(text, span.next, span.next, change.line + eol) : splice(text, span.end, span.end, eol + change.line);
    at = last + 1;
  } else if (text === "" || text === BOM) {
    edited = `${text}## ${logHeadingToWrite(heading)}${eol}${change.line}${eol}`;
    at = 1;
  } else {
    const finalNewline = text.endsWith("\n");
    const lastLine = lines[finalNewline ? lines.length - 2 : lines.length - 1] ?? "";
    const blank = lastLine.trim() === "" ? "" : eol;
    edited = `${text}${finalNewline ? "" : eol}${blank}## ${logHeadingToWrite(heading)}${eol}${change.line}${finalNewline ? eol : ""}`;
    at = (finalNewline ? lines.length - 1 : lines.length) + (blank === "" ? 1 : 2);
  }
  return checkedLog(edited, heading, change.line, at);
}

/** Reads the edited note back: the line sits inside the log section and, if an entry, is its last. */
function checkedLog(edited: string, heading: string, line: string, at: number): EditResult {
  const lines = splitLines(edited);
  const section = findLogSection(lines, heading);
  const inside = section !== null && lines[at] === line && section.headingLine < at && at < section.end;
  const entries = inside && parseLogLine(line, []) !== null ? parseLog(edited, heading, []) : null;
  if (!inside || (entries !== null && entries[entries.length - 1]?.line !== at)) {
    return fail("could not add the entry to the log section (is a code block in it left open?); the note was left as it was");
  }
  return { ok: true, text: edited, changed: true, line: at };
}
