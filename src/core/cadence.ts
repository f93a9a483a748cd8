/**
 * Cadences: how often to keep in touch. Parses every spelling people write (`2w`, `3 months`,
 * `quarterly`, `P6W`, a bare number of days) into `{ n, unit }` and
 * keeps the unit it was given, so `quarterly` is `3m`, `2 weeks` is `2w` and `45` is `45d`.
 */
import { addDays, addMonths, type IsoDate } from "./dates";
import { count } from "./words";

export type CadenceUnit = "d" | "w" | "m" | "y";

export interface Cadence {
  readonly n: number;
  readonly unit: CadenceUnit;
}

export type CadenceParse =
  | { readonly kind: "cadence"; readonly cadence: Cadence }
  | { readonly kind: "never" }
  | { readonly kind: "invalid"; readonly reason?: string };

/** Days in one unit, for the load and for "how overdue, relative to the cadence". */
export const UNIT_DAYS: Readonly<Record<CadenceUnit, number>> = { d: 1, w: 7, m: 30.44, y: 365.25 };

const UNITS: Readonly<Record<string, CadenceUnit>> = {
  d: "d",
  day: "d",
  days: "d",
  w: "w",
  wk: "w",
  wks: "w",
  week: "w",
  weeks: "w",
  m: "m",
  mo: "m",
  mos: "m",
  month: "m",
  months: "m",
  y: "y",
  yr: "y",
  yrs: "y",
  year: "y",
  years: "y",
};

/** Words for a cadence, each as the normal form it means (read below as that form is). */
const WORDS: Readonly<Record<string, string>> = {
  daily: "1d",
  weekly: "1w",
  fortnightly: "2w",
  biweekly: "2w",
  "bi-weekly": "2w",
  "every other week": "2w",
  "semi-monthly": "15d",
  semimonthly: "15d",
  "twice a month": "15d",
  monthly: "1m",
  bimonthly: "2m",
  "bi-monthly": "2m",
  "every other month": "2m",
  quarterly: "3m",
  semiannual: "6m",
  semiannually: "6m",
  "semi-annual": "6m",
  "semi-annually": "6m",
  "half-yearly": "6m",
  halfyearly: "6m",
  // Other tools write "bi-annually" for twice a year, the reading people mean most often.
  "bi-annually": "6m",
  biannually: "6m",
  biannual: "6m",
  "bi-annual": "6m",
  "twice a year": "6m",
  biennially: "2y",
  biennial: "2y",
  "every other year": "2y",
  yearly: "1y",
  annual: "1y",
  annually: "1y",
  never: "never",
  none: "never",
};

const AMOUNT_UNIT = /^(?:every\s+)?(-?\d+)\s*([a-z]*)$/;
const DECIMAL = /^(?:every\s+)?-?\d*[.,]\d+\s*[a-z]*$/;
const EVERY_UNIT = /^every\s+([a-z]+)$/;
const ISO_DURATION = /^p(-?\d+)([dwmy])$/;

/** Parsed spellings: a vault uses a handful, and the index reads one per contact. Bounded. */
const parsedSpellings = new Map<string, CadenceParse>();

/** Parses a cadence as written in frontmatter or settings (a number means days). */
export function parseCadence(value: unknown): CadenceParse {
  if (typeof value === "string") {
    const known = parsedSpellings.get(value);
    if (known !== undefined) return known;
    const parsed = parseCadenceValue(value);
    if (parsedSpellings.size >= 1024) parsedSpellings.clear();
    parsedSpellings.set(value, parsed);
    return parsed;
  }
  return parseCadenceValue(value);
}

/** A table's own entry: `constructor` or `__proto__` typed in a note is no unit and no cadence word. */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function parseCadenceValue(value: unknown): CadenceParse {
  if (typeof value === "number") {
    if (Number.isFinite(value) && !Number.isInteger(value))
      return { kind: "invalid", reason: "a cadence is a whole number of days (decimals are not read)" };
    return Number.isInteger(value) && value > 0 ? { kind: "cadence", cadence: { n: value, unit: "d" } } : { kind: "invalid" };
  }
  if (typeof value !== "string") return { kind: "invalid" };
  const written = value.trim().toLowerCase().replace(/\s+/g, " ");
  const text = own(WORDS, written) ?? written;
  if (text === "never") return { kind: "never" };
  const every = EVERY_UNIT.exec(text);
  const single = every?.[1] === undefined ? undefined : own(UNITS, every[1]);
  if (single !== undefined) return { kind: "cadence", cadence: { n: 1, unit: single } };
  if (DECIMAL.test(text))
    return { kind: "invalid", reason: "a cadence is a whole number of days, weeks, months or years: write 10d rather than 1.5w" };
  const match = AMOUNT_UNIT.exec(text) ?? ISO_DURATION.exec(text);
  if (match === null) return { kind: "invalid" };
  const n = Number(match[1]);
  const unit = match[2] === "" ? "d" : own(UNITS, match[2] ?? "");
  if (unit === undefined || !Number.isSafeInteger(n) || n <= 0) return { kind: "invalid" };
  return { kind: "cadence", cadence: { n, unit } };
}

/** The normal form, `<n><d|w|m|y>`. */
export function formatCadence(cadence: Cadence): string {
  return `${cadence.n}${cadence.unit}`;
}

/** The cadence's length in days (months of 30.44 days, years of 365.25). */
export function cadenceDays(cadence: Cadence): number {
  return cadence.n * UNIT_DAYS[cadence.unit];
}

/** Calendar arithmetic: days and weeks add days; months and years add clamped calendar months. */
export function addCadence(date: IsoDate, cadence: Cadence): IsoDate {
  switch (cadence.unit) {
    case "d":
      return addDays(date, cadence.n);
    case "w":
      return addDays(date, cadence.n * 7);
    case "m":
      return addMonths(date, cadence.n);
    case "y":
      return addMonths(date, cadence.n * 12);
  }
}

const UNIT_WORDS: Readonly<Record<CadenceUnit, readonly [one: string, every: string]>> = {
  d: ["daily", "day"],
  w: ["weekly", "week"],
  m: ["monthly", "month"],
  y: ["yearly", "year"],
};

/**
 * A cadence as people say it: "monthly", "every 6 weeks", "every 2 years". The one wording of a
 * cadence the panel, the modals and the command line show (the normal form stays in notes and JSON).
 */
export function describeCadence(cadence: Cadence): string {
  const [one, unit] = UNIT_WORDS[cadence.unit];
  return cadence.n === 1 ? one : `every ${count(cadence.n, unit)}`;
}

/** A cadence as written (a tier's `3m`, a note's `quarterly`) in words; unreadable text is shown as it is. */
export function describeCadenceText(text: string): string {
  const parsed = parseCadence(text);
  return parsed.kind === "cadence" ? describeCadence(parsed.cadence) : parsed.kind === "never" ? "never" : text;
}
