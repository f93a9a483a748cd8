/**
 * The panel's side of network planning, as plain data: this week's plan lifted out of
 * the groups, the lines under the load meter, and the words for the over-budget tier moves.
 *
 * The plan is the core's `planWeek`, computed from the panel's lazily sorted groups instead of a
 * fresh due list: the people to reach are already bucketed by status in the due view's order, so
 * taking the first `capacity` of them sorts only that many, whatever the size of the network.
 */
import type { IsoDate } from "../../core/dates";
import { formatAmount, formatLoad } from "../../core/load";
import { count } from "../../core/words";
import { weekCapacity, type WeekCapacity } from "../../core/week-plan";
import type { TierMove, TierMovePlan } from "../../core/tier-moves";
import { comparePriority, type ScheduledContact } from "../../core/schedule";
import type { Settings } from "../../core/settings";
import { REACH_GROUPS, type ContactGroupKey, type DueGroups } from "./list-model";
import { LazySortedList } from "../../lib/lazy-sort";

/** The core's `weekCapacity`, and what the panel's groups did with it. */
export interface PanelWeek extends WeekCapacity {
  /** People in this week's plan (at most `capacity`). */
  planned: number;
  /** People to reach after them: the overflow, still listed in their groups. */
  overflow: number;
}

/**
 * Moves the first `capacity` people to reach (overdue, then due today, never contacted, due soon,
 * each in priority order: the due list's order) into the `week` group; the groups keep the rest.
 * `logged` is the touches already made this week. Equal to `planWeek(scheduled, settings, today)`
 * on the same schedule (tested).
 */
export function planGroupsWith(
  groups: DueGroups,
  logged: number,
  settings: Pick<Settings, "weeklyBudget">,
  today: IsoDate,
): { groups: DueGroups; week: PanelWeek } {
  const room = weekCapacity(settings, today, logged);
  const capacity = room.capacity;
  const lists: Record<ContactGroupKey, LazySortedList<ScheduledContact>> = { ...groups.contacts };
  const week: ScheduledContact[] = [];
  let overflow = 0;
  for (const key of REACH_GROUPS) {
    const list = groups.contacts[key];
    const take = Math.min(capacity - week.length, list.length);
    for (let i = 0; i < take; i++) week.push(list.at(i));
    if (take > 0) lists[key] = list.dropFirst(take);
    overflow += list.length - take;
  }
  lists.week = new LazySortedList(week, comparePriority, week.length);
  return {
    groups: { contacts: lists, comingUp: groups.comingUp, problems: groups.problems },
    week: { ...room, planned: week.length, overflow },
  };
}

/** The panel's one quiet line about this week: "This week: 5 to go · 1 done · budget 6". */
export function weekSummary(w: PanelWeek): string {
  return `This week: ${w.planned} to go · ${w.loggedThisWeek} done · budget ${formatAmount(w.budget)}`;
}

/** The same in a sentence, for the line's tooltip: "This week: room for 5 more touches (budget 6, 1 logged since Monday)." */
export function weekDetail(w: PanelWeek): string {
  const logged = w.loggedThisWeek === 0 ? "none logged yet" : `${w.loggedThisWeek} logged since Monday`;
  if (w.capacity > 0)
    return `This week: room for ${count(w.capacity, w.loggedThisWeek > 0 ? "more touch" : "touch", w.loggedThisWeek > 0 ? "more touches" : "touches")} (budget ${formatAmount(w.budget)}, ${logged}).`;
  const rest = w.overflow > 0 ? "; the rest can wait" : "";
  return `This week: the budget of ${formatAmount(w.budget)} is used (${logged})${rest}.`;
}

// ---- over budget: the tier moves ----------------------------------------------------------------

/** The move in words: "A → B", "A → C", "D → untracked". */
export function moveLabel(m: Pick<TierMove, "fromTier" | "toTier">): string {
  return `${m.fromTier} → ${m.toTier ?? "untracked"}`;
}

/** The tier key the move writes (`none` makes the contact untracked). */
export function moveTierKey(m: Pick<TierMove, "toTier">): string {
  return m.toTier ?? "none";
}

/** The apply button's text: "Move to B", "Untrack". */
export function moveAction(m: Pick<TierMove, "toTier">): string {
  return m.toTier === null ? "Untrack" : `Move to ${m.toTier}`;
}

/** What one move saves, e.g. "−0.15 a week" (two decimals: single moves are small). */
export function moveSaving(m: Pick<TierMove, "loadSaved">): string {
  return `−${(Math.round(m.loadSaved * 100) / 100).toFixed(2)} a week`;
}

/** The sentence above the suggestions. */
export function movesSummary(plan: TierMovePlan): string {
  if (plan.suggestions.length === 0 || !plan.withinBudget) {
    return `No tier moves can fit the budget: ${formatLoad(plan.fixedLoad)} touches a week come from cadences set in the notes themselves or without a tier. Raise the budget, or lengthen those cadences by hand.`;
  }
  const people = plan.suggestions.length === 1 ? "this person" : `these ${plan.suggestions.length} people`;
  const moves = plan.moves === plan.suggestions.length ? "" : ` (${plan.moves} tier steps)`;
  return `Moving ${people} down${moves} brings the load from ${formatLoad(plan.load)} to ${formatLoad(plan.loadAfter)} touches a week. Lowest priority first.`;
}
