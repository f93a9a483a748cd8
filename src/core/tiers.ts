/**
 * The tier ladder: which tier a key names, a tier's cadence, the cadence a contact would have with
 * another tier, and the next step down the ladder.
 */
import { cadenceDays, parseCadence, type Cadence } from "./cadence";
import type { Contact } from "./contact";
import type { Settings, TierDef } from "./settings";

const UNTRACKED_TIER_WORDS = new Set(["none", "database"]);

/** Whether a tier value says "no tier, on purpose" (`none`, `database`, in any case): untracked, and no problem. */
export function isUntrackedTierWord(value: string): boolean {
  return UNTRACKED_TIER_WORDS.has(value.trim().toLowerCase());
}

/** Each tier list's keys and aliases, lower-cased (settings replace the list when they change). */
const tierNames = new WeakMap<readonly TierDef[], ReadonlyMap<string, TierDef>>();

/**
 * The tier a key or alias names, ignoring case and surrounding spaces. Where two tiers share a
 * name, the first tier wins, as a search down the list would. The index runs this for every
 * contact, so each tier list's names are gathered once.
 */
export function findTier(tiers: readonly TierDef[], value: string): TierDef | undefined {
  let names = tierNames.get(tiers);
  if (names === undefined) {
    const map = new Map<string, TierDef>();
    for (const t of tiers) for (const name of [t.key, ...t.aliases]) if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), t);
    tierNames.set(tiers, map);
    names = map;
  }
  return names.get(value) ?? names.get(value.trim().toLowerCase());
}

/**
 * The tier a key or alias names (case-insensitive). `null`, `none`, `database` and unknown keys
 * give `null`: untracked, as an unknown tier leaves a contact untracked (and is reported as a problem).
 */
export function resolveTier(settings: Pick<Settings, "tiers">, key: string | null): TierDef | null {
  if (key === null || isUntrackedTierWord(key)) return null;
  return findTier(settings.tiers, key) ?? null;
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
