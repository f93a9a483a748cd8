/**
 * Where one top-level key's entry sits in a frontmatter block, found by scanning lines, without a
 * YAML parser. It only has to find bytes: every edit built on it is read back by a real parser
 * (see `edits.ts`), and refused unless the parser agrees it did exactly what was meant. So the
 * scanner may be simple, as long as it refuses what it does not recognise rather than guess.
 *
 * The keys of a block mapping start at one column (that of the first line that is neither blank
 * nor a comment). An entry runs from its key's line to the line before the next key; its value's
 * bytes end at its last line that is not blank and not a comment (a comment or a blank line after a
 * value belongs to no value and stays). A block scalar (`|`, `>`) owns its indented lines, `#` or not.
 */

/** A line of the block: `[start, end)` in the note's text without its line ending, `next` after it. */
export interface BlockLine {
  start: number;
  end: number;
  next: number;
}

export interface LocatedEntry {
  /** Index (in the block's lines) of the key's line, and of the entry's last value line. */
  keyLine: number;
  lastLine: number;
  /** Offset just after the key's `:`. */
  colonEnd: number;
  /** The value's bytes `[valueStart, valueEnd)`; equal when the value is empty. */
  valueStart: number;
  valueEnd: number;
  /** Offset of an explicit tag (`!!str`) before the value, which describes the old value only. */
  tagStart: number | null;
  /** The value does not start on the key's line (a block list or map under the key). */
  below: boolean;
  /** How the old value was quoted: `'`, `"`, or `""` for anything else. */
  quote: "'" | '"' | "";
}

export interface BlockKeys {
  /** The indentation of the keys (what a new key is written with). */
  indent: string;
  /** Each top-level key's entry, by key, or why its value's bytes could not be found. */
  entries: Map<string, LocatedEntry | string>;
}

const FLOW_MAPPING = "frontmatter written as one {…} mapping is not edited; write it as key: value lines";

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === "" || t.startsWith("#");
}

/** The key at the start of `line` (after `indent`) and the offset just after its `:`; `null` when not a simple key. */
function readKey(line: string, from: number): { key: string; colonEnd: number } | null {
  const first = line[from];
  let key: string;
  let at: number;
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, from + 1);
    if (close === -1) return null;
    key = line.slice(from + 1, close);
    // Escapes and doubled quotes are rare in keys: not guessed at.
    if (key.includes("\\") || key.includes(first) || line[close + 1] === first) return null;
    at = close + 1;
    while (line[at] === " " || line[at] === "\t") at++;
    if (line[at] !== ":") return null;
  } else {
    if (first === undefined || /[-?:,[\]{}#&*!|>%@`]/.test(first)) return null;
    const m = /:(?=[ \t]|$)/.exec(line.slice(from));
    if (m === null) return null;
    at = from + m.index;
    key = line.slice(from, at).trimEnd();
    if (key.includes(" #") || key.includes("\t#")) return null;
  }
  const next = line[at + 1];
  if (next !== undefined && next !== " " && next !== "\t") return null;
  return { key, colonEnd: at + 1 };
}

/** Where a quoted scalar or flow collection that starts at `lines[i][col]` ends: [line, column after it]. */
function scanClosed(lines: readonly string[], i: number, col: number, last: number): [number, number] | null {
  const open = lines[i]?.[col];
  let depth = 0;
  let quote: string | null = null;
  // The last character outside quotes that is not a space: a quote opens a scalar only where a
  // node starts (after `[`, `{`, `,` or `:`); elsewhere, as in `[it's]`, it is a plain character.
  let before = "[";
  for (let li = i; li <= last; li++) {
    const line = lines[li] ?? "";
    for (let c = li === i ? col : 0; c < line.length; c++) {
      const ch = line[c];
      if (quote === '"') {
        if (ch === "\\") c++;
        else if (ch === '"') quote = null;
      } else if (quote === "'") {
        if (ch === "'" && line[c + 1] === "'") c++;
        else if (ch === "'") quote = null;
      } else if (ch === '"' || ch === "'") {
        if (li === i && c === col) quote = ch;
        else if (depth > 0 && "[{,:".includes(before)) quote = ch;
      } else if (ch === "#" && (c === 0 || line[c - 1] === " " || line[c - 1] === "\t")) {
        break; // a comment inside a flow collection runs to the end of its line
      } else if (ch === "[" || ch === "{") depth++;
      else if (ch === "]" || ch === "}") depth--;
      if (quote === null && ch !== " " && ch !== "\t") before = ch ?? "";
      if (quote === null && (open === '"' || open === "'" ? li > i || c > col : depth === 0)) return [li, c + 1];
    }
  }
  return null;
}

/** The end of a plain scalar on `line` from `col`: before a ` #` comment and trailing spaces. */
function plainEnd(line: string, col: number): { end: number; comment: boolean } {
  const m = /[ \t]#/.exec(line.slice(col));
  const end = m === null ? line.length : col + m.index;
  return { end: col + line.slice(col, end).trimEnd().length, comment: m !== null };
}

/**
 * Reads the keys of a frontmatter block: `lines` are its lines between the delimiters (without
 * line endings), `spans` where each sits in the note. Refuses (a message) what it cannot read line by line.
 */
export function locateKeys(lines: readonly string[], spans: readonly BlockLine[]): BlockKeys | string {
  const entries = new Map<string, LocatedEntry | string>();
  let base: number | null = null;
  const keyLines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (isBlankOrComment(line)) continue;
    const indent = indentOf(line);
    base ??= indent;
    if (indent > base) continue;
    if (indent < base || line.slice(0, indent).includes("\t"))
      return `frontmatter line ${i + 2} is not where a key can start; edit it by hand`;
    if (line[indent] === "{") return FLOW_MAPPING;
    keyLines.push(i);
  }
  for (let k = 0; k < keyLines.length; k++) {
    const i = keyLines[k] ?? 0;
    const line = lines[i] ?? "";
    const read = readKey(line, base ?? 0);
    if (read === null) return `frontmatter line ${i + 2} is not a simple key: value line; edit it by hand`;
    if (entries.has(read.key)) return `frontmatter key ${read.key} appears twice; edit it by hand`;
    const last = (keyLines[k + 1] ?? lines.length) - 1;
    const entry = locateValue(lines, i, read.colonEnd, last, base ?? 0);
    if (typeof entry === "string") {
      entries.set(read.key, entry);
      continue;
    }
    const offset = (li: number, col: number): number => (spans[li]?.start ?? 0) + col;
    entries.set(read.key, {
      keyLine: i,
      lastLine: entry.lastLine,
      colonEnd: offset(i, read.colonEnd),
      valueStart: offset(entry.startLine, entry.startCol),
      valueEnd: offset(entry.lastLine, entry.endCol),
      tagStart: entry.tagCol === null ? null : offset(i, entry.tagCol),
      below: entry.below,
      quote: entry.quote,
    });
  }
  return { indent: " ".repeat(base ?? 0), entries };
}

