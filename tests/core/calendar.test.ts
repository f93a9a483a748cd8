import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import {
  calendarGrid,
  cellLabel,
  isoWeekNumber,
  monthStrip,
  shadeLevels,
  shadeOf,
  weekdayOf,
  type CalendarCell,
  type CalendarScale,
} from "../../src/core/calendar";
import { TouchDays } from "../../src/core/calendar-days";
import { isoDate, toEpochDay, toIsoDate } from "../../src/core/dates";
import { parseLogLine, type LogEntry } from "../../src/core/log";
import { defaultSettings } from "../../src/core/settings";
import { touchesOf, weeklyTouches, weeksWithinBudget, type Touch } from "../../src/core/touches";
import { touchesThisWeek } from "../../src/core/week-plan";
import { TouchIndex } from "../../src/core/touch-index";
import type { Contact } from "../../src/core/contact";

const TODAY = isoDate("2026-11-26"); // a Thursday
const T = toEpochDay(TODAY);
const DEFAULTS = defaultSettings();

function unreadable(line: string): never {
  throw new Error(`not a log line: ${line}`);
}

function contact(name: string, frontmatter: Record<string, unknown>, log: readonly string[] = []) {
  const entries: LogEntry[] = log.map((line, i) => parseLogLine(line, DEFAULTS.interactionTypes, i) ?? unreadable(line));
  return buildContact({ path: `Contacts/${name}.md`, frontmatter, log: entries }, DEFAULTS);
}

const touch = (path: string, date: string, source: Touch["source"] = "log"): Touch => ({
  path,
  day: toEpochDay(isoDate(date)),
  source,
  note: path,
});
const cells = (scale: CalendarScale, touches: Touch[]): CalendarCell[] =>
  calendarGrid(new TouchDays(touches, TODAY), scale, TODAY)
    .rows.flatMap((r) => r.cells)
    .filter((c): c is CalendarCell => c !== null);

describe("touchesOf", () => {
  it("counts one touch per contact per day, the log before last-touch, nothing after today", () => {
    const ann = contact("Ann", { "last-touch": "2026-11-20" }, [
      "- 2026-11-20 call: x",
      "- 2026-11-20 email: y",
      "- 2026-10-01 meal",
      "- 2026-12-01 call: future",
    ]);
    const ben = contact("Ben", { "last-touch": "2026-11-02" });
    const got = touchesOf([ann, ben], TODAY).map((t) => [t.path, toIsoDate(t.day), t.source]);
    expect(got).toEqual([
      ["Contacts/Ann.md", "2026-10-01", "log"],
      ["Contacts/Ann.md", "2026-11-20", "log"],
      ["Contacts/Ben.md", "2026-11-02", "frontmatter"],
    ]);
  });

  it("lets a mention name a day last-touch also names, and keeps it to one touch", () => {
    const ben = contact("Ben", { "last-touch": "2026-11-02" });
    const mention: Touch = { path: ben.path, day: toEpochDay(isoDate("2026-11-02")), source: "mention", note: "Daily/2026-11-02.md" };
    expect(touchesOf([ben], TODAY, { extra: [mention] })).toEqual([mention]);
  });

  it("counts mentions in dated notes: one per day, the log first, the note whose path sorts first on a tie", () => {
    const ann = contact("Ann", {}, ["- 2026-11-20 call"]);
    const ben = contact("Ben", { "last-touch": "2026-11-18" });
    const quiet = contact("Quiet", { "ignore-mentions": true });
    const mentions = new TouchIndex();
    const note = (path: string, date: string, ...who: Contact[]) =>
      mentions.setNote(path, isoDate(date), { mentioned: who.map((c) => c.path), followUps: [] });
    note("Daily/2026-11-20.md", "2026-11-20", ann, ben, quiet);
    note("Meetings/2026-11-18 Offsite.md", "2026-11-18", ben);
    note("Meetings/2026-11-18 Budget.md", "2026-11-18", ben);
    note("Daily/2026-11-30.md", "2026-11-30", ben); // after today
    const got = touchesOf([ann, ben, quiet], TODAY, { mentions }).map((t) => [t.path, toIsoDate(t.day), t.source, t.note]);
    expect(got).toEqual([
      ["Contacts/Ann.md", "2026-11-20", "log", "Contacts/Ann.md"],
      ["Contacts/Ben.md", "2026-11-18", "mention", "Meetings/2026-11-18 Budget.md"],
      ["Contacts/Ben.md", "2026-11-20", "mention", "Daily/2026-11-20.md"],
    ]);
    // Without the touch index (setting countMentions off), only the log and last-touch count.
    expect(touchesOf([ann, ben, quiet], TODAY).map((t) => t.source)).toEqual(["log", "frontmatter"]);
  });

  it("counts this week as the week plan does, mentions included", () => {
    const people = [
      contact("A", { "last-touch": "2026-11-24" }, ["- 2026-11-23 call"]),
      contact("B", {}, ["- 2026-11-22 call"]),
      contact("C", { "ignore-mentions": "yes" }),
    ];
    const mentions = new TouchIndex();
    mentions.setNote("Daily/2026-11-23.md", isoDate("2026-11-23"), { mentioned: people.map((c) => c.path), followUps: [] });
    mentions.setNote("Daily/2026-11-25.md", isoDate("2026-11-25"), { mentioned: people.map((c) => c.path), followUps: [] });
    const weeks = weeklyTouches(touchesOf(people, TODAY, { mentions }), TODAY);
    expect(weeks.at(-1)?.touches).toBe(touchesThisWeek(people, TODAY, (p, from, to) => mentions.mentionDays(p, from, to)));
    expect(weeks.at(-1)?.touches).toBe(5); // A: 23, 24, 25; B: 23, 25; C never by mention
  });

  it("counts this week as the week plan does", () => {
    const people = [
      contact("A", { "last-touch": "2026-11-24" }, ["- 2026-11-23 call", "- 2026-11-24 call"]),
      contact("B", {}, ["- 2026-11-22 call", "- 2026-11-26 email", "- 2026-11-27 call"]),
    ];
    const weeks = weeklyTouches(touchesOf(people, TODAY), TODAY);
    expect(weeks.at(-1)).toEqual({ start: "2026-11-23", touches: touchesThisWeek(people, TODAY) });
    expect(weeks.at(-1)?.touches).toBe(3);
  });
});

