/**
 * "Start with" at the top of the panel: the first person of this week's plan and something to say
 * to them, the note's own reminder and their last logged summary. Plain data, unit-tested on Node.
 */
import type { Contact } from "../../core/contact";
import type { IsoDate } from "../../core/dates";
import type { LogEntry } from "../../core/log";
import type { ScheduledContact } from "../../core/schedule";
import { formatShortDate } from "../../core/format-date";

export interface StartWith {
  path: string;
  name: string;
  /** "Reminder 8 Dec: ask how the offsite went", or null when the note has none. */
  reminder: string | null;
  /** "Last call 14 Sep: Congratulated her on the VP promotion", or null without a log entry. */
  last: string | null;
}

/** The reminder to mention: the next one on or after today, else the latest one before it. */
export function noteReminder(contact: Pick<Contact, "keyDates">, today: IsoDate): { date: IsoDate; text: string } | null {
  let next: { date: IsoDate; text: string } | null = null;
  let past: { date: IsoDate; text: string } | null = null;
  for (const k of contact.keyDates) {
    if (k.type !== "reminder") continue;
    if (k.date >= today) {
      if (next === null || k.date < next.date) next = { date: k.date, text: k.text };
    } else if (past === null || k.date > past.date) {
      past = { date: k.date, text: k.text };
    }
  }
  return next ?? past;
}

/** The latest log entry up to today (the later line on the same day), or null. */
export function lastEntry(log: readonly LogEntry[], today: IsoDate): LogEntry | null {
  let best: LogEntry | null = null;
  for (const e of log) {
    if (e.date > today) continue;
    if (best === null || e.date > best.date || (e.date === best.date && e.line > best.line)) best = e;
  }
  return best;
}

/**
 * What "Start with" says of the first person of the week, or null when the plan is empty. `log` is
 * their log's entries, read from the note (`null` while being read: the last entry is left out).
 */
export function startWith(first: ScheduledContact | undefined, today: IsoDate, log: readonly LogEntry[] | null): StartWith | null {
  if (first === undefined) return null;
  const c = first.contact;
  const reminder = noteReminder(c, today);
  const entry = log === null ? null : lastEntry(log, today);
  const what = entry === null ? null : `Last ${entry.type ?? "entry"} ${formatShortDate(entry.date, today)}`;
  return {
    path: c.path,
    name: c.name,
    reminder:
      reminder === null ? null : `Reminder ${formatShortDate(reminder.date, today)}${reminder.text === "" ? "" : `: ${reminder.text}`}`,
    last: what === null || entry === null ? null : entry.summary === "" ? what : `${what}: ${entry.summary}`,
  };
}
