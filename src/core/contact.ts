/**
 * A contact: the pure object the rest of the plugin works with (no `TFile`, no Obsidian), the
 * lazy form the index builds (tags read on first use), and how two contacts compare.
 * `buildContact` (build-contact.ts) makes one from a note's parts.
 */
import type { Cadence } from "./cadence";
import type { FieldKey } from "./contact-fields";
import type { IsoDate } from "./dates";
import { sameData } from "./equal";
import type { KeyDateSource } from "./key-dates";
import type { LatestEntry, LogEntry } from "./log";
import type { LogFacts } from "./log-facts";
import type { TierDef } from "./settings";
import { normaliseTag } from "./tags";

export interface Problem {
  path: string;
  /** The field concerned: a `FieldKey`, a key date's key as written, `frontmatter` for the block as a whole, or `file` for a note that could not be read at all. */
  field: string;
  /** A whole sentence that names the file, the field and what was expected. */
  message: string;
  /**
   * The 0-based line of the note the problem is on (the field's key, or the frontmatter's first
   * line), where it was read from the note's text; absent where only the parsed values were at hand.
   */
  line?: number;
}

export interface Contact {
  path: string;
  name: string;
  /** The tier, or `null` for none (no tier, `tier: none`/`database`, or an unknown tier). */
  tier: TierDef | null;
  /** Index of the tier in the settings, for ordering; `tiers.length` without a tier. */
  tierRank: number;
  /** The cadence in force (the note's own, else the tier's), or `null`: untracked. */
  cadence: Cadence | null;
  /** True when the note sets its own readable cadence (or `never`), overriding the tier's. */
  ownCadence: boolean;
  /** `last-touch` as written in the frontmatter (a valid date), before the log is considered. */
  lastTouchField: IsoDate | null;
  snoozeUntil: IsoDate | null;
  doNotContact: boolean;
  /** The date do-not-contact was set, when it was written as a date. */
  doNotContactSince: IsoDate | null;
  noRefer: boolean;
  noReferSince: IsoDate | null;
  /** `ignore-mentions: true`: links from dated notes are never touches for this person. */
  ignoreMentions: boolean;
  /** `paused: true` (or `prm-paused`): untracked for now, and shown as paused. */
  paused: boolean;
  /** All tags of the note, lower-cased, without `#`. */
  tags: string[];
  /**
   * The log without its words: each entry's day, line, type and reciprocity tags. The entries
   * themselves (summaries) are read from the note when shown (`ContactIndexReader.logEntries`).
   */
  logFacts: LogFacts;
  /** The log's latest entry by date, then line (one dated after today included): what the schedule needs. */
  lastLogged: LatestEntry | null;
  /** Problems found in the note itself (date-dependent ones come from the schedule). */
  problems: Problem[];
  /** The spelling each field has in this note, so a write goes to the key the note already uses. */
  keys: Partial<Record<FieldKey, string>>;
  /** False when the frontmatter is not valid YAML: such a note is never written to. */
  writable: boolean;
  /** Birthdays, other yearly dates and reminders, as the note gives them. */
  keyDates: KeyDateSource[];
}

export interface ContactSource {
  path: string;
  /** Parsed frontmatter (`{}` when the note has none); ignored when `frontmatterError` is set. */
  frontmatter: Readonly<Record<string, unknown>> | null | undefined;
  /** Why the frontmatter could not be read (invalid YAML, a `---js` block, …). */
  frontmatterError?: string;
  /** Tags from frontmatter and body, with or without `#`; or where to collect them when first asked. */
  tags?: readonly string[] | TagSource;
  /** The log's entries, or their facts when the entries are not kept (the index). */
  log?: readonly LogEntry[] | LogFacts;
}

/** Where a contact's tags are collected from when first asked for. */
export interface TagSource {
  readTags(): readonly string[];
}

export function isTagSource(tags: readonly string[] | TagSource): tags is TagSource {
  return !Array.isArray(tags);
}

/** The basename of a path without its `.md` extension. */
export function basename(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.length > 3 && file.slice(-3).toLowerCase() === ".md" ? file.slice(0, -3) : file;
}

/** Everything of a contact but what the index reads on first use. */
export type ContactFields = Omit<Contact, "tags">;

/**
 * A contact whose tags are read when first asked for (the index builds these: the panel's tag
 * filter is the only reader). Compare such contacts with `sameContact`, which reads them through.
 */
export class LazyContact implements Contact {
  path: string;
  name: string;
  tier: TierDef | null;
  tierRank: number;
  cadence: Cadence | null;
  ownCadence: boolean;
  lastTouchField: IsoDate | null;
  snoozeUntil: IsoDate | null;
  doNotContact: boolean;
  doNotContactSince: IsoDate | null;
  noRefer: boolean;
  noReferSince: IsoDate | null;
  ignoreMentions: boolean;
  paused: boolean;
  logFacts: LogFacts;
  lastLogged: LatestEntry | null;
  problems: Problem[];
  keys: Partial<Record<FieldKey, string>>;
  writable: boolean;
  keyDates: KeyDateSource[];
  private tagSource: readonly string[] | TagSource | null;
  private tagList: string[] | null = null;

  constructor(fields: ContactFields, tags: readonly string[] | TagSource) {
    this.path = fields.path;
    this.name = fields.name;
    this.tier = fields.tier;
    this.tierRank = fields.tierRank;
    this.cadence = fields.cadence;
    this.ownCadence = fields.ownCadence;
    this.lastTouchField = fields.lastTouchField;
    this.snoozeUntil = fields.snoozeUntil;
    this.doNotContact = fields.doNotContact;
    this.doNotContactSince = fields.doNotContactSince;
    this.noRefer = fields.noRefer;
    this.noReferSince = fields.noReferSince;
    this.ignoreMentions = fields.ignoreMentions;
    this.paused = fields.paused;
    this.logFacts = fields.logFacts;
    this.lastLogged = fields.lastLogged;
    this.problems = fields.problems;
    this.keys = fields.keys;
    this.writable = fields.writable;
    this.keyDates = fields.keyDates;
    this.tagSource = tags;
  }

  get tags(): string[] {
    if (this.tagList === null) {
      const tags = this.tagSource ?? [];
      this.tagList = normaliseTags(isTagSource(tags) ? tags.readTags() : tags);
      this.tagSource = null;
    }
    return this.tagList;
  }
}

/** The fields of a contact, each compared by value (`log` and `tags` read through). */
const CONTACT_FIELDS = {
  path: true,
  name: true,
  tier: true,
  tierRank: true,
  cadence: true,
  ownCadence: true,
  lastTouchField: true,
  snoozeUntil: true,
  doNotContact: true,
  doNotContactSince: true,
  noRefer: true,
  noReferSince: true,
  ignoreMentions: true,
  paused: true,
  tags: true,
  logFacts: true,
  lastLogged: true,
  problems: true,
  keys: true,
  writable: true,
  keyDates: true,
} satisfies Record<keyof Contact, true>;

/** Are two contacts the same, field by field? */
export function sameContact(a: Contact, b: Contact): boolean {
  for (const key of Object.keys(CONTACT_FIELDS) as (keyof Contact)[]) {
    if (key === "logFacts" ? !a.logFacts.equals(b.logFacts) : !sameData(a[key], b[key])) return false;
  }
  return true;
}

/** Tags lower-cased, without `#`, each once (a set: a note may hold a hundred thousand tags). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const t of tags) {
    const clean = normaliseTag(t);
    if (clean !== "") seen.add(clean);
  }
  return [...seen];
}
