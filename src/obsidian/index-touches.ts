/**
 * The contact index's side of mentions and follow-ups: a note's change reads its touches again
 * and reschedules only the contacts concerned (before and after); a contact that appears, moves
 * or goes makes the notes that link it resolve again; the follow-ups' due dates are read after a
 * build, a batch of notes at a time.
 */
import type { CachedMetadata, MetadataCache, TFile, Vault } from "obsidian";
import type { Contact } from "../core/contact";
import { readAllOrNull } from "../lib/read-limiter";
import type { ContactMatcher } from "./cache-reading";
import type { IndexEventHandlers } from "./index-events";
import type { TouchTracker } from "./touch-tracker";

const READ_BATCH = 64;

export interface IndexTouchesHost {
  metadataCache: Pick<MetadataCache, "getFileCache"> & Partial<Pick<MetadataCache, "resolvedLinks">>;
  vault: Pick<Vault, "getFileByPath" | "cachedRead">;
  /** The contact at a path, when it is one now. */
  contactAt(path: string): Contact | undefined;
  /** True while a build fills a fresh index (events then wait for its end). */
  building(): boolean;
  /** Schedule these contacts again and tell readers. */
  reschedule(contacts: readonly Contact[]): void;
  /** Resolves when the main thread has time (the due dates are read then, a batch at a time). */
  whenIdle?: () => Promise<void>;
}

/** What the contact index is given (see `ContactIndexServices`). */
interface IndexServices {
  metadataCache: IndexTouchesHost["metadataCache"];
  vault: Pick<Vault, "cachedRead"> & Partial<Pick<Vault, "getFileByPath">>;
  touches?: TouchTracker;
  whenIdle?: () => Promise<void>;
}

export class IndexTouches {
  /** The index's touches over its services, or `null` when they hold no tracker. */
  static over(services: IndexServices, hooks: Pick<IndexTouchesHost, "contactAt" | "building" | "reschedule">): IndexTouches | null {
    const { vault, metadataCache, touches, whenIdle } = services;
    if (touches === undefined) return null;
    return new IndexTouches(touches, {
      ...hooks,
      ...(whenIdle === undefined ? {} : { whenIdle }),
      metadataCache,
      vault: { getFileByPath: (path) => vault.getFileByPath?.(path) ?? null, cachedRead: (file) => vault.cachedRead(file) },
    });
  }

  constructor(
    readonly tracker: TouchTracker,
    private readonly host: IndexTouchesHost,
  ) {}

  /** Reads a note's touches again (`given` `null`: from the metadata cache; the note may be gone). */
  update(path: string, given: CachedMetadata | null, text?: string): void {
    if (this.host.building()) return;
    const file = given === null ? this.host.vault.getFileByPath(path) : null;
    const cache = given ?? (file === null ? null : this.host.metadataCache.getFileCache(file));
    const affected = this.tracker.update(path, cache, (p) => this.host.contactAt(p) !== undefined);
    if (text !== undefined && cache !== null) for (const c of this.tracker.readDueDates(path, text)) affected.add(c);
    this.changed(affected);
  }

  /** A note went away. */
  remove(path: string): void {
    if (!this.host.building()) this.changed(this.tracker.remove(path));
  }

  /** The index's event handlers, each also bringing the touches up to date. */
  following(on: IndexEventHandlers): IndexEventHandlers {
    return {
      indexFile: (file, text, cache) => {
        on.indexFile(file, text, cache);
        this.update(file.path, cache ?? null, text);
      },
      removePath: (path) => {
        on.removePath(path);
        this.remove(path);
      },
      renameFile: (file, oldPath) => {
        on.renameFile(file, oldPath);
        this.rename(file.path, oldPath);
      },
      paths: () => on.paths(),
    };
  }

  /** A daily note is never a contact, whatever its folder or tags. */
  withoutDailyNotes(match: ContactMatcher): ContactMatcher {
    return (path, cache) => !this.tracker.isDailyNote(path) && match(path, cache);
  }

  /** A note moved: a dated note may have a new date, or none; a moved contact is linked anew. */
  rename(path: string, oldPath: string): void {
    this.remove(oldPath);
    this.update(path, null);
    this.contactChanged(oldPath);
    this.contactChanged(path);
  }

  /** The contact at `path` appeared, moved or went: the notes that link it resolve again. */
  contactChanged(path: string): void {
    if (this.host.building()) return;
    for (const note of this.tracker.index.notesAbout(path)) this.update(note, null);
    const resolved = this.host.metadataCache.resolvedLinks;
    if (resolved === undefined || this.host.contactAt(path) === undefined) return;
    // A new contact: notes that already link to it start to count.
    for (const source in resolved) if (resolved[source]?.[path] !== undefined) this.update(source, null);
  }

  /**
   * A build completed: its touches replace the tracker's, the notes events touched meanwhile are
   * read again (those events went to the index just replaced), then the due dates, in the background.
   */
  swapIn(built: TouchTracker | null, touchedDuringBuild: Iterable<string>, current: () => boolean): void {
    if (built !== null) this.tracker.replaceIndex(built.index);
    for (const path of touchedDuringBuild) this.update(path, null);
    void this.readDueDates(current);
  }

  /** Reads the follow-ups' due dates after a build; `current()` says whether that build is still the latest. */
  async readDueDates(current: () => boolean): Promise<void> {
    const paths = this.tracker.notesToRead();
    const affected = new Set<string>();
    for (let i = 0; i < paths.length && current(); i += READ_BATCH) {
      // Nobody waits for these: each batch is a task of its own, in idle time.
      await this.host.whenIdle?.();
      if (!current()) return;
      const files = paths
        .slice(i, i + READ_BATCH)
        .map((p) => this.host.vault.getFileByPath(p))
        .filter((f): f is TFile => f !== null);
      const texts = await readAllOrNull(files, (file) => this.host.vault.cachedRead(file));
      if (!current()) return;
      files.forEach((file, j) => {
        const text = texts[j];
        if (text !== null && text !== undefined) for (const c of this.tracker.readDueDates(file.path, text)) affected.add(c);
      });
    }
    if (current()) this.changed(affected);
  }

  private changed(affected: ReadonlySet<string>): void {
    if (affected.size === 0) return;
    const contacts: Contact[] = [];
    for (const p of affected) {
      const c = this.host.contactAt(p);
      if (c !== undefined) contacts.push(c);
    }
    this.host.reschedule(contacts);
  }
}
