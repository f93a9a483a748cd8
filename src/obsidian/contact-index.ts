/**
 * The live contact index: every contact note of the vault as a `Contact`, built from Obsidian's
 * metadata cache and kept current one note at a time.
 *
 * It takes the narrow services it uses (not the whole `App`), so tests capture the callbacks it
 * registers and fire them by hand. A note's text is read only when the cache shows that it is
 * needed: a log section with list items in it, or a frontmatter block the cache could not parse
 * (invalid YAML, whose message only the text can give).
 */
import { TFile, TFolder, type CachedMetadata, type EventRef, type ListItemCache, type MetadataCache, type TAbstractFile, type Vault } from "obsidian";
import { buildContact } from "../core/build-contact";
import { isContactNote } from "../core/membership";
import { sameContact, type Contact, type LazyLog, type Problem, type TagSource } from "../core/contact";
import type { IsoDate } from "../core/dates";
import { frontmatterLineCount, latestLogEntryAt, logEntriesAt, splitLines, type LatestEntry, type LogEntry } from "../core/log";
import { frontmatterTags, readNote } from "../core/note";
import { scheduleContact, type ScheduledContact } from "../core/schedule";
import type { Settings } from "../core/settings";
import type { ContactIndexReader, IndexState } from "../ports";

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

/**
 * What the index keeps per contact note: the contact, and what it was built from. The record is
 * also where the contact reads its log entries and tags on first use: at build time only the
 * log's latest entry is read (all the schedule needs). One object per contact, so a build over
 * thousands of notes leaves little for the garbage collector.
 */
class IndexRecord implements LazyLog, TagSource {
  contact: Contact;
  readonly latest: LatestEntry | null;

  constructor(
    readonly path: string,
    /** The metadata cache of the note (its tags are read from it on first use). */
    private readonly cache: CachedMetadata | null,
    readonly frontmatter: Readonly<Record<string, unknown>>,
    readonly frontmatterError: string | undefined,
    /** The text the log is read from (`undefined` when the log section has no items), and its items. */
    readonly text: string | undefined,
    readonly items: readonly ListItemCache[],
    /** The interaction types the log is read with. */
    readonly types: readonly string[],
    /** What the log's reading depends on besides the text (see `logSettingsKey`). */
    readonly logSettings: string,
    settings: Pick<Settings, "tiers">,
    latest?: LatestEntry | null,
    tags?: readonly string[],
  ) {
    this.latest = latest !== undefined ? latest : text === undefined ? null : latestLogEntryAt(text, items);
    this.contact = buildContact({ path, frontmatter, frontmatterError, tags: tags ?? this, log: this }, settings);
  }

  read(): LogEntry[] {
    return this.text === undefined ? [] : logEntriesAt(this.text, this.items, this.types);
  }

