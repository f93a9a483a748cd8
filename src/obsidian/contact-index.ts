/**
 * The live contact index: every contact note of the vault as a `Contact`, built from Obsidian's
 * metadata cache and kept current one note at a time.
 *
 * It takes the narrow services it uses (not the whole `App`), so tests capture the callbacks it
 * registers and fire them by hand. A note's text is read only when the cache shows that it is
 * needed: a log section with list items in it, or a frontmatter block the cache could not parse
 * (invalid YAML, whose message only the text can give).
 *
 * Here: the state, the build, one note's update and the bookkeeping. Elsewhere: cache-reading.ts,
 * index-record.ts, contact-list.ts, index-events.ts, index-touches.ts, day-cache.ts (per day).
 */
import type { CachedMetadata, MetadataCache, TFile, Vault } from "obsidian";
import type { Contact, Problem } from "../core/contact";
import type { IsoDate } from "../core/dates";
import type { ScheduledContact } from "../core/schedule";
import type { Settings } from "../core/settings";
import { ChangeSignal, type Timers } from "../lib/change-signal";
import { readAllOrNull, ReadLimiter } from "../lib/read-limiter";
import type { ContactIndexReader, IndexState } from "../ports";
import { frontmatterUnread, logItems, membershipFor, type Membership } from "./cache-reading";
import { ContactList } from "./contact-list";
import { DayCache } from "./day-cache";
import { followVault } from "./index-events";
import { failedRecord, guarded, movedRecord, recordFromText, sameRecord, type IndexRecord } from "./index-record";
import type { TouchIndex } from "../core/touch-index";
import { collectVault } from "./index-build";
import { IndexTouches } from "./index-touches";
import type { TouchTracker } from "./touch-tracker";

/** How many notes a build reads at once. */
const READ_BATCH = 64;

export interface ContactIndexServices {
  metadataCache: Pick<MetadataCache, "getFileCache" | "on" | "offref"> & Partial<Pick<MetadataCache, "resolvedLinks">>;
  vault: Pick<Vault, "getMarkdownFiles" | "cachedRead" | "on" | "offref" | "configDir"> & Partial<Pick<Vault, "getFileByPath">>;
  /** `workspace.onLayoutReady`: vault `create` fires once per file before it, so we wait. */
  onLayoutReady(callback: () => void): void;
  settings(): Settings;
  /** The templates folders (Templates core plugin, Templater): never contacts. */
  templateFolders?(): readonly string[];
  timers: Timers;
  /** How long listeners wait after a change, so a burst of changes costs one re-render. */
  debounceMs?: number;
  /** How many notes are read at once during a build. */
  readConcurrency?: number;
  /** Mentions and follow-ups (absent: none are tracked). */
  touches?: TouchTracker;
}

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
  private matcherFor: Membership | null = null;
  private readonly list = new ContactList();
  private readonly days: DayCache;
  /** Mentions and follow-ups, when tracked. */
  private readonly touches: IndexTouches | null;

  constructor(private readonly services: ContactIndexServices) {
    const tracker = services.touches;
    this.days = new DayCache((c, today) => (tracker !== undefined && this.services.settings().countMentions ? tracker.index.latestMention(c.path, today) : null));
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
    // mark their notes, so the build's own reads do not overwrite them.
    const touched = new Set<string>();
    this.touched = touched;
    await this.services.touches?.refreshDailyNotes();
    if (epoch !== this.epoch || this.stopped) return;
    const { toRead, touches } = collectVault(vault.getMarkdownFiles(), metadataCache, match, settings, next, this.services.touches);
    // Read in batches: a few notes at a time, never thousands of reads in flight.
    for (let i = 0; i < toRead.length && epoch === this.epoch; i += READ_BATCH) {
      const batch = toRead.slice(i, i + READ_BATCH);
      const texts = await readAllOrNull(batch.map((b) => b.file), (file) => this.services.vault.cachedRead(file));
      if (epoch !== this.epoch || this.stopped) return;
      for (let j = 0; j < batch.length; j++) {
        const entry = batch[j];
        const text = texts[j];
        // Gone meanwhile (its delete event removes it), or updated by an event since.
        if (entry === undefined || text === null || text === undefined || touched.has(entry.file.path)) continue;
        // Not touched by an event, so not in the map yet: nothing to compare with.
        next.set(entry.file.path, recordFromText(entry.file.path, entry.cache, text, entry.items, settings));
      }
    }
    if (epoch !== this.epoch) return;
    this.building = null;
    this.touched = null;
    const changed = next.size !== this.records.size || [...next].some(([path, rec]) => !sameRecord(rec, this.records.get(path))) || touches !== null;
    this.records = next;
    this.list.reorder();
    this.days.forgetAll();
    this.touches?.swapIn(touches, touched, () => epoch === this.epoch && !this.stopped);
    if (this.currentState !== "ready") this.setState("ready");
    else if (changed) this.changed();
  }

  /** Resolves once the build under way (if any) is ready to read. */
  async built(): Promise<void> {
    await this.build;
  }

  /** Mentions and follow-ups by contact (`null` when they are not tracked). */
  touchIndex = (): TouchIndex | null => this.services.touches?.index ?? null;

  /** Resolves once every read in progress has been applied (for tests and the rebuild command). */
  async settled(): Promise<void> {
    while (this.pending.size > 0 || this.build !== null) {
      const build = this.build;
      await Promise.all([...this.pending, build]);
      if (this.build === build) this.build = null;
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
  }

  // --- indexing one note ---------------------------------------------------------------------

  /**
   * Brings one note up to date. Returns `null` when done synchronously, or the promise of the
   * read it had to make. `text` and `cache` come with the metadata cache's `changed` event.
   */
  private indexFile(file: TFile, text?: string, given?: CachedMetadata): Promise<void> | null {
    return guarded<Promise<void> | null>(() => this.indexFileOrThrow(file, text, given), (why) => (this.store(file.path, failedRecord(file.path, why, this.services.settings())), null));
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
    if (current !== this.matcherFor) this.matcherFor = { ...current, match: this.touches?.withoutDailyNotes(current.match) ?? current.match };
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

