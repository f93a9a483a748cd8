import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latestEntry, logEntriesAt, parseLogLine, type ItemPosition, type LogEntry } from "../../src/core/log";
import { LogFacts } from "../../src/core/log-facts";
import { toEpochDay } from "../../src/core/dates";
import { INTERACTION_TYPES } from "./arbitraries";

const RUNS = { numRuns: 500 };

/**
 * Pieces that make lines close to log entries and just off them: every bullet and space the
 * grammar allows or refuses, dates real and impossible, wikilinks whole and broken, separators,
 * Unicode spaces, carriage returns and line separators in odd places.
 */
const piece = fc.constantFrom(
  "-",
  "*",
  "+",
  "1.",
  " ",
  "  ",
  "\t",
  "\u00a0",
  "\u2003",
  "\r",
  "\u2028",
  "\u2029",
  "\v",
  "2026-11-26",
  "2024-02-29",
  "2023-02-29",
  "2026-13-01",
  "2026-1-01",
  "0000-01-01",
  "9999-12-31",
  "[[",
  "]]",
  "[[2026-11-20]]",
  "[[2026-11-20|last week]]",
  "[[2026-02-30]]",
  "|",
  "]",
  "[",
  ":",
  " — ",
  " - ",
  "call",
  "Call",
  "coffee",
  "#gave",
  "x",
  "é",
  "1",
  "**",
  "__",
  "[x] ",
  "[X]",
  "[ ] ",
  "| ",
  " | ",
  "|2026-11-26|",
  "**2026-11-26**",
);
const pieces = (max: number): fc.Arbitrary<string> => fc.array(piece, { minLength: 0, maxLength: max }).map((parts) => parts.join(""));
/** Lines shaped like an entry (indent, bullet, space, date, rest), each part drawn from near misses too. */
const entryLike = fc
  .tuple(
    fc.constantFrom("", " ", "\t", "  ", "\u00a0", "\r"),
    fc.constantFrom("-", "*", "+", "1.", "x", "é"),
    fc.constantFrom(" ", "  ", "\t", "", "\u2003", "\r"),
    fc.constantFrom(
      "2026-11-26",
      "2024-02-29",
      "2023-02-29",
      "2026-02-30",
      "[[2026-11-20]]",
      "[[2026-11-20|then]]",
      "[[2026-11-20|a]b]]",
      "[[2026-11-20",
      "2026-11-2",
      "**2026-11-26**",
      "**2026-11-26",
      "__[[2026-11-20]]__",
      "[x] 2026-11-26",
      "[X] **2026-11-26**",
      "[ ] 2026-11-26",
      "[x]2026-11-26",
    ),
    pieces(5),
  )
  .map((parts) => parts.join(""));
const line = fc.oneof(pieces(8), entryLike);

/** A note made of lines joined by LF or CRLF, and the offset of each line as the cache might give it (line start or first non-space). */
const note = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 12 }),
  eol: fc.constantFrom("\n", "\r\n"),
  atIndent: fc.boolean(),
  // A byte-order mark, counted in the cache's offsets or not (caches differ; line numbers agree).
  bom: fc.constantFrom("none", "counted", "uncounted"),
  // With CRLF, offsets counted in the text as read, or as if its line endings were LF.
  crCounted: fc.boolean(),
});

function render(model: { lines: string[]; eol: string; atIndent: boolean; bom: string; crCounted: boolean }): {
  text: string;
  items: ItemPosition[];
} {
  const text = (model.bom === "none" ? "" : "\uFEFF") + model.lines.join(model.eol);
  const items: ItemPosition[] = [];
  let offset = model.bom === "counted" ? 1 : 0;
  model.lines.forEach((l, i) => {
    const indent = model.atIndent ? l.length - l.replace(/^[ \t]+/, "").length : 0;
    items.push({ position: { start: { line: i, offset: offset + indent } } });
    offset += l.length + (model.crCounted ? model.eol.length : 1);
  });
  return { text, items };
}

/** The facts the index keeps of the entries read at these offsets. */
function factsAt(text: string, items: readonly ItemPosition[]): LogFacts {
  return LogFacts.of(logEntriesAt(text, items, INTERACTION_TYPES), INTERACTION_TYPES);
}

const latestAt = (text: string, items: readonly ItemPosition[]) => factsAt(text, items).latest();

/** What the line-by-line parser finds in the same lines (text split on the same line endings). */
function parsedLines(text: string): LogEntry[] {
  return text.split("\n").flatMap((l, i) => {
    const entry = parseLogLine(l.endsWith("\r") ? l.slice(0, -1) : l, INTERACTION_TYPES, i);
    return entry === null ? [] : [entry];
  });
}

describe("reading log lines at the cache's offsets", () => {
  it("finds exactly the entries parseLogLine finds, line by line", () => {
    fc.assert(
      fc.property(note, (model) => {
        const { text, items } = render(model);
        expect(logEntriesAt(text, items, INTERACTION_TYPES)).toEqual(parsedLines(text));
      }),
      RUNS,
    );
  });

  it("picks the same latest entry (date, then line) as the full parse", () => {
    fc.assert(
      fc.property(note, (model) => {
        const { text, items } = render(model);
        expect(latestAt(text, items)).toEqual(latestEntry(parsedLines(text)));
      }),
      RUNS,
    );
  });

  it("keeps the same days as the full parse (the calendar counts these)", () => {
    fc.assert(
      fc.property(note, (model) => {
        const { text, items } = render(model);
        expect(factsAt(text, items).days()).toEqual(parsedLines(text).map((e) => toEpochDay(e.date)));
      }),
      RUNS,
    );
  });

  it("reads only the lines it is given", () => {
    const text = "- 2026-11-01 call\n- 2026-11-20 email\n- 2026-11-10 meal";
    const items: ItemPosition[] = [{ position: { start: { line: 0, offset: 0 } } }, { position: { start: { line: 2, offset: 37 } } }];
    expect(latestAt(text, items)).toEqual({ date: "2026-11-10", line: 2 });
    expect(logEntriesAt(text, items, INTERACTION_TYPES).map((e) => e.date)).toEqual(["2026-11-01", "2026-11-10"]);
  });

  it("breaks a tie on the date by the later line, and ignores lines that are not entries", () => {
    const text = "- 2026-11-20 call\n- not an entry\n- [[2026-11-20|then]] email\n- 2026-02-30 call";
    const items = [0, 18, 33, 61].map((offset, line) => ({ position: { start: { line, offset } } }));
    expect(latestAt(text, items)).toEqual({ date: "2026-11-20", line: 2 });
    expect(
      latestAt(
        text,
        [items[1], items[3]].filter((i) => i !== undefined),
      ),
    ).toBeNull();
  });
});
