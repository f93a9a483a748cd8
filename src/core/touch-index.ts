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

const EMPTY: ReadonlyMap<string, IsoDate> = new Map();

export class TouchIndex {
  private readonly notes = new Map<string, NoteEntry>();
  /** contact → dated note → its date. */
  private readonly mentions = new Map<string, Map<string, IsoDate>>();
  /** contact → note → the lines of its open follow-ups there. */
  private readonly followUpLines = new Map<string, Map<string, number[]>>();
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
    const mentioned = date === null ? [] : touches.mentioned;
    if (mentioned.length === 0 && touches.followUps.length === 0) return affected;
    this.notes.set(path, { date, mentioned, followUps: touches.followUps });
    if (date !== null) {
      for (const contact of mentioned) {
        let byNote = this.mentions.get(contact);
        if (byNote === undefined) this.mentions.set(contact, (byNote = new Map<string, IsoDate>()));
        byNote.set(path, date);
        affected.add(contact);
      }
    }
    for (const ref of touches.followUps) {
      for (const contact of ref.contacts) {
        let byNote = this.followUpLines.get(contact);
        if (byNote === undefined) this.followUpLines.set(contact, (byNote = new Map<string, number[]>()));
        const lines = byNote.get(path);
        if (lines === undefined) byNote.set(path, [ref.line]);
        else if (!lines.includes(ref.line)) lines.push(ref.line);
        affected.add(contact);
      }
    }
    return affected;
  }

  /** Forgets a note (deleted, or no longer read). Returns the contacts it concerned. */
  removeNote(path: string): Set<string> {
    const affected = new Set<string>();
    const entry = this.notes.get(path);
    if (entry === undefined) return affected;
    this.notes.delete(path);
    this.dueDates.delete(path);
    for (const contact of entry.mentioned) {
      const byNote = this.mentions.get(contact);
      byNote?.delete(path);
      if (byNote?.size === 0) this.mentions.delete(contact);
      affected.add(contact);
    }
    for (const ref of entry.followUps) {
      for (const contact of ref.contacts) {
        const byNote = this.followUpLines.get(contact);
        byNote?.delete(path);
        if (byNote?.size === 0) this.followUpLines.delete(contact);
        affected.add(contact);
      }
    }
    return affected;
  }

  /** The notes that mention a contact or hold a follow-up for them (to read again when the contact moves). */
  notesAbout(contact: string): string[] {
    const notes = new Set<string>([...(this.mentions.get(contact)?.keys() ?? []), ...(this.followUpLines.get(contact)?.keys() ?? [])]);
    return [...notes];
  }

  /** The latest mention on or before `today` (the newest note path first on a tie, for a stable answer). */
  latestMention(contact: string, today: IsoDate): Mention | null {
    const byNote = this.mentions.get(contact);
    if (byNote === undefined) return null;
    let best: Mention | null = null;
    for (const [note, date] of byNote) {
      if (date > today) continue;
      if (best === null || date > best.date || (date === best.date && note > best.note)) best = { date, note };
    }
    return best;
  }

  /** How many dated notes on or before `today` mention a contact (triage offers the most mentioned first). */
  mentionCount(contact: string, today: IsoDate): number {
    const byNote = this.mentions.get(contact);
    if (byNote === undefined) return 0;
    let n = 0;
    for (const date of byNote.values()) if (date <= today) n++;
    return n;
  }

  /** Every mention of a contact, newest first. */
  mentionsOf(contact: string): Mention[] {
    const byNote = this.mentions.get(contact);
    if (byNote === undefined) return [];
    return [...byNote]
      .map(([note, date]) => ({ date, note }))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.note < b.note ? 1 : -1));
  }

  /** The dated notes that mention a contact and their dates, in no set order (no list is made). */
  mentionNotes(contact: string): ReadonlyMap<string, IsoDate> {
    return this.mentions.get(contact) ?? EMPTY;
  }

  /** The days in `[from, to]` on which a contact was mentioned. */
  mentionDays(contact: string, from: IsoDate, to: IsoDate): IsoDate[] {
    const byNote = this.mentions.get(contact);
    if (byNote === undefined) return [];
    const days: IsoDate[] = [];
    for (const date of byNote.values()) if (date >= from && date <= to && !days.includes(date)) days.push(date);
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
    const byNote = this.followUpLines.get(contact);
    if (byNote === undefined) return [];
    const list: FollowUp[] = [];
    for (const [note, lines] of byNote) {
      const dates = this.dueDates.get(note);
      for (const line of lines) list.push({ note, line, due: dates?.get(line) ?? null });
    }
    return list.sort((a, b) => (a.note < b.note ? -1 : a.note > b.note ? 1 : a.line - b.line));
  }

  /** The earliest due date among a contact's open follow-ups, or `null`. */
  earliestDue(contact: string): IsoDate | null {
    const byNote = this.followUpLines.get(contact);
    if (byNote === undefined) return null;
    let best: IsoDate | null = null;
    for (const [note, lines] of byNote) {
      const dates = this.dueDates.get(note);
      if (dates === undefined) continue;
      for (const line of lines) {
        const due = dates.get(line);
        if (due !== undefined && (best === null || due < best)) best = due;
      }
    }
    return best;
  }

  /** How many open follow-ups a contact has (no list is made). */
  followUpCount(contact: string): number {
    const byNote = this.followUpLines.get(contact);
    if (byNote === undefined) return 0;
    let n = 0;
    for (const lines of byNote.values()) n += lines.length;
    return n;
  }

  /** The notes that hold follow-ups for anyone (their due dates are read from these). */
  notesWithFollowUps(): string[] {
    const out: string[] = [];
    for (const [path, entry] of this.notes) if (entry.followUps.length > 0) out.push(path);
    return out;
  }
}
