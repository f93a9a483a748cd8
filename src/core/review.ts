/**
 * The network review, meant for every six months: who has slipped far behind, who was
 * never contacted, which dormant ties are worth reviving, and whose tier no longer matches how
 * often you actually talk. Every item offers one change, a tier move or a snooze, never a deletion.
 */
import { cadenceDays, describeCadence } from "./cadence";
import type { Contact } from "./contact";
import { addMonths, daysBetween, toEpochDay, type IsoDate } from "./dates";
import { hasOwnCadence, nextSlowerTier, tierCadence } from "./tiers";
import { comparePriority, type ScheduledContact } from "./schedule";
import type { Settings, TierDef } from "./settings";

/** The one change a review item offers. */
export type ReviewProposal =
  /** Set `tier` to this key. */
  | { kind: "tier"; toTier: string }
  /** Set `snooze-until` to this date. */
  | { kind: "snooze"; until: IsoDate };

export interface ReviewItem {
  path: string;
  name: string;
  /** The contact's tier key, or `null` without one. */
  tier: string | null;
  /** Why the person is on the list, e.g. "412 days overdue, more than twice the 3m cadence". */
  reason: string;
  proposal: ReviewProposal;
}

export interface TierDriftItem extends ReviewItem {
  /** The mean number of days between touches (see `meanTouchInterval`). */
  meanInterval: number;
  /** The tier's cadence in days. */
  cadenceDays: number;
  /** `closer`: touched much more often than the tier says; `farther`: much less often. */
  direction: "closer" | "farther";
}

export interface NetworkReview {
  /** Overdue by more than twice their cadence; most overdue (relative to the cadence) first. */
  longOverdue: ReviewItem[];
  /** Tracked, not snoozed, never touched; by tier, then name. */
  neverContacted: ReviewItem[];
  /** Untracked, last touched three or more years ago; most recently touched first. */
  reconnect: ReviewItem[];
  /** Tier drift; the strongest drift first. */
  tierDrift: TierDriftItem[];
}

/** Overdue by more than this many cadences is "long overdue". */
export const LONG_OVERDUE_CADENCES = 2;
/** Untracked and not touched for this many years: a dormant tie. */
export const DORMANT_YEARS = 3;
/** Tier drift: the actual interval is under 1/2 or over 2 times the tier's cadence. */
export const DRIFT_FACTOR = 2;
/** Snoozes the review offers last this many months. */
export const REVIEW_SNOOZE_MONTHS = 1;

/** Whole years from `earlier` to `later` (2022-11-27 → 2026-11-26 is 3). */
function wholeYears(earlier: IsoDate, later: IsoDate): number {
  const years = Number(later.slice(0, 4)) - Number(earlier.slice(0, 4));
  return later.slice(5) < earlier.slice(5) ? years - 1 : years;
}

function cadenceText(tier: TierDef): string {
  const c = tierCadence(tier);
  return c === null ? `tier ${tier.key}` : `tier ${tier.key} (${describeCadence(c)})`;
}

/** A proposal in words, for a button or the CLI: "Move to tier C (every 6m)", "Snooze until 2026-12-26". */
export function describeProposal(proposal: ReviewProposal, settings: Pick<Settings, "tiers">): string {
  if (proposal.kind === "snooze") return `Snooze until ${proposal.until}`;
  const tier = settings.tiers.find((t) => t.key === proposal.toTier);
  return `Move to ${tier === undefined ? `tier ${proposal.toTier}` : cadenceText(tier)}`;
}

/**
 * Mean days between touches, from the distinct days of the log entries up to today and the
 * effective last touch: (last − first) / (touches − 1). When the silence since the last touch is
 * already longer than that, it counts as one more interval: (today − first) / touches. `null`
 * with fewer than two dated log entries.
 */
export function meanTouchInterval(s: ScheduledContact, today: IsoDate): number | null {
  const facts = s.contact.logFacts;
  const upTo = toEpochDay(today);
  const logDays = new Set<IsoDate>();
  for (let i = 0; i < facts.size; i++) if (facts.day(i) <= upTo) logDays.add(facts.date(i));
  if (logDays.size < 2) return null;
  const days = [...new Set([...logDays, ...(s.lastTouch === null ? [] : [s.lastTouch])])].sort();
  const first = days[0] ?? today;
  const last = days[days.length - 1] ?? today;
  const closed = daysBetween(first, last) / (days.length - 1);
  return daysBetween(last, today) > closed ? daysBetween(first, today) / days.length : closed;
}

/** The tier on one side of `fromDays` whose cadence is nearest (by ratio) to `meanDays`. */
function nearestTier(
  settings: Pick<Settings, "tiers">,
  fromDays: number,
  meanDays: number,
  direction: "closer" | "farther",
): TierDef | null {
  let best: { tier: TierDef; distance: number } | null = null;
  for (const tier of settings.tiers) {
    const c = tierCadence(tier);
    if (c === null) continue;
    const days = cadenceDays(c);
    if (direction === "closer" ? days >= fromDays : days <= fromDays) continue;
    const distance = Math.abs(Math.log(days / meanDays));
    if (best === null || distance < best.distance) best = { tier, distance };
  }
  return best?.tier ?? null;
}

