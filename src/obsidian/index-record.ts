/**
 * What the index keeps per contact note: the contact, and what it was built from. The record is
 * also where the contact reads its log entries and tags on first use: at build time only the
 * log's latest entry is read (all the schedule needs). One object per contact, so a build over
 * thousands of notes leaves little for the garbage collector.
 */
import type { CachedMetadata } from "obsidian";
import { buildContact } from "../core/build-contact";
import { sameContact, type Contact, type LazyLog, type TagSource } from "../core/contact";
import {
  frontmatterLineCount,
  latestLogEntryAt,
  logEntriesAt,
  splitLines,
  type ItemPosition,
  type LatestEntry,
  type LogEntry,
} from "../core/log";
import { logDaysAt } from "../core/log-days";
import { readNote } from "../core/note";
import type { Settings } from "../core/settings";
import { undecodableTextReason } from "../core/text-check";
import { frontmatterUnread, logItems, tagsFromCache, type ContactMatcher, type Membership } from "./cache-reading";
import { isContact } from "../core/membership";

/** What a record is made from. */
export interface RecordParts {
  path: string;
  /** The metadata cache of the note (its tags are read from it on first use). */
  cache: CachedMetadata | null;
  frontmatter: Readonly<Record<string, unknown>>;
  frontmatterError: string | undefined;
  /** The text the log is read from (`undefined` when the log section has no items), and its items. */
  text: string | undefined;
  items: readonly ItemPosition[];
  /** The interaction types the log is read with. */
  types: readonly string[];
  /** What the log's reading depends on besides the text (see `logSettingsKey`). */
  logSettings: string;
  settings: Pick<Settings, "tiers">;
  /** Already known (a renamed note keeps its log and tags): not worked out again. */
  latest?: LatestEntry | null;
  tags?: readonly string[];
}

export class IndexRecord implements LazyLog, TagSource {
  contact: Contact;
  readonly latest: LatestEntry | null;
  readonly path: string;
  readonly cache: CachedMetadata | null;
  readonly frontmatter: Readonly<Record<string, unknown>>;
  readonly frontmatterError: string | undefined;
  readonly text: string | undefined;
  readonly items: readonly ItemPosition[];
  readonly types: readonly string[];
  readonly logSettings: string;

  constructor(parts: RecordParts) {
    const { path, frontmatter, frontmatterError, text, items } = parts;
    this.path = path;
    this.cache = parts.cache;
    this.frontmatter = frontmatter;
    this.frontmatterError = frontmatterError;
    this.text = text;
    this.items = items;
    this.types = parts.types;
    this.logSettings = parts.logSettings;
    this.latest = parts.latest !== undefined ? parts.latest : text === undefined ? null : latestLogEntryAt(text, items);
    this.contact = buildContact({ path, frontmatter, frontmatterError, tags: parts.tags ?? this, log: this }, parts.settings);
  }

  /**
   * Built from the cache alone, its text still to be read: a log whose entries may hold a date
   * newer than `last-touch`, or frontmatter the cache could not parse (the text says why).
   */
  get awaitingText(): boolean {
    return this.text === undefined && this.cache !== null && (this.items.length > 0 || frontmatterUnread(this.cache));
  }

  read(): LogEntry[] {
    return this.text === undefined ? [] : logEntriesAt(this.text, this.items, this.types);
  }

  readDays(): number[] {
    return this.text === undefined ? [] : logDaysAt(this.text, this.items);
  }

  readTags(): string[] {
    return this.cache === null ? [] : tagsFromCache(this.cache);
  }
}

/** The record of a contact note from its cache, and its text when the log or invalid YAML needs it. */
export function recordFromText(
  path: string,
  cache: CachedMetadata,
  text: string | undefined,
  items: readonly ItemPosition[],
  settings: Settings,
): IndexRecord {
  // Text Obsidian could not decode is never written, so it is a problem; what it would say is not read.
  const undecodable = text === undefined ? null : undecodableTextReason(text);
  if (undecodable !== null) return failedRecord(path, undecodable, settings);
  try {
    let frontmatterError: string | undefined;
    let frontmatter: Readonly<Record<string, unknown>> = cache.frontmatter ?? {};
    if (text !== undefined && cache.frontmatter === undefined && frontmatterLineCount(splitLines(text.replace(/^\uFEFF/, ""))) > 0) {
      // Obsidian drops frontmatter it cannot parse; the text tells us why.
      const note = readNote(text);
      frontmatterError = note.frontmatterError;
      frontmatter = note.frontmatter;
    }
    return new IndexRecord({
      path,
      cache,
      frontmatter,
      frontmatterError,
      text,
      items,
      types: settings.interactionTypes,
      logSettings: logSettingsKey(settings),
      settings,
    });
  } catch (error) {
    // One note must never stop the index: whatever broke becomes that note's problem.
    return failedRecord(path, describeFailure(error), settings);
  }
}

