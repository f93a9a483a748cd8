/**
 * Network planning (issue 7): the week plan against the weekly budget, the tier ladder, and the
 * fewest tier moves that bring the load within the budget. Pure: `today` and the settings are
 * always passed in.
 */
import { cadenceDays, formatCadence, parseCadence, type Cadence } from "./cadence";
import type { Contact } from "./contact";
import { addDays, toEpochDay, type IsoDate } from "./dates";
import { comparePriority, dueList, weeklyLoad, type ScheduledContact } from "./schedule";
import type { Settings, TierDef } from "./settings";

/** Load comparisons allow for floating-point noise in sums of 7 / cadence. */
const EPSILON = 1e-9;

// ---------------------------------------------------------------------------------------------
// The week plan

/** The ISO week (Monday to Sunday) that contains `date`. */
export function isoWeek(date: IsoDate): { start: IsoDate; end: IsoDate } {
  // 1970-01-01 (epoch day 0) was a Thursday, weekday 3 when Monday is 0.
  const weekday = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  const start = addDays(date, -weekday);
  return { start, end: addDays(start, 6) };
}

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

/** The days in `[from, to]` on which dated notes mention a contact (`TouchIndex.mentionDays`). */
export type MentionDays = (contactPath: string, from: IsoDate, to: IsoDate) => Iterable<IsoDate>;

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

// ---------------------------------------------------------------------------------------------
// Tiers: the ladder a contact moves down, and the load a tier change makes

const UNTRACKED_TIER_WORDS = new Set(["none", "database"]);

/**
 * The tier a key or alias names (case-insensitive). `null`, `none`, `database` and unknown keys
 * give `null`: untracked, as an unknown tier leaves a contact untracked (SPEC §6).
 */
export function resolveTier(settings: Pick<Settings, "tiers">, key: string | null): TierDef | null {
  if (key === null) return null;
  const wanted = key.trim().toLowerCase();
  if (UNTRACKED_TIER_WORDS.has(wanted)) return null;
  return settings.tiers.find((t) => t.key.toLowerCase() === wanted || t.aliases.some((a) => a.toLowerCase() === wanted)) ?? null;
}

/** A tier's cadence (settings are validated, so `null` only for a hand-made bad tier). */
export function tierCadence(tier: TierDef): Cadence | null {
  const parsed = parseCadence(tier.cadence);
  return parsed.kind === "cadence" ? parsed.cadence : null;
}

/**
 * Whether the note sets its own valid `cadence` (or `cadence: never`): then a tier change does not
 * change the cadence in force. A `cadence` key that is present but empty cannot be told apart from
 * one that repeats the tier's cadence, so it counts as the note's own too (the safe side: no tier
 * move is ever suggested that would not change the load).
 */
export function hasOwnCadence(contact: Contact): boolean {
  return contact.ownCadence;
}

/** The cadence that would be in force if the contact's tier were `tier` (`null`: untracked). */
export function cadenceWithTier(contact: Contact, tier: TierDef | null): Cadence | null {
  if (hasOwnCadence(contact)) return contact.cadence;
  return tier === null ? null : tierCadence(tier);
}

/** Touches a week one contact adds to the load. */
export function contactLoad(contact: Pick<Contact, "cadence" | "doNotContact">): number {
  return contact.cadence === null || contact.doNotContact ? 0 : 7 / cadenceDays(contact.cadence);
}

/** A tier's place in the settings, by key (the settings may be a fresh copy of those the contacts were built with). */
export function tierIndex(settings: Pick<Settings, "tiers">, tier: TierDef): number {
  const key = tier.key.toLowerCase();
  return settings.tiers.findIndex((t) => t.key.toLowerCase() === key);
}

/**
 * The next step down the ladder from `tier`: the first tier after it in the settings whose cadence
 * is slower than `fromDays`, or `null` (untracked) when there is none.
 */
export function nextSlowerTier(settings: Pick<Settings, "tiers">, tier: TierDef, fromDays: number): TierDef | null {
  const index = tierIndex(settings, tier);
  for (const t of settings.tiers.slice(index + 1)) {
    const c = tierCadence(t);
    if (c !== null && cadenceDays(c) > fromDays) return t;
  }
  return null;
}

