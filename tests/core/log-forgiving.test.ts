import { describe, expect, it } from "vitest";
import { appendLogEntry } from "../../src/core/edits";
import { findLogSection, logEntriesAt, parseLog, parseLogLine, splitLines, type ItemPosition } from "../../src/core/log";
import { LogFacts } from "../../src/core/log-facts";
import { headingKey, logHeadingNames, logHeadingTest, logHeadingToWrite } from "../../src/core/log-heading";
import { tableRowItems } from "../../src/core/log-table";

const TYPES = ["call", "email", "meeting", "message"];
const SETTING = "Log, Interaction log, Contact log";

/** Entries as other tools and people write them, with what each means. */
const LINES: ReadonlyArray<[line: string, date: string | null, type: string | null, summary: string]> = [
  ["- **2026-02-02**: texted", "2026-02-02", null, "texted"],
  ["- **2026-02-02** call: about the move", "2026-02-02", "call", "about the move"],
  ["- __2026-02-02__ — lunch", "2026-02-02", null, "lunch"],
  ["- **[[2026-02-02]]**: texted", "2026-02-02", null, "texted"],
  ["- 2026-10-01: call: caught up", "2026-10-01", "call", "caught up"],
  ["- 2026-10-01: Call: caught up", "2026-10-01", "call", "caught up"],
  ["- 2026-10-01: call with Bo", "2026-10-01", null, "call with Bo"],
  ["- 2026-10-01: texted", "2026-10-01", null, "texted"],
  ["- [x] 2026-10-01 call: booked", "2026-10-01", "call", "booked"],
  ["- [X] **2026-10-01**: sent the deck", "2026-10-01", null, "sent the deck"],
  ["* [x] [[2026-10-01]] email", "2026-10-01", "email", ""],
  // Not entries: an open task is a plan, a bold that is not closed, a date glued to the box.
  ["- [ ] 2026-10-01 call: to do", null, null, ""],
  ["- **2026-10-01: half bold", null, null, ""],
  ["- [x]2026-10-01 call", null, null, ""],
  ["- **2026-10-01__ mixed", null, null, ""],
  // Table rows: first cell a date; a type in the second cell, the other cells the summary.
  ["| 2026-10-01 | call | Caught up #gave |", "2026-10-01", "call", "Caught up #gave"],
  ["| 2026-10-01 | Coffee at the fair | |", "2026-10-01", null, "Coffee at the fair"],
  ["| **2026-10-01** | email | sent | the deck |", "2026-10-01", "email", "sent — the deck"],
  ["| [[2026-10-01\\|Oct 1]] | meeting |", "2026-10-01", "meeting", ""],
  ["| Date | Type | Notes |", null, null, ""],
  ["| Oct 1 | call | x |", null, null, ""],
];

describe("parseLogLine, the forms people write", () => {
  it.each(LINES)("%j", (line, date, type, summary) => {
    const entry = parseLogLine(line, TYPES, 4);
    if (date === null) {
      expect(entry).toBeNull();
      return;
    }
    expect(entry).toMatchObject({ date, type, summary, line: 4 });
  });

  it("reads tags in a table row's summary", () => {
    expect(parseLogLine("| 2026-10-01 | call | asked for help #asked |", TYPES)?.tags).toEqual(["asked"]);
  });
});

/** Headings that name the log under the default setting, and some that do not. */
const HEADINGS: ReadonlyArray<[heading: string, isLog: boolean]> = [
  ["Log", true],
  ["log", true],
  ["LOG:", true],
  ["Interaction log", true],
  ["📝 Interaction Log:", true],
  ["🗒️ Contact log", true],
  ["— Contact Log —", false],
  ["** Interaction log", true],
  ["Interaction  log", true],
  ["Log ##", true],
  ["Logs", false],
  ["Interaction", false],
  ["Log of calls", false],
  ["Notes", false],
  ["", false],
];