interface ValueSpan {
  startLine: number;
  startCol: number;
  lastLine: number;
  endCol: number;
  tagCol: number | null;
  below: boolean;
  quote: "'" | '"' | "";
}

/** The value of the entry whose key's `:` ends at `colonEnd` on line `i`; its lines end by `last`. */
function locateValue(lines: readonly string[], i: number, colonEnd: number, last: number, base: number): ValueSpan | string {
  const line = lines[i] ?? "";
  let col = colonEnd;
  let tagCol: number | null = null;
  // Properties before the value: a tag (`!!str`), an anchor (`&a`).
  for (;;) {
    while (line[col] === " " || line[col] === "\t") col++;
    const ch = line[col];
    if (ch !== "!" && ch !== "&") break;
    if (ch === "!") tagCol ??= col;
    while (col < line.length && line[col] !== " " && line[col] !== "\t") col++;
  }
  const first = line[col];
  // The last line of the entry that holds a value (not blank, not a comment).
  let lastValue = i;
  for (let li = i + 1; li <= last; li++) if (!isBlankOrComment(lines[li] ?? "")) lastValue = li;
  const tail = (li: number): number => (lines[li] ?? "").trimEnd().length;

  if (first === undefined || first === "#") {
    // Nothing on the key's line: an empty value, or a block list or map below it.
    if (lastValue === i) return { startLine: i, startCol: colonEnd, lastLine: i, endCol: colonEnd, tagCol, below: false, quote: "" };
    let firstValue = i + 1;
    while (firstValue < lastValue && isBlankOrComment(lines[firstValue] ?? "")) firstValue++;
    const start = indentOf(lines[firstValue] ?? "");
    const end = lines[lastValue] ?? "";
    // ` #` starts a comment unless it is inside quotes, which this scanner does not follow here.
    if (/[ \t]#/.test(end) && /["']/.test(end))
      return `frontmatter line ${lastValue + 2}: where the value of line ${i + 2} ends is not clear; edit it by hand`;
    return {
      startLine: firstValue,
      startCol: start,
      lastLine: lastValue,
      endCol: plainEnd(end, indentOf(end)).end,
      tagCol,
      below: true,
      quote: "",
    };
  }
  if (first === "|" || first === ">") {
    // A block scalar owns every indented line, even one that starts with `#`.
    let end = i;
    for (let li = i + 1; li <= last; li++) {
      const l = lines[li] ?? "";
      if (l.trim() !== "" && indentOf(l) > base) end = li;
    }
    return {
      startLine: i,
      startCol: col,
      lastLine: end,
      endCol: end === i ? plainEnd(line, col).end : tail(end),
      tagCol,
      below: false,
      quote: "",
    };
  }
  if (first === '"' || first === "'" || first === "[" || first === "{") {
    const closed = scanClosed(lines, i, col, last);
    if (closed === null)
      return `frontmatter line ${i + 2}: the value's closing ${first === "[" ? "]" : first === "{" ? "}" : first} could not be found; edit it by hand`;
    const quote = first === '"' || first === "'" ? first : "";
    return { startLine: i, startCol: col, lastLine: closed[0], endCol: closed[1], tagCol, below: false, quote };
  }
  // A plain scalar (or an alias): to the end of the key's line, or of its last indented line.
  const own = plainEnd(line, col);
  if (own.comment || lastValue === i) return { startLine: i, startCol: col, lastLine: i, endCol: own.end, tagCol, below: false, quote: "" };
  const more = lines[lastValue] ?? "";
  return { startLine: i, startCol: col, lastLine: lastValue, endCol: plainEnd(more, 0).end, tagCol, below: false, quote: "" };
}