/** The load if the contact at `path` had tier `newTierKey` (a key, an alias, `none`, or `null`). */
export function loadAfterTierChange(contacts: readonly Contact[], settings: Pick<Settings, "tiers">, path: string, newTierKey: string | null): number {
  let load = weeklyLoad(contacts);
  const contact = contacts.find((c) => c.path === path);
  if (contact === undefined) return load;
  load -= contactLoad(contact);
  load += contactLoad({ cadence: cadenceWithTier(contact, resolveTier(settings, newTierKey)), doNotContact: contact.doNotContact });
  return load;
}

/** Touches a week with one decimal, for messages. */
export function formatLoad(load: number): string {
  return (Math.round(load * 10) / 10).toFixed(1);
}

/**
 * The warning to show before a tier change that raises the load above the budget (or further
 * above it), or `null` when the change is fine.
 */
export function tierChangeWarning(contacts: readonly Contact[], settings: Pick<Settings, "tiers" | "weeklyBudget">, path: string, newTierKey: string | null): string | null {
  const contact = contacts.find((c) => c.path === path);
  if (contact === undefined) return null;
  const before = weeklyLoad(contacts);
  const after = loadAfterTierChange(contacts, settings, path, newTierKey);
  if (after <= settings.weeklyBudget + EPSILON || after <= before + EPSILON) return null;
  const tier = resolveTier(settings, newTierKey);
  const cadence = cadenceWithTier(contact, tier);
  const target = tier === null ? "untracked" : `tier ${tier.key}${cadence === null ? "" : ` (every ${formatCadence(cadence)})`}`;
  return `Moving ${contact.name} to ${target} raises the load to ${formatLoad(after)} touches a week, over the budget of ${formatLoad(settings.weeklyBudget)}.`;
}

// ---------------------------------------------------------------------------------------------
// Over budget: the fewest tier moves

/** One suggestion: move one contact down the ladder, one or more tiers, applied as one `tier` edit. */
export interface TierMove {
  path: string;
  name: string;
  fromTier: string;
  /** The tier key to write, or `null` for untracked (`tier: none`). */
  toTier: string | null;
  /** How many one-tier moves this is (usually 1); they count one each towards `TierMovePlan.moves`. */
  steps: number;
  /** Touches a week it saves. */
  loadSaved: number;
}

export interface TierMovePlan {
  load: number;
  budget: number;
  /** max(0, load − budget). */
  overBy: number;
  /** Lowest priority first. Empty when within budget, or when no tier moves can get there. */
  suggestions: TierMove[];
  /** Σ steps: the number of one-tier moves, which is what is minimised. */
  moves: number;
  /** The load once every suggestion is applied. */
  loadAfter: number;
  /** Load no tier move can change: contacts with their own cadence, or with a cadence but no tier. */
  fixedLoad: number;
  /** loadAfter ≤ budget. False only when even untracking every tiered contact would not do. */
  withinBudget: boolean;
  /** True when `moves` is proven the fewest; false only for huge plans (see `suggestTierMoves`). */
  minimal: boolean;
}

/** The ladder from one tier down to untracked: `tiers[j]` and `saved[j]` after j one-tier moves. */
interface Ladder {
  tiers: (TierDef | null)[];
  saved: number[];
}

interface Group {
  ladder: Ladder;
  /** Lowest priority first. */
  members: Contact[];
}

function ladderFrom(settings: Pick<Settings, "tiers">, tier: TierDef, cadence: Cadence): Ladder {
  const rate = 7 / cadenceDays(cadence);
  const ladder: Ladder = { tiers: [tier], saved: [0] };
  let current: TierDef | null = tier;
  let days = cadenceDays(cadence);
  while (current !== null) {
    current = nextSlowerTier(settings, current, days);
    const c = current === null ? null : tierCadence(current);
    ladder.tiers.push(current);
    ladder.saved.push(c === null ? rate : rate - 7 / cadenceDays(c));
    if (c !== null) days = cadenceDays(c);
  }
  return ladder;
}