  readTags(): string[] {
    return this.cache === null ? [] : tagsFromCache(this.cache);
  }
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

/** Does a heading's text (as the cache gives it) name the log section? `wanted` is trimmed and lower-cased. */
function isLogHeading(text: string, wanted: string): boolean {
  // Most headings are not the log heading and differ in length: only near misses are normalised.
  if (text.length === wanted.length && text.toLowerCase() === wanted) return true;
  if (text.length <= wanted.length) return false;
  return text.replace(/[ \t]+#+$/, "").trim().toLowerCase() === wanted;
}

/**
 * The log section's list items (under the first heading named `heading`, up to the next heading
 * of the same or a higher level), from the cache. Only these lines can be log entries.
 */
export function logItems(cache: CachedMetadata, heading: string): ListItemCache[] {
  const headings = cache.headings;
  const items = cache.listItems;
  if (headings === undefined || items === undefined) return [];
  const wanted = heading.trim().toLowerCase();
  let at = -1;
  for (let i = 0; i < headings.length && at < 0; i++) if (isLogHeading(headings[i]?.heading ?? "", wanted)) at = i;
  const start = headings[at];
  if (start === undefined) return [];
  let to = Infinity;
  for (let i = at + 1; i < headings.length && to === Infinity; i++) {
    const h = headings[i];
    if (h !== undefined && h.level <= start.level) to = h.position.start.line;
  }
  const from = start.position.start.line;
  const inside: ListItemCache[] = [];
  for (const item of items) {
    const line = item.position.start.line;
    if (line > from && line < to) inside.push(item);
  }
  return inside;
}

/** How many notes a build reads at once. */
const READ_BATCH = 64;

/**
 * The log entries of a note, reading only the lines the cache lists as the log section's items,
 * at the offsets it gives (the same entries `parseLog` finds in the whole text).
 */
export function logFromCache(text: string, cache: CachedMetadata, settings: Pick<Settings, "logHeading" | "interactionTypes">): LogEntry[] {
  return logEntriesAt(text, logItems(cache, settings.logHeading), settings.interactionTypes);
}

/** Decides whether a note is a contact. */
export type ContactMatcher = (path: string, cache: CachedMetadata) => boolean;

/**
 * `isContactNote` for a whole vault: the settings are read once, and a note's tags are looked at
 * without collecting them (most of a vault is not contacts, and this runs for every note). Gives
 * the same answers as `isContactNote(path, tagsFromCache(cache), settings, configDir)`.
 */
export function contactMatcher(settings: Pick<Settings, "contactsFolder" | "contactTag">, configDir: string): ContactMatcher {
  const folder = settings.contactsFolder.replace(/^\/+|\/+$/g, "");
  const folderPrefix = folder === "" ? null : `${folder}/`;
  const configPrefix = `${configDir}/`;
  const tag = settings.contactTag.replace(/^#/, "").toLowerCase();
  const nested = `${tag}/`;
  const first = tag.charCodeAt(0);
  const matches = (raw: string): boolean => {
    const hash = raw.charCodeAt(0) === 35; /* # */
    // Quick reject on the first letter: ASCII lower-cases to ASCII, so an ASCII letter that
    // differs from the tag's first (ignoring case) can never match. Anything else is checked fully.
    const c = raw.charCodeAt(hash ? 1 : 0);
    if (c < 128 && (first >= 128 || (c | 32) !== (first | 32))) return false;
    let t = hash ? raw.slice(1) : raw;
    if (t.length < tag.length) return false;
    t = t.toLowerCase();
    return t === tag || t.startsWith(nested);
  };
  const inFrontmatter = (value: unknown): boolean => {
    if (typeof value === "string") {
      // A list written as one string ("work, contact"): split only when the tag can be in it.
      if (value.length < tag.length || !value.toLowerCase().includes(tag)) return false;
      return value.split(/[,\s]+/).some((v) => v !== "" && matches(v));
    }
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === "string" && v !== "" && matches(isPadded(v) ? v.trim() : v)) return true;
    }
    return false;
  };
  return (path, cache) => {
    if (!path.endsWith(".md") && (path.length < 3 || path.slice(-3).toLowerCase() !== ".md")) return false;
    if (path.startsWith(configPrefix) || path.startsWith(".trash/")) return false;
    if (folderPrefix !== null && path.startsWith(folderPrefix)) return true;
    const tags = cache.tags;
    if (tags !== undefined) for (const t of tags) if (matches(t.tag)) return true;
    const fm = cache.frontmatter;
    return fm !== undefined && (inFrontmatter(fm.tags) || inFrontmatter(fm.tag));
  };
}


/** Does the string start or end with white space (so that it needs trimming)? */
function isPadded(v: string): boolean {
  return v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 || v.charCodeAt(0) >= 128 || v.charCodeAt(v.length - 1) >= 128;
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
function sameRecord(a: IndexRecord, b: IndexRecord | undefined): boolean {
  if (b === undefined) return false;
  return sameContact(a.contact, b.contact, a.text !== b.text || a.logSettings !== b.logSettings);
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
  private readonly listeners = new Set<() => void>();
  private readonly refs: Array<{ source: "vault" | "cache"; ref: EventRef }> = [];
  private readonly limiter: ReadLimiter;
  private timer: number | null = null;
  private started = false;
  private stopped = false;
  private build: Promise<void> | null = null;
  private matcherFor: { settings: Settings; match: ContactMatcher } | null = null;
  private contactsCache: { rev: number; list: readonly Contact[] } | null = null;
  /** The contacts' paths in order; kept while the set of paths stays the same (most changes edit one note). */
  private order: string[] | null = null;
  /** Each contact's schedule for one day, kept across revisions: a change replaces only its note's contact. */
  private daySchedule: { today: IsoDate; soonDays: number; byContact: WeakMap<Contact, ScheduledContact> } | null = null;
  /** Kept per revision, day and "soon" window (a settings change may leave the revision where it was). */
  private scheduleCache: { rev: number; today: IsoDate; soonDays: number; list: readonly ScheduledContact[] } | null = null;
  private problemsCache: { rev: number; today: IsoDate; soonDays: number; list: readonly Problem[] } | null = null;

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
    const { metadataCache, vault } = this.services;
    const settings = this.services.settings();
    const isContact = this.matcher(settings);
    // Reads under way from before this build are dropped (the epoch moved); events from now on
    // mark their notes, so the build's own reads do not overwrite them.
    const touched = new Set<string>();
    this.touched = touched;
    const toRead: Array<{ file: TFile; cache: CachedMetadata; items: ListItemCache[] }> = [];
    for (const file of vault.getMarkdownFiles()) {
      const cache = metadataCache.getFileCache(file);
      // Not indexed by Obsidian yet: its `changed` event will bring it.
      if (cache === null || !isContact(file.path, cache)) continue;
      const items = logItems(cache, settings.logHeading);
      if (items.length > 0 || frontmatterUnread(cache)) toRead.push({ file, cache, items });
      // A fresh map, and no event can run inside this loop: nothing to compare with.
      else next.set(file.path, this.recordFromText(file.path, cache, undefined, items, settings));
    }
    // Read in batches: a few notes at a time, never thousands of reads in flight.
    for (let i = 0; i < toRead.length && epoch === this.epoch; i += READ_BATCH) {
      const batch = toRead.slice(i, i + READ_BATCH);
      const texts = await this.readAll(batch.map((b) => b.file));
      if (epoch !== this.epoch || this.stopped) return;
      for (let j = 0; j < batch.length; j++) {
        const entry = batch[j];
        const text = texts[j];
        // Gone meanwhile (its delete event removes it), or updated by an event since.
        if (entry === undefined || text === null || text === undefined || touched.has(entry.file.path)) continue;
        // Not touched by an event, so not in the map yet: nothing to compare with.
        next.set(entry.file.path, this.recordFromText(entry.file.path, entry.cache, text, entry.items, settings));
      }
    }
    if (epoch !== this.epoch) return;
    this.building = null;
    this.touched = null;
    const changed = next.size !== this.records.size || [...next].some(([path, rec]) => !sameRecord(rec, this.records.get(path)));
    this.records = next;
    this.order = null;
    if (this.currentState !== "ready") this.setState("ready");
    else if (changed) this.changed();
  }

  /** The texts of these notes; `null` for one that could not be read (deleted meanwhile). */
  private async readAll(files: readonly TFile[]): Promise<Array<string | null>> {
    const { vault } = this.services;
    try {
      return await Promise.all(files.map((file) => vault.cachedRead(file)));
    } catch {
      // One read failed: read them one by one to keep the rest.
      return Promise.all(files.map((file) => vault.cachedRead(file).catch(() => null)));
    }
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
      if (this.order === null || this.order.length !== this.records.size) this.order = [...this.records.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const list: Contact[] = [];
      for (const path of this.order) {
        const record = this.records.get(path);
        if (record !== undefined) list.push(record.contact);
      }
      this.contactsCache = { rev: this.rev, list };
    }
    return this.contactsCache.list;
  }

  get(path: string): Contact | undefined {
    return this.records.get(path)?.contact;
  }

  scheduled(today: IsoDate): readonly ScheduledContact[] {
    const soonDays = this.services.settings().soonDays;
    const cached = this.scheduleCache;
    if (cached !== null && cached.rev === this.rev && cached.today === today && cached.soonDays === soonDays && this.currentState === "ready") return cached.list;
    let day = this.daySchedule;
    if (day === null || day.today !== today || day.soonDays !== soonDays) {
      day = { today, soonDays, byContact: new WeakMap() };
      this.daySchedule = day;
    }
    const { byContact } = day;
    const list = this.contacts().map((c) => {
      let s = byContact.get(c);
      if (s === undefined) {
        s = scheduleContact(c, today, soonDays);
        byContact.set(c, s);
      }
      return s;
    });
    this.scheduleCache = { rev: this.rev, today, soonDays, list };
    return list;
  }

  problems(today: IsoDate): readonly Problem[] {
    const soonDays = this.services.settings().soonDays;
    const cached = this.problemsCache;
    if (cached !== null && cached.rev === this.rev && cached.today === today && cached.soonDays === soonDays && this.currentState === "ready") return cached.list;
    const list: Problem[] = [];
    for (const s of this.scheduled(today)) {
      // Most contacts have none: nothing is copied for them.
      if (s.contact.problems.length > 0) list.push(...s.contact.problems);
      if (s.problems.length > 0) list.push(...s.problems);
    }
    this.problemsCache = { rev: this.rev, today, soonDays, list };
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
    if (target === this.records) this.order = null;
    const cache = this.services.metadataCache.getFileCache(file);
    const settings = this.services.settings();
    const tags = cache === null ? previous.contact.tags : tagsFromCache(cache);
    if (!isContactNote(file.path, tags, settings, this.services.vault.configDir)) {
      this.changedIfLive(target);
      return;
    }
    // Same text as before the move: reuse the log and the frontmatter verdict, no read needed.
    const frontmatter = cache?.frontmatter ?? previous.frontmatter;
    const record = new IndexRecord(
      file.path, cache, frontmatter, previous.frontmatterError, previous.text, previous.items, previous.types, previous.logSettings, settings, previous.latest, tags,
    );
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
    const cache = given ?? this.services.metadataCache.getFileCache(file);
    // Not indexed by Obsidian yet: its `changed` event will bring it.
    if (cache === null) return null;
    const settings = this.services.settings();
    if (!this.matcher(settings)(path, cache)) {
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
      this.store(path, this.recordFromText(path, cache, text, items, settings));
      return null;
    }
    const read = this.limiter
      .run(() => this.services.vault.cachedRead(file))
      .then(
        (content) => {
          // A newer update of this note (or a new build) came while we were reading.
          if (this.tokens.get(path) !== token || this.epoch !== epoch || this.stopped) return;
          const now = this.services.settings();
          this.store(path, this.recordFromText(path, cache, content, now === settings ? items : logItems(cache, now.logHeading), now));
        },
        () => {
          // The note went away while we were reading; its delete event removes it.
        },
      )
      .finally(() => this.pending.delete(read));
    this.pending.add(read);
    return read;
  }

  /** The contact matcher for these settings (made again only when the settings object changes). */
  private matcher(settings: Settings): ContactMatcher {
    if (this.matcherFor?.settings !== settings) this.matcherFor = { settings, match: contactMatcher(settings, this.services.vault.configDir) };
    return this.matcherFor.match;
  }

  /** The record of a contact note from its cache, and its text when the log or invalid YAML needs it. */
  private recordFromText(path: string, cache: CachedMetadata, text: string | undefined, items: readonly ListItemCache[], settings: Settings): IndexRecord {
    let frontmatterError: string | undefined;
    let frontmatter: Readonly<Record<string, unknown>> = cache.frontmatter ?? {};
    if (text !== undefined && cache.frontmatter === undefined && frontmatterLineCount(splitLines(text.replace(/^\uFEFF/, ""))) > 0) {
      // Obsidian drops frontmatter it cannot parse; the text tells us why.
      const note = readNote(text);
      frontmatterError = note.frontmatterError;
      frontmatter = note.frontmatter;
    }
    return new IndexRecord(path, cache, frontmatter, frontmatterError, text, items, settings.interactionTypes, logSettingsKey(settings), settings);
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
    if (before === undefined && target === this.records) this.order = null;
    if (!sameRecord(record, before)) this.changedIfLive(target);
  }

  private deleteRecord(path: string): void {
    const target = this.target();
    if (target.delete(path)) {
      if (target === this.records) this.order = null;
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

