/**
 * What the index keeps per contact note: the contact, and what it was built from. The note's text
 * is not kept: its log is kept as facts (each entry's day, line, type and reciprocity tags), and
 * the entries themselves are read again when shown (log-reader.ts). The record is also where the
 * contact reads its tags on first use. One object per contact, so a build over thousands of notes
 * leaves little for the garbage collector.
 */
import type { CachedMetadata } from "obsidian";
import { buildContact } from "../core/build-contact";
import { sameContact, type Contact, type TagSource } from "../core/contact";
import { frontmatterLineCount, logEntriesAt, splitLines, type ItemPosition } from "../core/log";
import { LogFacts } from "../core/log-facts";
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
  /** The text the log is read from (`undefined`: not read), and its items. */
  text: string | undefined;
  items: readonly ItemPosition[];
  /** The interaction types the log is read with. */
  types: readonly string[];
  /** What the log's reading depends on besides the text (see `logSettingsKey`). */
  logSettings: string;
  settings: Pick<Settings, "tiers">;
  /** Already known (a renamed note, or one whose cache did not change, keeps its log and tags): not worked out again. */
  facts?: LogFacts | null;
  tags?: readonly string[];
}

export class IndexRecord implements TagSource {
  contact: Contact;
  /** The log's facts, from the text; `null` while the text is not read (built from the cache alone). */
  readonly facts: LogFacts | null;
  readonly path: string;
  readonly cache: CachedMetadata | null;
  readonly frontmatter: Readonly<Record<string, unknown>>;
  readonly frontmatterError: string | undefined;
  readonly items: readonly ItemPosition[];
  readonly types: readonly string[];
  readonly logSettings: string;

  constructor(parts: RecordParts) {
    const { path, frontmatter, frontmatterError, text, items } = parts;
    this.path = path;
    this.cache = parts.cache;
    this.frontmatter = frontmatter;
    this.frontmatterError = frontmatterError;
    this.items = items;
    this.types = parts.types;
    this.logSettings = parts.logSettings;
    this.facts =
      parts.facts !== undefined
        ? parts.facts
        : text === undefined
          ? null
          : items.length === 0
            ? LogFacts.EMPTY
            : LogFacts.of(logEntriesAt(text, items, parts.types), parts.types);
    const log = this.facts ?? LogFacts.EMPTY;
    this.contact = buildContact({ path, frontmatter, frontmatterError, tags: parts.tags ?? this, log }, parts.settings);
  }

  /**
   * Built from the cache alone, its text still to be read: a log whose entries may hold a date
   * newer than `last-touch`, or frontmatter the cache could not parse (the text says why).
   */
  get awaitingText(): boolean {
    return this.facts === null && this.cache !== null && (this.items.length > 0 || frontmatterUnread(this.cache));
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
 * unless the previous record (looked up for contacts only) was read from the same cache with the
 * same log settings: its log's facts and frontmatter verdict then stand. Never throws: one note
 * never stops a build, a failure becomes its problem.
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
    const logSettings = logSettingsKey(settings);
    if (previous !== undefined && previous.cache === cache && previous.facts !== null && previous.logSettings === logSettings) {
      const { frontmatter, frontmatterError, facts, types } = previous;
      return new IndexRecord({ path, cache, frontmatter, frontmatterError, text: undefined, items, types, logSettings, settings, facts });
    }
    return recordFromText(path, cache, undefined, items, settings);
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
    facts: LogFacts.EMPTY,
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

/** Do two records hold the same contact? */
export function sameRecord(a: IndexRecord, b: IndexRecord | undefined): boolean {
  return b !== undefined && sameContact(a.contact, b.contact);
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
  const { frontmatterError, items, types, logSettings, facts } = previous;
  return new IndexRecord({ path, cache, frontmatter, frontmatterError, text: undefined, items, types, logSettings, settings, facts, tags });
}
