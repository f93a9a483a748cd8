/**
 * Who uses a tier, before it is deleted: a contact whose tier goes becomes a problem (unknown tier)
 * and untracked, so deleting a tier in use asks first, naming how many people it affects.
 */
import type { Contact } from "./contact";
import type { TierDef } from "./settings";

/** The contacts whose tier (by its key or one of its aliases) is `tier`. */
export function contactsUsingTier(contacts: readonly Contact[], tier: Pick<TierDef, "key">): number {
  const key = tier.key.trim().toLowerCase();
  let n = 0;
  for (const c of contacts) if (c.tier !== null && c.tier.key.trim().toLowerCase() === key) n++;
  return n;
}

/** The question to ask before deleting a tier, or `null` when nobody uses it (delete at once). */
export function tierDeleteQuestion(tier: Pick<TierDef, "key" | "label">, count: number): string | null {
  if (count === 0) return null;
  const who = count === 1 ? "1 contact uses" : `${count} contacts use`;
  return `${who} tier ${tier.key} (${tier.label}). They become untracked, and each is listed under problems with an unknown tier until you give them another tier or add the tier back.`;
}
