/**
 * The vault's contacts scheduled against a date, with every problem: what `due`, `check` and
 * `stats` all start from.
 */
import type { Problem } from "../core/contact";
import type { IsoDate } from "../core/dates";
import { comingUp, type KeyDate } from "../core/key-dates";
import { weeklyLoad } from "../core/load";
import { scheduleContact, type ScheduledContact } from "../core/schedule";
import type { MentionSource } from "../core/touches";
import type { MentionDays } from "../core/week-plan";
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
  /** Days on which dated notes mention a contact (for this week's touches); absent when mentions are off. */
  mentionDays?: MentionDays;
  /** Every mention by contact (for the touches a week `stats` draws); absent when mentions are off. */
  mentions?: MentionSource;
}

export function scheduleVault(vault: Vault, today: IsoDate): VaultSchedule {
  const mentions = vault.settings.countMentions ? vault.touches.index : null;
  const scheduled = vault.contacts.map((c) =>
    scheduleContact(c, today, vault.settings.soonDays, mentions?.latestMention(c.path, today) ?? null),
  );
  // Notes that could not be read come in path order with the contacts' own problems.
  const problems = [...vault.problems, ...scheduled.flatMap((s) => [...s.contact.problems, ...s.problems])].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const load = weeklyLoad(vault.contacts);
  const keyDates = comingUp(vault.contacts, today, vault.settings.keyDateDays);
  if (mentions === null) return { today, scheduled, problems, load, keyDates };
  return { today, scheduled, problems, load, keyDates, mentionDays: (path, from, to) => mentions.mentionDays(path, from, to), mentions };
}
