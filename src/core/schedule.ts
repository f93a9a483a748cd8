/**
 * The schedule: who is due, how urgently, and the weekly load the cadences demand.
 * Everything takes `today` from the caller.
 */
import { addCadence, cadenceDays, describeCadence, formatCadence } from "./cadence";
import { basename, type Contact, type Problem } from "./contact";
import { daysBetween, type IsoDate } from "./dates";
import { formatRelative, formatShortDate } from "./format-date";
import type { Mention } from "./touch-index";
import { count } from "./words";

/** Where the last touch comes from: `last-touch`, a log entry, or a dated note that mentions the person. */
export type TouchSource = "frontmatter" | "log" | "mention";

export type Status = "do-not-contact" | "untracked" | "snoozed" | "new" | "overdue" | "due" | "soon" | "ok";

/** The statuses that put someone on the list of people to reach, in the panel's order. */
export const DUE_STATUSES: readonly Status[] = ["overdue", "due", "new", "soon"];

export interface ScheduledContact {
  contact: Contact;
  /** Effective last touch: the latest of `last-touch` and the log, ignoring dates after today. */
  lastTouch: IsoDate | null;
  /** The line of the log entry that gave `lastTouch`, when the log (not the frontmatter) did (see `lastEntryType`). */
  lastEntryLine: number | null;
  /** Which of `last-touch`, the log or a mention gave `lastTouch` (`null` without one). */
  lastTouchSource: TouchSource | null;
  /** The dated note that mentions the person, when a mention gave `lastTouch`. */
  lastTouchNote: string | null;
  /** Last touch + cadence, for tracked contacts that are not do-not-contact; else `null`. */
  nextDue: IsoDate | null;
  status: Status;
  /** today − next due in calendar days; `null` without a next due date. */
  daysOverdue: number | null;
  /** Problems that depend on today (a `last-touch` after today). */
  problems: Problem[];
}

/**
 * Schedules one contact. `mention` is the latest mention on or before today (see `TouchIndex`);
 * it gives the last touch only when strictly newer than `last-touch` and the log, which were
 * written on purpose. A contact whose note sets `ignore-mentions` is never touched by one.
 */
export function scheduleContact(contact: Contact, today: IsoDate, soonDays: number, mention: Mention | null = null): ScheduledContact {
  const problems: Problem[] = [];
  let fieldTouch = contact.lastTouchField;
  if (fieldTouch !== null && fieldTouch > today) {
    const key = contact.keys["last-touch"] ?? "last-touch";
    problems.push({
      path: contact.path,
      field: "last-touch",
      message: `${contact.path}: ${key} ${fieldTouch} is after today (${today}); it is ignored`,
    });
    fieldTouch = null;
  }
  // The log's latest entry decides, unless it is dated after today: then the latest up to today.
  let logged = contact.lastLogged;
  if (logged !== null && logged.date > today) logged = contact.logFacts.latest(today);
  let lastTouch = fieldTouch;
  let lastEntryLine: number | null = null;
  let lastTouchSource: TouchSource | null = lastTouch === null ? null : "frontmatter";
  let lastTouchNote: string | null = null;
  if (logged !== null && (lastTouch === null || logged.date >= lastTouch)) {
    lastTouch = logged.date;
    lastEntryLine = logged.line;
    lastTouchSource = "log";
  }
  if (mention !== null && !contact.ignoreMentions && mention.date <= today && (lastTouch === null || mention.date > lastTouch)) {
    lastTouch = mention.date;
    lastEntryLine = null;
    lastTouchSource = "mention";
    lastTouchNote = mention.note;
  }

  const tracked = contact.cadence !== null;
  const nextDue =
    tracked && !contact.doNotContact && lastTouch !== null && contact.cadence !== null ? addCadence(lastTouch, contact.cadence) : null;
  const daysOverdue = nextDue === null ? null : daysBetween(nextDue, today);

  let status: Status;
  if (contact.doNotContact) status = "do-not-contact";
  else if (!tracked) status = "untracked";
  else if (contact.snoozeUntil !== null && contact.snoozeUntil > today) status = "snoozed";
  else if (lastTouch === null || daysOverdue === null) status = "new";
  else if (daysOverdue > 0) status = "overdue";
  else if (daysOverdue === 0) status = "due";
  else if (-daysOverdue <= soonDays) status = "soon";
  else status = "ok";

  return { contact, lastTouch, lastEntryLine, lastTouchSource, lastTouchNote, nextDue, status, daysOverdue, problems };
}

/** The type of the log entry that gave the last touch, when the log (not the frontmatter) did and it names one. */
export function lastEntryType(s: ScheduledContact): string | null {
  return s.lastEntryLine === null ? null : s.contact.logFacts.typeAt(s.lastEntryLine);
}

/** Is this person on the list of people to reach (overdue, due today, never contacted, due soon)? */
export function isToReach(s: ScheduledContact): boolean {
  return DUE_STATUSES.includes(s.status) && !s.contact.doNotContact;
}

const GROUP_RANK: Readonly<Record<Status, number>> = {
  overdue: 0,
  due: 1,
  new: 2,
  soon: 3,
  snoozed: 4,
  ok: 5,
  untracked: 6,
  "do-not-contact": 7,
};

