import { describe, expect, it } from "vitest";
import { findLogSection, formatLogEntry, parseLog, parseLogLine, splitLines, tagsIn } from "../../src/core/log";
import { DEFAULT_INTERACTION_TYPES } from "../../src/core/settings";
import { isoDate } from "../../src/core/dates";

const TYPES = DEFAULT_INTERACTION_TYPES;

describe("parseLogLine", () => {
  it.each<[line: string, date: string, type: string | null, summary: string]>([
    ["- 2026-11-26 call: Congratulated her on the promotion #gave", "2026-11-26", "call", "Congratulated her on the promotion #gave"],
    ["- [[2026-11-20]] coffee — talked about the reorg", "2026-11-20", null, "coffee — talked about the reorg"],
    ["- 2026-10-02 asked for an intro to Sam #asked", "2026-10-02", null, "asked for an intro to Sam #asked"],
    ["* 2026-10-02 email - sent the deck", "2026-10-02", "email", "sent the deck"],
    ["+ 2026-10-02 Meeting – quarterly sync", "2026-10-02", "meeting", "quarterly sync"],
    ["- 2026-10-02 meal", "2026-10-02", "meal", ""],
    ["- 2026-10-02", "2026-10-02", null, ""],
    ["- 2026-10-02: met at the conference", "2026-10-02", null, "met at the conference"],
    ["- 2026-10-02 — met at the conference", "2026-10-02", null, "met at the conference"],
    ["  - 2026-10-02 call", "2026-10-02", "call", ""],
    ["- [[2026-10-02|Oct 2]] intro: to Priya #gave", "2026-10-02", "intro", "to Priya #gave"],
    ["- 2026-10-02 calling about the job", "2026-10-02", null, "calling about the job"],
  ])("%s", (line, date, type, summary) => {
    expect(parseLogLine(line, TYPES)).toMatchObject({ date, type, summary });
  });

  it.each([
    "2026-11-26 call: no bullet",
    "-2026-11-26 call: no space after the bullet",
    "- 2026-02-30 call: not a real date",
    "- 2026-11-266 call",
    "- Nov 26 call",
    "- [[2026-11-26 call",
    "Some prose mentioning 2026-11-26",
  ])("is not an entry: %s", (line) => {
    expect(parseLogLine(line, TYPES)).toBeNull();
  });

  it("collects tags from the summary, lower-cased", () => {
    expect(parseLogLine("- 2026-01-05 help: moved her CV along #Gave #team/eng", TYPES)?.tags).toEqual(["gave", "team/eng"]);
    expect(tagsIn("issue #42 and #asked")).toEqual(["asked"]);
  });

  it("reads back what it writes", () => {
    for (const entry of [
      { date: "2026-11-26", type: "call", summary: "Congratulated her #gave" },
      { date: "2026-11-26", type: null, summary: "call back next week" },
      { date: "2026-11-26", type: "note", summary: "" },
      { date: "2026-11-26", type: null, summary: "" },
    ]) {
      const line = formatLogEntry({ ...entry, date: isoDate(entry.date) });
      expect(parseLogLine(line, TYPES)).toMatchObject(entry);
    }
    expect(formatLogEntry({ date: isoDate("2026-11-26"), type: "call", summary: "Congratulated her" })).toBe(
      "- 2026-11-26 call: Congratulated her",
    );
    expect(formatLogEntry({ date: isoDate("2026-11-26"), type: "email", summary: "two\nlines" })).toBe("- 2026-11-26 email: two lines");
  });
});

describe("the log section", () => {
  const note = [
    "---",
    "tier: A",
    "# not a heading: inside the frontmatter",
    "---",
    "# Ann",
    "- 2026-01-01 call: outside the log, does not count",
    "## Log",
    "- 2026-11-01 call: first",
    "```",
    "## Not a heading: inside a code fence",
    "- 2026-11-02 call: inside a fence, does not count",
    "```",
    "### Details",
    "- 2026-11-03 email: in a subsection, still the log",
    "## Projects",
    "- 2026-11-04 call: after the log, does not count",
  ].join("\n");

  it("runs from the heading to the next heading of the same or a higher level", () => {
    const lines = splitLines(note);
    expect(findLogSection(lines, "Log")).toEqual({ headingLine: 6, level: 2, end: 14 });
    expect(findLogSection(lines, "log")).toEqual({ headingLine: 6, level: 2, end: 14 });
    expect(findLogSection(lines, "Missing")).toBeNull();
  });

  it("holds the entries, and only those", () => {
    expect(parseLog(note, "Log", TYPES).map((e) => [e.date, e.line])).toEqual([
      ["2026-11-01", 7],
      ["2026-11-03", 13],
    ]);
  });

  it("works at any heading level and to the end of the note", () => {
    const text = "# Log\r\n- 2026-11-01 call\r\n\r\n- 2026-11-02 email\r\n";
    expect(parseLog(text, "Log", TYPES).map((e) => e.date)).toEqual(["2026-11-01", "2026-11-02"]);
    const h4 = "#### Log ####\n- 2026-11-01 call\n### Next\n- 2026-11-02 call";
    expect(parseLog(h4, "Log", TYPES).map((e) => e.date)).toEqual(["2026-11-01"]);
  });

  it("is empty without the heading", () => {
    expect(parseLog("- 2026-11-01 call", "Log", TYPES)).toEqual([]);
  });
});
