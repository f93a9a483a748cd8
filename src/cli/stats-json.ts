/**
 * `stats --json`: the figures of `stats` as one object for scripts. Loads are touches a week,
 * rounded to three decimals (enough to check a plan by hand; `due --json` rounds to one).
 */
import type { IsoDate } from "../core/dates";
import { contactLoad } from "../core/load";
import type { Status } from "../core/schedule";
import type { StatsInput } from "./stats-section";
import { tierMovesOf, weekPlanOf } from "./stats-planning";
import { weeksOf } from "./stats-budget";

export interface StatsJson {
  today: IsoDate;
  contacts: number;
  /** Per tier in the settings' order, then `key: null` for contacts without a tier. */
  tiers: { key: string | null; label: string; cadence: string | null; contacts: number; touchesPerWeek: number }[];
  statuses: Record<Status, number>;
  load: { touchesPerWeek: number; budget: number; overBy: number };
  week: {
    start: IsoDate;
    end: IsoDate;
    loggedThisWeek: number;
    capacity: number;
    thisWeek: { path: string; name: string; tier: string | null; status: Status; daysOverdue: number | null }[];
    overflow: number;
  };
  /** The fewest tier moves that fit the budget; empty within budget. */
  tierMoves: {
    moves: number;
    loadAfter: number;
    withinBudget: boolean;
    minimal: boolean;
    suggestions: { path: string; name: string; fromTier: string; toTier: string | null; loadSaved: number }[];
  };
  /** Touches per ISO week (Monday `start`) over the last 26 weeks, oldest first; the last is this week so far. */
  weeks: { start: IsoDate; touches: number }[];
  problems: number;
}

const STATUSES: readonly Status[] = ["overdue", "due", "new", "soon", "snoozed", "ok", "untracked", "do-not-contact"];

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function statsJson(input: StatsInput): StatsJson {
  const { schedule, settings } = input;
  const tiers: StatsJson["tiers"] = [...settings.tiers, null].flatMap((tier) => {
    const members = schedule.scheduled.filter((s) => (tier === null ? s.contact.tier === null : s.contact.tier?.key === tier.key));
    if (tier === null && members.length === 0) return [];
    const load = members.reduce((sum, s) => sum + contactLoad(s.contact), 0);
    return [
      {
        key: tier?.key ?? null,
        label: tier?.label ?? "no tier",
        cadence: tier?.cadence ?? null,
        contacts: members.length,
        touchesPerWeek: round3(load),
      },
    ];
  });
  const statuses = Object.fromEntries(STATUSES.map((st) => [st, schedule.scheduled.filter((s) => s.status === st).length])) as Record<
    Status,
    number
  >;
  const week = weekPlanOf(input);
  const moves = tierMovesOf(input);
  return {
    today: schedule.today,
    contacts: schedule.scheduled.length,
    tiers,
    statuses,
    load: {
      touchesPerWeek: round3(schedule.load),
      budget: settings.weeklyBudget,
      overBy: round3(Math.max(0, schedule.load - settings.weeklyBudget)),
    },
    week: {
      start: week.weekStart,
      end: week.weekEnd,
      loggedThisWeek: week.loggedThisWeek,
      capacity: week.capacity,
      thisWeek: week.thisWeek.map((s) => ({
        path: s.contact.path,
        name: s.contact.name,
        tier: s.contact.tier?.key ?? null,
        status: s.status,
        daysOverdue: s.daysOverdue,
      })),
      overflow: week.overflow.length,
    },
    tierMoves: {
      moves: moves.moves,
      loadAfter: round3(moves.loadAfter),
      withinBudget: moves.withinBudget,
      minimal: moves.minimal,
      suggestions: moves.suggestions.map((m) => ({
        path: m.path,
        name: m.name,
        fromTier: m.fromTier,
        toTier: m.toTier,
        loadSaved: round3(m.loadSaved),
      })),
    },
    weeks: weeksOf(input).map((w) => ({ start: w.start, touches: w.touches })),
    problems: schedule.problems.length,
  };
}
