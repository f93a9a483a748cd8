/**
 * The vault's contacts scheduled against a date, with every problem: what `due`, `check` and
 * `stats` all start from.
 */
import type { Problem } from "../core/contact";
import type { IsoDate } from "../core/dates";
import { comingUp, type KeyDate } from "../core/key-dates";
import { weeklyLoad } from "../core/load";
import { scheduleContact, type ScheduledContact } from "../core/schedule";
import type { Vault } from "./vault";

export interface VaultSchedule {
  today: IsoDate;
  /** Every contact, sorted by path. */
  scheduled: ScheduledContact[];
  /** The notes' own problems and the date-dependent ones, by path. */
  problems: Problem[];
  /** Touches a week the cadences demand. */
  load: number;
  /** Birthdays, other yearly dates and reminders within `keyDateDays`, soonest first. */
  keyDates: KeyDate[];
}

export function scheduleVault(vault: Vault, today: IsoDate): VaultSchedule {
  const scheduled = vault.contacts.map((c) => scheduleContact(c, today, vault.settings.soonDays));
  // Notes that could not be read come in path order with the contacts' own problems.
  const problems = [...vault.problems, ...scheduled.flatMap((s) => [...s.contact.problems, ...s.problems])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { today, scheduled, problems, load: weeklyLoad(vault.contacts), keyDates: comingUp(vault.contacts, today, vault.settings.keyDateDays) };
}
