/**
 * The contact calendar's grids: touches counted per day (weekdays × the last 53 weeks), per ISO
 * week (years × weeks) or per month (years × months), and the shade of each count. Pure and on
 * day numbers (no `Date`), so the plugin and the tests draw the same cells in every time zone.
 */
import { isoDate, isoWeek, toEpochDay, toIsoDate, type IsoDate } from "./dates";
import { MAX_YEARS, type DayCounts } from "./calendar-days";
import { MONTHS } from "./format-date";
import type { Touch } from "./touches";
import { count } from "./words";

export { MAX_YEARS };

export type CalendarScale = "day" | "week" | "month";

export interface CalendarCell {
  /** First and last day of the period, as day numbers (the last may be after today). */
  start: number;
  end: number;
  count: number;
  /** 0 for an empty period, then 1..LEVELS (see `shadeLevels`). */
  level: number;
}

export interface CalendarGrid {
  scale: CalendarScale;
  /** Column headings (a month's name where one begins, a week or month label), "" where none. */
  columns: string[];
  /** Rows in display order; a `null` cell is no period (after today, or a week 53 a year lacks). */
  rows: { label: string; cells: (CalendarCell | null)[] }[];
  /** The days the grid covers, first to last (today at most). */
  first: number;
  last: number;
  /** Touches counted in the grid. */
  total: number;
  levels: ShadeLevels;
}