/** Sorts lowest priority first: last in the due view's order, else by name (without `scheduled`). */
function lowestPriorityFirst(scheduled: readonly ScheduledContact[] | undefined): (a: Contact, b: Contact) => number {
  const rank = new Map<string, number>();
  if (scheduled !== undefined) [...scheduled].sort(comparePriority).forEach((s, i) => rank.set(s.contact.path, i));
  const last = Number.MAX_SAFE_INTEGER; // not in `scheduled`: not in the due view at all
  return (a, b) => (rank.get(b.path) ?? last) - (rank.get(a.path) ?? last) || a.name.localeCompare(b.name) || a.path.localeCompare(b.path);
}

/** depth counts per group: `counts[g][j]` contacts of group g moved j tiers down. */
type DepthCounts = number[][];

/** Repeatedly takes the one-tier move that saves the most; `null` when even all of them fall short. */
function greedyDepths(groups: readonly Group[], needed: number): DepthCounts | null {
  const counts = groups.map((g) => g.ladder.saved.map((_, j) => (j === 0 ? g.members.length : 0)));
  let saved = 0;
  while (saved < needed - EPSILON) {
    let best: { g: number; j: number; gain: number } | null = null;
    for (let g = 0; g < groups.length; g++) {
      const s = groups[g]?.ladder.saved ?? [];
      for (let j = 0; j + 1 < s.length; j++) {
        const gain = (s[j + 1] ?? 0) - (s[j] ?? 0);
        if ((counts[g]?.[j] ?? 0) > 0 && (best === null || gain > best.gain)) best = { g, j, gain };
      }
    }
    if (best === null) return null;
    const { g, j, gain } = best;
    const row = counts[g] ?? [];
    row[j] = (row[j] ?? 0) - 1;
    row[j + 1] = (row[j + 1] ?? 0) + 1;
    saved += gain;
  }
  return counts;
}

/**
 * The exact minimum: a knapsack over "k one-tier moves in all → the most load they can save".
 * Contacts of one group are interchangeable and a plan of k moves touches at most k contacts, so
 * each group takes part with at most `maxMoves` copies. Among plans with the fewest moves, the one
 * that saves the most load wins.
 */
function fewestDepths(groups: readonly Group[], needed: number, maxMoves: number): DepthCounts | null {
  const size = maxMoves + 1;
  let best = new Float64Array(size).fill(-Infinity);
  best[0] = 0;
  const choices: { g: number; choice: Uint8Array }[] = [];
  groups.forEach((group, g) => {
    const saved = group.ladder.saved;
    for (let copy = 0; copy < Math.min(group.members.length, maxMoves); copy++) {
      const next = new Float64Array(size).fill(-Infinity);
      const choice = new Uint8Array(size);
      for (let k = 0; k < size; k++) {
        for (let j = 0; j < saved.length && j <= k; j++) {
          const value = (best[k - j] ?? -Infinity) + (saved[j] ?? 0);
          if (value > (next[k] ?? -Infinity)) {
            next[k] = value;
            choice[k] = j;
          }
        }
      }
      best = next;
      choices.push({ g, choice });
    }
  });
  let k = best.findIndex((v) => v >= needed - EPSILON);
  if (k < 0) return null;
  const counts = groups.map((g) => g.ladder.saved.map(() => 0));
  for (let i = choices.length - 1; i >= 0; i--) {
    const item = choices[i];
    if (item === undefined) continue;
    const j = item.choice[k] ?? 0;
    const row = counts[item.g] ?? [];
    row[j] = (row[j] ?? 0) + 1;
    k -= j;
  }
  groups.forEach((group, g) => {
    const row = counts[g] ?? [];
    row[0] = group.members.length - row.slice(1).reduce((a, b) => a + b, 0);
  });
  return counts;
}

/** Beyond this much work the exact search gives way to the greedy plan (hundreds of moves). */
const EXACT_WORK_LIMIT = 50_000_000;