/** Whether a tier move would change this contact's cadence: tiered, without a cadence of its own. */
function followsTier(c: Contact): c is Contact & { tier: TierDef } {
  return c.tier !== null && !hasOwnCadence(c);
}

function item(s: ScheduledContact, reason: string, proposal: ReviewProposal): ReviewItem {
  return { path: s.contact.path, name: s.contact.name, tier: s.contact.tier?.key ?? null, reason, proposal };
}

/**
 * The review. Do-not-contact people are in none of the lists. Proposals:
 * - long overdue: the next slower tier (see `nextSlowerTier`); a snooze of a month when there is
 *   none (the last tier, or a cadence of the note's own): recency alone never makes anyone untracked;
 * - never contacted: a snooze of a month, to plan the first touch;
 * - reconnect (untracked people whose last touch is `DORMANT_YEARS` or more ago; never-touched
 *   people are not ties, and `cadence: never` is a choice, so both are left out): the slowest tier;
 * - tier drift (tiered contacts without their own cadence, with two or more dated log entries, not
 *   already long overdue): when the mean interval is under half the tier's cadence, the closer tier
 *   nearest to it; over twice, the farther tier nearest to it (none is offered beyond the ends).
 * `scheduled` must be scheduled against the same `today`.
 */
export function networkReview(scheduled: readonly ScheduledContact[], settings: Pick<Settings, "tiers">, today: IsoDate): NetworkReview {
  const snooze: ReviewProposal = { kind: "snooze", until: addMonths(today, REVIEW_SNOOZE_MONTHS) };
  const sorted = [...scheduled].filter((s) => !s.contact.doNotContact).sort(comparePriority);

  const longOverdue: ReviewItem[] = [];
  for (const s of sorted) {
    const { contact: c, daysOverdue } = s;
    if (s.status !== "overdue" || c.cadence === null || daysOverdue === null) continue;
    if (daysOverdue <= LONG_OVERDUE_CADENCES * cadenceDays(c.cadence)) continue;
    const next = followsTier(c) ? nextSlowerTier(settings, c.tier, cadenceDays(c.cadence)) : null;
    const reason = `${daysOverdue} days overdue, more than twice the cadence (${describeCadence(c.cadence)})`;
    longOverdue.push(item(s, reason, next === null ? snooze : { kind: "tier", toTier: next.key }));
  }

  const neverContacted = sorted
    .filter((s) => s.status === "new")
    .map((s) => item(s, s.contact.tier === null ? "Never contacted" : `Never contacted since added to tier ${s.contact.tier.key}`, snooze));

  const slowest = settings.tiers.reduce<{ tier: TierDef; days: number } | null>((best, tier) => {
    const c = tierCadence(tier);
    return c !== null && (best === null || cadenceDays(c) > best.days) ? { tier, days: cadenceDays(c) } : best;
  }, null);
  const dormantBefore = addMonths(today, -12 * DORMANT_YEARS);
  const reconnect =
    slowest === null
      ? []
      : sorted
          .filter((s) => s.status === "untracked" && !hasOwnCadence(s.contact) && s.lastTouch !== null && s.lastTouch <= dormantBefore)
          .sort((a, b) => (b.lastTouch ?? "").localeCompare(a.lastTouch ?? "") || a.contact.name.localeCompare(b.contact.name))
          .map((s) => {
            const last = s.lastTouch ?? today;
            return item(s, `Last touch ${last}, ${wholeYears(last, today)} years ago: a dormant tie`, {
              kind: "tier",
              toTier: slowest.tier.key,
            });
          });

  const longOverduePaths = new Set(longOverdue.map((i) => i.path));
  const drift: { item: TierDriftItem; strength: number }[] = [];
  for (const s of sorted) {
    const c = s.contact;
    if (c.cadence === null || !followsTier(c) || longOverduePaths.has(c.path)) continue;
    const mean = meanTouchInterval(s, today);
    if (mean === null || mean <= 0) continue;
    const days = cadenceDays(c.cadence);
    const ratio = mean / days;
    const direction = ratio < 1 / DRIFT_FACTOR ? "closer" : ratio > DRIFT_FACTOR ? "farther" : null;
    if (direction === null) continue;
    const to = nearestTier(settings, days, mean, direction);
    if (to === null) continue;
    const reason = `Touched about every ${Math.round(mean)} days; tier ${c.tier.key} is ${describeCadence(c.cadence)}`;
    const base = item(s, reason, { kind: "tier", toTier: to.key });
    drift.push({ item: { ...base, meanInterval: mean, cadenceDays: days, direction }, strength: Math.abs(Math.log(ratio)) });
  }
  const tierDrift = drift.sort((a, b) => b.strength - a.strength).map((d) => d.item);

  return { longOverdue, neverContacted, reconnect, tierDrift };
}
