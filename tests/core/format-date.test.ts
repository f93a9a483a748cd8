import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate, toEpochDay, toIsoDate } from "../../src/core/dates";
import { formatRelative, formatShortDate, formatWeekday } from "../../src/core/format-date";

const TODAY = isoDate("2026-11-26");

describe("formatWeekday", () => {
  it.each([
    ["2026-12-01", "Tue 1 Dec"],
    ["2026-11-26", "Thu 26 Nov"],
    ["2028-02-29", "Tue 29 Feb"],
    ["0099-03-01", "Sun 1 Mar"],
  ])("%s reads %s", (date, text) => {
    expect(formatWeekday(isoDate(date))).toBe(text);
  });

  it("names the weekday the day number gives (1970-01-01 was a Thursday), in every zone", () => {
    const names = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay(isoDate("1600-01-01")), max: toEpochDay(isoDate("2600-12-31")) }), (day) => {
        const date = toIsoDate(day);
        const [, month = "", dayOfMonth = ""] = date.split("-");
        const text = formatWeekday(date);
        expect(text.slice(0, 3)).toBe(names[((day % 7) + 7) % 7]);
        expect(text.split(" ")[1]).toBe(String(Number(dayOfMonth)));
        expect(text.split(" ")[2]).toBe(
          ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(month) - 1],
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("formatShortDate", () => {
  it("leaves the year out only in today's year", () => {
    expect(formatShortDate(isoDate("2026-09-14"), TODAY)).toBe("14 Sep");
    expect(formatShortDate(isoDate("2025-09-14"), TODAY)).toBe("14 Sep 2025");
    expect(formatShortDate(isoDate("2027-01-02"), TODAY)).toBe("2 Jan 2027");
  });
});

describe("formatRelative", () => {
  it.each([
    ["2026-11-26", "today"],
    ["2026-11-25", "yesterday"],
    ["2026-11-27", "tomorrow"],
    ["2026-11-20", "6 days ago"],
    ["2026-11-19", "1 week ago"],
    ["2026-10-28", "4 weeks ago"],
    ["2026-10-26", "1 month ago"],
    ["2026-09-27", "1 month ago"],
    ["2026-09-26", "2 months ago"],
    ["2026-09-14", "2 months ago"],
    ["2025-11-27", "11 months ago"],
    ["2025-11-26", "1 year ago"],
    ["2019-01-01", "7 years ago"],
    ["2026-12-01", "in 5 days"],
    ["2026-12-10", "in 2 weeks"],
    ["2027-03-01", "in 3 months"],
  ])("%s is %s", (date, text) => {
    expect(formatRelative(isoDate(date), TODAY)).toBe(text);
  });

  it("counts whole calendar months at the month's end", () => {
    expect(formatRelative(isoDate("2026-01-31"), isoDate("2026-02-28"))).toBe("1 month ago");
    expect(formatRelative(isoDate("2026-01-31"), isoDate("2026-02-27"))).toBe("3 weeks ago");
    expect(formatRelative(isoDate("2024-02-29"), isoDate("2025-02-28"))).toBe("1 year ago");
  });

  it("says the same thing whichever way round, in every zone", () => {
    const day = fc.integer({ min: toEpochDay(isoDate("1900-01-01")), max: toEpochDay(isoDate("2200-12-31")) });
    fc.assert(
      fc.property(day, fc.integer({ min: 2, max: 5000 }), (start, gap) => {
        const past = formatRelative(toIsoDate(start), toIsoDate(start + gap));
        const ahead = formatRelative(toIsoDate(start + gap), toIsoDate(start));
        expect(past).toMatch(/^\d+ (day|week|month|year)s? ago$/);
        expect(ahead).toMatch(/^in \d+ (day|week|month|year)s?$/);
        expect(ahead.slice("in ".length)).toBe(past.slice(0, -" ago".length));
        // The unit grows with the gap: days below a week, weeks below a month, years from 365 days on.
        if (gap < 7) expect(past).toBe(`${gap} days ago`);
        if (gap >= 366) expect(past).toMatch(/years? ago$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the names, against date-fns's format as the oracle", () => {
  it("reads every day as date-fns does, in every zone", () => {
    const local = (date: string): Date => {
      const [y = 1970, m = 1, d = 1] = date.split("-").map(Number);
      const day = new Date(2000, 0, 1, 12);
      day.setFullYear(y, m - 1, d);
      return day;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay(isoDate("1600-01-01")), max: toEpochDay(isoDate("2600-12-31")) }),
        fc.boolean(),
        (day, sameYear) => {
          const date = toIsoDate(day);
          const today = sameYear ? isoDate(`${date.slice(0, 4)}-06-15`) : isoDate(date.startsWith("2026") ? "2027-01-01" : "2026-11-26");
          expect(formatWeekday(date)).toBe(format(local(date), "EEE d MMM"));
          expect(formatShortDate(date, today)).toBe(format(local(date), sameYear ? "d MMM" : "d MMM yyyy"));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
