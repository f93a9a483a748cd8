import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  isoDate,
  localIsoDate,
  parseDateValue,
  toEpochDay,
  toIsoDate,
} from "../../src/core/dates";

describe("parseDateValue", () => {
  it.each<[unknown, string | null]>([
    ["2026-11-26", "2026-11-26"],
    [" 2026-11-26 ", "2026-11-26"],
    ["2026-11-26T14:30", "2026-11-26"],
    ["2026-11-26T23:59:59Z", "2026-11-26"],
    ["2026-11-26 08:00", "2026-11-26"],
    ["2026-11-26T01:00:00+14:00", "2026-11-26"], // the written date counts, not the instant
    ["2026-02-30", null],
    ["2026-13-01", null],
    ["26-11-2026", null],
    ["yesterday", null],
    ["", null],
    [20261126, null],
    [null, null],
    [true, null],
  ])("%j -> %j", (input, expected) => {
    expect(parseDateValue(input)).toBe(expected);
  });

  it("reads a Date object as its UTC calendar date, whatever the machine's time zone", () => {
    expect(parseDateValue(new Date(Date.UTC(2026, 10, 26, 0, 0)))).toBe("2026-11-26");
    expect(parseDateValue(new Date(Date.UTC(2026, 10, 26, 23, 59)))).toBe("2026-11-26");
    expect(parseDateValue(new Date(Number.NaN))).toBeNull();
  });
});

describe("calendar arithmetic", () => {
  it("adds days across months, years and DST changes", () => {
    expect(addDays(isoDate("2026-11-26"), 5)).toBe("2026-12-01");
    expect(addDays(isoDate("2026-03-01"), -1)).toBe("2026-02-28");
    expect(addDays(isoDate("2026-03-07"), 2)).toBe("2026-03-09");
    expect(addDays(isoDate("2026-10-31"), 1)).toBe("2026-11-01");
  });

  it("adds months clamped to the month's end, backwards too", () => {
    expect(addMonths(isoDate("2026-08-31"), 1)).toBe("2026-09-30");
    expect(addMonths(isoDate("2026-03-31"), -1)).toBe("2026-02-28");
    expect(addMonths(isoDate("2026-11-15"), 14)).toBe("2028-01-15");
  });

  it("counts calendar days between dates", () => {
    expect(daysBetween(isoDate("2026-09-01"), isoDate("2026-11-26"))).toBe(86);
    expect(daysBetween(isoDate("2026-11-26"), isoDate("2026-11-26"))).toBe(0);
    expect(daysBetween(isoDate("2026-11-27"), isoDate("2026-11-26"))).toBe(-1);
    expect(daysBetween(isoDate("2026-03-01"), isoDate("2026-04-01"))).toBe(31);
  });

  it("validates real dates only", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
  });

  it("turns an instant into the local calendar date", () => {
    const noon = new Date(2026, 10, 26, 12, 0, 0);
    expect(localIsoDate(noon)).toBe("2026-11-26");
    const lateEvening = new Date(2026, 10, 26, 23, 30, 0);
    expect(localIsoDate(lateEvening)).toBe("2026-11-26");
  });
});

describe("day numbers by arithmetic", () => {
  const day = fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true });
  const MS_PER_DAY = 86_400_000;

  it("agree with the platform's UTC calendar both ways", () => {
    fc.assert(
      fc.property(day, (d) => {
        const epochDay = Math.floor(d.getTime() / MS_PER_DAY);
        const iso = isoDate(d.toISOString().slice(0, 10));
        expect(toEpochDay(iso)).toBe(epochDay);
        expect(toIsoDate(epochDay)).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it("count leap days across centuries", () => {
    expect(daysBetween(isoDate("1900-02-28"), isoDate("1900-03-01"))).toBe(1);
    expect(daysBetween(isoDate("2000-02-28"), isoDate("2000-03-01"))).toBe(2);
    expect(daysBetween(isoDate("2024-02-28"), isoDate("2024-03-01"))).toBe(2);
    expect(toIsoDate(toEpochDay(isoDate("0400-02-29")) + 1)).toBe("0400-03-01");
    expect(toEpochDay(isoDate("1970-01-01"))).toBe(0);
    expect(toIsoDate(-1)).toBe("1969-12-31");
  });
});

describe("isoDate", () => {
  it("is the checked way from text to a date", () => {
    expect(isoDate("2024-02-29")).toBe("2024-02-29");
    for (const bad of ["2026-02-29", "2026-13-01", "26-11-2026", " 2026-11-26", "2026-11-26T10:00", ""]) {
      expect(() => isoDate(bad)).toThrow(`"${bad}" is not a date (expected YYYY-MM-DD)`);
    }
  });
});
