/**
 * The calendar arithmetic of `dates.ts` (day numbers, no `Date`) against date-fns, which works on
 * local `Date` objects: two independent routes to the same calendar, compared on random dates in
 * whatever time zone the suite runs in.
 */
import { addDays as dfAddDays, addMonths as dfAddMonths, differenceInCalendarDays, endOfISOWeek, format, startOfISOWeek } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, type IsoDate, isoDate, isoWeek, toEpochDay, toIsoDate } from "../../src/core/dates";

/** The local calendar day of an ISO date, or null when this zone skipped that day (Kiritimati, 1994-12-31). */
function local(date: IsoDate): Date | null {
  const [y = 0, m = 0, d = 0] = date.split("-").map(Number);
  const day = new Date(2000, 0, 1, 12);
  day.setFullYear(y, m - 1, d);
  return format(day, "yyyy-MM-dd") === date ? day : null;
}

const iso = (day: Date): IsoDate => isoDate(format(day, "yyyy-MM-dd"));

/** date-fns reads a month's length from its last local day: where a zone skipped that day, it misreads it. */
function lastDayExists(date: IsoDate): boolean {
  const next = addMonths(isoDate(`${date.slice(0, 7)}-01`), 1);
  return local(addDays(next, -1)) !== null;
}

const date = fc.integer({ min: toEpochDay(isoDate("1700-01-01")), max: toEpochDay(isoDate("2400-12-31")) }).map(toIsoDate);
const RUNS = { numRuns: 3000 };

describe("dates.ts against date-fns", () => {
  it("addMonths: the same day, clamped to the month's end the same way", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -1200, max: 1200 }), (d, months) => {
        const mine = addMonths(d, months);
        const start = local(d);
        fc.pre(start !== null && local(mine) !== null && lastDayExists(mine));
        expect(mine).toBe(iso(dfAddMonths(start, months)));
      }),
      RUNS,
    );
  });

  it("addDays: the same day", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -40_000, max: 40_000 }), (d, days) => {
        const mine = addDays(d, days);
        const start = local(d);
        fc.pre(start !== null && local(mine) !== null);
        expect(mine).toBe(iso(dfAddDays(start, days)));
      }),
      RUNS,
    );
  });

  it("daysBetween: differenceInCalendarDays", () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [from, to] = [local(a), local(b)];
        fc.pre(from !== null && to !== null);
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(to, from));
      }),
      RUNS,
    );
  });

  it("isoWeek: startOfISOWeek and endOfISOWeek", () => {
    fc.assert(
      fc.property(date, (d) => {
        const day = local(d);
        const { start, end } = isoWeek(d);
        fc.pre(day !== null && local(start) !== null && local(end) !== null);
        expect(start).toBe(iso(startOfISOWeek(day)));
        expect(end).toBe(iso(endOfISOWeek(day)));
      }),
      RUNS,
    );
  });
});
