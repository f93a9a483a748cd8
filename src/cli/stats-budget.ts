/**
 * `stats`: keeping the budget. Touches per week over the last 26 weeks as a Unicode sparkline,
 * against the weekly budget; the same `touchesOf` and `weeklyTouches` the plugin's budget chart
 * and calendar draw (log entries, `last-touch` and mentions in dated notes).
 */
import { touchesOf, weeklyTouches, weeksWithinBudget, type WeekTouches } from "../core/touches";
import type { StatsInput, StatsSection } from "./stats-section";

const BARS = "▁▂▃▄▅▆▇█";
const weekSeries = new WeakMap<StatsInput["schedule"], WeekTouches[]>();

export function weeksOf(input: Pick<StatsInput, "schedule">): WeekTouches[] {
  let weeks = weekSeries.get(input.schedule);
  if (weeks === undefined) {
    const { scheduled, today, mentions } = input.schedule;
    weeks = weeklyTouches(
      touchesOf(
        scheduled.map((s) => s.contact),
        today,
        { mentions },
      ),
      today,
    );
    weekSeries.set(input.schedule, weeks);
  }
  return weeks;
}

/** One bar per value, from ▁ (zero) to █ (`top`). */
export function sparkline(values: readonly number[], top: number): string {
  const steps = BARS.length - 1;
  return values.map((v) => BARS[top <= 0 ? 0 : Math.min(steps, Math.round((v / top) * steps))] ?? "").join("");
}

export const budgetSection: StatsSection = (input) => {
  const weeks = weeksOf(input);
  const budget = input.settings.weeklyBudget;
  const top = Math.max(budget, ...weeks.map((w) => w.touches));
  const { kept, finished } = weeksWithinBudget(weeks, budget);
  const first = weeks[0]?.start ?? "";
  const current = weeks.at(-1);
  return {
    title: `Keeping the budget (touches a week, last ${weeks.length} weeks)`,
    lines: [
      `${sparkline(
        weeks.map((w) => w.touches),
        top,
      )}  ${first} → this week`,
      `▁ is 0, █ is ${top}; the budget, ${budget} a week, is ${sparkline([budget], top)}.`,
      `Budget reached in ${kept} of ${finished} finished weeks; this week so far: ${current?.touches ?? 0}.`,
    ],
  };
};
