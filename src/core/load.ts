/**
 * The load: touches a week the cadences demand, one contact's share of it, and what a tier change
 * would make of it against the weekly budget.
 */
import { cadenceDays, describeCadence } from "./cadence";
import type { Contact } from "./contact";
import type { Settings } from "./settings";
import { cadenceWithTier, resolveTier } from "./tiers";
import { count } from "./words";

/** Load comparisons allow for floating-point noise in sums of 7 / cadence. */
export const LOAD_EPSILON = 1e-9;

/** Touches a week one contact adds to the load: 7 / cadence-in-days, none when untracked or do-not-contact. */
export function contactLoad(contact: Pick<Contact, "cadence" | "doNotContact">): number {
  return contact.cadence === null || contact.doNotContact ? 0 : 7 / cadenceDays(contact.cadence);
}

/** Touches a week the cadences demand: every contact's `contactLoad`, added up. */
export function weeklyLoad(contacts: Iterable<Pick<Contact, "cadence" | "doNotContact">>): number {
  let load = 0;
  for (const c of contacts) load += contactLoad(c);
  return load;
}

/** A load to one decimal, as a number (the CLI's JSON). */
export function roundLoad(load: number): number {
  return Math.round(load * 10) / 10;
}

/** The load if the contact at `path` had tier `newTierKey` (a key, an alias, `none`, or `null`). */
export function loadAfterTierChange(
  contacts: readonly Contact[],
  settings: Pick<Settings, "tiers">,
  path: string,
  newTierKey: string | null,
): number {
  let load = weeklyLoad(contacts);
  const contact = contacts.find((c) => c.path === path);
  if (contact === undefined) return load;
  load -= contactLoad(contact);
  load += contactLoad({ cadence: cadenceWithTier(contact, resolveTier(settings, newTierKey)), doNotContact: contact.doNotContact });
  return load;
}

/** Touches a week with one decimal, for messages: "6.0", "6.6". */
export function formatLoad(load: number): string {
  return roundLoad(load).toFixed(1);
}

/** A budget or an amount of touches, one decimal without a trailing ".0": "10", "6.6". */
export function formatAmount(n: number): string {
  const rounded = roundLoad(n);
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * "Your cadences ask for about 7 touches a week; your budget is 6". The load in whole touches, or to
 * one decimal when rounding would hide which side of the budget it is on (6.4 against 6), or below 1.
 */
export function loadSentence(load: number, budget: number): string {
  const whole = Math.round(load);
  const shown = load >= 1 && whole > budget === roundLoad(load) > budget ? whole : roundLoad(load);
  const ask = shown === 0 ? "no touches" : `about ${count(shown, "touch", "touches")}`;
  return `Your cadences ask for ${ask} a week; your budget is ${formatAmount(budget)}`;
}

/**
 * The warning to show before a tier change that raises the load above the budget (or further
 * above it), or `null` when the change is fine.
 */
export function tierChangeWarning(
  contacts: readonly Contact[],
  settings: Pick<Settings, "tiers" | "weeklyBudget">,
  path: string,
  newTierKey: string | null,
): string | null {
  const contact = contacts.find((c) => c.path === path);
  if (contact === undefined) return null;
  const before = weeklyLoad(contacts);
  const after = loadAfterTierChange(contacts, settings, path, newTierKey);
  if (after <= settings.weeklyBudget + LOAD_EPSILON || after <= before + LOAD_EPSILON) return null;
  const tier = resolveTier(settings, newTierKey);
  const cadence = cadenceWithTier(contact, tier);
  const target = tier === null ? "untracked" : `tier ${tier.key}${cadence === null ? "" : ` (${describeCadence(cadence)})`}`;
  return `Moving ${contact.name} to ${target} raises the load to ${formatLoad(after)} touches a week, over the budget of ${formatLoad(settings.weeklyBudget)}.`;
}
