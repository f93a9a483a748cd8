/**
 * The build's one pass over every note's cache, in slices of a few milliseconds: it finds the
 * contacts and builds each from its frontmatter and the cache alone (no note is read: the
 * schedule starts from `last-touch`), lists those whose text may refine it (a log with entries,
 * frontmatter the cache could not parse), and, when mentions are tracked, reads each note's
 * mentions and follow-ups while its cache is at hand. A link counts only when it resolves to a
 * contact, so a link to a note the pass has not reached yet asks that note's cache first.
 */
import type { CachedMetadata, MetadataCache, TFile, Vault } from "obsidian";
import type { ItemPosition } from "../core/log";
import type { Settings } from "../core/settings";
import type { TimeSlicer } from "../lib/time-slice";
import type { ContactMatcher } from "./cache-reading";
import { buildStep, sameRecord, type IndexRecord } from "./index-record";
import type { TouchTracker } from "./touch-tracker";

export interface ToRead {
  file: TFile;
  cache: CachedMetadata;
  items: readonly ItemPosition[];
}

/**
 * How many notes between two looks at the clock: a look costs about what a note that is skipped
 * does, and a note whose touches are read costs some microseconds, so a slice overruns its budget
 * by well under a millisecond.
 */
const CHECK_EVERY = 32;

export interface CollectContext {
  slicer: TimeSlicer;
  /** Notes an event updated since the build began: what the event stored stays. */
  touched: ReadonlySet<string>;
  /** The record the index holds now (its text is reused when the note did not change). */
  previous: (path: string) => IndexRecord | undefined;
  /** False once a newer build or `stop()` made this one moot. */
  current(): boolean;
  /** The markdown note or other file at a path (`vault.getFileByPath`). */
  fileAt: (path: string) => TFile | null;
}

/**
 * Fills `next` with every contact and returns those whose text is still to be read, the touches
 * read into a detached tracker (`null` without one) to swap in when the build completes, and
 * whether every record it stored equals the one readers see (`unchanged`: compared here, a slice
 * at a time, since comparing 10,000 contacts at the swap would be one long task); `null` when the
 * build was abandoned.
 */
export async function collectVault(
  files: readonly TFile[],
  metadataCache: Pick<MetadataCache, "getFileCache">,
  isContact: ContactMatcher,
  settings: Settings,
  next: Map<string, IndexRecord>,
  tracker: TouchTracker | undefined,
  ctx: CollectContext,
): Promise<{ toRead: ToRead[]; touches: TouchTracker | null; unchanged: boolean } | null> {
  const toRead: ToRead[] = [];
  let unchanged = true;
  const touches = tracker?.detached() ?? null;
  const contacts = touches === null ? null : new ContactsByPath(isContact, metadataCache, ctx.fileAt);
  const match: ContactMatcher = contacts === null ? isContact : (path, cache) => contacts.match(path, cache);
  const known = (path: string): boolean => contacts?.known(path) ?? false;
  for (let i = 0; i < files.length; i++) {
    if (i % CHECK_EVERY === 0 && ctx.slicer.due()) {
      await ctx.slicer.next();
      if (!ctx.current()) return null;
    }
    const file = files[i];
    if (file === undefined) continue;
    const cache = metadataCache.getFileCache(file);
    // Not indexed by Obsidian yet: its `changed` event will bring it.
    if (cache === null) continue;
    // A failure while reading the note becomes its record (buildStep never throws).
    const record = buildStep(file.path, cache, match, settings, ctx.previous);
    // Read while the note's cache is at hand: a link to a note not reached yet asks that note's cache.
    // One note that breaks the touch reading never stops the build: it just counts for no one.
    // (A try block rather than `guarded`: two closures a note, 50,000 notes a build.)
    if (touches !== null) {
      try {
        touches.fill(file.path, cache, record !== null, known);
      } catch {
        // As above: the note counts for no one.
      }
    }
    if (record === null) continue;
    // An event since the build began already stored what this note holds now.
    if (ctx.touched.has(file.path)) continue;
    next.set(file.path, record);
    // Once one differs, the rest need no comparing (a first build differs at its first contact).
    if (unchanged && !sameRecord(record, ctx.previous(file.path))) unchanged = false;
    if (record.awaitingText) toRead.push({ file, cache, items: record.items });
  }
  return { toRead, touches, unchanged };
}

/** `vault.getFileByPath` where the vault has it; else a lookup over the build's notes, made on first use. */
export function fileLookup(vault: Partial<Pick<Vault, "getFileByPath">>, files: readonly TFile[]): (path: string) => TFile | null {
  const getFileByPath = vault.getFileByPath?.bind(vault);
  if (getFileByPath !== undefined) return getFileByPath;
  let byPath: Map<string, TFile> | null = null;
  return (path) => (byPath ??= new Map(files.map((f) => [f.path, f]))).get(path) ?? null;
}

/**
 * Which notes are contacts, for one build: each note's answer is worked out once, when the build
 * reaches the note or when a link reaches it first (from that note's cache), so the touches of a
 * note are read in the same pass as the note. A matcher that throws is not kept: the note's own
 * step makes that failure its record (a contact with a problem), and its links count it as one.
 */
class ContactsByPath {
  private readonly answers = new Map<string, boolean>();

  constructor(
    private readonly isContact: ContactMatcher,
    private readonly metadataCache: Pick<MetadataCache, "getFileCache">,
    private readonly fileAt: (path: string) => TFile | null,
  ) {}

  /**
   * The build's matcher: the answer a link already asked for, else the matcher's. Only a contact's
   * answer is kept (10,000 of them, not 50,000): a link to a note that is not one, once the note's
   * turn has passed, asks its cache again, and that answer is kept then.
   */
  match(path: string, cache: CachedMetadata): boolean {
    const known = this.answers.get(path);
    if (known !== undefined) return known;
    const answer = this.isContact(path, cache);
    if (answer) this.answers.set(path, answer);
    return answer;
  }

  /** Is the note at `path` a contact? A path that is no markdown note, or not in the cache yet, is not. */
  known(path: string): boolean {
    const known = this.answers.get(path);
    if (known !== undefined) return known;
    const file = this.fileAt(path);
    const cache = file === null || file.extension !== "md" ? null : this.metadataCache.getFileCache(file);
    let answer = false;
    try {
      answer = cache !== null && this.isContact(path, cache);
    } catch {
      return true;
    }
    this.answers.set(path, answer);
    return answer;
  }
}
