/**
 * Where the editor shows a note's problems, as plain data: one mark per line that has any, over
 * the value written on it (or the whole line when there is none), with the messages to show. The
 * CodeMirror extension draws these; computing them needs no editor, so it is tested on its own.
 */
import type { Problem } from "../../core/contact";
import { problemText } from "../panel/list-model";

export interface ProblemMark {
  /** 0-based line. */
  line: number;
  /** Offsets in the text of the underlined range. */
  from: number;
  to: number;
  /** The messages of the problems on the line, without the file name (the note is the one open). */
  messages: string[];
}

/** The marks for `problems` (each with a line) in `text`, in line order. */
export function problemMarks(text: string, problems: readonly Problem[]): ProblemMark[] {
  const starts = lineStarts(text);
  const byLine = new Map<number, string[]>();
  for (const p of problems) {
    if (p.line === undefined || p.line >= starts.length) continue;
    const message = problemText(p);
    const list = byLine.get(p.line) ?? [];
    if (!list.includes(message)) list.push(message);
    byLine.set(p.line, list);
  }
  return [...byLine.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([line, messages]) => ({ line, ...valueRange(text, starts, line), messages }));
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The value after `key:` on the line, trimmed (a trailing comment excluded); else the line's text. */
function valueRange(text: string, starts: readonly number[], line: number): { from: number; to: number } {
  const start = starts[line] ?? 0;
  const next = starts[line + 1];
  let end = next === undefined ? text.length : next - 1;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  const content = text.slice(start, end);
  const colon = /^[^:#]*:[ \t]*/.exec(content);
  const value =
    colon === null
      ? ""
      : content
          .slice(colon[0].length)
          .replace(/[ \t]+#.*$/, "")
          .trimEnd();
  if (colon !== null && value !== "") return { from: start + colon[0].length, to: start + colon[0].length + value.length };
  const lead = content.length - content.trimStart().length;
  return { from: start + lead, to: start + content.trimEnd().length };
}
