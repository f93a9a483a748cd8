/**
 * Mentions and follow-ups over Obsidian's metadata cache: which notes are dated, the contacts
 * their links touch, and the open follow-ups, kept in a `TouchIndex` and updated one note at a
 * time. No note text is read for mentions; a follow-up's line is read only for its due date,
 * after the build, a few notes at a time.
 *
 * The contact index owns the tracker: it says which paths are contacts, and forgets the schedule
 * of the contacts each change concerns.
 */
import type { CachedMetadata } from "obsidian";
import { datedNote, isDailyNote, type DailyNotes, type DatedNoteRules, type ParseDate } from "../core/dated-notes";
import { dueDatesAt } from "../core/follow-ups";
import type { IsoDate } from "../core/dates";
import { isOpenTask, scanNote, type NoteTouches, type ResolveContact } from "../core/note-touches";
import type { ResolvedLinks } from "../core/resolved-links";
import type { Settings } from "../core/settings";
import { TouchIndex } from "../core/touch-index";

export interface TouchTrackerServices {
  /** The path a link resolves to from a note, as Obsidian resolves it (`getFirstLinkpathDest`). */
  resolveLink(linkpath: string, sourcePath: string): string | null;
  settings(): Settings;
  /** Obsidian's `moment`, strict (see `momentParser`). */
  parseDate: ParseDate;
  /** The daily notes' folder and format, read again at each build (absent: Obsidian's defaults). */
  readDailyNotes?: () => Promise<DailyNotes>;
  /**
   * Obsidian's `metadataCache.resolvedLinks` (note → destination → references), complete once the
   * cache is resolved: a build takes each note's links from it instead of resolving them again.
   * Not used for a single note's change, which arrives before Obsidian resolves that note's links.
   */
  resolvedLinks?: () => Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;
}

/** Does the cache list an open task? */
function hasOpenTask(cache: CachedMetadata): boolean {
  const items = cache.listItems;
  if (items === undefined) return false;
  for (let i = 0; i < items.length; i++) if (isOpenTask(items[i]?.task)) return true;
  return false;
}

export class TouchTracker {
  private touches = new TouchIndex();
  private daily: DailyNotes = { folder: "", format: "YYYY-MM-DD" };
  private rulesFor: { settings: Settings; daily: DailyNotes; rules: DatedNoteRules } | null = null;
  /** In a build's detached tracker: the resolved links as the build began (`undefined`: none). */
  private resolved: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;
  private resolverFor: { isContact: (path: string) => boolean; resolve: ResolveContact } | null = null;

  constructor(private readonly services: TouchTrackerServices) {}

  /** What readers ask: mentions and follow-ups by contact. */
  get index(): TouchIndex {
    return this.touches;
  }

  /** The daily notes' folder and format changed (read from the vault's settings files). */
  setDailyNotes(daily: DailyNotes): void {
    this.daily = daily;
  }

  /** Reads the daily notes' settings again (at each build: no event says they changed). */
  async refreshDailyNotes(): Promise<void> {
    if (this.services.readDailyNotes !== undefined) this.setDailyNotes(await this.services.readDailyNotes());
  }

  rules(): DatedNoteRules {
    const settings = this.services.settings();
    if (this.rulesFor?.settings !== settings || this.rulesFor.daily !== this.daily) {
      this.rulesFor = {
        settings,
        daily: this.daily,
        rules: { daily: this.daily, parseDate: this.services.parseDate, dateKeys: settings.mentionDateKeys },
      };
    }
    return this.rulesFor.rules;
  }

  /** A daily note is never a contact. */
  isDailyNote(path: string): boolean {
    return isDailyNote(path, this.rules());
  }

  /**
   * Reads a note's touches from its cache (`null`: the note is gone) and returns the contacts
   * whose mentions or follow-ups changed, before and after.
   */
  update(path: string, cache: CachedMetadata | null, isContact: (path: string) => boolean): Set<string> {
    if (cache === null) return this.touches.removeNote(path);
    const read = this.read(path, cache, isContact(path), isContact);
    return read === null ? this.touches.removeNote(path) : this.touches.setNote(path, read.date, read.scan);
  }

  /**
   * A build's detached tracker reads one note into its fresh index (nobody listens for what
   * changed); the build asks it of every note, and says whether the note is itself a contact.
   */
  fill(path: string, cache: CachedMetadata, own: boolean, isContact: (path: string) => boolean): void {
    const read = this.read(path, cache, own, isContact);
    if (read !== null) this.touches.addNote(path, read.date, read.scan);
  }

  /** A note's date and touches, or `null` when it can hold none (neither dated with links, nor with an open task). */
  private read(
    path: string,
    cache: CachedMetadata,
    own: boolean,
    isContact: (path: string) => boolean,
  ): { date: IsoDate | null; scan: NoteTouches } | null {
    const settings = this.services.settings();
    const linked = cache.links !== undefined || cache.frontmatterLinks !== undefined;
    const dated = linked && settings.countMentions ? datedNote(path, cache.frontmatter, own, this.rules()) : null;
    if (dated === null && !hasOpenTask(cache)) return null;
    const resolve = this.contactResolver(isContact);
    const counts = this.resolved?.[path];
    const resolved: ResolvedLinks | undefined = counts === undefined ? undefined : { counts, isContact };
    const scan = scanNote(
      cache,
      path,
      { dated: dated !== null, ownerContact: own ? path : null, reachOutHeading: settings.reachOutHeading },
      resolve,
      resolved,
    );
    return { date: dated?.date ?? null, scan };
  }

  /** Resolves a link to a contact; one closure per `isContact` (a build passes the same one for every note). */
  private contactResolver(isContact: (path: string) => boolean): ResolveContact {
    if (this.resolverFor?.isContact !== isContact) {
      const resolve = (linkpath: string, source: string): string | null => {
        const path = this.services.resolveLink(linkpath, source);
        return path !== null && isContact(path) ? path : null;
      };
      this.resolverFor = { isContact, resolve };
    }
    return this.resolverFor.resolve;
  }

  /** Forgets a note (deleted). */
  remove(path: string): Set<string> {
    return this.touches.removeNote(path);
  }

  /** Starts again from nothing (a rebuild fills a fresh index, then swaps it in). */
  replaceIndex(next: TouchIndex): void {
    this.touches = next;
  }

  /** A fresh tracker state for a build, filled by `fill` calls on a detached index. */
  detached(): TouchTracker {
    const tracker = new TouchTracker(this.services);
    tracker.daily = this.daily;
    tracker.resolved = this.services.resolvedLinks?.();
    return tracker;
  }

  /** The notes whose follow-ups' due dates are still to be read. */
  notesToRead(): string[] {
    return this.touches.notesWithFollowUps();
  }

  /** Records the due dates found in a note's text; returns the contacts concerned. */
  readDueDates(path: string, text: string): Set<string> {
    return this.touches.setDueDates(path, dueDatesAt(text, this.touches.followUpLinesIn(path)));
  }
}