/**
 * One note at build time: its record, or `null` when it is not a contact. The record comes from
 * the frontmatter and the cache alone (its log's dates wait for the text: see `awaitingText`),
 * unless the previous record (looked up for contacts only) was read from the same cache, whose
 * text is then read again in memory. Never throws: one note never stops a build, a failure
 * becomes its problem.
 */
export function buildStep(
  path: string,
  cache: CachedMetadata,
  isContact: ContactMatcher,
  settings: Settings,
  previousOf?: (path: string) => IndexRecord | undefined,
): IndexRecord | null {
  try {
    if (!isContact(path, cache)) return null;
    const items = logItems(cache, settings.logHeading);
    const previous = previousOf?.(path);
    const text = previous !== undefined && previous.cache === cache ? previous.text : undefined;
    return recordFromText(path, cache, text, items, settings);
  } catch (error) {
    return failedRecord(path, describeFailure(error), settings);
  }
}

/** Runs one note's step; a failure goes to `onFailure` with its reason, so one note never breaks the index. */
export function guarded<T>(work: () => T, onFailure: (reason: string) => T): T {
  try {
    return work();
  } catch (error) {
    return onFailure(describeFailure(error));
  }
}

/** Why reading one note failed, as the end of a problem's sentence. */
export function describeFailure(error: unknown): string {
  const why = error instanceof RangeError ? "too large or nested too deeply" : error instanceof Error ? error.message : String(error);
  return `the note could not be read (${why})`;
}

/** A note the index could not read: listed, never written, with one problem that says why. */
export function failedRecord(path: string, reason: string, settings: Settings): IndexRecord {
  const record = new IndexRecord({
    path,
    cache: null,
    frontmatter: {},
    frontmatterError: reason,
    text: undefined,
    items: [],
    types: settings.interactionTypes,
    logSettings: logSettingsKey(settings),
    settings,
    latest: null,
    tags: [],
  });
  record.contact.problems.splice(0, record.contact.problems.length, { path, field: "file", message: `${path}: ${reason}` });
  return record;
}

const logSettingsKeys = new WeakMap<object, string>();

/** What a log's reading depends on besides the text: the heading and the interaction types. */
function logSettingsKey(settings: Pick<Settings, "logHeading" | "interactionTypes">): string {
  let key = logSettingsKeys.get(settings);
  if (key === undefined) {
    key = `${settings.logHeading}\n${settings.interactionTypes.join("\n")}`;
    logSettingsKeys.set(settings, key);
  }
  return key;
}

/**
 * Do two records hold the same contact? The same text read with the same log settings gives the
 * same log, so then the log is not read to compare; otherwise everything is compared.
 */
export function sameRecord(a: IndexRecord, b: IndexRecord | undefined): boolean {
  if (b === undefined) return false;
  return sameContact(a.contact, b.contact, a.text !== b.text || a.logSettings !== b.logSettings);
}

/**
 * The record of a contact note moved to `path`, or `null` when it is no longer a contact there.
 * Same text as before the move: the log and the frontmatter verdict are reused, no read needed.
 * Not in the cache yet: its last known frontmatter and tags decide, and a daily note never is one.
 */
export function movedRecord(
  previous: IndexRecord,
  path: string,
  cache: CachedMetadata | null,
  settings: Settings,
  membership: Membership,
  daily: boolean,
): IndexRecord | null {
  const tags = cache === null ? previous.contact.tags : tagsFromCache(cache);
  const member =
    cache === null
      ? !daily && isContact(path, { frontmatter: previous.frontmatter, inlineTags: tags }, membership.rules)
      : membership.match(path, cache);
  if (!member) return null;
  const frontmatter = cache?.frontmatter ?? previous.frontmatter;
  const { frontmatterError, text, items, types, logSettings, latest } = previous;
  return new IndexRecord({ path, cache, frontmatter, frontmatterError, text, items, types, logSettings, settings, latest, tags });
}
