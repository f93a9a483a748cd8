/**
 * The live contact index: every contact note of the vault as a `Contact`, built from Obsidian's
 * metadata cache and kept current one note at a time.
 *
 * It takes the narrow services it uses (not the whole `App`), so tests capture the callbacks it
 * registers and fire them by hand. A note's text is read only when the cache shows that it is
 * needed: a log section with list items in it, or a frontmatter block the cache could not parse
 * (invalid YAML, whose message only the text can give).
 */
import { TFile, TFolder, type CachedMetadata, type EventRef, type MetadataCache, type TAbstractFile, type Vault } from "obsidian";
import { buildContact, isContactNote, type Contact, type Problem } from "../core/contact";
import type { IsoDate } from "../core/dates";
import { frontmatterLineCount, parseLog, splitLines, type LogEntry } from "../core/log";
import { frontmatterTags, readNote } from "../core/note";
import { scheduleContact, type ScheduledContact } from "../core/schedule";
import type { Settings } from "../core/settings";
import type { ContactIndexReader, IndexState } from "./services";

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

export interface ContactIndexServices {
  metadataCache: Pick<MetadataCache, "getFileCache" | "on" | "offref">;
  vault: Pick<Vault, "getMarkdownFiles" | "cachedRead" | "on" | "offref" | "configDir">;
  /** `workspace.onLayoutReady`: vault `create` fires once per file before it, so we wait. */
  onLayoutReady(callback: () => void): void;
  settings(): Settings;
  timers: Timers;
  /** How long listeners wait after a change, so a burst of changes costs one re-render. */
  debounceMs?: number;
  /** How many notes are read at once during a build. */
  readConcurrency?: number;
}

/** What the index keeps per contact note: the contact and the parts a rename can reuse. */
interface IndexRecord {
  contact: Contact;
  frontmatter: Readonly<Record<string, unknown>>;
  log: readonly LogEntry[];
  frontmatterError: string | undefined;
}

