/**
 * The vault's contacts scheduled against a date, with every problem: what `due`, `check` and
 * `stats` all start from.
 */
import type { Problem } from "../core/contact";
import type { IsoDate } from "../core/dates";
import { scheduleContact, weeklyLoad, type ScheduledContact } from "../core/schedule";
import type { Vault } from "./vault";

export interface VaultSchedule {
  today: IsoDate;
  /** Every contact, sorted by path. */
  scheduled: ScheduledContact[];
  /** The notes' own problems and the date-dependent ones, by path. */
  problems: Problem[];
  /** Touches a week the cadences demand. */
  load: number;
}

export function scheduleVault(vault: Vault, today: IsoDate): VaultSchedule {
  const scheduled = vault.contacts.map((c) => scheduleContact(c, today, vault.settings.soonDays));
  // Notes that could not be read come in path order with the contacts' own problems.
  const problems = [...vault.problems, ...scheduled.flatMap((s) => [...s.contact.problems, ...s.problems])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { today, scheduled, problems, load: weeklyLoad(vault.contacts) };
}

/** One decimal, as the JSON and the screen show it. */
export function roundLoad(load: number): number {
  return Math.round(load * 10) / 10;
}
