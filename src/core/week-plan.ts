/**
 * This week's plan against the weekly budget: the week is the ISO week that contains today, and
 * the people to reach are split, in priority order, between this week and the overflow. Pure:
 * `today` and the settings are always passed in.
 */
import type { Contact } from "./contact";
import { isoWeek, toEpochDay, type IsoDate } from "./dates";
import { weeklyLoad } from "./load";
import { dueList, type ScheduledContact } from "./schedule";
import type { Settings } from "./settings";

/** The days in `[from, to]` on which dated notes mention a contact (`TouchIndex.mentionDays`). */
export type MentionDays = (contactPath: string, from: IsoDate, to: IsoDate) => Iterable<IsoDate>;

/**
 * Touches already made this week: for every contact (tracked or not: time spent is time spent),
 * the distinct days from this week's Monday up to `today` on which its log has an entry or its
 * `last-touch` field falls, or (given `mentionDays`) a dated note mentions it. One per contact per
 * day; entries after today do not count.
 *
 * A log's entries are looked at only when its latest entry (dated after today or not) is on or
 * after Monday: for every other contact the log holds nothing this week.
 */
export function touchesThisWeek(contacts: Iterable<Contact>, today: IsoDate, mentionDays?: MentionDays): number {
  const { start } = isoWeek(today);
  let count = 0;
  for (const c of contacts) {
    const days = new Set<IsoDate>(mentionDays !== undefined && !c.ignoreMentions ? mentionDays(c.path, start, today) : []);
    if (c.lastTouchField !== null && c.lastTouchField >= start && c.lastTouchField <= today) days.add(c.lastTouchField);
    if (c.lastLogged !== null && c.lastLogged.date >= start) {
      const facts = c.logFacts;
      const [from, to] = [toEpochDay(start), toEpochDay(today)];
      for (let i = 0; i < facts.size; i++) if (facts.day(i) >= from && facts.day(i) <= to) days.add(facts.date(i));
    }
    count += days.size;
  }
  return count;
}

/** This week's room: the one rule for how many people the plan holds, in the CLI and the panel. */
export interface WeekCapacity {
  /** Monday and Sunday of the ISO week that contains today. */
  weekStart: IsoDate;
  weekEnd: IsoDate;
  /** `weeklyBudget` from the settings, in touches per week. */
  budget: number;
  /** Touches already logged this week (see `touchesThisWeek`). */
  loggedThisWeek: number;
  /** Touches left this week: max(0, ⌊budget⌋ − loggedThisWeek). */
  capacity: number;
}

/** The week that contains `today`, and the touches left in it once `loggedThisWeek` are counted. */
export function weekCapacity(settings: Pick<Settings, "weeklyBudget">, today: IsoDate, loggedThisWeek: number): WeekCapacity {
  const { start, end } = isoWeek(today);
  const budget = settings.weeklyBudget;
  return { weekStart: start, weekEnd: end, budget, loggedThisWeek, capacity: Math.max(0, Math.floor(budget) - loggedThisWeek) };
}

export interface WeekPlan extends WeekCapacity {
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
export function planWeek(
  scheduled: readonly ScheduledContact[],
  settings: Pick<Settings, "weeklyBudget">,
  today: IsoDate,
  mentionDays?: MentionDays,
): WeekPlan {
  const contacts = scheduled.map((s) => s.contact);
  const room = weekCapacity(settings, today, touchesThisWeek(contacts, today, mentionDays));
  const toReach = dueList(scheduled);
  const load = weeklyLoad(contacts);
  return {
    ...room,
    thisWeek: toReach.slice(0, room.capacity),
    overflow: toReach.slice(room.capacity),
    load,
    overBy: Math.max(0, load - room.budget),
  };
}
