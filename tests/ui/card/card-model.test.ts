import { describe, expect, it } from "vitest";
import { isoDate } from "../../../src/core/dates";
import { cardModel, openingLines, personTouches, recentEntries, yearCells } from "../../../src/ui/card/card-model";
import { contact, entriesOf, schedule, TODAY } from "../helpers";

const OLIVIA_LOG = [
  "- 2026-09-17 call: Delegation and the two-way door test",
  "- 2026-10-16 call: Preparing for the reorg conversation",
  "- 2026-11-18 call: Debrief of the reorg #gave",
  "- 2026-12-16 call: Next session booked",
].join("\n");

const olivia = () =>
  contact(
    "Olivia Grant",
    { tier: "B", cadence: "monthly", remind: "2026-12-08 ask how the offsite went", birthday: "1980-12-02" },
    { log: OLIVIA_LOG },
  );

const MENTIONS = [
  { date: isoDate("2026-11-20"), note: "Daily/2026-11-20.md" },
  { date: isoDate("2026-11-18"), note: "Meetings/2026-11-18 Leadership offsite.md" },
  { date: isoDate("2026-12-01"), note: "Daily/2026-12-01.md" },
];

describe("the note's opening lines", () => {
  it("skips the frontmatter and blank lines, and stops at the first heading", () => {
    const text =
      "---\nname: Priya\ntier: A\n---\n\nFormer tech lead.\nGenerous with **introductions**.\n\n## Log\n- 2026-03-02 meal: Lunch\n";
    expect(openingLines(text)).toBe("Former tech lead.\nGenerous with **introductions**.");
  });

  it("keeps at most the given number of lines, and handles CRLF, a byte-order mark and no frontmatter", () => {
    expect(openingLines("\uFEFF---\r\ntier: A\r\n---\r\none\r\ntwo\r\nthree\r\n", 2)).toBe("one\ntwo");
    expect(openingLines("just a line")).toBe("just a line");
    expect(openingLines("# Heading first\ntext")).toBe("");
    // A '#tag' line is not a heading.
    expect(openingLines("#contact\nMet at a conference")).toBe("#contact\nMet at a conference");
  });
});

describe("the card's recent entries and mentions", () => {
  it("merges log entries and mentions newest first, leaving out what is after today", () => {
    const entries = recentEntries(
      olivia(),
      entriesOf(OLIVIA_LOG),
      MENTIONS.filter((m) => m.date <= TODAY),
      TODAY,
      4,
    );
    expect(entries.map((e) => [e.kind, e.date, e.label, e.text])).toEqual([
      ["mention", "2026-11-20", "mentioned", "2026-11-20"],
      ["log", "2026-11-18", "call", "Debrief of the reorg #gave"],
      ["mention", "2026-11-18", "mentioned", "2026-11-18 Leadership offsite"],
      ["log", "2026-10-16", "call", "Preparing for the reorg conversation"],
    ]);
    // A log entry opens its own note at its line; a mention opens the dated note.
    expect(entries[1]).toMatchObject({ note: "Contacts/Olivia Grant.md", line: 3, when: "18 Nov" });
    expect(entries[0]).toMatchObject({ note: "Daily/2026-11-20.md", line: null });
  });
});

describe("the card", () => {
  it("holds the reason line, key dates within a year, the follow-up count and twelve months of touches", () => {
    const m = cardModel(schedule(olivia()), { log: entriesOf(OLIVIA_LOG), mentions: MENTIONS, followUps: 2, countMentions: true }, TODAY);
    expect(m.name).toBe("Olivia Grant");
    expect(m.tier).toBe("Tier B: Active");
    expect(m.why).toBe("next due 18 Dec · last call 18 Nov · 1 week ago · monthly");
    expect(m.keyDates).toEqual(["Birthday Wed 2 Dec · turns 46", "Reminder Tue 8 Dec · ask how the offsite went"]);
    expect(m.followUps).toBe(2);
    expect(m.months.map((c) => c.aria)).toEqual([
      "No touches, December 2025",
      "No touches, January 2026",
      "No touches, February 2026",
      "No touches, March 2026",
      "No touches, April 2026",
      "No touches, May 2026",
      "No touches, June 2026",
      "No touches, July 2026",
      "No touches, August 2026",
      "1 touch, September 2026",
      "1 touch, October 2026",
      // 18 Nov (the log and the offsite's mention: one touch that day) and 20 Nov; 1 Dec is after today.
      "2 touches, November 2026",
    ]);
  });

  it("counts no mention when mentions are off or the note ignores them", () => {
    const off = cardModel(
      schedule(olivia()),
      { log: entriesOf(OLIVIA_LOG), mentions: MENTIONS, followUps: 0, countMentions: false },
      TODAY,
    );
    expect(off.entries.some((e) => e.kind === "mention")).toBe(false);
    expect(off.months.at(-1)?.count).toBe(1);
    const ignoring = contact("Sam", { tier: "A", "ignore-mentions": true });
    expect(cardModel(schedule(ignoring), { log: [], mentions: MENTIONS, followUps: 0, countMentions: true }, TODAY).entries).toEqual([]);
  });

  it("counts a person's touches one a day, whatever records them", () => {
    const c = contact("Helen", { tier: "B", "last-touch": "2026-08-26" }, { log: "- 2026-08-26 call: Catch-up" });
    const touches = personTouches(c, [{ date: isoDate("2026-08-26"), note: "Daily/2026-08-26.md" }], TODAY);
    expect(touches.map((t) => t.source)).toEqual(["log"]);
    expect(yearCells(touches, TODAY).find((m) => m.label === "August 2026")?.aria).toBe("1 touch, August 2026");
  });
});
