/**
 * Mentions and follow-ups of the whole vault, kept per note and looked up per contact. The
 * plugin updates it one note at a time (a change to a dated note touches only the contacts it
 * mentions, before and after the change); the command line fills it once. Pure: paths in,
 * paths out.
 */
import type { IsoDate } from "./dates";
import type { FollowUpRef, NoteTouches } from "./note-touches";

export interface Mention {
  date: IsoDate;
  /** The dated note's path. */
  note: string;
}

export interface FollowUp {
  /** The note the task is in, and its line (0-based). */
  note: string;
  line: number;
  /** The due date its line carries, once the line has been read (`null`: none, or not read yet). */
  due: IsoDate | null;
}

interface NoteEntry {
  date: IsoDate | null;
  mentioned: readonly string[];
  followUps: readonly FollowUpRef[];
}

/**
 * Per contact, flat pairs rather than a map each (a build fills ten thousand of them): a
 * contact's mentions as `[note, date, note, date, …]`, its follow-ups as `[note, line, …]`.
 */
type Pairs<T> = Array<string | T>;

/** Removes the pairs whose first element is `note`, in place; returns whether any was there. */
function dropNote<T>(pairs: Pairs<T>, note: string): boolean {
  let to = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i] === note) continue;
    if (to !== i) {
      pairs[to] = pairs[i] as string;
      pairs[to + 1] = pairs[i + 1] as T;
    }
    to += 2;
  }
  const dropped = to !== pairs.length;
  pairs.length = to;
  return dropped;
}

const NONE: readonly string[] = Object.freeze([]);

export class TouchIndex {
  private readonly notes = new Map<string, NoteEntry>();
  /** contact → its mentions: dated note, date, … */
  private readonly mentions = new Map<string, Pairs<IsoDate>>();
  /** contact → its open follow-ups: note, line, … */
  private readonly followUpLines = new Map<string, Pairs<number>>();
  /** note → line → due date, for the follow-ups whose line has been read. */
  private readonly dueDates = new Map<string, Map<number, IsoDate>>();

  /** Number of notes that mention someone or hold a follow-up. */
  get size(): number {
    return this.notes.size;
  }

  /**
   * Records what a note says now (replacing what it said before); `date` is the note's date when
   * it is dated. Returns the contacts whose mentions or follow-ups changed (before and after).
   */
  setNote(path: string, date: IsoDate | null, touches: NoteTouches): Set<string> {
    const affected = this.removeNote(path);
    this.record(path, date, touches, affected);
    return affected;
  }

  /** Records a note this index does not hold yet (a build fills a fresh index one note at a time). */
  addNote(path: string, date: IsoDate | null, touches: NoteTouches): void {
    if (this.notes.has(path)) this.setNote(path, date, touches);
    else this.record(path, date, touches, null);
  }

  private record(path: string, date: IsoDate | null, touches: NoteTouches, affected: Set<string> | null): void {
    const mentioned = date === null ? NONE : touches.mentioned;
    if (mentioned.length === 0 && touches.followUps.length === 0) return;
    this.notes.set(path, { date, mentioned, followUps: touches.followUps });
    if (date !== null) {
      for (const contact of mentioned) {
        const pairs = this.mentions.get(contact);
        if (pairs === undefined) this.mentions.set(contact, [path, date]);
        else pairs.push(path, date);
        affected?.add(contact);
      }
    }
    for (const ref of touches.followUps) {
      for (const contact of ref.contacts) {
        const pairs = this.followUpLines.get(contact);
        if (pairs === undefined) this.followUpLines.set(contact, [path, ref.line]);
        else pairs.push(path, ref.line);
        affected?.add(contact);
      }
    }
  }

  /** Forgets a note (deleted, or no longer read). Returns the contacts it concerned. */
  removeNote(path: string): Set<string> {
    const affected = new Set<string>();
    const entry = this.notes.get(path);
    if (entry === undefined) return affected;
    this.notes.delete(path);
    this.dueDates.delete(path);
    for (const contact of entry.mentioned) {
      const pairs = this.mentions.get(contact);
      if (pairs !== undefined && dropNote(pairs, path) && pairs.length === 0) this.mentions.delete(contact);
      affected.add(contact);
    }
    for (const ref of entry.followUps) {
      for (const contact of ref.contacts) {
        const pairs = this.followUpLines.get(contact);
        if (pairs !== undefined && dropNote(pairs, path) && pairs.length === 0) this.followUpLines.delete(contact);
        affected.add(contact);
      }
    }
    return affected;
  }