describe("log headings", () => {
  it("splits the setting into names, first one written", () => {
    expect(logHeadingNames(" Log , ## Interaction log,, contact log, log ")).toEqual(["Log", "Interaction log", "contact log"]);
    expect(logHeadingToWrite(SETTING)).toBe("Log");
    expect(logHeadingToWrite("Interactions, Log")).toBe("Interactions");
  });

  it.each(HEADINGS)("%j names the log: %s", (heading, isLog) => {
    expect(logHeadingTest(SETTING)(heading)).toBe(isLog);
    // Asked twice: the memo gives the same answer.
    expect(logHeadingTest(SETTING)(heading)).toBe(isLog);
  });

  it("reduces a heading to what is compared", () => {
    expect(headingKey("📝 Interaction Log:")).toBe("interaction log");
    expect(headingKey("Log ###")).toBe("log");
  });

  it("finds the section under any of the names, at any level", () => {
    const lines = splitLines("# Ann\n\n### 📝 Interaction Log:\n- 2026-01-01 call\n## Next\n");
    expect(findLogSection(lines, SETTING)).toEqual({ headingLine: 2, level: 3, end: 4 });
    expect(findLogSection(lines, "Log")).toBeNull();
  });

  it("appends under an emoji heading, and creates the first name when there is none", () => {
    const text = "# Ann\n\n## 📝 Interaction Log:\n- 2026-01-01 call\n";
    const added = appendLogEntry(text, { heading: SETTING, line: "- 2026-02-02 email" });
    expect(added).toEqual({
      ok: true,
      changed: true,
      line: 4,
      text: "# Ann\n\n## 📝 Interaction Log:\n- 2026-01-01 call\n- 2026-02-02 email\n",
    });
    const created = appendLogEntry("# Bo\n", { heading: SETTING, line: "- 2026-02-02 email" });
    expect(created).toEqual({ ok: true, changed: true, line: 3, text: "# Bo\n\n## Log\n- 2026-02-02 email\n" });
  });
});

const TABLE_NOTE = [
  "---",
  "tier: B",
  "---",
  "# Ann",
  "",
  "## Interaction log",
  "",
  "| Date | Type | Notes |",
  "|------|------|-------|",
  "| 2026-09-01 | call | First call |",
  "| **2026-10-15** | Coffee in town | |",
  "| not a date | email | x |",
  "",
  "- [x] 2026-11-01 email: the deck",
  "- [ ] 2026-12-01 call: plan",
  "",
  "## Other",
  "| 2026-11-20 | call | outside the log |",
  "|---|---|---|",
].join("\n");

describe("a log written as a table", () => {
  it("reads one entry per dated row, and the list items beside it", () => {
    const log = parseLog(TABLE_NOTE, SETTING, TYPES);
    expect(log.map((e) => [e.date, e.type, e.summary, e.line])).toEqual([
      ["2026-09-01", "call", "First call", 9],
      ["2026-10-15", null, "Coffee in town", 10],
      ["2026-11-01", "email", "the deck", 13],
    ]);
  });

  it("ignores pipe lines that are not a table (no delimiter row)", () => {
    const text = "## Log\n| 2026-09-01 | call | x |\nplain text\n";
    expect(parseLog(text, "Log", TYPES)).toEqual([]);
  });

  it("gives the same entries when read at the positions a metadata cache gives", () => {
    const lines = splitLines(TABLE_NOTE);
    const offsetOf = (line: number): number => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
    const table = { position: { start: { line: 7, offset: offsetOf(7) }, end: { line: 11 } } };
    const items: ItemPosition[] = [13, 14].map((line) => ({ position: { start: { line, offset: offsetOf(line) } } }));
    const positions = [...tableRowItems([table]), ...items];
    expect(logEntriesAt(TABLE_NOTE, positions, TYPES)).toEqual(parseLog(TABLE_NOTE, SETTING, TYPES));
    expect(LogFacts.of(logEntriesAt(TABLE_NOTE, positions, TYPES)).latest()).toEqual({ date: "2026-11-01", line: 13 });
    expect(LogFacts.of(logEntriesAt(TABLE_NOTE, tableRowItems([table]), TYPES)).latest()).toEqual({ date: "2026-10-15", line: 10 });
    // The same with CRLF line endings, where only line numbers can be trusted.
    const crlf = TABLE_NOTE.replace(/\n/g, "\r\n");
    expect(logEntriesAt(crlf, positions, TYPES)).toEqual(parseLog(crlf, SETTING, TYPES));
  });
});
