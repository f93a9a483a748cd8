/**
 * The last touch with mentions: the latest of `last-touch`, the log and the mentions, where it
 * comes from, the "why" line that names the note, `ignore-mentions`, and this week's touches.
 */
import { describe, expect, it } from "vitest";
import { isoDate, type IsoDate } from "../../src/core/dates";
import { buildContact } from "../../src/core/build-contact";
import type { Contact } from "../../src/core/contact";
import { parseLog } from "../../src/core/log";
import { planWeek, touchesThisWeek } from "../../src/core/week-plan";
import { describeWhy, scheduleContact } from "../../src/core/schedule";
import { defaultSettings } from "../../src/core/settings";
import type { Mention } from "../../src/core/touch-index";

const settings = defaultSettings();
const TODAY = isoDate("2026-11-26");

function make(frontmatter: Record<string, unknown>, log = ""): Contact {
  const text = log === "" ? "" : `## Log\n${log}\n`;
  return buildContact({ path: "Contacts/Sam.md", frontmatter, log: parseLog(text, "Log", settings.interactionTypes) }, settings);
}

describe("the last touch, with mentions", () => {
  const offsite: Mention = { date: isoDate("2026-11-20"), note: "Meetings/2026-11-20 Offsite.md" };
  it.each<
    [
      what: string,
      fm: Record<string, unknown>,
      log: string,
      mention: Mention | null,
      touch: string | null,
      source: string | null,
      note: string | null,
    ]
  >([
    ["no touch at all", { tier: "A" }, "", null, null, null, null],
    ["last-touch alone", { tier: "A", "last-touch": isoDate("2026-10-01") }, "", null, isoDate("2026-10-01"), "frontmatter", null],
    [
      "the log when newer",
      { tier: "A", "last-touch": isoDate("2026-10-01") },
      "- 2026-10-05 call",
      null,
      isoDate("2026-10-05"),
      "log",
      null,
    ],
    [
      "a mention when newer than both",
      { tier: "A", "last-touch": isoDate("2026-10-01") },
      "- 2026-10-05 call",
      offsite,
      isoDate("2026-11-20"),
      "mention",
      offsite.note,
    ],
    ["a mention alone", { tier: "A" }, "", offsite, isoDate("2026-11-20"), "mention", offsite.note],
    [
      "the log on a tie with a mention (written on purpose)",
      { tier: "A" },
      "- 2026-11-20 call",
      offsite,
      isoDate("2026-11-20"),
      "log",
      null,
    ],
    [
      "last-touch on a tie with a mention",
      { tier: "A", "last-touch": isoDate("2026-11-20") },
      "",
      offsite,
      isoDate("2026-11-20"),
      "frontmatter",
      null,
    ],
    [
      "never a mention after today",
      { tier: "A", "last-touch": isoDate("2026-10-01") },
      "",
      { date: isoDate("2026-11-30"), note: "Daily/2026-11-30.md" },
      isoDate("2026-10-01"),
      "frontmatter",
      null,
    ],
    [
      "never a mention with ignore-mentions",
      { tier: "A", "last-touch": isoDate("2026-10-01"), "ignore-mentions": true },
      "",
      offsite,
      isoDate("2026-10-01"),
      "frontmatter",
      null,
    ],
    ["ignore_mentions: yes, as text", { tier: "A", ignore_mentions: "yes" }, "", offsite, null, null, null],
  ])("%s", (_what, fm, log, mention, touch, source, note) => {
    const s = scheduleContact(make(fm, log), TODAY, 7, mention);
    expect([s.lastTouch, s.lastTouchSource, s.lastTouchNote]).toEqual([touch, source, note]);
  });

  it("moves the schedule: a mention takes someone out of overdue", () => {
    const overdue = make({ tier: "A", "last-touch": isoDate("2026-09-14") });
    expect(scheduleContact(overdue, TODAY, 7).status).toBe("overdue");
    const s = scheduleContact(overdue, TODAY, 7, { date: isoDate("2026-11-25"), note: "Daily/2026-11-25.md" });
    expect([s.status, s.nextDue]).toEqual(["ok", isoDate("2026-12-25")]);
  });

  it("names the note in the why line, with its date when the name does not say it", () => {
    const c = make({ tier: "A" });
    expect(describeWhy(scheduleContact(c, TODAY, 7, { date: isoDate("2026-11-20"), note: "Meetings/2026-11-20 Offsite.md" }), TODAY)).toBe(
      "next due 20 Dec · last mentioned in 2026-11-20 Offsite · 6 days ago · monthly",
    );
    expect(describeWhy(scheduleContact(c, TODAY, 7, { date: isoDate("2026-11-19"), note: "Meetings/Guild retro.md" }), TODAY)).toBe(
      "next due 19 Dec · last mentioned in Guild retro, 19 Nov · 1 week ago · monthly",
    );
    const untracked = make({ tier: "none" });
    expect(describeWhy(scheduleContact(untracked, TODAY, 7, { date: isoDate("2026-11-20"), note: "Daily/2026-11-20.md" }), TODAY)).toBe(
      "untracked · last mentioned in 2026-11-20 · 6 days ago",
    );
  });
});

describe("touches this week include mentions", () => {
  const contacts = [
    make({ tier: "A", "last-touch": isoDate("2026-11-24") }),
    buildContact({ path: "Contacts/Ann.md", frontmatter: { tier: "B", "ignore-mentions": true } }, settings),
  ];
  const days = (path: string): IsoDate[] =>
    path === "Contacts/Sam.md" ? [isoDate("2026-11-24"), isoDate("2026-11-25")] : [isoDate("2026-11-25")];
  it("one per person per day, never for a person who ignores mentions", () => {
    expect(touchesThisWeek(contacts, TODAY)).toBe(1);
    expect(touchesThisWeek(contacts, TODAY, (p) => days(p))).toBe(2);
  });
  it("and shrink the week's capacity", () => {
    const scheduled = contacts.map((c) => scheduleContact(c, TODAY, 7));
    expect(planWeek(scheduled, { weeklyBudget: 5 }, TODAY).capacity).toBe(4);
    expect(planWeek(scheduled, { weeklyBudget: 5 }, TODAY, (p) => days(p)).capacity).toBe(3);
  });
});
