/**
 * The live contact index: every contact note of the vault as a `Contact`, built from Obsidian's
 * metadata cache and kept current one note at a time. The build reads no text: the schedule
 * starts from the frontmatter and the cache, in slices that leave the main thread free; the
 * texts that refine it (logs, unparsed frontmatter) are read afterwards, in idle time.
 *
 * Here: the state, the build, one note's update and the bookkeeping. Elsewhere: index-build.ts,
 * index-refine.ts, cache-reading.ts, index-record.ts, contact-list.ts, index-events.ts,
 * index-touches.ts, day-cache.ts (per day), index-services.ts (what it is given).
 */
import type { CachedMetadata, TFile } from "obsidian";
import type { Contact, Problem } from "../core/contact";
import type { IsoDate } from "../core/dates";
import type { ScheduledContact } from "../core/schedule";
import type { Settings } from "../core/settings";
import { ChangeSignal } from "../lib/change-signal";
import { ReadLimiter } from "../lib/read-limiter";
import { noYield, TimeSlicer } from "../lib/time-slice";
import { refineRecords } from "./index-refine";
import type { ContactIndexReader, IndexState } from "../ports";
export type { ContactIndexServices } from "./index-services";
import { frontmatterUnread, logItems, membershipFor, type Membership } from "./cache-reading";
import { ContactList } from "./contact-list";
import { DayCache } from "./day-cache";
import { followVault } from "./index-events";
import { failedRecord, guarded, movedRecord, recordFromText, sameRecord, type IndexRecord } from "./index-record";
import type { TouchIndex } from "../core/touch-index";
import { collectVault } from "./index-build";
import { IndexTouches } from "./index-touches";
import type { ContactIndexServices } from "./index-services";

const SLICE_MS = 8; // how long one task of a build runs before it lets the event loop run

export class ContactIndex implements ContactIndexReader {
  private currentState: IndexState = "cold";
  private rev = 0;
  /** What readers see. */
  private records = new Map<string, IndexRecord>();
  /** During a build, the map being filled (events write here too); swapped in when complete. */
  private building: Map<string, IndexRecord> | null = null;
  /** Moves at every build, so work started for an older build is dropped. */
  private epoch = 0;
  /** Per note, moves at every update, so a slow read never overwrites a newer update. */
  private readonly tokens = new Map<string, number>();
  /** During a build, the notes an event has updated since it began: the build's reads of them are stale. */
  private touched: Set<string> | null = null;
  private readonly pending = new Set<Promise<void>>();
  private readonly signal: ChangeSignal;
  private unsubscribe: (() => void) | null = null;
  private readonly limiter: ReadLimiter;
  private started = false;
  private stopped = false;
  private build: Promise<void> | null = null;
  private refining: Promise<void> | null = null; // the texts read after a build
  private matcherFor: Membership | null = null;
  private readonly list = new ContactList();
  private readonly days: DayCache;
  /** Mentions and follow-ups, when tracked. */
  private readonly touches: IndexTouches | null;

  constructor(private readonly services: ContactIndexServices) {
    const tracker = services.touches;
    this.days = new DayCache((c, today) =>
      tracker !== undefined && this.services.settings().countMentions ? tracker.index.latestMention(c.path, today) : null,
    );
    this.touches = IndexTouches.over(services, {
      contactAt: (path) => this.records.get(path)?.contact,
      building: () => this.building !== null,
      reschedule: (contacts) => void (this.days.forget(contacts), this.changed()),
    });
    this.limiter = new ReadLimiter(services.readConcurrency ?? 16);
    this.signal = new ChangeSignal(services.timers, services.debounceMs ?? 250, "Contact index listener failed");
  }

  get state(): IndexState {
    return this.currentState;
  }

  get revision(): number {
    return this.rev;
  }

  /** Subscribes to the vault once the layout is ready, then builds the index. */
  start(): void {
    if (this.started) return;
    this.started = true;
    // Built from whatever the cache holds at layout ready; a note the cache has not reached yet
    // joins when Obsidian indexes it (its `changed` event), so nothing waits for `resolved`.
    this.services.onLayoutReady(() => {
      if (this.stopped) return;
      this.subscribe();
      void this.rebuild();
    });
  }

