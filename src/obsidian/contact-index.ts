/**
 * The live contact index: every contact note of the vault as a `Contact`, built from Obsidian's
 * metadata cache and kept current one note at a time. The build reads no text: the schedule
 * starts from the frontmatter and the cache, in slices that leave the main thread free; the
 * texts that refine it (logs, unparsed frontmatter) are read afterwards, in idle time.
 *
 * The note's text is not kept: each log is kept as facts (log-facts.ts), and the entries are read
 * again when shown (`logEntries`, log-reader.ts).
 *
 * Here: the state, the build, one note's update. Elsewhere: index-records.ts (the records and
 * their bookkeeping), index-build.ts, index-refine.ts, cache-reading.ts, index-record.ts,
 * index-events.ts, index-touches.ts, day-cache.ts (per day), index-services.ts (what it is given).
 */
import type { CachedMetadata, TFile } from "obsidian";
import type { Contact, Problem } from "../core/contact";
import type { IsoDate } from "../core/dates";
import type { ScheduledContact } from "../core/schedule";
import type { Settings } from "../core/settings";
import { ChangeSignal } from "../lib/change-signal";
import { noYield, TimeSlicer } from "../lib/time-slice";
import { refineRecords } from "./index-refine";
import type { ContactIndexReader, IndexState } from "../ports";
export type { ContactIndexServices } from "./index-services";
import type { LogEntry } from "../core/log";
import { membershipFor, type Membership } from "./cache-reading";
import { DayCache } from "./day-cache";
import { followVault } from "./index-events";
import { IndexRecords } from "./index-records";
import { NoteIndexer } from "./index-note";
import { LogReader } from "./log-reader";
import type { TouchIndex } from "../core/touch-index";
import { collectVault, fileLookup } from "./index-build";
import { IndexTouches } from "./index-touches";
import type { ContactIndexServices } from "./index-services";

const SLICE_MS = 8; // how long one task of a build runs before it lets the event loop run

export class ContactIndex implements ContactIndexReader {
  private currentState: IndexState = "cold";
  private rev = 0;
  private readonly records = new IndexRecords(() => this.changed());
  /** Moves at every build, so work started for an older build is dropped. */
  private epoch = 0;
  private readonly signal: ChangeSignal;
  private unsubscribe: (() => void) | null = null;
  private readonly notes: NoteIndexer;
  private started = false;
  private stopped = false;
  private build: Promise<void> | null = null;
  private refining: Promise<void> | null = null; // the texts read after a build
  private matcherFor: Membership | null = null;
  private readonly days: DayCache;
  private readonly logs: LogReader;
  /** Mentions and follow-ups, when tracked. */
  private readonly touches: IndexTouches | null;

  constructor(private readonly services: ContactIndexServices) {
    const tracker = services.touches;
    this.days = new DayCache((c, today) =>
      tracker !== undefined && this.services.settings().countMentions ? tracker.index.latestMention(c.path, today) : null,
    );
    this.touches = IndexTouches.over(services, {
      contactAt: (path) => this.records.get(path)?.contact,
      building: () => this.records.isBuilding,
      reschedule: (contacts) => void (this.days.forget(contacts), this.changed()),
    });
    this.notes = new NoteIndexer({
      services,
      records: this.records,
      membership: (settings) => this.membership(settings),
      epoch: () => this.epoch,
    });
    this.signal = new ChangeSignal(services.timers, services.debounceMs ?? 250, "Contact index listener failed");
    this.logs = new LogReader({
      record: (path) => this.records.get(path),
      vault: services.vault,
      logHeading: () => this.services.settings().logHeading,
    });
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
    // Reads under way from before this build are dropped (the epoch moved); events from now on
    // mark their notes, so what the build finds of them does not overwrite what the events stored.
    const { next, touched } = this.records.beginBuild();
    if (this.currentState === "cold") this.setState("indexing");
    const { metadataCache, vault } = this.services;
    const settings = this.services.settings();
    const match = this.membership(settings).match;
    const current = (): boolean => epoch === this.epoch && !this.stopped;
    await this.services.touches?.refreshDailyNotes();
    if (!current()) return;
    const slicer = new TimeSlicer(SLICE_MS, this.services.yieldNow ?? noYield);
    const previous = (path: string) => this.records.get(path);
    const files = vault.getMarkdownFiles();
    const collected = await collectVault(files, metadataCache, match, settings, next, this.services.touches, {
      slicer,
      touched,
      previous,
      current,
      fileAt: fileLookup(vault, files),
    });
    if (collected === null || !current()) return;
    const { toRead, touches, unchanged } = collected;
    const changed = this.records.swapIn(next, unchanged) || touches !== null;
    this.days.forgetAll();
    this.touches?.swapIn(touches, touched, current);
    if (this.currentState !== "ready") this.setState("ready");
    else if (changed) this.changed();
    // The texts that refine the schedule, read once the panel could draw it.
    this.refining = refineRecords(toRead, settings, {
      read: (file) => this.services.vault.cachedRead(file),
      idle: this.services.whenIdle ?? noYield,
      token: (path) => this.records.token(path),
      current,
      apply: (path, record) => this.records.replaceQuietly(path, record),
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
    while (this.notes.pending.size > 0 || this.build !== null || this.refining !== null) {
      const build = this.build;
      const refining = this.refining;
      await Promise.all([...this.notes.pending, build, refining]);
      if (this.build === build) this.build = null;
      if (this.refining === refining) this.refining = null;
    }
  }

  contacts(): readonly Contact[] {
    return this.records.contacts(this.rev, this.currentState === "ready");
  }

  get(path: string): Contact | undefined {
    return this.records.get(path)?.contact;
  }

  logEntries(path: string): Promise<readonly LogEntry[]> {
    return this.logs.entries(path);
  }

  cachedLogEntries(path: string): readonly LogEntry[] | undefined {
    return this.logs.cached(path);
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
      indexFile: (file: TFile, text?: string, cache?: CachedMetadata) => void this.notes.indexFile(file, text, cache),
      removePath: (path: string) => this.records.remove(path),
      renameFile: (file: TFile, oldPath: string) => this.notes.renameFile(file, oldPath),
      paths: () => this.records.paths(),
    };
    this.unsubscribe = followVault(this.services, this.touches?.following(handlers) ?? handlers);
  }

  /** The membership rules and the contact matcher for these settings (made again only when they change). */
  private membership(settings: Settings): Membership {
    const current = membershipFor(this.matcherFor, settings, this.services.templateFolders?.() ?? [], this.services.vault.configDir);
    // The daily-notes exclusion wraps the matcher once; the wrapped one is what membershipFor gets back.
    if (current !== this.matcherFor)
      this.matcherFor = { ...current, match: this.touches?.withoutDailyNotes(current.match) ?? current.match };
    return this.matcherFor;
  }

  private setState(state: IndexState): void {
    this.currentState = state;
    this.rev++;
    // Ready shows at once: the status bar and an open panel said "indexing" a moment ago.
    if (state === "ready") this.signal.fireNow();
    else this.signal.fire();
  }

  private changed(): void {
    this.rev++;
    this.signal.fire();
  }
}