describe("weeklyTouches", () => {
  it("gives the last 26 ISO weeks, oldest first, each from its Monday", () => {
    const weeks = weeklyTouches(
      [touch("a", "2026-06-01"), touch("a", "2026-05-31"), touch("b", "2026-06-07"), touch("a", "2026-11-26")],
      TODAY,
    );
    expect(weeks).toHaveLength(26);
    expect(weeks[0]).toEqual({ start: "2026-06-01", touches: 2 }); // 31 May is a Sunday: the week before, left out
    expect(weeks[25]).toEqual({ start: "2026-11-23", touches: 1 });
    expect(weeks.reduce((s, w) => s + w.touches, 0)).toBe(3);
  });

  it("counts the finished weeks that reached the budget", () => {
    const weeks = [10, 9, 12, 0].map((touches, i) => ({ start: isoDate(`2026-11-0${i + 2}`), touches }));
    expect(weeksWithinBudget(weeks, 10)).toEqual({ kept: 2, finished: 3 });
  });
});

describe("isoWeekNumber", () => {
  it.each([
    ["2026-11-26", 2026, 48],
    ["2021-01-03", 2020, 53], // a Sunday in the last week of 2020
    ["2024-12-30", 2025, 1], // a Monday that starts 2025's first week
    ["2026-01-01", 2026, 1],
  ])("%s is week %i-%i", (date, year, week) => {
    expect(isoWeekNumber(toEpochDay(isoDate(date)))).toEqual({ year, week });
  });

  it("agrees with a Date-based count on any day", () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 60_000 }), (day) => {
        const d = new Date(day * 86_400_000);
        const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
        const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
        expect(isoWeekNumber(day)).toEqual({
          year: thursday.getUTCFullYear(),
          week: Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1,
        });
      }),
    );
  });
});

