/**
 * Dates as people read them: "Tue 1 Dec", "14 Sep · 2 months ago". The one place that turns an
 * `IsoDate` into words, so the panel and the command line say the same thing.
 *
 * Names of days and months come from day numbers (no Date, so no time zone); date-fns counts the
 * whole months between two days. Its `format` would bring its locale machinery (about 20 KiB) into
 * main.js for two patterns, so it stays the oracle in the tests. "Today" is always given, never read
 * from the clock, so a date reads the same in every test and every time zone.
 */
import { differenceInMonths } from "date-fns";
import { daysBetween, toEpochDay, type IsoDate } from "./dates";
import { count } from "./words";

/**
 * The date as a local calendar day, which is what date-fns reads; noon keeps it clear of
 * daylight-saving changes at midnight. (A day a zone skipped altogether, such as 1994-12-31 at
 * Kiritimati, reads as the next one.)
 */
function calendarDay(date: IsoDate): Date {
  const [y = 1970, m = 1, d = 1] = date.split("-").map(Number);
  const day = new Date(2000, 0, 1, 12);
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  day.setFullYear(y, m - 1, d);
  return day;
}

/** Day 0, 1970-01-01, was a Thursday. */
const WEEKDAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"] as const;
export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "1 Dec": the day of the month and the month's short name. */
function dayAndMonth(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ""}`;
}

/** "Tue 1 Dec": a day in the next few weeks or the last few. */
export function formatWeekday(date: IsoDate): string {
  const day = toEpochDay(date);
  return `${WEEKDAYS[((day % 7) + 7) % 7] ?? ""} ${dayAndMonth(date)}`;
}

/** "14 Sep" in today's year, "14 Sep 2025" in any other. */
export function formatShortDate(date: IsoDate, today: IsoDate): string {
  return date.slice(0, 4) === today.slice(0, 4) ? dayAndMonth(date) : `${dayAndMonth(date)} ${date.slice(0, 4)}`;
}

/**
 * How long ago (or ahead) a date is, in the largest whole unit: "today", "yesterday", "5 days ago",
 * "3 weeks ago", "2 months ago" (whole calendar months: 14 Sep to 13 Nov is still one), "1 year ago",
 * "in 5 days".
 */
export function formatRelative(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(date, today);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days === -1) return "tomorrow";
  const span = Math.abs(days);
  const [from, to] = days > 0 ? [calendarDay(date), calendarDay(today)] : [calendarDay(today), calendarDay(date)];
  // Years from whole months, so that 29 Feb to 28 Feb of the next year, twelve months, is a year.
  const months = differenceInMonths(to, from);
  const years = Math.floor(months / 12);
  const amount =
    years >= 1
      ? count(years, "year")
      : months >= 1
        ? count(months, "month")
        : span >= 7
          ? count(Math.floor(span / 7), "week")
          : count(span, "day");
  return days > 0 ? `${amount} ago` : `in ${amount}`;
}
