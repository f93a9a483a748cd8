/**
 * Calendar dates as `YYYY-MM-DD` strings and whole "epoch days".
 *
 * Everything here is time-zone free: a date is a calendar day, never an instant, so the arithmetic
 * runs on UTC day numbers and no result depends on where the machine is. "Today" is always passed
 * in by the caller (see `localIsoDate`), never read here.
 */

/**
 * A real calendar date in ISO form, `YYYY-MM-DD`. Branded, so that a string nobody checked is not
 * taken for a date: text becomes one through `isoDate` (or the `isIsoDate` guard, or
 * `parseDateValue` for frontmatter); everything else here makes dates from dates.
 */
export type IsoDate = string & { readonly __brand: "IsoDate" };

/** The one checked way from text to a date: throws on anything but a real `YYYY-MM-DD` date. */
export function isoDate(text: string): IsoDate {
  if (!isIsoDate(text)) throw new RangeError(`"${text}" is not a date (expected YYYY-MM-DD)`);
  return text;
}

/** For the functions below, which build dates from valid parts: no check needed, none made. */
function built(text: string): IsoDate {
  return text as IsoDate;
}

const MS_PER_DAY = 86_400_000;
/** A date, optionally followed by a time (`T14:30`, ` 14:30:00Z`, …): the date part counts. */
const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function validParts(y: number, m: number, d: number): boolean {
  // Every month has 28 days: only the last few days of a month need the calendar.
  return m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(y, m));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isIsoDate(value: string): value is IsoDate {
  // Read digit by digit: this runs for every log line of every contact at each index build.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digitsAt(value, 0, 4);
  const m = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  return y >= 0 && m >= 0 && d >= 0 && validParts(y, m, d);
}

/** The number written by `count` ASCII digits at `from`, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * The date written `YYYY-MM-DD` at `at` in `text`, as the number `YYYYMMDD` (which orders like
 * the date), or 0 when those ten characters are not a real calendar date. Reads in place, without
 * making a string: the index runs it for every log line of every contact.
 */
export function isoDateKeyAt(text: string, at: number): number {
  if (text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return 0;
  const y = digitsAt(text, at, 4);
  const m = digitsAt(text, at + 5, 2);
  const d = digitsAt(text, at + 8, 2);
  return y >= 0 && m >= 0 && d >= 0 && validParts(y, m, d) ? y * 10_000 + m * 100 + d : 0;
}

/** The date of a key made by `isoDateKeyAt`. */
export function isoFromKey(key: number): IsoDate {
  return built(`${pad(Math.floor(key / 10_000), 4)}-${pad(Math.floor(key / 100) % 100, 2)}-${pad(key % 100, 2)}`);
}

/**
 * Reads a frontmatter date: `YYYY-MM-DD` (quoted or not), a date-time (its date counts), or a
 * `Date` object from a YAML parser (its UTC calendar date). Anything else gives `null`.
 */
export function parseDateValue(value: unknown): IsoDate | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : toIsoDate(Math.floor(value.getTime() / MS_PER_DAY));
  }
  if (typeof value !== "string") return null;
  // The common case, a bare date, is read digit by digit.
  if (value.length === 10 && isIsoDate(value)) return value;
  const m = ISO_DATE_PREFIX.exec(value.trim());
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validParts(y, mo, d) ? built(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/**
 * Days since 1970-01-01 of a day of the proleptic Gregorian calendar, by arithmetic (no `Date`:
 * the schedule runs this for every contact). The algorithm is Howard Hinnant's `days_from_civil`.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Year, month and day of an ISO date (read in place when it is a real date). */
function dateParts(date: IsoDate): [number, number, number] {
  const key = isoDateKeyAt(date, 0);
  if (key === 0) return date.split("-").map(Number) as [number, number, number];
  return [Math.floor(key / 10_000), Math.floor(key / 100) % 100, key % 100];
}

/** Days since 1970-01-01 for a valid ISO date. */
export function toEpochDay(date: IsoDate): number {
  const [y, m, d] = dateParts(date);
  return daysFromCivil(y, m, d);
}

/** The ISO date of a day number (Hinnant's `civil_from_days`). */
export function toIsoDate(epochDay: number): IsoDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return built(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(toEpochDay(date) + days);
}

/** Adds calendar months, clamping to the month's end: 2026-08-31 + 1 month = 2026-09-30. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = dateParts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return built(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/** `later − earlier` in calendar days (negative when `later` is before `earlier`). */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return toEpochDay(later) - toEpochDay(earlier);
}

/**
 * The calendar date of an instant in the machine's local time zone: this is how adapters turn
 * "now" into the `today` the core is given.
 */
export function localIsoDate(instant: Date): IsoDate {
  return built(`${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`);
}

/** The ISO week (Monday to Sunday) that contains `date`. */
export function isoWeek(date: IsoDate): { start: IsoDate; end: IsoDate } {
  // 1970-01-01 (epoch day 0) was a Thursday, weekday 3 when Monday is 0.
  const weekday = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  const start = addDays(date, -weekday);
  return { start, end: addDays(start, 6) };
}
