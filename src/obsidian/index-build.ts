/**
 * The build's pass over every note's cache, in slices of a few milliseconds: it finds the
 * contacts and builds each from its frontmatter and the cache alone (no note is read: the
 * schedule starts from `last-touch`), lists those whose text may refine it (a log with entries,
 * frontmatter the cache could not parse), and, when mentions are tracked, reads the touches of
 * the notes that may mention someone or hold a follow-up (once the contacts are known, since a
 * link counts only when it resolves to one).
 */
import type { CachedMetadata, MetadataCache, TFile } from "obsidian";
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
  // The notes whose touches are read once the contacts are known (two lists: no object per note).
  const touchPaths: string[] = [];
  const touchCaches: CachedMetadata[] = [];
  const contactPaths = new Set<string>();
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
    const record = buildStep(file.path, cache, isContact, settings, ctx.previous);
    const contact = record !== null;
    // One note that breaks the touch reading never stops the build: it just counts for no one.
    // (A try block rather than `guarded`: two closures a note, 50,000 notes a build.)
    if (tracker !== undefined) {
      let mayHold = false;
      try {
        mayHold = tracker.mayHoldTouches(file.path, cache, contact);
      } catch {
        mayHold = false;
      }
      if (mayHold) {
        touchPaths.push(file.path);
        touchCaches.push(cache);
      }
    }
    if (record === null) continue;
    contactPaths.add(file.path);
    // An event since the build began already stored what this note holds now.
    if (ctx.touched.has(file.path)) continue;
    next.set(file.path, record);
    // Once one differs, the rest need no comparing (a first build differs at its first contact).
    if (unchanged && !sameRecord(record, ctx.previous(file.path))) unchanged = false;
    if (record.awaitingText) toRead.push({ file, cache, items: record.items });
  }
  if (tracker === undefined) return { toRead, touches: null, unchanged };
  const touches = tracker.detached();
  const known = (path: string): boolean => contactPaths.has(path);
  for (let i = 0; i < touchPaths.length; i++) {
    if (i % CHECK_EVERY === 0 && ctx.slicer.due()) {
      await ctx.slicer.next();
      if (!ctx.current()) return null;
    }
    try {
      touches.update(touchPaths[i] as string, touchCaches[i] as CachedMetadata, known);
    } catch {
      // As above: the note counts for no one.
    }
  }
  return { toRead, touches, unchanged };
}
