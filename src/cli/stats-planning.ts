/**
 * The planning sections of `stats`: this week's plan against the weekly budget, and,
 * when the cadences ask for more than the budget, the fewest tier moves that would fit it: the
 * same plan and the same suggestions as the plugin's panel.
 */
import { formatAmount, formatLoad } from "../core/load";
import { count } from "../core/words";
import { planWeek, type WeekPlan } from "../core/week-plan";
import { suggestTierMoves, type TierMove, type TierMovePlan } from "../core/tier-moves";
import { describeWhy } from "../core/schedule";
import type { StatsInput, StatsSection } from "./stats-section";
import { alignRows, safeText, truncate } from "./terminal";

/** Names are cut to this many columns so the reasons line up. */
const NAME_WIDTH = 32;

// Both sections (and the JSON) read the same plan; a vault's stats compute each once.
const weekPlans = new WeakMap<StatsInput["schedule"], WeekPlan>();
const movePlans = new WeakMap<StatsInput["schedule"], TierMovePlan>();

export function weekPlanOf(input: Pick<StatsInput, "schedule" | "settings">): WeekPlan {
  let plan = weekPlans.get(input.schedule);
  if (plan === undefined) {
    plan = planWeek(input.schedule.scheduled, input.settings, input.schedule.today, input.schedule.mentionDays);
    weekPlans.set(input.schedule, plan);
  }
  return plan;
}

export function tierMovesOf(input: Pick<StatsInput, "schedule" | "settings">): TierMovePlan {
  let plan = movePlans.get(input.schedule);
  if (plan === undefined) {
    const { scheduled } = input.schedule;
    plan = suggestTierMoves(
      scheduled.map((s) => s.contact),
      input.settings,
      scheduled,
    );
    movePlans.set(input.schedule, plan);
  }
  return plan;
}

/** "A → B", "D → untracked". */
export function moveText(m: Pick<TierMove, "fromTier" | "toTier">): string {
  return `${safeText(m.fromTier)} → ${m.toTier === null ? "untracked" : safeText(m.toTier)}`;
}

/** The week's plan: who to reach this week, within the budget less what was logged since Monday. */
export const weekSection: StatsSection = (input) => {
  const plan = weekPlanOf(input);
  const { style } = input;
  const budget = formatAmount(plan.budget);
  const logged = plan.loggedThisWeek === 0 ? "none logged yet" : `${plan.loggedThisWeek} logged since Monday`;
  const lines = [
    plan.capacity > 0
      ? `Budget ${budget} a week, ${logged}: room for ${count(plan.capacity, plan.loggedThisWeek > 0 ? "more touch" : "touch", plan.loggedThisWeek > 0 ? "more touches" : "touches")}.`
      : `Budget ${budget} a week, ${logged}: this week's budget is used.`,
  ];
  if (plan.thisWeek.length > 0) {
    const rows = plan.thisWeek.map((s, i) => [
      `${i + 1}.`,
      truncate(safeText(s.contact.name), NAME_WIDTH),
      s.contact.tier === null ? "-" : safeText(s.contact.tier.key),
      safeText(describeWhy(s, input.schedule.today)),
    ]);
    lines.push(...alignRows(rows, (_r, c, cell) => (c === 0 ? style.dim(cell) : cell)).map((l) => `  ${l}`));
  }
  const overflow = plan.overflow.length;
  if (overflow > 0)
    lines.push(
      style.dim(
        `${overflow} more to reach after ${plan.thisWeek.length === 0 ? "this week" : "these"}, in the order that due lists them: never dropped, only later.`,
      ),
    );
  else if (plan.thisWeek.length === 0) lines.push("Nobody to reach.");
  return { title: `This week (${plan.weekStart} to ${plan.weekEnd})`, lines };
};

/** Over budget only: the fewest tier moves down the ladder that bring the load within the budget. */
export const tierMovesSection: StatsSection = (input) => {
  const plan = tierMovesOf(input);
  if (plan.overBy <= 0) return null;
  const { style } = input;
  const title = "Tier moves to fit the budget";
  if (plan.suggestions.length === 0 || !plan.withinBudget) {
    return {
      title,
      lines: [
        style.yellow(
          `No tier moves can fit the budget: ${formatLoad(plan.fixedLoad)} touches a week come from cadences set in the notes themselves or without a tier. Raise the budget, or lengthen those cadences by hand.`,
        ),
      ],
    };
  }
  const moves = count(plan.moves, "move");
  const budget = formatAmount(plan.budget);
  const lines = [
    `${moves} ${plan.moves === 1 ? "brings" : "bring"} the load from ${formatLoad(plan.load)} to ${formatLoad(plan.loadAfter)} touches a week (budget ${budget}), lowest priority first:`,
  ];
  const rows = plan.suggestions.map((m) => [
    truncate(safeText(m.name), NAME_WIDTH),
    moveText(m),
    `saves ${(Math.round(m.loadSaved * 100) / 100).toFixed(2)} a week`,
  ]);
  lines.push(...alignRows(rows).map((l) => `  ${l}`));
  if (!plan.minimal) lines.push(style.dim("A close plan: finding the very fewest moves would take too long for a network this size."));
  lines.push(style.dim("Each is one edit of the note's tier (or the plugin's panel applies it with one click)."));
  return { title, lines };
};