/**
 * When the load is over the budget: the fewest one-tier moves down the ladder (A→B, …, the last
 * tier → untracked; a move goes to the next tier in the settings with a slower cadence) that bring
 * the load within the budget.
 *
 * - Minimised: the number of one-tier moves; among plans with that many, the one that saves the
 *   most load. Proven against brute force in the tests. A contact may take several moves, shown as
 *   one suggestion (A→C is two moves, one `tier` edit).
 * - Lowest priority first: between contacts of the same tier, the lowest-priority ones (last in the
 *   due view's order with `scheduled`; otherwise by name) are moved first and furthest; the list is
 *   sorted the same way.
 * - Never moved: do-not-contact people (they add no load), contacts with their own `cadence` (a tier
 *   move would not change their load: their cadence is theirs to change by hand) and contacts
 *   with a cadence but no tier. Their load is `fixedLoad`; when it alone exceeds the budget there
 *   are no suggestions and `withinBudget` is false.
 * - Plans that would need many hundreds of moves use the greedy rule (always the move that saves
 *   the most) and say `minimal: false`.
 */
export function suggestTierMoves(contacts: readonly Contact[], settings: Pick<Settings, "tiers" | "weeklyBudget">, scheduled?: readonly ScheduledContact[]): TierMovePlan {
  const budget = settings.weeklyBudget;
  const load = weeklyLoad(contacts);
  const byTier = new Map<TierDef, Contact[]>();
  let fixedLoad = 0;
  for (const c of contacts) {
    if (c.tier === null || c.cadence === null || c.doNotContact || hasOwnCadence(c)) {
      fixedLoad += contactLoad(c);
      continue;
    }
    const members = byTier.get(c.tier);
    if (members === undefined) byTier.set(c.tier, [c]);
    else members.push(c);
  }
  const plan = (suggestions: TierMove[], minimal: boolean): TierMovePlan => {
    const loadAfter = load - suggestions.reduce((sum, m) => sum + m.loadSaved, 0);
    const moves = suggestions.reduce((sum, m) => sum + m.steps, 0);
    return { load, budget, overBy: Math.max(0, load - budget), suggestions, moves, loadAfter, fixedLoad, withinBudget: loadAfter <= budget + EPSILON, minimal };
  };
  const needed = load - budget;
  if (needed <= EPSILON) return plan([], true);

  const order = lowestPriorityFirst(scheduled);
  const groups: Group[] = [];
  // Farthest tier first, so that ties between tiers go to the lower-priority one.
  const tiers = [...byTier.keys()].sort((a, b) => tierIndex(settings, b) - tierIndex(settings, a));
  for (const tier of tiers) {
    const members = byTier.get(tier) ?? [];
    const cadence = members[0]?.cadence;
    if (cadence != null) groups.push({ ladder: ladderFrom(settings, tier, cadence), members: members.sort(order) });
  }
  const greedy = greedyDepths(groups, needed);
  if (greedy === null) return plan([], true);
  const greedyMoves = greedy.reduce((sum, row) => sum + row.reduce((s, n, j) => s + n * j, 0), 0);
  const work = groups.reduce((sum, g) => sum + Math.min(g.members.length, greedyMoves) * g.ladder.saved.length, 0) * (greedyMoves + 1);
  const exact = work <= EXACT_WORK_LIMIT;
  const counts = (exact ? fewestDepths(groups, needed, greedyMoves) : null) ?? greedy;

  const suggestions: TierMove[] = [];
  groups.forEach((group, g) => {
    // The deepest moves go to the lowest-priority members.
    const depths = (counts[g] ?? []).flatMap((n, j) => Array<number>(n).fill(j)).sort((a, b) => b - a);
    group.members.forEach((contact, i) => {
      const j = depths[i] ?? 0;
      if (j === 0 || contact.tier === null) return;
      const to = group.ladder.tiers[j] ?? null;
      suggestions.push({ path: contact.path, name: contact.name, fromTier: contact.tier.key, toTier: to?.key ?? null, steps: j, loadSaved: group.ladder.saved[j] ?? 0 });
    });
  });
  const position = new Map([...contacts].sort(order).map((c, i) => [c.path, i]));
  suggestions.sort((a, b) => (position.get(a.path) ?? 0) - (position.get(b.path) ?? 0));
  return plan(suggestions, exact);
}
