/**
 * This week's plan against the weekly budget: the week is the ISO week that contains today, and
 * the people to reach are split, in priority order, between this week and the overflow. Pure:
 * `today` and the settings are always passed in.
 */
import type { Contact } from "./contact";
import { isoWeek, type IsoDate } from "./dates";
import { dueList, weeklyLoad, type ScheduledContact } from "./schedule";
import type { Settings } from "./settings";

/**
 * Touches already made this week: for every contact (tracked or not: time spent is time spent),
 * the distinct days from this week's Monday up to `today` on which its log has an entry or its
 * `last-touch` field falls. One per contact per day; entries after today do not count.
 */
export function touchesThisWeek(contacts: Iterable<Contact>, today: IsoDate, mentionDays?: MentionDays): number {
  const { start } = isoWeek(today);
  const inWeek = (d: IsoDate | null): d is IsoDate => d !== null && d >= start && d <= today;
  let count = 0;
  for (const c of contacts) {
    const days = new Set<IsoDate>();
    if (inWeek(c.lastTouchField)) days.add(c.lastTouchField);
    for (const entry of c.log) if (inWeek(entry.date)) days.add(entry.date);
    if (mentionDays !== undefined && !c.ignoreMentions) for (const d of mentionDays(c.path, start, today)) days.add(d);
    count += days.size;
  }
  return count;
}

export interface WeekPlan {
  /** Monday and Sunday of the ISO week that contains today. */
  weekStart: IsoDate;
  weekEnd: IsoDate;
  /** `weeklyBudget` from the settings, in touches per week. */
  budget: number;
  /** Touches already logged this week (see `touchesThisWeek`). */
  loggedThisWeek: number;
  /** Touches left this week: max(0, ⌊budget⌋ − loggedThisWeek). */
  capacity: number;
  /** The highest-priority people to reach, in the due view's order, at most `capacity` of them. */
  thisWeek: ScheduledContact[];
  /** Everyone else to reach, in the same order: never dropped, only deferred. */
  overflow: ScheduledContact[];
  /** Touches a week the chosen cadences demand (`weeklyLoad`). */
  load: number;
  /** How far the load exceeds the budget: max(0, load − budget). */
  overBy: number;
}

/**
 * This week's plan. The week is the ISO week, Monday to Sunday, that contains `today`. People to
 * reach (`isToReach`: overdue, due today, never contacted, due soon; never do-not-contact) are
 * split, in `comparePriority` order, into the first `capacity` (this week) and the rest (overflow).
 * `scheduled` must be scheduled against the same `today`.
 */
/** The days in `[from, to]` on which dated notes mention a contact (`TouchIndex.mentionDays`). */
export type MentionDays = (contactPath: string, from: IsoDate, to: IsoDate) => Iterable<IsoDate>;

export function planWeek(scheduled: readonly ScheduledContact[], settings: Pick<Settings, "weeklyBudget">, today: IsoDate, mentionDays?: MentionDays): WeekPlan {
  const { start, end } = isoWeek(today);
  const contacts = scheduled.map((s) => s.contact);
  const budget = settings.weeklyBudget;
  const loggedThisWeek = touchesThisWeek(contacts, today, mentionDays);
  const capacity = Math.max(0, Math.floor(budget) - loggedThisWeek);
  const toReach = dueList(scheduled);
  const load = weeklyLoad(contacts);
  return {
    weekStart: start,
    weekEnd: end,
    budget,
    loggedThisWeek,
    capacity,
    thisWeek: toReach.slice(0, capacity),
    overflow: toReach.slice(capacity),
    load,
    overBy: Math.max(0, load - budget),
  };
}