export const LEVELS = 4;
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** Monday is 0 (1970-01-01, day 0, was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function yearMonthDay(day: number): [number, number, number] {
  const [y, m, d] = toIsoDate(day).split("-").map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

/** The ISO week-numbering year and week (1–53) of a day: the week belongs to the year of its Thursday. */
export function isoWeekNumber(day: number): { year: number; week: number } {
  const thursday = day - weekdayOf(day) + 3;
  const year = yearMonthDay(thursday)[0];
  return { year, week: Math.floor((thursday - toEpochDay(isoDate(`${String(year).padStart(4, "0")}-01-01`))) / 7) + 1 };
}

/** Monday of ISO week `week` of `year`: the week that holds 4 January is week 1. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = toEpochDay(isoDate(`${String(year).padStart(4, "0")}-01-04`));
  return jan4 - weekdayOf(jan4) + (week - 1) * 7;
}

function monthStart(year: number, month: number): number {
  return toEpochDay(isoDate(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`));
}

/**
 * Shades: count 0 is hollow; otherwise linear steps up to a cap, the 95th percentile of the
 * non-empty periods' counts (nearest rank), so one crowded day does not wash out the rest.
 * Steps rather than quantiles keep the key honest: level k always means the same counts.
 */
export interface ShadeLevels {
  cap: number;
  /** For each level 1..LEVELS, the counts it covers (`to` is null for the open top); levels no count can reach are left out. */
  key: { level: number; from: number; to: number | null }[];
}

export function shadeLevels(counts: Iterable<number>): ShadeLevels {
  const nonEmpty = [...counts].filter((n) => n > 0).sort((a, b) => a - b);
  const cap = nonEmpty.length === 0 ? 1 : Math.max(1, nonEmpty[Math.ceil(0.95 * nonEmpty.length) - 1] ?? 1);
  const key: ShadeLevels["key"] = [];
  for (let level = 1; level <= LEVELS; level++) {
    const from = Math.floor((cap * (level - 1)) / LEVELS) + 1;
    const to = level === LEVELS ? null : Math.floor((cap * level) / LEVELS);
    if (to === null || to >= from) key.push({ level, from, to });
  }
  return { cap, key };
}

export function shadeOf(count: number, levels: ShadeLevels): number {
  return count <= 0 ? 0 : Math.min(LEVELS, Math.ceil((LEVELS * count) / levels.cap));
}

/** Cells laid out for a scale, before counting. */
function layout(
  scale: CalendarScale,
  today: number,
  firstYear: number,
): { columns: string[]; rows: { label: string; cells: (CalendarCell | null)[] }[] } {
  const cell = (start: number, end: number): CalendarCell | null => (start > today ? null : { start, end, count: 0, level: 0 });
  if (scale === "day") {
    const firstMonday = toEpochDay(isoWeek(toIsoDate(today)).start) - 52 * 7;
    const columns = Array.from({ length: 53 }, (_, w) => {
      const monday = firstMonday + w * 7;
      const [, m, d] = yearMonthDay(monday);
      // A month is named over the week that holds its first day.
      return d <= 7 ? (MONTHS[m - 1] ?? "") : "";
    });
    const rows = WEEKDAYS.map((label, wd) => ({
      label,
      cells: Array.from({ length: 53 }, (_, w) => cell(firstMonday + w * 7 + wd, firstMonday + w * 7 + wd)),
    }));
    return { columns, rows };
  }
  const thisYear = scale === "week" ? isoWeekNumber(today).year : yearMonthDay(today)[0];
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i);
  if (scale === "week") {
    const columns = Array.from({ length: 53 }, (_, w) => (w % 4 === 0 ? `W${w + 1}` : ""));
    const rows = years.map((year) => ({
      label: String(year),
      cells: Array.from({ length: 53 }, (_, w) => {
        const monday = isoWeekMonday(year, w + 1);
        return isoWeekNumber(monday).year === year ? cell(monday, monday + 6) : null;
      }),
    }));
    return { columns, rows };
  }
  const rows = years.map((year) => ({
    label: String(year),
    cells: MONTHS.map((_, m) => cell(monthStart(year, m + 1), monthStart(m === 11 ? year + 1 : year, m === 11 ? 1 : m + 2) - 1)),
  }));
  return { columns: [...MONTHS], rows };
}

/**
 * The grid of a set of touches at `scale`, from their counts per day (`TouchDays`: the network's
 * or one person's). The week and month grids start with the year of the earliest touch (at most
 * `MAX_YEARS` back). Each cell sums its days, so the work is the days shown, not the touches.
 */
export function calendarGrid(days: DayCounts, scale: CalendarScale, today: IsoDate): CalendarGrid {
  const last = toEpochDay(today);
  const earliest = days.earliest ?? last;
  const thisYear = yearMonthDay(last)[0];
  const firstYear = Math.max(thisYear - MAX_YEARS + 1, scale === "week" ? isoWeekNumber(earliest).year : yearMonthDay(earliest)[0]);
  const { columns, rows } = layout(scale, last, firstYear);
  let first = last;
  let total = 0;
  const counts: number[] = [];
  for (const row of rows) {
    for (const c of row.cells) {
      if (c === null) continue;
      if (c.start < first) first = c.start;
      const from = Math.max(c.start, days.first);
      const to = Math.min(c.end, last, days.last);
      let n = 0;
      for (let d = from; d <= to; d++) n += days.counts[d - days.first] ?? 0;
      c.count = n;
      total += n;
      counts.push(n);
    }
  }
  const levels = shadeLevels(counts);
  for (const row of rows) for (const c of row.cells) if (c !== null) c.level = shadeOf(c.count, levels);
  return { scale, columns, rows, first, last, total, levels };
}

/** What a period is called: "Thu 26 Nov 2026", "week of 2 Nov 2026", "November 2026". */
export function periodLabel(scale: CalendarScale, cell: Pick<CalendarCell, "start">): string {
  const [y, m, d] = yearMonthDay(cell.start);
  if (scale === "month") return `${MONTH_NAMES[m - 1] ?? ""} ${y}`;
  const date = `${d} ${MONTHS[m - 1] ?? ""} ${y}`;
  return scale === "week" ? `week of ${date}` : `${WEEKDAYS[weekdayOf(cell.start)] ?? ""} ${date}`;
}

/** The accessible label of a cell: "3 touches, week of 2 Nov 2026". */
export function cellLabel(scale: CalendarScale, cell: CalendarCell): string {
  const touches = cell.count === 0 ? "No touches" : count(cell.count, "touch", "touches");
  return `${touches}, ${periodLabel(scale, cell)}`;
}

/** A person's year: their touches per month over the twelve months ending with this one, oldest first. */
export function monthStrip(touches: readonly Touch[], today: IsoDate): { start: IsoDate; label: string; count: number }[] {
  const [y, m] = yearMonthDay(toEpochDay(today));
  const months = Array.from({ length: 12 }, (_, i) => {
    const index = y * 12 + (m - 1) - (11 - i);
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const start = monthStart(year, month);
    const end = monthStart(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1) - 1;
    return { start, end, label: `${MONTH_NAMES[month - 1] ?? ""} ${year}`, count: 0 };
  });
  for (const t of touches) for (const mo of months) if (t.day >= mo.start && t.day <= mo.end) mo.count++;
  return months.map((mo) => ({ start: toIsoDate(mo.start), label: mo.label, count: mo.count }));
}
