/**
 * Dates that matter: birthdays and the other yearly dates a note keeps (setting `keyDateKeys`),
 * and one-off reminders (`remind`). Read once from the frontmatter when a contact is built; their
 * next occurrence is worked out against the day asked for, on day numbers, so time zones never
 * move a birthday.
 */
import { addDays, daysBetween, isIsoDate, isoDate, parseDateValue, type IsoDate } from "./dates";
import { keyShape } from "./keys";
import { formatWeekday } from "./format-date";
import { count } from "./words";

export const DEFAULT_KEY_DATE_KEYS: readonly string[] = ["birthday", "anniversary"];
export const DEFAULT_KEY_DATE_DAYS = 14;

/** What a note says, before any "today": a yearly date or a reminder. */
export type KeyDateSource =
  | { type: "yearly"; kind: string; month: number; day: number; year: number | null }
  | { type: "reminder"; kind: "reminder"; date: IsoDate; text: string };

/** One occurrence within the window asked for. */
export interface KeyDate {
  path: string;
  name: string;
  /** `birthday`, `anniversary` (or another `keyDateKeys` key), or `reminder`. */
  kind: string;
  /** As the note gives it: `1986-12-01`, or `--12-01` without a year; a reminder's date. */
  date: string;
  /** The next day it falls on, today included. */
  next: IsoDate;
  /** Birthdays: the age turned; other yearly dates: the years since; null without a year. */
  age: number | null;
  /** A reminder's text ("" for others). */
  text: string;
}

export interface KeyDateProblem {
  path: string;
  field: string;
  message: string;
}

/** Spellings of a birthday that other tools write. */
const BIRTHDAY_KEYS = ["birthday", "prm-birthday", "bday"];
const REMIND_KEYS = ["remind", "reminder", "reminders"];

/** For one `keyDateKeys` list: the kind each key as written names (or null), remembered per spelling. */
interface KeyKinds {
  wanted: ReadonlyMap<string, string>;
  seen: Map<string, string | null>;
}

const kindsCache = new WeakMap<readonly string[], KeyKinds>();

/** Spellings remembered per list: a vault uses a few dozen keys, so this stays small. */
const MAX_SEEN = 4096;

/** The kind a frontmatter key names, or null. This runs for every key of every contact, so it is a map lookup once a spelling was seen. */
function kindOf(key: string, keyDateKeys: readonly string[]): string | null {
  let kinds = kindsCache.get(keyDateKeys);
  if (kinds === undefined) {
    const wanted = new Map<string, string>();
    for (const k of BIRTHDAY_KEYS) wanted.set(keyShape(k), "birthday");
    for (const k of keyDateKeys) if (!wanted.has(keyShape(k))) wanted.set(keyShape(k), k.trim().toLowerCase());
    for (const k of REMIND_KEYS) wanted.set(keyShape(k), "reminder");
    kinds = { wanted, seen: new Map() };
    kindsCache.set(keyDateKeys, kinds);
  }
  const known = kinds.seen.get(key);
  if (known !== undefined) return known;
  const kind = kinds.wanted.get(keyShape(key)) ?? null;
  if (kinds.seen.size >= MAX_SEEN) kinds.seen.clear();
  kinds.seen.set(key, kind);
  return kind;
}