describe("calendarGrid", () => {
  it("lays the day grid out as weekdays × 53 weeks ending with this week, nothing after today", () => {
    const grid = calendarGrid(new TouchDays([], TODAY), "day", TODAY);
    expect(grid.rows.map((r) => r.label)).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(grid.rows.every((r) => r.cells.length === 53)).toBe(true);
    expect(toIsoDate(grid.first)).toBe("2025-11-24");
    expect(grid.rows[3]?.cells[52]?.start).toBe(T);
    expect(grid.rows[4]?.cells[52]).toBeNull();
    expect(grid.rows.every((r, wd) => r.cells.every((c) => c === null || weekdayOf(c.start) === wd))).toBe(true);
  });

  it("puts each touch in its period at every scale", () => {
    const touches = [touch("a", "2026-11-02"), touch("b", "2026-11-08"), touch("a", "2026-11-09"), touch("a", "2024-03-15")];
    const week = calendarGrid(new TouchDays(touches, TODAY), "week", TODAY);
    expect(week.rows.map((r) => r.label)).toEqual(["2026", "2025", "2024"]);
    const w45 = week.rows[0]?.cells[44];
    expect(w45 && [toIsoDate(w45.start), w45.count, cellLabel("week", w45)]).toEqual(["2026-11-02", 2, "2 touches, week of 2 Nov 2026"]);
    expect(week.rows[0]?.cells[52]).toBeNull(); // 2026 has 53 weeks, but week 53 is after today
    const month = calendarGrid(new TouchDays(touches, TODAY), "month", TODAY);
    expect(month.rows[0]?.cells[10]?.count).toBe(3);
    expect(month.rows[2]?.cells[2]?.count).toBe(1);
    expect(month.rows[0]?.cells[11]).toBeNull();
    const day = calendarGrid(new TouchDays(touches, TODAY), "day", TODAY);
    expect(day.total).toBe(3); // March 2024 is before the last 53 weeks
    expect(cellLabel("day", day.rows[0]?.cells[50] ?? { start: 0, end: 0, count: 0, level: 0 })).toBe("1 touch, Mon 9 Nov 2026");
  });

  it("counts every touch in its range exactly once (bucket totals = touches in range)", () => {
    const arbTouch = fc.record({ path: fc.constantFrom("a", "b", "c"), day: fc.integer({ min: T - 4000, max: T + 30 }) });
    fc.assert(
      fc.property(fc.array(arbTouch, { maxLength: 200 }), fc.constantFrom<CalendarScale>("day", "week", "month"), (raw, scale) => {
        const touches = raw.map((t) => ({ ...t, source: "log" as const, note: t.path }));
        const grid = calendarGrid(new TouchDays(touches, TODAY), scale, TODAY);
        const inRange = touches.filter((t) => t.day >= grid.first && t.day <= T).length;
        const all = grid.rows.flatMap((r) => r.cells).filter((c): c is CalendarCell => c !== null);
        expect(all.reduce((s, c) => s + c.count, 0)).toBe(inRange);
        expect(grid.total).toBe(inRange);
        // A click lists the period's touches: the same as filtering them all, in day order then by contact.
        const days = new TouchDays(touches, TODAY);
        for (const c of all) {
          const expected = touches
            .filter((t) => t.day >= c.start && t.day <= Math.min(c.end, T))
            .sort((a, b) => a.day - b.day || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
          expect(days.touchesIn(c)).toEqual(expected);
          expect(expected).toHaveLength(c.count);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("gives hollow cells to empty periods and a shade to the rest", () => {
    const all = cells("month", [touch("a", "2026-11-02")]);
    expect(all.filter((c) => c.level > 0).map((c) => [toIsoDate(c.start), c.level])).toEqual([["2026-11-01", 4]]);
  });
});

describe("shadeLevels", () => {
  it.each([
    [[1, 1, 1], 1, [[4, 1, null]]],
    [
      [1, 2],
      2,
      [
        [2, 1, 1],
        [4, 2, null],
      ],
    ],
    [
      [1, 2, 3, 4, 5, 6, 7, 8],
      8,
      [
        [1, 1, 2],
        [2, 3, 4],
        [3, 5, 6],
        [4, 7, null],
      ],
    ],
  ])("counts %j: cap %i, key %j", (counts, cap, key) => {
    const levels = shadeLevels(counts);
    expect(levels.cap).toBe(cap);
    expect(levels.key.map((k) => [k.level, k.from, k.to])).toEqual(key);
    for (const n of counts) {
      const k = levels.key.find((e) => n >= e.from && (e.to === null || n <= e.to));
      expect(shadeOf(n, levels)).toBe(k?.level); // the key tells the truth about every count
    }
  });

  it("caps at the 95th percentile so one crowded period does not wash out the rest", () => {
    const levels = shadeLevels([...Array.from({ length: 40 }, (_, i) => (i % 4) + 1), 100]);
    expect(levels.cap).toBe(4);
    expect(shadeOf(100, levels)).toBe(4);
    expect(shadeOf(1, levels)).toBe(1);
  });
});

describe("monthStrip", () => {
  it("gives the twelve months ending with this one", () => {
    const strip = monthStrip(
      [touch("a", "2025-12-31"), touch("a", "2025-11-30"), touch("a", "2026-11-01"), touch("a", "2026-11-20")],
      TODAY,
    );
    expect(strip.map((m) => m.start)).toEqual([
      "2025-12-01",
      "2026-01-01",
      "2026-02-01",
      "2026-03-01",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
      "2026-08-01",
      "2026-09-01",
      "2026-10-01",
      "2026-11-01",
    ]);
    expect(strip.map((m) => m.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
  });
});
