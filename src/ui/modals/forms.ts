/**
 * What the modals check before they write, as pure functions: an error blocks the submit, a
 * warning only informs. Kept apart from the modals so each rule is tested on its own.
 */
import type { Contact } from "../../core/contact";
import { isIsoDate, type IsoDate } from "../../core/dates";
import { fold } from "../../lib/text-match";

export interface Check {
  error?: string;
  warning?: string;
}

export function checkLogDate(date: string, today: IsoDate): Check {
  const d = date.trim();
  if (!isIsoDate(d)) return { error: "Enter a date as YYYY-MM-DD." };
  if (d > today) return { warning: "A date after today does not count as a touch until that day." };
  return {};
}

export function checkSnoozeDate(date: string, today: IsoDate): Check {
  const d = date.trim();
  if (!isIsoDate(d)) return { error: "Enter a date as YYYY-MM-DD." };
  if (d <= today) return { error: "Pick a date after today: snoozing ends on the chosen day." };
  return {};
}

export function checkNewContactName(name: string, contacts: readonly Contact[]): Check {
  const wanted = fold(name.trim());
  if (wanted === "") return { error: "Enter a name." };
  const same = contacts.find((c) => fold(c.name) === wanted);
  return same === undefined ? {} : { warning: `A contact named ${same.name} already exists (${same.path}).` };
}

/** The tier a new contact gets unless the user picks another: the loosest cadence, the last tier. */
export function defaultNewTier<T extends { key: string }>(tiers: readonly T[]): string | null {
  return tiers[tiers.length - 1]?.key ?? null;
}
