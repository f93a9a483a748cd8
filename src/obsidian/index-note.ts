/**
 * One note brought up to date in the contact index, as its events come: indexed (its text read
 * only when the cache says the index needs it, a few reads at a time), or moved to a new path.
 */
import type { CachedMetadata, TFile } from "obsidian";
import type { Settings } from "../core/settings";
import { ReadLimiter } from "../lib/read-limiter";
import { frontmatterUnread, logItems, type Membership } from "./cache-reading";
import { failedRecord, guarded, movedRecord, recordFromText } from "./index-record";
import type { IndexRecords } from "./index-records";
import type { ContactIndexServices } from "./index-services";

export interface NoteIndexHost {
  readonly services: ContactIndexServices;
  readonly records: IndexRecords;
  /** The membership rules and the contact matcher for these settings. */
  membership(settings: Settings): Membership;
  /** Moves at every build and at `stop()`: a read that comes back after it moved is dropped. */
  epoch(): number;
}

export class NoteIndexer {
  /** Reads under way. */
  readonly pending = new Set<Promise<void>>();
  private readonly limiter: ReadLimiter;

  constructor(private readonly host: NoteIndexHost) {
    this.limiter = new ReadLimiter(host.services.readConcurrency ?? 16);
  }

  renameFile(file: TFile, oldPath: string): void {
    const previous = this.host.records.current(oldPath);
    if (previous === undefined) {
      // Not a contact before; it may be one now (moved into the contacts folder).
      if (this.host.records.current(file.path) === undefined) void this.indexFile(file);
      return;
    }
    this.host.records.remove(oldPath);
    const cache = this.host.services.metadataCache.getFileCache(file);
    const settings = this.host.services.settings();
    const daily = this.host.services.touches?.isDailyNote(file.path) ?? false;
    const record = movedRecord(previous, file.path, cache, settings, this.host.membership(settings), daily);
    if (record === null) return;
    this.host.records.bumpToken(file.path);
    this.host.records.store(file.path, record);
    // Its text was still to be read (a build's idle reading, whose read of the old path is now moot).
    if (previous.awaitingText) void this.indexFile(file);
  }

  /**
   * Brings one note up to date. Returns `null` when done synchronously, or the promise of the
   * read it had to make. `text` and `cache` come with the metadata cache's `changed` event.
   */
  indexFile(file: TFile, text?: string, given?: CachedMetadata): Promise<void> | null {
    return guarded<Promise<void> | null>(
      () => this.indexFileOrThrow(file, text, given),
      (why) => (this.host.records.store(file.path, failedRecord(file.path, why, this.host.services.settings())), null),
    );
  }

  private indexFileOrThrow(file: TFile, text?: string, given?: CachedMetadata): Promise<void> | null {
    const path = file.path;
    const cache = given ?? this.host.services.metadataCache.getFileCache(file);
    // Not indexed by Obsidian yet: its `changed` event will bring it.
    if (cache === null) return null;
    const settings = this.host.services.settings();
    if (!this.host.membership(settings).match(path, cache)) {
      // It may have been a contact with a read under way: that read is now stale.
      if (this.host.records.hasToken(path)) this.host.records.bumpToken(path);
      this.host.records.markTouched(path);
      this.host.records.delete(path);
      return null;
    }
    return this.indexContact(file, cache, settings, text);
  }

  /** Indexes a contact note; reads its text only when the cache says the index needs it. */
  private indexContact(file: TFile, cache: CachedMetadata, settings: Settings, text?: string): Promise<void> | null {
    const path = file.path;
    const token = this.host.records.bumpToken(path);
    const epoch = this.host.epoch();
    const items = logItems(cache, settings.logHeading);
    if (text !== undefined || (items.length === 0 && !frontmatterUnread(cache))) {
      this.host.records.store(path, recordFromText(path, cache, text, items, settings));
      return null;
    }
    const read = this.limiter
      .run(() => this.host.services.vault.cachedRead(file))
      .then(
        (content) => {
          // A newer update of this note (or a new build) came while we were reading.
          if (this.host.records.token(path) !== token || this.host.epoch() !== epoch) return;
          const now = this.host.services.settings();
          this.host.records.store(
            path,
            recordFromText(path, cache, content, now === settings ? items : logItems(cache, now.logHeading), now),
          );
        },
        () => {
          // The note went away while we were reading; its delete event removes it.
        },
      )
      .finally(() => this.pending.delete(read));
    this.pending.add(read);
    return read;
  }
}