  /** The notes that mention a contact or hold a follow-up for them (to read again when the contact moves). */
  notesAbout(contact: string): string[] {
    const notes = new Set<string>();
    for (const pairs of [this.mentions.get(contact), this.followUpLines.get(contact)]) {
      if (pairs !== undefined) for (let i = 0; i < pairs.length; i += 2) notes.add(pairs[i] as string);
    }
    return [...notes];
  }

  /** The latest mention on or before `today` (the newest note path first on a tie, for a stable answer). */
  latestMention(contact: string, today: IsoDate): Mention | null {
    const pairs = this.mentions.get(contact);
    if (pairs === undefined) return null;
    let bestNote: string | null = null;
    let bestDate: IsoDate | null = null;
    for (let i = 0; i < pairs.length; i += 2) {
      const note = pairs[i] as string;
      const date = pairs[i + 1] as IsoDate;
      if (date > today) continue;
      if (bestDate === null || bestNote === null || date > bestDate || (date === bestDate && note > bestNote)) {
        bestNote = note;
        bestDate = date;
      }
    }
    return bestNote === null || bestDate === null ? null : { date: bestDate, note: bestNote };
  }

  /** How many dated notes on or before `today` mention a contact (triage offers the most mentioned first). */
  mentionCount(contact: string, today: IsoDate): number {
    const pairs = this.mentions.get(contact);
    if (pairs === undefined) return 0;
    let n = 0;
    for (let i = 1; i < pairs.length; i += 2) if ((pairs[i] as IsoDate) <= today) n++;
    return n;
  }

  /** Every mention of a contact, newest first. */
  mentionsOf(contact: string): Mention[] {
    return [...this.mentionNotes(contact)]
      .map(([note, date]) => ({ date, note }))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.note < b.note ? 1 : -1));
  }

  /** The dated notes that mention a contact and their dates, in no set order (no list is made). */
  *mentionNotes(contact: string): Generator<readonly [note: string, date: IsoDate]> {
    const pairs = this.mentions.get(contact);
    if (pairs === undefined) return;
    for (let i = 0; i < pairs.length; i += 2) yield [pairs[i] as string, pairs[i + 1] as IsoDate];
  }

  /** The days in `[from, to]` on which a contact was mentioned. */
  mentionDays(contact: string, from: IsoDate, to: IsoDate): IsoDate[] {
    const pairs = this.mentions.get(contact);
    if (pairs === undefined) return [];
    const days: IsoDate[] = [];
    for (let i = 1; i < pairs.length; i += 2) {
      const date = pairs[i] as IsoDate;
      if (date >= from && date <= to && !days.includes(date)) days.push(date);
    }
    return days;
  }

  /**
   * Records the due dates read from a note's follow-up lines (line → date; lines without one are
   * left out). Returns the contacts concerned, whose follow-ups may now be due.
   */
  setDueDates(note: string, dates: ReadonlyMap<number, IsoDate>): Set<string> {
    const affected = new Set<string>();
    const entry = this.notes.get(note);
    if (entry === undefined) return affected;
    if (dates.size === 0) this.dueDates.delete(note);
    else this.dueDates.set(note, new Map(dates));
    for (const ref of entry.followUps) for (const c of ref.contacts) affected.add(c);
    return affected;
  }

  /** The lines of a note's open follow-ups (to read their due dates). */
  followUpLinesIn(note: string): number[] {
    return this.notes.get(note)?.followUps.map((f) => f.line) ?? [];
  }

  /** A contact's open follow-ups, by note path then line. */
  followUpsOf(contact: string): FollowUp[] {
    const pairs = this.followUpLines.get(contact);
    if (pairs === undefined) return [];
    const list: FollowUp[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const note = pairs[i] as string;
      const line = pairs[i + 1] as number;
      list.push({ note, line, due: this.dueDates.get(note)?.get(line) ?? null });
    }
    return list.sort((a, b) => (a.note < b.note ? -1 : a.note > b.note ? 1 : a.line - b.line));
  }

  /** The earliest due date among a contact's open follow-ups, or `null`. */
  earliestDue(contact: string): IsoDate | null {
    const pairs = this.followUpLines.get(contact);
    if (pairs === undefined) return null;
    let best: IsoDate | null = null;
    for (let i = 0; i < pairs.length; i += 2) {
      const due = this.dueDates.get(pairs[i] as string)?.get(pairs[i + 1] as number);
      if (due !== undefined && (best === null || due < best)) best = due;
    }
    return best;
  }

  /** How many open follow-ups a contact has (no list is made). */
  followUpCount(contact: string): number {
    return (this.followUpLines.get(contact)?.length ?? 0) / 2;
  }

  /** The notes that hold follow-ups for anyone (their due dates are read from these). */
  notesWithFollowUps(): string[] {
    const out: string[] = [];
    for (const [path, entry] of this.notes) if (entry.followUps.length > 0) out.push(path);
    return out;
  }
}