function shown(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

/** `YYYY-MM-DD` (a date-time counts as its date), `MM-DD` or `--MM-DD`. */
function readYearly(value: unknown, kind: string): KeyDateSource | null {
  const iso = parseDateValue(value);
  if (iso !== null)
    return { type: "yearly", kind, year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
  if (typeof value !== "string") return null;
  const m = /^(?:--)?(\d{2})-(\d{2})$/.exec(value.trim());
  if (m === null || !isIsoDate(`2000-${m[1]}-${m[2]}`)) return null;
  return { type: "yearly", kind, year: null, month: Number(m[1]), day: Number(m[2]) };
}

/** `2026-12-10 ask about the offsite` (a separator after the date is allowed), or a bare date. */
function readReminder(value: unknown): KeyDateSource | null {
  const bare = parseDateValue(value);
  if (bare !== null) return { type: "reminder", kind: "reminder", date: bare, text: "" };
  if (typeof value !== "string") return null;
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:\s*[:—–-]\s*|\s+|$)(.*)$/.exec(value);
  if (m === null || !isIsoDate(m[1] ?? "")) return null;
  return { type: "reminder", kind: "reminder", date: isoDate(m[1] ?? ""), text: (m[2] ?? "").trim() };
}

/**
 * The key dates a note's frontmatter holds, and a problem for each value that is not one. Keys
 * are matched ignoring case and separators (`Birthday`, `prm_birthday`, `Anniversary`).
 */
export function readKeyDates(
  frontmatter: Readonly<Record<string, unknown>>,
  path: string,
  keyDateKeys: readonly string[] = DEFAULT_KEY_DATE_KEYS,
): { dates: KeyDateSource[]; problems: KeyDateProblem[] } {
  const dates: KeyDateSource[] = [];
  const problems: KeyDateProblem[] = [];
  for (const key in frontmatter) {
    const kind = kindOf(key, keyDateKeys);
    if (kind === null) continue;
    const value = frontmatter[key];
    if (value === null || value === undefined || value === "") continue;
    if (kind === "reminder") {
      for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
        const reminder = readReminder(item);
        if (reminder !== null) dates.push(reminder);
        else
          problems.push({
            path,
            field: key,
            message: `${path}: ${key} ${shown(item)} is not a reminder (expected a date and a text, e.g. 2026-12-10 ask about the offsite)`,
          });
      }
      continue;
    }
    const yearly = readYearly(value, kind);
    if (yearly !== null) dates.push(yearly);
    else
      problems.push({ path, field: key, message: `${path}: ${key} ${shown(value)} is not a date (expected YYYY-MM-DD, MM-DD or --MM-DD)` });
  }
  return { dates, problems };
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** The month and day in `year`: 29 February is 28 February in other years. */
function inYear(year: number, month: number, day: number): IsoDate {
  const d = month === 2 && day === 29 && !isLeap(year) ? 28 : day;
  return isoDate(`${pad(year, 4)}-${pad(month)}-${pad(d)}`);
}

/** The first day on or after `today` that a yearly date falls on (never before the date itself). */
export function nextYearly(month: number, day: number, year: number | null, today: IsoDate): IsoDate {
  const thisYear = Number(today.slice(0, 4));
  const first = year === null ? null : isoDate(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
  if (first !== null && first >= today) return first;
  const candidate = inYear(thisYear, month, day);
  return candidate >= today ? candidate : inYear(thisYear + 1, month, day);
}

/** A contact's key dates that fall within `days` days of `today` (today included), soonest first. */
export function upcomingKeyDates(
  contact: { path: string; name: string; keyDates: readonly KeyDateSource[] },
  today: IsoDate,
  days: number,
): KeyDate[] {
  const last = addDays(today, days);
  const out: KeyDate[] = [];
  for (const source of contact.keyDates) {
    if (source.type === "reminder") {
      if (source.date >= today && source.date <= last)
        out.push({
          path: contact.path,
          name: contact.name,
          kind: "reminder",
          date: source.date,
          next: source.date,
          age: null,
          text: source.text,
        });
      continue;
    }
    const next = nextYearly(source.month, source.day, source.year, today);
    if (next > last) continue;
    const date =
      source.year === null ? `--${pad(source.month)}-${pad(source.day)}` : `${pad(source.year, 4)}-${pad(source.month)}-${pad(source.day)}`;
    out.push({
      path: contact.path,
      name: contact.name,
      kind: source.kind,
      date,
      next,
      age: source.year === null ? null : Number(next.slice(0, 4)) - source.year,
      text: "",
    });
  }
  return out.sort(compareKeyDates);
}

export function compareKeyDates(a: KeyDate, b: KeyDate): number {
  return a.next < b.next ? -1 : a.next > b.next ? 1 : a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind);
}

/**
 * Coming up: every contact's key dates within the window, soonest first. Untracked people are in
 * it (a birthday is a reason to reconnect); do-not-contact people never are.
 */
export function comingUp(
  contacts: Iterable<{ path: string; name: string; doNotContact: boolean; keyDates: readonly KeyDateSource[] }>,
  today: IsoDate,
  days: number,
): KeyDate[] {
  const out: KeyDate[] = [];
  for (const c of contacts) if (!c.doNotContact && c.keyDates.length > 0) out.push(...upcomingKeyDates(c, today, days));
  return out.sort(compareKeyDates);
}

/** `Birthday Tue 1 Dec · turns 40`, `Anniversary Sat 5 Dec · 10 years`, `Reminder Thu 10 Dec · ask about the offsite`. */
export function describeKeyDate(k: KeyDate, today: IsoDate): string {
  const label = k.kind.charAt(0).toUpperCase() + k.kind.slice(1);
  const when = k.next === today ? "today" : daysBetween(today, k.next) === 1 ? `tomorrow, ${formatWeekday(k.next)}` : formatWeekday(k.next);
  const extra =
    k.kind === "reminder" ? k.text : k.age === null || k.age <= 0 ? "" : k.kind === "birthday" ? `turns ${k.age}` : count(k.age, "year");
  return extra === "" ? `${label} ${when}` : `${label} ${when} · ${extra}`;
}
