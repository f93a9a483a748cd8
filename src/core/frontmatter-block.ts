/**
 * Where a note's frontmatter block is: the one rule, read from a note's lines (the core) or from
 * its text by offsets (the command line, which must not split a large note to find it).
 *
 * A block opens with `---` alone on the first line (after a byte-order mark, trailing spaces
 * allowed) and closes at the next line that is `---` or `...`. A block never closed is not
 * frontmatter, as in Obsidian. The command line also looks at `---js` and the like, only to say
 * that such a block is not read: for the plugin it is not frontmatter at all.
 */

/** What follows `---` on an opening line, trimmed (`""` for YAML, `js` for `---js`); `null` when the line opens nothing. */
export function frontmatterOpening(line: string): string | null {
  const text = line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  if (!text.startsWith("---") || text.charAt(3) === "-") return null;
  return text.slice(3).trim();
}

/** A line that closes a frontmatter block. */
export function isFrontmatterClosing(line: string): boolean {
  const trimmed = line.trimEnd();
  return trimmed === "---" || trimmed === "...";
}

/**
 * The number of lines the frontmatter block takes at the top of the note (0 when there is none),
 * both delimiters included.
 */
export function frontmatterLineCount(lines: readonly string[]): number {
  if (lines.length === 0 || frontmatterOpening(lines[0] ?? "") !== "") return 0;
  for (let i = 1; i < lines.length; i++) if (isFrontmatterClosing(lines[i] ?? "")) return i + 1;
  return 0;
}

export interface FrontmatterBlock {
  /** What follows `---` on the first line (see `frontmatterOpening`); only `""` is frontmatter to the plugin. */
  language: string;
  /** The block's lines between the delimiters, without line endings. */
  lines: string[];
  /** Lines the block takes, delimiters included (`frontmatterLineCount` for a YAML block). */
  lineCount: number;
  /** Offset where the body starts, just after the closing line's line ending. */
  bodyStart: number;
}

/** The line starting at `from`, without its line ending (LF or CRLF), and where the next line starts. */
function lineAt(text: string, from: number): { line: string; next: number } {
  const eol = text.indexOf("\n", from);
  const end = eol === -1 ? text.length : eol;
  const line = end > from && text.charCodeAt(end - 1) === 13 ? text.slice(from, end - 1) : text.slice(from, end);
  return { line, next: eol === -1 ? text.length : eol + 1 };
}

/** The block at the top of `text` by offsets, reading only its own lines; `null` when there is none. */
export function locateFrontmatter(text: string): FrontmatterBlock | null {
  const first = lineAt(text, 0);
  const language = frontmatterOpening(first.line);
  if (language === null) return null;
  const lines: string[] = [];
  let pos = first.next;
  while (pos < text.length) {
    const { line, next } = lineAt(text, pos);
    if (isFrontmatterClosing(line)) return { language, lines, lineCount: lines.length + 2, bodyStart: next };
    lines.push(line);
    pos = next;
  }
  return null;
}
