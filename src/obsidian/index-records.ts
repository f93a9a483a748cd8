/**
 * The contact index's records and their bookkeeping: the map readers see, the map a build fills
 * (events write there meanwhile, and it is swapped in whole), a token per note that moves at each
 * update (a slow read never overwrites a newer update), and the notes events touched during a build.
 */
import type { Contact } from "../core/contact";
import { ContactList } from "./contact-list";
import { sameRecord, type IndexRecord } from "./index-record";

export class IndexRecords {
  /** What readers see. */
  private live = new Map<string, IndexRecord>();
  /** During a build, the map being filled; swapped in when complete. */
  private building: Map<string, IndexRecord> | null = null;
  private readonly tokens = new Map<string, number>();
  /** During a build, the notes an event has updated since it began: the build's reads of them are stale. */
  private touched: Set<string> | null = null;
  private readonly list = new ContactList();

  /** `changed` is called when what readers see changed. */
  constructor(private readonly changed: () => void) {}

  get isBuilding(): boolean {
    return this.building !== null;
  }

  /** A new map to fill, and the set events mark their notes in until `swapIn`. */
  beginBuild(): { next: Map<string, IndexRecord>; touched: Set<string> } {
    const next = new Map<string, IndexRecord>();
    const touched = new Set<string>();
    this.building = next;
    this.touched = touched;
    return { next, touched };
  }

  /**
   * Readers see `next` from now on; returns whether it holds other contacts than before.
   * `unchanged`: the build found every record it stored equal to the one readers saw, so only the
   * notes events touched meanwhile are compared here (the whole map at once would be a long task).
   */
  swapIn(next: Map<string, IndexRecord>, unchanged: boolean): boolean {
    const before = this.live;
    const touched = this.touched ?? new Set<string>();
    this.building = null;
    this.touched = null;
    // Same size, each untouched record equal to one of `before`'s and each touched one checked: the same paths.
    const changed = !unchanged || next.size !== before.size || [...touched].some((path) => differs(next.get(path), before.get(path)));
    this.live = next;
    this.list.reorder();
    return changed;
  }

  /** The record readers see. */
  get(path: string): IndexRecord | undefined {
    return this.live.get(path);
  }

  /** The record events update: the one being built during a build. */
  current(path: string): IndexRecord | undefined {
    return this.target().get(path);
  }

  /** Every path events update (a deleted folder removes those under it). */
  paths(): Iterable<string> {
    return this.target().keys();
  }

  contacts(rev: number, keep: boolean): readonly Contact[] {
    return this.list.of(this.live, rev, keep);
  }

  /** Replaces what readers see of one note, without telling them (the reading after a build tells them once). */
  replaceQuietly(path: string, record: IndexRecord): void {
    this.live.set(path, record);
  }

  token(path: string): number {
    return this.tokens.get(path) ?? 0;
  }

  hasToken(path: string): boolean {
    return this.tokens.has(path);
  }

  /** A newer update of the note: reads under way for it are stale. */
  bumpToken(path: string): number {
    const token = (this.tokens.get(path) ?? 0) + 1;
    this.tokens.set(path, token);
    this.touched?.add(path);
    return token;
  }

  markTouched(path: string): void {
    this.touched?.add(path);
  }

  store(path: string, record: IndexRecord): void {
    const target = this.target();
    const before = target.get(path);
    target.set(path, record);
    if (before === undefined && target === this.live) this.list.reorder();
    if (!sameRecord(record, before)) this.changedIfLive(target);
  }

  delete(path: string): void {
    const target = this.target();
    if (target.delete(path)) {
      if (target === this.live) this.list.reorder();
      this.changedIfLive(target);
    }
  }

  remove(path: string): void {
    this.bumpToken(path);
    this.delete(path);
  }

  private target(): Map<string, IndexRecord> {
    return this.building ?? this.live;
  }

  /** A change to the map readers see moves the revision; one to a map being built waits for the swap. */
  private changedIfLive(target: Map<string, IndexRecord>): void {
    if (target === this.live) this.changed();
  }
}

function differs(now: IndexRecord | undefined, before: IndexRecord | undefined): boolean {
  return now === undefined ? before !== undefined : !sameRecord(now, before);
}
