/**
 * The panel's groups and week plan by the plain rule, step by step: what the one-pass
 * `derivePanelModel` must always agree with, and a quick way to build groups for a test.
 */
import type { Problem } from "../../../src/core/contact";
import type { IsoDate } from "../../../src/core/dates";
import type { ScheduledContact } from "../../../src/core/schedule";
import type { Settings } from "../../../src/core/settings";
import { touchesThisWeek } from "../../../src/core/week-plan";
import { addToBucket, groupsFromBuckets, newBuckets, type ComingUpItem, type DueGroups } from "../../../src/ui/panel/list-model";
import { planGroupsWith, type PanelWeek } from "../../../src/ui/panel/week-plan";

/** Buckets the schedule into the panel's groups; the week plan starts empty. */
export function groupSchedule(
  scheduled: readonly ScheduledContact[],
  problems: readonly Problem[],
  comingUp: readonly ComingUpItem[] = [],
): DueGroups {
  const buckets = newBuckets();
  for (const s of scheduled) addToBucket(buckets, s);
  return groupsFromBuckets(buckets, problems, comingUp);
}

/** Moves the first people to reach into this week's plan, counting this week's touches from every contact's log. */
export function planGroups(
  groups: DueGroups,
  scheduled: readonly ScheduledContact[],
  settings: Pick<Settings, "weeklyBudget">,
  today: IsoDate,
): { groups: DueGroups; week: PanelWeek } {
  const logged = touchesThisWeek(
    scheduled.map((s) => s.contact),
    today,
  );
  return planGroupsWith(groups, logged, settings, today);
}