/**
 * `localeCompare` without its per-call set-up: the due list sorts thousands of names. Made on the
 * first sort, not when the plugin loads: the first collator of a page costs some milliseconds
 * (its locale's data is loaded then), and start-up does not sort.
 */
let collator: Intl.Collator | undefined;

function byName(a: ScheduledContact, b: ScheduledContact): number {
  const names = (collator ??= new Intl.Collator());
  return names.compare(a.contact.name, b.contact.name) || names.compare(a.contact.path, b.contact.path);
}

/** ISO dates order as strings; `null` first. */
function byDate(a: IsoDate | null, b: IsoDate | null): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

/** How overdue, relative to the cadence: 30 days late on a monthly contact outranks 30 on a yearly one. */
export function overdueRatio(s: ScheduledContact): number {
  if (s.daysOverdue === null || s.contact.cadence === null) return 0;
  return s.daysOverdue / cadenceDays(s.contact.cadence);
}

/**
 * The due view's order: overdue by days overdue / cadence descending, then tier; then due today;
 * then never contacted, by tier and name; then due soon by date; the rest after, by name.
 */
export function comparePriority(a: ScheduledContact, b: ScheduledContact): number {
  const group = GROUP_RANK[a.status] - GROUP_RANK[b.status];
  if (group !== 0) return group;
  switch (a.status) {
    case "overdue":
      return overdueRatio(b) - overdueRatio(a) || a.contact.tierRank - b.contact.tierRank || byName(a, b);
    case "due":
    case "new":
      return a.contact.tierRank - b.contact.tierRank || byName(a, b);
    case "soon":
      return byDate(a.nextDue, b.nextDue) || a.contact.tierRank - b.contact.tierRank || byName(a, b);
    default:
      return byName(a, b);
  }
}

/** Everyone to reach, in priority order. Do-not-contact people are never in it. */
export function dueList(all: readonly ScheduledContact[]): ScheduledContact[] {
  return all.filter(isToReach).sort(comparePriority);
}

/**
 * Why someone is where they are, in words: "42 days overdue · last call 14 Sep · 2 months ago ·
 * every 3 months". Dates read as the rest of the UI reads them; `whyDates` gives the ISO dates.
 */
export function describeWhy(s: ScheduledContact, today: IsoDate): string {
  const short = (date: IsoDate | null): string => (date === null ? "" : formatShortDate(date, today));
  const parts: string[] = [];
  switch (s.status) {
    case "overdue":
      parts.push(`${count(s.daysOverdue ?? 0, "day")} overdue`);
      break;
    case "due":
      parts.push("due today");
      break;
    case "new":
      parts.push("never contacted");
      break;
    case "soon":
      parts.push(`due in ${count(-(s.daysOverdue ?? 0), "day")} (${short(s.nextDue)})`);
      break;
    case "snoozed":
      parts.push(`snoozed until ${short(s.contact.snoozeUntil)}`);
      break;
    case "ok":
      parts.push(`next due ${short(s.nextDue)}`);
      break;
    case "untracked":
      // Paused (another tool's switch) is untracked for now, and says so.
      parts.push(s.contact.paused ? "paused" : "untracked");
      break;
    case "do-not-contact":
      parts.push(s.contact.doNotContactSince === null ? "do not contact" : `do not contact since ${short(s.contact.doNotContactSince)}`);
      break;
  }
  if (s.lastTouch !== null && s.status !== "do-not-contact") {
    const ago = formatRelative(s.lastTouch, today);
    parts.push(
      s.lastTouchNote !== null
        ? `last mentioned in ${mentionedIn(s.lastTouchNote, s.lastTouch, today)}`
        : `last ${lastEntryType(s) ?? "touch"} ${short(s.lastTouch)}`,
      ago,
    );
  }
  if (s.contact.cadence !== null && s.status !== "do-not-contact") parts.push(describeCadence(s.contact.cadence));
  return parts.join(" · ");
}

/** The dates behind the "why" line, as written in notes, for its tooltip: "last touch 2026-09-14 · next due 2026-12-14". */
export function whyDates(s: ScheduledContact): string {
  const parts: string[] = [];
  if (s.lastTouch !== null) parts.push(`last touch ${s.lastTouch}`);
  if (s.nextDue !== null && s.status !== "do-not-contact") parts.push(`next due ${s.nextDue}`);
  if (s.status === "snoozed" && s.contact.snoozeUntil !== null) parts.push(`snoozed until ${s.contact.snoozeUntil}`);
  if (s.contact.doNotContactSince !== null) parts.push(`do not contact since ${s.contact.doNotContactSince}`);
  if (s.contact.cadence !== null) parts.push(`cadence ${formatCadence(s.contact.cadence)}`);
  return parts.join(" · ");
}

/** A dated note as the "why" line names it: its name, with the date when the name does not say it. */
export function mentionedIn(notePath: string, date: IsoDate, today: IsoDate): string {
  const name = basename(notePath);
  return name.includes(date) ? name : `${name}, ${formatShortDate(date, today)}`;
}
