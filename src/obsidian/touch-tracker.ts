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
import { isOpenTask, scanNote, type ResolveContact, type ResolvedLinks } from "../core/note-touches";
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
  /** A build's detached tracker fills a fresh index, which nobody listens to. */
  private filling = false;
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

  /** Could this note mention someone or hold a follow-up? Cheap: the build asks it of every note. */
  mayHoldTouches(path: string, cache: CachedMetadata, isContact: boolean): boolean {
    if (hasOpenTask(cache)) return true;
    if (cache.links === undefined && cache.frontmatterLinks === undefined) return false;
    return this.services.settings().countMentions && datedNote(path, cache.frontmatter, isContact, this.rules()) !== null;
  }

  /**
   * Reads a note's touches from its cache (`null`: the note is gone) and returns the contacts
   * whose mentions or follow-ups changed, before and after.
   */
  update(path: string, cache: CachedMetadata | null, isContact: (path: string) => boolean): Set<string> {
    if (cache === null) return this.touches.removeNote(path);
    const own = isContact(path);
    const settings = this.services.settings();
    // As `mayHoldTouches`, with the note's date read once.
    const linked = cache.links !== undefined || cache.frontmatterLinks !== undefined;
    const dated = linked && settings.countMentions ? datedNote(path, cache.frontmatter, own, this.rules()) : null;
    if (dated === null && !hasOpenTask(cache)) return this.touches.removeNote(path);
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
    // A build's fresh index: nobody listens for what changed.
    if (this.filling) {
      this.touches.addNote(path, dated?.date ?? null, scan);
      return new Set();
    }
    return this.touches.setNote(path, dated?.date ?? null, scan);
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

  /** A fresh tracker state for a build, filled by `update` calls on a detached index. */
  detached(): TouchTracker {
    const tracker = new TouchTracker(this.services);
    tracker.daily = this.daily;
    tracker.resolved = this.services.resolvedLinks?.();
    tracker.filling = true;
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
