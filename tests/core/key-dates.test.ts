import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import { addDays, isoDate, toIsoDate } from "../../src/core/dates";
import { comingUp, describeKeyDate, nextYearly, readKeyDates, upcomingKeyDates, type KeyDate } from "../../src/core/key-dates";
import { formatWeekday } from "../../src/core/format-date";
import { defaultSettings } from "../../src/core/settings";

const PATH = "Contacts/Ann.md";
const settings = defaultSettings();

function contact(frontmatter: Record<string, unknown>, path = PATH) {
  return buildContact({ path, frontmatter }, settings);
}

describe("reading key dates", () => {
  it.each([
    [{ birthday: "1986-12-01" }, { kind: "birthday", year: 1986, month: 12, day: 1 }],
    [{ birthday: "12-01" }, { kind: "birthday", year: null, month: 12, day: 1 }],
    [{ birthday: "--12-01" }, { kind: "birthday", year: null, month: 12, day: 1 }],
    [{ Birthday: "1986-12-01T08:00" }, { kind: "birthday", year: 1986, month: 12, day: 1 }],
    [{ bday: "--02-29" }, { kind: "birthday", year: null, month: 2, day: 29 }],
    [{ "prm-birthday": "2000-02-29" }, { kind: "birthday", year: 2000, month: 2, day: 29 }],
    [{ birthday: new Date(Date.UTC(1986, 11, 1)) }, { kind: "birthday", year: 1986, month: 12, day: 1 }],
    [{ Anniversary: "2011-12-05" }, { kind: "anniversary", year: 2011, month: 12, day: 5 }],
  ])("%j", (frontmatter, expected) => {
    const read = readKeyDates(frontmatter, PATH);
    expect(read.problems).toEqual([]);
    expect(read.dates).toEqual([{ type: "yearly", ...expected }]);
  });

  it("reads the keys set in keyDateKeys, and only those", () => {
    const read = readKeyDates({ "work anniversary": "2020-03-01", anniversary: "2011-12-05", birthday: "--01-02" }, PATH, [
      "work-anniversary",
    ]);
    expect(read.dates.map((d) => d.kind)).toEqual(["work-anniversary", "birthday"]);
  });

  it.each([
    ["2026-12-10 ask about the offsite", "2026-12-10", "ask about the offsite"],
    ["2026-12-10: ask about the offsite", "2026-12-10", "ask about the offsite"],
    ["2026-12-10 — send the deck", "2026-12-10", "send the deck"],
    ["2026-12-10", "2026-12-10", ""],
  ])("a reminder %j", (value, date, text) => {
    expect(readKeyDates({ remind: value }, PATH).dates).toEqual([{ type: "reminder", kind: "reminder", date, text }]);
  });

  it("reads a list of reminders, one problem per bad one", () => {
    const read = readKeyDates({ remind: ["2026-12-10 offsite", "call her next week", "2026-12-01 deck"] }, PATH);
    expect(read.dates.map((d) => (d.type === "reminder" ? d.text : ""))).toEqual(["offsite", "deck"]);
    expect(read.problems).toEqual([
      {
        path: PATH,
        field: "remind",
        message: `${PATH}: remind "call her next week" is not a reminder (expected a date and a text, e.g. 2026-12-10 ask about the offsite)`,
      },
    ]);
  });

  it.each([["April 1st"], ["1986-02-30"], ["13-01"], ["--02-30"]])(
    "birthday %j is a problem naming file, field and expectation",
    (value) => {
      const c = contact({ birthday: value });
      expect(c.keyDates).toEqual([]);
      expect(c.problems).toEqual([
        { path: PATH, field: "birthday", message: `${PATH}: birthday "${value}" is not a date (expected YYYY-MM-DD, MM-DD or --MM-DD)` },
      ]);
    },
  );

  it("reports a value that is not text in the key's own spelling, and ignores empty ones", () => {
    expect(contact({ Anniversary: 415 }).problems.map((p) => p.message)).toEqual([
      `${PATH}: Anniversary 415 is not a date (expected YYYY-MM-DD, MM-DD or --MM-DD)`,
    ]);
    expect(contact({ birthday: "", anniversary: null }).problems).toEqual([]);
  });
});