/** Tags of a note from its cache (frontmatter `tags`/`tag` and inline tags), lower-cased, without `#`. */
export function tagsFromCache(cache: CachedMetadata): string[] {
  const tags = frontmatterTags(cache.frontmatter ?? {});
  for (const t of cache.tags ?? []) tags.push(t.tag.replace(/^#/, "").toLowerCase());
  return tags;
}

/** The cache has a frontmatter block but no frontmatter: the YAML did not parse (or is empty). */
function frontmatterUnread(cache: CachedMetadata): boolean {
  return cache.frontmatter === undefined && (cache.frontmatterPosition !== undefined || cache.sections?.[0]?.type === "yaml");
}

/** Does the log section (first heading named `heading`) hold any list item? Only then is the text read. */
export function logHasItems(cache: CachedMetadata, heading: string): boolean {
  const wanted = heading.trim().toLowerCase();
  const headings = cache.headings ?? [];
  const at = headings.findIndex((h) => h.heading.replace(/[ \t]+#+$/, "").trim().toLowerCase() === wanted);
  const start = headings[at];
  if (start === undefined) return false;
  const next = headings.slice(at + 1).find((h) => h.level <= start.level);
  const from = start.position.start.line;
  const to = next === undefined ? Infinity : next.position.start.line;
  return (cache.listItems ?? []).some((item) => item.position.start.line > from && item.position.start.line < to);
}

/** Structural equality of plain data (what a `Contact` is made of). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameData(ra[k], rb[k]));
}

/** Runs at most `limit` reads at once, so a build over thousands of notes does not open them all. */
class ReadLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
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
  private readonly pending = new Set<Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private readonly refs: Array<{ source: "vault" | "cache"; ref: EventRef }> = [];
  private readonly limiter: ReadLimiter;
  private timer: number | null = null;
  private started = false;
  private stopped = false;
  private build: Promise<void> | null = null;
  private contactsCache: { rev: number; list: readonly Contact[] } | null = null;
  private scheduleCache: { rev: number; today: IsoDate; list: readonly ScheduledContact[] } | null = null;
  private problemsCache: { rev: number; today: IsoDate; list: readonly Problem[] } | null = null;

  constructor(private readonly services: ContactIndexServices) {
    this.limiter = new ReadLimiter(services.readConcurrency ?? 16);
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
    for (const { source, ref } of this.refs.splice(0)) {
      if (source === "vault") this.services.vault.offref(ref);
      else this.services.metadataCache.offref(ref);
    }
    if (this.timer !== null) this.services.timers.clear(this.timer);
    this.timer = null;
    this.listeners.clear();
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
    const work: Array<Promise<void>> = [];
    for (const file of this.services.vault.getMarkdownFiles()) {
      const done = this.indexFile(file);
      if (done !== null) work.push(done);
    }
    await Promise.all(work);
    if (epoch !== this.epoch) return;
    this.building = null;
    const changed = next.size !== this.records.size || [...next].some(([path, rec]) => !sameData(rec.contact, this.records.get(path)?.contact));
    this.records = next;
    if (this.currentState !== "ready") this.setState("ready");
    else if (changed) this.changed();
  }

  /** Resolves once every read in progress has been applied (for tests and the rebuild command). */
  async settled(): Promise<void> {
    while (this.pending.size > 0 || this.build !== null) {
      const build = this.build;
      await Promise.all([...this.pending, build]);
      if (this.build === build) this.build = null;
    }
  }

  contacts(): readonly Contact[] {
    if (this.contactsCache?.rev !== this.rev || this.currentState !== "ready") {
      const list = [...this.records.values()].map((r) => r.contact).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      this.contactsCache = { rev: this.rev, list };
    }
    return this.contactsCache.list;
  }

  get(path: string): Contact | undefined {
    return this.records.get(path)?.contact;
  }

  scheduled(today: IsoDate): readonly ScheduledContact[] {
    const cached = this.scheduleCache;
    if (cached !== null && cached.rev === this.rev && cached.today === today && this.currentState === "ready") return cached.list;
    const soonDays = this.services.settings().soonDays;
    const list = this.contacts().map((c) => scheduleContact(c, today, soonDays));
    this.scheduleCache = { rev: this.rev, today, list };
    return list;
  }

  problems(today: IsoDate): readonly Problem[] {
    const cached = this.problemsCache;
    if (cached !== null && cached.rev === this.rev && cached.today === today && this.currentState === "ready") return cached.list;
    const list = this.scheduled(today).flatMap((s) => [...s.contact.problems, ...s.problems]);
    this.problemsCache = { rev: this.rev, today, list };
    return list;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // --- events --------------------------------------------------------------------------------

  private subscribe(): void {
    const { vault, metadataCache } = this.services;
    this.listen("cache", metadataCache.on("changed", (file, data, cache) => void this.indexFile(file, data, cache)));
    this.listen("cache", metadataCache.on("deleted", (file) => this.removePath(file.path)));
    this.listen("vault", vault.on("delete", (file) => this.onDelete(file)));
    // A rename fires no `changed`: the note is the same, only its path (folder, basename) moved.
    this.listen("vault", vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
    // Registered after layout ready: before it, `create` fires once for every file of the vault.
    this.listen("vault", vault.on("create", (file) => {
      if (file instanceof TFile) void this.indexFile(file);
    }));
  }

  private listen(source: "vault" | "cache", ref: EventRef): void {
    this.refs.push({ source, ref });
  }

  private onDelete(file: TAbstractFile): void {
    if (file instanceof TFolder) {
      for (const path of [...this.target().keys()]) if (path.startsWith(`${file.path}/`)) this.removePath(path);
    } else {
      this.removePath(file.path);
    }
  }

  private onRename(file: TAbstractFile, oldPath: string): void {
    if (file instanceof TFile) {
      this.renameFile(file, oldPath);
    } else if (file instanceof TFolder) {
      // Each file of a moved folder changes path too; Obsidian may or may not report each one.
      const walk = (folder: TFolder): void => {
        for (const child of folder.children) {
          if (child instanceof TFile) this.renameFile(child, oldPath + child.path.slice(file.path.length));
          else if (child instanceof TFolder) walk(child);
        }
      };
      walk(file);
    }
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
    const cache = this.services.metadataCache.getFileCache(file);
    const settings = this.services.settings();
    const tags = cache === null ? previous.contact.tags : tagsFromCache(cache);
    if (!isContactNote(file.path, tags, settings, this.services.vault.configDir)) {
      this.changedIfLive(target);
      return;
    }
    // Same text as before the move: reuse the log and the frontmatter verdict, no read needed.
    const frontmatter = cache?.frontmatter ?? previous.frontmatter;
    const record = this.makeRecord(file.path, frontmatter, tags, previous.log, previous.frontmatterError, settings);
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
    const path = file.path;
    const token = this.bumpToken(path);
    const epoch = this.epoch;
    const cache = given ?? this.services.metadataCache.getFileCache(file);
    // Not indexed by Obsidian yet: its `changed` event will bring it.
    if (cache === null) return null;
    const settings = this.services.settings();
    const tags = tagsFromCache(cache);
    if (!isContactNote(path, tags, settings, this.services.vault.configDir)) {
      this.deleteRecord(path);
      return null;
    }
    const needsText = logHasItems(cache, settings.logHeading) || frontmatterUnread(cache);
    if (text !== undefined || !needsText) {
      this.store(path, this.recordFromText(path, cache, tags, text, settings));
      return null;
    }
    const read = this.limiter
      .run(() => this.services.vault.cachedRead(file))
      .then(
        (content) => {
          // A newer update of this note (or a new build) came while we were reading.
          if (this.tokens.get(path) !== token || this.epoch !== epoch || this.stopped) return;
          this.store(path, this.recordFromText(path, cache, tags, content, this.services.settings()));
        },
        () => {
          // The note went away while we were reading; its delete event removes it.
        },
      )
      .finally(() => this.pending.delete(read));
    this.pending.add(read);
    return read;
  }

  private recordFromText(path: string, cache: CachedMetadata, tags: string[], text: string | undefined, settings: Settings): IndexRecord {
    let frontmatterError: string | undefined;
    let frontmatter: Readonly<Record<string, unknown>> = cache.frontmatter ?? {};
    if (text !== undefined && cache.frontmatter === undefined && frontmatterLineCount(splitLines(text.replace(/^\uFEFF/, ""))) > 0) {
      // Obsidian drops frontmatter it cannot parse; the text tells us why.
      const note = readNote(text);
      frontmatterError = note.frontmatterError;
      frontmatter = note.frontmatter;
    }
    const log = text === undefined ? [] : parseLog(text, settings.logHeading, settings.interactionTypes);
    return this.makeRecord(path, frontmatter, tags, log, frontmatterError, settings);
  }

  private makeRecord(
    path: string,
    frontmatter: Readonly<Record<string, unknown>>,
    tags: readonly string[],
    log: readonly LogEntry[],
    frontmatterError: string | undefined,
    settings: Settings,
  ): IndexRecord {
    const contact = buildContact({ path, frontmatter, frontmatterError, tags, log }, settings);
    return { contact, frontmatter, log, frontmatterError };
  }

  // --- bookkeeping ---------------------------------------------------------------------------

  private target(): Map<string, IndexRecord> {
    return this.building ?? this.records;
  }

  private bumpToken(path: string): number {
    const token = (this.tokens.get(path) ?? 0) + 1;
    this.tokens.set(path, token);
    return token;
  }

  private store(path: string, record: IndexRecord): void {
    const target = this.target();
    const before = target.get(path);
    target.set(path, record);
    if (before === undefined || !sameData(before.contact, record.contact)) this.changedIfLive(target);
  }

  private deleteRecord(path: string): void {
    const target = this.target();
    if (target.delete(path)) this.changedIfLive(target);
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
    if (this.timer !== null || this.stopped) return;
    this.timer = this.services.timers.set(() => {
      this.timer = null;
      for (const listener of [...this.listeners]) {
        try {
          listener();
        } catch (error) {
          console.error("Contact index listener failed", error);
        }
      }
    }, this.services.debounceMs ?? 250);
  }
}

