/**
 * The synchronous part of a build: one pass over every note's cache, which finds the contacts
 * (built at once when their log needs no text, else queued to be read) and, when mentions are
 * tracked, the notes that may mention someone or hold a follow-up (read once the contacts are
 * known, since a link counts only when it resolves to one).
 */
import type { CachedMetadata, MetadataCache, TFile } from "obsidian";
import type { ItemPosition } from "../core/log";
import type { Settings } from "../core/settings";
import type { ContactMatcher } from "./cache-reading";
import { buildStep, guarded, IndexRecord } from "./index-record";
import type { TouchTracker } from "./touch-tracker";

export interface ToRead {
  file: TFile;
  cache: CachedMetadata;
  items: ItemPosition[];
}

/**
 * Fills `next` with the contacts that need no text and returns those that do, and the touches
 * read into a detached tracker (`null` without one) to swap in when the build completes.
 */
export function collectVault(
  files: readonly TFile[],
  metadataCache: Pick<MetadataCache, "getFileCache">,
  isContact: ContactMatcher,
  settings: Settings,
  next: Map<string, IndexRecord>,
  tracker: TouchTracker | undefined,
): { toRead: ToRead[]; touches: TouchTracker | null } {
  const toRead: ToRead[] = [];
  const touchNotes: Array<{ path: string; cache: CachedMetadata }> = [];
  const contactPaths = new Set<string>();
  for (const file of files) {
    const cache = metadataCache.getFileCache(file);
    // Not indexed by Obsidian yet: its `changed` event will bring it.
    if (cache === null) continue;
    // A failure while reading the note becomes its record (buildStep never throws).
    const step = buildStep(file.path, cache, isContact, settings);
    const contact = step !== null;
    if (tracker !== undefined && guarded(() => tracker.mayHoldTouches(file.path, cache, contact), () => false)) touchNotes.push({ path: file.path, cache });
    if (step === null) continue;
    contactPaths.add(file.path);
    // A fresh map, and no event can run inside this loop: nothing to compare with.
    if (step instanceof IndexRecord) next.set(file.path, step);
    else toRead.push({ file, cache, items: step });
  }
  if (tracker === undefined) return { toRead, touches: null };
  const touches = tracker.detached();
  const known = (path: string): boolean => contactPaths.has(path);
  // One note that breaks the touch reading never stops the build: it just counts for no one.
  for (const n of touchNotes) guarded(() => touches.update(n.path, n.cache, known), () => undefined);
  return { toRead, touches };
}
