/**
 * A note's text as lines with their offsets, and the `Loc`/`Pos` values Obsidian's cache uses
 * (0-based line and column, offset in UTF-16 units from the start of the text). A line's text
 * leaves out its `\r`, so a CRLF note gets the same columns as an LF one.
 */
import type { Loc, Pos } from "obsidian";

export interface Line {
  text: string;
  offset: number;
}

/** A byte-order mark is not part of the first line: its columns start after it, its offsets count it. */
export function splitLines(data: string): Line[] {
  const lines: Line[] = [];
  let offset = data.startsWith("\uFEFF") ? 1 : 0;
  if (offset === 1) data = data.slice(1);
  for (const raw of data.split("\n")) {
    lines.push({ text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, offset });
    offset += raw.length + 1;
  }
  return lines;
}

export class Positions {
  constructor(private readonly lines: readonly Line[]) {}

  loc(line: number, col: number): Loc {
    return { line, col, offset: (this.lines[line]?.offset ?? 0) + col };
  }

  span(line: number, col: number, endLine: number, endCol: number): Pos {
    return { start: this.loc(line, col), end: this.loc(endLine, endCol) };
  }

  /** From `col` of line `from` to the end of line `to`. */
  through(from: number, col: number, to: number): Pos {
    return this.span(from, col, to, this.width(to));
  }

  width(line: number): number {
    return this.lines[line]?.text.length ?? 0;
  }
}