describe("the next occurrence", () => {
  it.each([
    ["before this year's date", 12, 1, null, "2026-11-26", "2026-12-01"],
    ["on the day itself", 11, 26, 1980, "2026-11-26", "2026-11-26"],
    ["just past: next year", 11, 25, null, "2026-11-26", "2027-11-25"],
    ["across the new year", 1, 3, 1990, "2026-12-28", "2027-01-03"],
    ["29 February in a common year: 28 February", 2, 29, 1988, "2026-02-01", "2026-02-28"],
    ["29 February in a leap year", 2, 29, 1988, "2028-02-01", "2028-02-29"],
    ["29 February, once 28 February has passed", 2, 29, null, "2027-03-01", "2028-02-29"],
    ["a date still to come is its own first occurrence", 6, 1, 2027, "2026-11-26", "2027-06-01"],
  ])("%s", (_label, month, day, year, today, expected) => {
    expect(nextYearly(month, day, year, isoDate(today))).toBe(expected);
  });

  // The slow, obviously right version: walk forward a day at a time.
  function oracle(month: number, day: number, today: string): string {
    for (let d = isoDate(today); ; d = addDays(d, 1)) {
      const [y, m, dd] = d.split("-").map(Number) as [number, number, number];
      const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
      const target = month === 2 && day === 29 && !leap ? 28 : day;
      if (m === month && dd === target) return d;
    }
  }

  it("is the first matching day on or after today (property, against a day-by-day walk)", () => {
    const day = fc.integer({ min: 1, max: 31 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), day, fc.integer({ min: 0, max: 60_000 }), (month, d, epoch) => {
        fc.pre(d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);
        const today = toIsoDate(epoch);
        expect(nextYearly(month, d, null, today)).toBe(oracle(month, d, today));
      }),
      { numRuns: 400 },
    );
  });
});

describe("coming up", () => {
  const people = [
    { ...contact({ birthday: "1986-12-01" }, "Contacts/Ben.md"), name: "Ben" },
    { ...contact({ tier: "none", birthday: "--11-29", anniversary: "2011-12-05" }, "Contacts/Harold.md"), name: "Harold" },
    { ...contact({ "do-not-contact": true, birthday: "1985-11-30" }, "Contacts/Maya.md"), name: "Maya" },
    { ...contact({ remind: ["2026-12-08 offsite", "2026-11-20 too late"] }, "Contacts/Olivia.md"), name: "Olivia" },
    { ...contact({ birthday: "1990-12-11" }, "Contacts/Zed.md"), name: "Zed" },
  ];

  it("lists the window's dates soonest first, untracked people included, do-not-contact never", () => {
    const list = comingUp(people, isoDate("2026-11-26"), 14);
    expect(list.map((k) => [k.name, k.kind, k.next, k.age])).toEqual([
      ["Harold", "birthday", "2026-11-29", null],
      ["Ben", "birthday", "2026-12-01", 40],
      ["Harold", "anniversary", "2026-12-05", 15],
      ["Olivia", "reminder", "2026-12-08", null],
    ]);
  });

  it("includes the window's last day and not the one after", () => {
    expect(comingUp(people, isoDate("2026-11-27"), 14).map((k) => k.name)).toContain("Zed");
    expect(comingUp(people, isoDate("2026-11-26"), 14).map((k) => k.name)).not.toContain("Zed");
    expect(comingUp(people, isoDate("2026-12-01"), 0).map((k) => k.name)).toEqual(["Ben"]);
  });

  it("counts an age across the year boundary", () => {
    const born = { ...contact({ birthday: "1990-01-03" }), name: "Ann" };
    expect(upcomingKeyDates(born, isoDate("2026-12-28"), 14)).toMatchObject([{ next: isoDate("2027-01-03"), age: 37, date: "1990-01-03" }]);
  });

  it.each([
    ["2026-12-01", "Tue 1 Dec"],
    ["2027-01-03", "Sun 3 Jan"],
    ["2028-02-29", "Tue 29 Feb"],
    ["1970-01-01", "Thu 1 Jan"],
  ])("%s reads as %s", (date, expected) => {
    // A key date reads as every other day near today does (format-date.ts).
    expect(formatWeekday(isoDate(date))).toBe(expected);
  });

  it.each<[Partial<KeyDate>, string]>([
    [{ kind: "birthday", next: isoDate("2026-12-01"), age: 40 }, "Birthday Tue 1 Dec · turns 40"],
    [{ kind: "birthday", next: isoDate("2026-11-26"), age: null }, "Birthday today"],
    [{ kind: "birthday", next: isoDate("2026-11-27"), age: 31 }, "Birthday tomorrow, Fri 27 Nov · turns 31"],
    [{ kind: "anniversary", next: isoDate("2026-12-05"), age: 1 }, "Anniversary Sat 5 Dec · 1 year"],
    [{ kind: "reminder", next: isoDate("2026-12-08"), age: null, text: "offsite" }, "Reminder Tue 8 Dec · offsite"],
  ])("describes %j", (k, expected) => {
    expect(
      describeKeyDate(
        { path: PATH, name: "Ann", date: isoDate("1990-01-01"), text: "", age: null, kind: "", next: isoDate("2026-11-26"), ...k },
        isoDate("2026-11-26"),
      ),
    ).toBe(expected);
  });
});