  /** Unsubscribes from everything; the index stays readable but no longer changes. */
  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.signal.stop();
    this.epoch++;
  }

  /**
   * Builds the whole index again from the metadata cache (at startup, when settings change, and
   * on request). Readers keep the previous contacts until the new ones are complete.
   */
  rebuild(): Promise<void> {
    const build = this.runBuild();
    this.build = build;
    return build;
  }

  private async runBuild(): Promise<void> {
    if (this.stopped) return;
    const epoch = ++this.epoch;
    const next = new Map<string, IndexRecord>();
    this.building = next;
    if (this.currentState === "cold") this.setState("indexing");
    const { metadataCache, vault } = this.services;
    const settings = this.services.settings();
    const match = this.membership(settings).match;
    // Reads under way from before this build are dropped (the epoch moved); events from now on
    // mark their notes, so what the build finds of them does not overwrite what the events stored.
    const touched = new Set<string>();
    this.touched = touched;
    const current = (): boolean => epoch === this.epoch && !this.stopped;
    await this.services.touches?.refreshDailyNotes();
    if (!current()) return;
    const slicer = new TimeSlicer(SLICE_MS, this.services.yieldNow ?? noYield);
    const previous = (path: string): IndexRecord | undefined => this.records.get(path);
    const collected = await collectVault(vault.getMarkdownFiles(), metadataCache, match, settings, next, this.services.touches, {
      slicer,
      touched,
      previous,
      current,
    });
    if (collected === null || !current()) return;
    const { toRead, touches } = collected;
    this.building = null;
    this.touched = null;
    const changed =
      next.size !== this.records.size || [...next].some(([path, rec]) => !sameRecord(rec, this.records.get(path))) || touches !== null;
    this.records = next;
    this.list.reorder();
    this.days.forgetAll();
    this.touches?.swapIn(touches, touched, current);
    if (this.currentState !== "ready") this.setState("ready");
    else if (changed) this.changed();
    // The texts that refine the schedule, read once the panel could draw it.
    this.refining = refineRecords(toRead, settings, {
      read: (file) => this.services.vault.cachedRead(file),
      idle: this.services.whenIdle ?? noYield,
      token: (path) => this.tokens.get(path) ?? 0,
      current,
      apply: (path, record) => void this.records.set(path, record),
      done: () => {
        this.days.forgetAll();
        this.changed();
      },
    });
  }

  /** Resolves once the build under way (if any) is ready to read. */
  async built(): Promise<void> {
    let build = this.build;
    while (build !== null) {
      await build;
      build = this.build === build ? null : this.build;
    }
  }

  /** Mentions and follow-ups by contact (`null` when they are not tracked). */
  touchIndex = (): TouchIndex | null => this.services.touches?.index ?? null;

  /** Resolves once every read in progress has been applied (for tests and the rebuild command). */
  async settled(): Promise<void> {
    while (this.pending.size > 0 || this.build !== null || this.refining !== null) {
      const build = this.build;
      const refining = this.refining;
      await Promise.all([...this.pending, build, refining]);
      if (this.build === build) this.build = null;
      if (this.refining === refining) this.refining = null;
    }
  }

  contacts(): readonly Contact[] {
    return this.list.of(this.records, this.rev, this.currentState === "ready");
  }

  get(path: string): Contact | undefined {
    return this.records.get(path)?.contact;
  }

  scheduled(today: IsoDate): readonly ScheduledContact[] {
    return this.days.scheduled(this, today, this.services.settings().soonDays);
  }

  problems(today: IsoDate): readonly Problem[] {
    return this.days.problems(this, today, this.services.settings().soonDays);
  }

  onChange(listener: () => void): () => void {
    return this.signal.listen(listener);
  }

  // --- events --------------------------------------------------------------------------------

  private subscribe(): void {
    const handlers = {
      indexFile: (file: TFile, text?: string, cache?: CachedMetadata) => void this.indexFile(file, text, cache),
      removePath: (path: string) => this.removePath(path),
      renameFile: (file: TFile, oldPath: string) => this.renameFile(file, oldPath),
      paths: () => this.target().keys(),
    };
    this.unsubscribe = followVault(this.services, this.touches?.following(handlers) ?? handlers);
  }

  private renameFile(file: TFile, oldPath: string): void {
    const target = this.target();
    const previous = target.get(oldPath);
    if (previous === undefined) {
      // Not a contact before; it may be one now (moved into the contacts folder).
      if (!target.has(file.path)) void this.indexFile(file);
      return;
    }
    this.bumpToken(oldPath);
    target.delete(oldPath);
    if (target === this.records) this.list.reorder();
    const cache = this.services.metadataCache.getFileCache(file);
    const settings = this.services.settings();
    const daily = this.services.touches?.isDailyNote(file.path) ?? false;
    const record = movedRecord(previous, file.path, cache, settings, this.membership(settings), daily);
    if (record === null) {
      this.changedIfLive(target);
      return;
    }
    this.bumpToken(file.path);
    target.set(file.path, record);
    this.changedIfLive(target);
    // Its text was still to be read (a build's idle reading, whose read of the old path is now moot).
    if (previous.awaitingText) void this.indexFile(file);
  }

  // --- indexing one note ---------------------------------------------------------------------

  /**
   * Brings one note up to date. Returns `null` when done synchronously, or the promise of the
   * read it had to make. `text` and `cache` come with the metadata cache's `changed` event.
   */
  private indexFile(file: TFile, text?: string, given?: CachedMetadata): Promise<void> | null {
    return guarded<Promise<void> | null>(
      () => this.indexFileOrThrow(file, text, given),
      (why) => (this.store(file.path, failedRecord(file.path, why, this.services.settings())), null),
    );
  }

  private indexFileOrThrow(file: TFile, text?: string, given?: CachedMetadata): Promise<void> | null {
    const path = file.path;
    const cache = given ?? this.services.metadataCache.getFileCache(file);
    // Not indexed by Obsidian yet: its `changed` event will bring it.
    if (cache === null) return null;
    const settings = this.services.settings();
    if (!this.membership(settings).match(path, cache)) {
      // It may have been a contact with a read under way: that read is now stale.
      if (this.tokens.has(path)) this.bumpToken(path);
      this.touched?.add(path);
      this.deleteRecord(path);
      return null;
    }
    return this.indexContact(file, cache, settings, text);
  }

  /** Indexes a contact note; reads its text only when the cache says the index needs it. */
  private indexContact(file: TFile, cache: CachedMetadata, settings: Settings, text?: string): Promise<void> | null {
    const path = file.path;
    const token = this.bumpToken(path);
    const epoch = this.epoch;
    const items = logItems(cache, settings.logHeading);
    if (text !== undefined || (items.length === 0 && !frontmatterUnread(cache))) {
      this.store(path, recordFromText(path, cache, text, items, settings));
      return null;
    }
    const read = this.limiter
      .run(() => this.services.vault.cachedRead(file))
      .then(
        (content) => {
          // A newer update of this note (or a new build) came while we were reading.
          if (this.tokens.get(path) !== token || this.epoch !== epoch || this.stopped) return;
          const now = this.services.settings();
          this.store(path, recordFromText(path, cache, content, now === settings ? items : logItems(cache, now.logHeading), now));
        },
        () => {
          // The note went away while we were reading; its delete event removes it.
        },
      )
      .finally(() => this.pending.delete(read));
    this.pending.add(read);
    return read;
  }

  /** The membership rules and the contact matcher for these settings (made again only when they change). */
  private membership(settings: Settings): Membership {
    const current = membershipFor(this.matcherFor, settings, this.services.templateFolders?.() ?? [], this.services.vault.configDir);
    // The daily-notes exclusion wraps the matcher once; the wrapped one is what membershipFor gets back.
    if (current !== this.matcherFor)
      this.matcherFor = { ...current, match: this.touches?.withoutDailyNotes(current.match) ?? current.match };
    return this.matcherFor;
  }

  // --- bookkeeping ---------------------------------------------------------------------------

  private target(): Map<string, IndexRecord> {
    return this.building ?? this.records;
  }

  private bumpToken(path: string): number {
    const token = (this.tokens.get(path) ?? 0) + 1;
    this.tokens.set(path, token);
    this.touched?.add(path);
    return token;
  }

  private store(path: string, record: IndexRecord): void {
    const target = this.target();
    const before = target.get(path);
    target.set(path, record);
    if (before === undefined && target === this.records) this.list.reorder();
    if (!sameRecord(record, before)) this.changedIfLive(target);
  }

  private deleteRecord(path: string): void {
    const target = this.target();
    if (target.delete(path)) {
      if (target === this.records) this.list.reorder();
      this.changedIfLive(target);
    }
  }

  private removePath(path: string): void {
    this.bumpToken(path);
    this.deleteRecord(path);
  }

  /** A change to the map readers see moves the revision; one to a map being built waits for the swap. */
  private changedIfLive(target: Map<string, IndexRecord>): void {
    if (target === this.records) this.changed();
  }

  private setState(state: IndexState): void {
    this.currentState = state;
    this.changed();
  }

  private changed(): void {
    this.rev++;
    this.signal.fire();
  }
}
