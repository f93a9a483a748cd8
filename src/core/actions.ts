/**
 * The edits behind the plugin's and the CLI's actions, composed from the two surgical edits in
 * `edits.ts`. Each takes the note's text and returns the new text (or why not), leaving every
 * other byte untouched; the adapter runs it inside one atomic read-modify-write.
 */
import { buildContact } from "./build-contact";
import { fieldSpellings } from "./contact-fields";
import type { Contact } from "./contact";
import { isIsoDate, type IsoDate } from "./dates";
import { appendLogEntry, setFrontmatterValue, type EditResult } from "./edits";
import { formatLogEntry } from "./log";
import { readNote } from "./note";
import type { Settings } from "./settings";

export interface LogInteraction {
  entry: { date: IsoDate; type: string | null; summary: string };
  today: IsoDate;
  settings: Pick<Settings, "logHeading" | "tiers">;
}

export type FlagField = "do-not-contact" | "no-refer";

const ONE_WORD = /^[\p{L}\p{N}_-]+$/u;

function fail(error: string): EditResult {
  return { ok: false, error };
}

/** The note's frontmatter fields as the plugin reads them, or why they cannot be read. */
function readFields(text: string, settings: Pick<Settings, "tiers"> = { tiers: [] }): Contact | string {
  const note = readNote(text);
  if (note.frontmatterError !== undefined) return note.frontmatterError;
  return buildContact({ path: "", frontmatter: note.frontmatter }, settings);
}

/**
 * Why reaching out to this contact must not be recorded, or `null` when it may: they asked not to be
 * contacted and the user has not confirmed. The plugin and the CLI check it on the very text they
 * are about to write, since the note may have been flagged after it was last read.
 */
export function outreachRefusal(contact: Pick<Contact, "name" | "doNotContact" | "doNotContactSince">, confirmed: boolean): string | null {
  return !contact.doNotContact || confirmed ? null : askedNotToBeContacted(contact);
}

/** "Ann Lee asked not to be contacted (since 2026-01-05)": the since only when the note dates it. */
export function askedNotToBeContacted(contact: Pick<Contact, "name" | "doNotContactSince">): string {
  return `${contact.name} asked not to be contacted${contact.doNotContactSince === null ? "" : ` (since ${contact.doNotContactSince})`}`;
}

function notADate(what: string, value: string): string {
  return `${what} "${value}" is not a date (expected YYYY-MM-DD)`;
}

/**
 * Moves `last-touch` to `date` when that is not after today and newer than the note's value. A value
 * after today is a typo the schedule ignores, so it counts as none here too: touching the contact
 * replaces it, and marking someone touched today always leaves `last-touch` saying today.
 */
function touch(text: string, contact: Contact, date: IsoDate, today: IsoDate): EditResult {
  const field = contact.lastTouchField;
  const current = field !== null && field > today ? null : field;
  if (date > today || (current !== null && date <= current)) return { ok: true, text, changed: false };
  return setFrontmatterValue(text, { spellings: fieldSpellings("last-touch"), value: date });
}

/**
 * Appends the entry to the log section (creating `## Log` when there is none) and moves
 * `last-touch` forward when the entry is newer and not after today.
 */
export function logInteraction(text: string, change: LogInteraction): EditResult {
  const { entry, today, settings } = change;
  if (!isIsoDate(entry.date)) return fail(notADate("the entry's date", entry.date));
  if (!isIsoDate(today)) return fail(notADate("today", today));
  if (entry.type !== null && entry.type !== "" && !ONE_WORD.test(entry.type))
    return fail(`the interaction type "${entry.type}" must be one word`);
  const contact = readFields(text, settings);
  if (typeof contact === "string") return fail(contact);
  const appended = appendLogEntry(text, { heading: settings.logHeading, line: formatLogEntry(entry) });
  if (!appended.ok) return appended;
  const touched = touch(appended.text, contact, entry.date, today);
  if (!touched.ok) return touched;
  return { ok: true, text: touched.text, changed: true };
}

/** Sets `last-touch` to today unless it already says today (no log line); a value after today is replaced. */
export function markTouched(text: string, change: { today: IsoDate }): EditResult {
  if (!isIsoDate(change.today)) return fail(notADate("today", change.today));
  const contact = readFields(text);
  if (typeof contact === "string") return fail(contact);
  return touch(text, contact, change.today, change.today);
}

/** Sets `snooze-until`; `null` removes it (no longer snoozed). */
export function snooze(text: string, change: { until: IsoDate | null }): EditResult {
  if (change.until !== null && !isIsoDate(change.until)) return fail(notADate("snooze until", change.until));
  return setFrontmatterValue(text, { spellings: fieldSpellings("snooze-until"), value: change.until });
}

/**
 * Sets a flag by writing today's date (`do-not-contact: 2026-11-26`, so the note says since when),
 * or clears it by writing `false`. A flag that already reads as asked is left as it is, so setting
 * it twice keeps the first date.
 */
export function setFlag(text: string, change: { field: FlagField; on: boolean; today: IsoDate }): EditResult {
  if (change.on && !isIsoDate(change.today)) return fail(notADate("today", change.today));
  const contact = readFields(text);
  if (typeof contact === "string") return fail(contact);
  const isOn = change.field === "do-not-contact" ? contact.doNotContact : contact.noRefer;
  const flagProblem = contact.problems.some((p) => p.field === change.field);
  // An unreadable flag counts as set when reading; writing one replaces it with a clean value.
  if (isOn === change.on && !flagProblem) return { ok: true, text, changed: false };
  return setFrontmatterValue(text, { spellings: fieldSpellings(change.field), value: change.on ? change.today : false });
}

/** Sets `tier` to a tier's key; `null` removes the key (what taking back a first tier needs). */
export function setTier(text: string, change: { tierKey: string | null }): EditResult {
  if (change.tierKey === null) return setFrontmatterValue(text, { spellings: fieldSpellings("tier"), value: null });
  const tierKey = change.tierKey.trim();
  if (tierKey === "" || /[\r\n]/.test(tierKey)) return fail("a tier key cannot be empty");
  return setFrontmatterValue(text, { spellings: fieldSpellings("tier"), value: tierKey });
}
