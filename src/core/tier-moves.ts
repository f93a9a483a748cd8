/**
 * Over budget: the fewest tier moves down the ladder that bring the load within the weekly
 * budget. Pure: the settings and the schedule are always passed in.
 */
import { cadenceDays, type Cadence } from "./cadence";
import type { Contact } from "./contact";
import { contactLoad, LOAD_EPSILON as EPSILON, weeklyLoad } from "./load";
import { comparePriority, type ScheduledContact } from "./schedule";
import type { Settings, TierDef } from "./settings";
import { hasOwnCadence, nextSlowerTier, tierCadence, tierIndex } from "./tiers";

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
export function suggestTierMoves(
  contacts: readonly Contact[],
  settings: Pick<Settings, "tiers" | "weeklyBudget">,
  scheduled?: readonly ScheduledContact[],
): TierMovePlan {
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
    return {
      load,
      budget,
      overBy: Math.max(0, load - budget),
      suggestions,
      moves,
      loadAfter,
      fixedLoad,
      withinBudget: loadAfter <= budget + EPSILON,
      minimal,
    };
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
      suggestions.push({
        path: contact.path,
        name: contact.name,
        fromTier: contact.tier.key,
        toTier: to?.key ?? null,
        steps: j,
        loadSaved: group.ladder.saved[j] ?? 0,
      });
    });
  });
  const position = new Map([...contacts].sort(order).map((c, i) => [c.path, i]));
  suggestions.sort((a, b) => (position.get(a.path) ?? 0) - (position.get(b.path) ?? 0));
  return plan(suggestions, exact);
}
