/**
 * The first frontmatter editor, kept as a test oracle: it located a key's value with the `yaml`
 * package's source ranges (a full YAML parser) where the plugin now scans lines. The property
 * tests hold the two to the same bytes on generated notes.
 */
import { isCollection, isMap, isScalar, parseDocument, type Node, type Pair } from "yaml";
import { findSpelling } from "../../src/core/keys";
import { formatScalar } from "../../src/core/yaml-scalar";
import { frontmatterLineCount, splitLines } from "../../src/core/log";
import { readNote } from "../../src/core/note";
import { sameData } from "../../src/core/equal";
import type { EditResult, FrontmatterChange, FrontmatterValue } from "../../src/core/edits";

const BOM = "\uFEFF";

function fail(error: string): EditResult {
  return { ok: false, error };
}

function unchanged(text: string): EditResult {
  return { ok: true, text, changed: false };
}

interface LineSpan {
  start: number;
  end: number;
  next: number;
}

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

function lineEnding(text: string): string {
  const nl = text.indexOf("\n");
  return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

function lineIndexAt(spans: readonly LineSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

interface Splice {
  start: number;
  end: number;
  insert: string;
}

/** Sets one frontmatter key (in the spelling the note already uses), or removes it for `null`. */
export function setFrontmatterValueByYaml(text: string, change: FrontmatterChange): EditResult {
  const canonical = change.spellings[0];
  if (canonical === undefined) return fail("no frontmatter key to write");
  const before = readNote(text);
  if (before.frontmatterError !== undefined) return fail(before.frontmatterError);

  const spans = lineSpans(text);
  const count = frontmatterLineCount(splitLines(text));
  // The note's own spelling of the key, so another tool reading that key keeps working.
  const present = findSpelling(before.frontmatter, change.spellings);
  const key = present ?? canonical;
  if (present === undefined && change.value === null) return unchanged(text);
  if (present !== undefined && change.value !== null && before.frontmatter[present] === change.value) return unchanged(text);

  let edit: Splice | string;
  if (count === 0) {
    // No frontmatter: a new block at the very top, after a byte-order mark.
    const eol = lineEnding(text);
    const at = text.startsWith(BOM) ? BOM.length : 0;
    edit = { start: at, end: at, insert: `---${eol}${canonical}: ${formatScalar(change.value as string | boolean, null)}${eol}---${eol}` };
  } else {
    const first = spans[1];
    const closing = spans[count - 1];
    if (first === undefined || closing === undefined) return fail("frontmatter could not be located");
    edit = editBlock(text, spans, first.start, closing.start, key, present !== undefined, change.value);
  }
  if (typeof edit === "string") return fail(edit);
  return checked(text, splice(text, edit.start, edit.end, edit.insert), key, change.value, before);
}

/** The splice that sets `key` inside the YAML block `[yamlStart, yamlEnd)`, or why it cannot. */
function editBlock(
  text: string,
  spans: readonly LineSpan[],
  yamlStart: number,
  yamlEnd: number,
  key: string,
  present: boolean,
  value: FrontmatterValue,
): Splice | string {
  const doc = parseDocument(text.slice(yamlStart, yamlEnd), { schema: "core", uniqueKeys: true, keepSourceTokens: true });
  const firstError = doc.errors[0];
  if (firstError !== undefined) return `frontmatter is not valid YAML (${firstError.message.split("\n")[0] ?? ""})`;
  const map = doc.contents;
  if (map !== null && !isMap(map)) return "frontmatter is not a list of key: value pairs";
  if (map?.flow === true) return "frontmatter written as one {…} mapping is not edited; write it as key: value lines";

  if (!present) {
    // A new key goes at the end of the block, at the indentation of the existing keys.
    const firstKey = map?.items[0]?.key as Node | null | undefined;
    const keyStart = firstKey?.range?.[0];
    const indent =
      keyStart === undefined ? "" : " ".repeat(keyStart + yamlStart - (spans[lineIndexAt(spans, keyStart + yamlStart)]?.start ?? 0));
    const eol = text.slice(spans[0]?.end ?? 0, spans[0]?.next ?? 0) || "\n";
    return { start: yamlEnd, end: yamlEnd, insert: `${indent}${key}: ${formatScalar(value as string | boolean, null)}${eol}` };
  }

  const pair = map?.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node | null> | undefined;
  if (pair === undefined) return `frontmatter key ${key} could not be located`;
  const sep = pair.srcToken?.sep ?? [];
  const colon = sep.find((t) => t.type === "map-value-ind");
  const node = pair.value;
  const range = node?.range ?? undefined;
  const isEmpty = range === undefined || range[0] === range[1];
  // Block scalars and block collections own their trailing line breaks; those stay.
  const valueEnd = isEmpty ? null : range[0] + text.slice(yamlStart + range[0], yamlStart + range[1]).trimEnd().length;

  if (value === null) return removeEntry(text, spans, yamlStart, pair, colon?.offset ?? null, valueEnd);

  if (isEmpty || valueEnd === null) {
    if (colon === undefined) return `frontmatter key ${key} has no ":" to write a value after`;
    const at = yamlStart + colon.offset + 1;
    return { start: at, end: at, insert: ` ${formatScalar(value, null)}` };
  }
  const style = isScalar(node) ? (node.type === "QUOTE_SINGLE" ? "'" : node.type === "QUOTE_DOUBLE" ? '"' : "") : null;
  const written = formatScalar(value, style);
  // An explicit tag (`!!str`) described the old value, not the new one: it goes with it.
  const tag = sep.find((t) => t.type === "tag" && colon !== undefined && t.offset > colon.offset);
  if (tag !== undefined) return { start: yamlStart + tag.offset, end: yamlStart + valueEnd, insert: written };
  if (
    isCollection(node) &&
    !node.flow &&
    colon !== undefined &&
    text.slice(yamlStart + colon.offset + 1, yamlStart + range[0]).trim() === ""
  ) {
    // A block list or map under the key becomes `key: value` on the key's line.
    return { start: yamlStart + colon.offset + 1, end: yamlStart + valueEnd, insert: ` ${written}` };
  }
  return { start: yamlStart + range[0], end: yamlStart + valueEnd, insert: written };
}

/** Removes the whole line(s) of one entry, and nothing else. */
function removeEntry(
  text: string,
  spans: readonly LineSpan[],
  yamlStart: number,
  pair: Pair<Node, Node | null>,
  colon: number | null,
  valueEnd: number | null,
): Splice | string {
  const keyRange = pair.key.range;
  if (keyRange === undefined || keyRange === null) return "frontmatter entry could not be located";
  const start = yamlStart + keyRange[0];
  const last = yamlStart + (valueEnd ?? (colon === null ? keyRange[1] : colon + 1));
  const firstLine = spans[lineIndexAt(spans, start)];
  const lastLine = spans[lineIndexAt(spans, Math.max(start, last - 1))];
  if (firstLine === undefined || lastLine === undefined) return "frontmatter entry could not be located";
  const lead = text.slice(firstLine.start, start);
  const tail = text.slice(last, lastLine.end);
  if (!/^\s*(?:\?\s*)?$/.test(lead) || !/^\s*(?:#.*)?$/.test(tail))
    return "frontmatter entry shares its line with another; edit it by hand";
  return { start: firstLine.start, end: lastLine.next, insert: "" };
}

/** Reads the edited note back: the key has its new value, and nothing else changed. */
function checked(original: string, edited: string, key: string, value: FrontmatterValue, before: ReturnType<typeof readNote>): EditResult {
  const after = readNote(edited);
  const expected: Record<string, unknown> = { ...before.frontmatter };
  if (value === null) delete expected[key];
  else expected[key] = value;
  if (after.frontmatterError !== undefined || lf(after.body) !== lf(before.body) || !sameData(after.frontmatter, expected)) {
    return fail(`could not write ${key} without changing something else in the note; it was left as it was`);
  }
  return { ok: true, text: edited, changed: edited !== original };
}

/** `readNote` joins a body with LF only when the note has frontmatter, so compare bodies in LF. */
function lf(text: string): string {
  return text.replace(/\r\n/g, "\n");
}
