/**
 * `stats`: the shape of the network. Contacts per tier and per status, the weekly load the
 * cadences demand against the budget, the tier moves that would fit it, and this week's plan
 * (`stats-planning.ts`). Each section is a function of the same `StatsInput`, so a new one is one
 * more entry in `STATS_SECTIONS`.
 */
import { contactLoad } from "../core/load";
import type { TierDef } from "../core/settings";
import type { Status } from "../core/schedule";
import { roundLoad } from "../core/load";
import { budgetSection } from "./stats-budget";
import { tierMovesSection, weekSection } from "./stats-planning";
import type { StatsInput, StatsSection } from "./stats-section";
import { alignRows, safeText } from "./terminal";
import { count } from "../core/words";
import { describeCadenceText } from "../core/cadence";

const STATUS_LABELS: readonly [Status, string][] = [
  ["overdue", "overdue"],
  ["due", "due today"],
  ["new", "never contacted"],
  ["soon", "due soon"],
  ["snoozed", "snoozed"],
  ["ok", "up to date"],
  ["untracked", "untracked"],
  ["do-not-contact", "do not contact"],
];

function percent(part: number, whole: number): string {
  return whole === 0 ? "0%" : `${Math.round((part / whole) * 100)}%`;
}

export const tierSection: StatsSection = ({ schedule, settings }) => {
  const rows: string[][] = [["", "", "contacts", "cadence", "touches a week"]];
  const groups: { key: string; label: string; cadence: string; tier: TierDef | null }[] = [
    ...settings.tiers.map((t) => ({ key: t.key, label: t.label, cadence: t.cadence, tier: t })),
    { key: "-", label: "no tier", cadence: "", tier: null },
  ];
  for (const g of groups) {
    const members = schedule.scheduled.filter((s) => s.contact.tier === g.tier);
    if (g.tier === null && members.length === 0) continue;
    const load = members.reduce((sum, s) => sum + contactLoad(s.contact), 0);
    rows.push([
      safeText(g.key),
      safeText(g.label),
      String(members.length),
      g.cadence === "" ? "" : safeText(describeCadenceText(g.cadence)),
      roundLoad(load).toFixed(1),
    ]);
  }
  return { title: "By tier", lines: alignRows(rows) };
};

export const statusSection: StatsSection = ({ schedule }) => {
  const rows = STATUS_LABELS.map(([status, label]) => [label, String(schedule.scheduled.filter((s) => s.status === status).length)]);
  return { title: "By status", lines: alignRows(rows) };
};

export const loadSection: StatsSection = ({ schedule, settings, style }) => {
  const load = roundLoad(schedule.load);
  const budget = settings.weeklyBudget;
  const tracked = schedule.scheduled.filter((s) => contactLoad(s.contact) > 0).length;
  const lines = [
    `${load} touches a week for ${tracked} tracked ${tracked === 1 ? "contact" : "contacts"}, against a budget of ${budget} (${percent(schedule.load, budget)})`,
  ];
  if (schedule.load > budget) {
    lines.push(
      style.red(
        `Over budget by ${roundLoad(schedule.load - budget)} touches a week: move people to a lower tier (below), lengthen some cadences, or raise the budget; otherwise the week plan chooses for you.`,
      ),
    );
  } else {
    lines.push(style.green(`Within budget: ${roundLoad(budget - schedule.load)} touches a week to spare.`));
  }
  return { title: "Load", lines };
};

/** The sections `stats` prints, in order. */
export const STATS_SECTIONS: StatsSection[] = [tierSection, statusSection, loadSection, tierMovesSection, weekSection, budgetSection];

export function statsText(input: StatsInput, sections: readonly StatsSection[] = STATS_SECTIONS): string {
  const { schedule, style, checkCommand } = input;
  const out = [style.bold(`${count(schedule.scheduled.length, "contact")} on ${schedule.today}`)];
  for (const section of sections) {
    const block = section(input);
    if (block === null) continue;
    out.push("", style.bold(block.title), ...block.lines.map((l) => `  ${l}`));
  }
  const problems = schedule.problems.length;
  if (problems > 0) out.push("", style.yellow(`${count(problems, "problem")} in contact notes: ${checkCommand}`));
  return `${out.join("\n")}\n`;
}
