/**
 * A log without its words: for each entry, in line order, its day, its line, its interaction type
 * and which reciprocity tags it carries. This is what the schedule, the week's touches, the
 * calendar, the review and the reciprocity hints read, so the index keeps it instead of the note's
 * text (a dozen small numbers an entry, against the whole note); the card, which shows summaries,
 * reads the entries again from the note.
 */
import { toEpochDay, toIsoDate, type IsoDate } from "./dates";
import type { LatestEntry, LogEntry } from "./log";

/** The log tags that feed reciprocity, without `#`. */
export const RECIPROCITY_TAGS = ["gave", "asked", "declined", "noreply"] as const;
export type ReciprocityTag = (typeof RECIPROCITY_TAGS)[number];

/** Whether an entry carries a tag; nested tags count (`#asked/intro` is an `#asked`). */
export function hasTag(entry: Pick<LogEntry, "tags">, tag: string): boolean {
  return entry.tags.some((t) => t === tag || t.startsWith(`${tag}/`));
}

/** Numbers per entry in `packed`: day, line, and the type's place in `types` (+1, 0 for none) × 16 + the tag bits. */
const STRIDE = 3;
const TAG_BITS = 16;

export class LogFacts {
  /** The facts of a log with no entries. */
  static readonly EMPTY = new LogFacts([], [], 0);

  private constructor(
    private readonly packed: readonly number[],
    /** The interaction types the entries name (the settings' list, shared by every contact, when given). */
    private readonly types: readonly string[],
    /** A hash of the entries' summaries: an edited summary is a change (the card shows it), though no fact moved. */
    private readonly words: number,
  ) {}

  /** The facts of these entries (in line order); `types` is the table the types are looked up in first. */
  static of(entries: readonly LogEntry[], types: readonly string[] = []): LogFacts {
    if (entries.length === 0) return LogFacts.EMPTY;
    let table = types;
    let words = 0x811c9dc5;
    const packed = new Array<number>(entries.length * STRIDE);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as LogEntry;
      let type = 0;
      if (e.type !== null) {
        let at = table.indexOf(e.type);
        // A type the table lacks (entries parsed under other settings): the table is copied once.
        if (at < 0) at = (table = table === types ? [...types, e.type] : [...table, e.type]).length - 1;
        type = at + 1;
      }
      let tags = 0;
      if (e.tags.length > 0) for (let t = 0; t < RECIPROCITY_TAGS.length; t++) if (hasTag(e, RECIPROCITY_TAGS[t] ?? "")) tags |= 1 << t;
      packed[i * STRIDE] = toEpochDay(e.date);
      packed[i * STRIDE + 1] = e.line;
      packed[i * STRIDE + 2] = type * TAG_BITS + tags;
      // FNV-1a over the summary, then a separator.
      const summary = e.summary;
      for (let c = 0; c < summary.length; c++) words = Math.imul(words ^ summary.charCodeAt(c), 0x01000193);
      words = Math.imul(words ^ 10, 0x01000193);
    }
    return new LogFacts(packed, table, words);
  }

  /** How many entries. */
  get size(): number {
    return this.packed.length / STRIDE;
  }

  /** The i-th entry's day (`toEpochDay`). */
  day(i: number): number {
    return this.packed[i * STRIDE] ?? 0;
  }

  /** The i-th entry's date. */
  date(i: number): IsoDate {
    return toIsoDate(this.day(i));
  }

  /** The i-th entry's 0-based line in the note. */
  line(i: number): number {
    return this.packed[i * STRIDE + 1] ?? 0;
  }

  /** The i-th entry's interaction type, `null` when it names none. */
  type(i: number): string | null {
    const code = Math.floor((this.packed[i * STRIDE + 2] ?? 0) / TAG_BITS);
    return code === 0 ? null : (this.types[code - 1] ?? null);
  }

  /** Whether the i-th entry carries a reciprocity tag (nested tags count). */
  hasTag(i: number, tag: ReciprocityTag): boolean {
    return (((this.packed[i * STRIDE + 2] ?? 0) % TAG_BITS) & (1 << RECIPROCITY_TAGS.indexOf(tag))) !== 0;
  }

  /** Every entry's day, in line order. */
  days(): number[] {
    const out = new Array<number>(this.size);
    for (let i = 0; i < out.length; i++) out[i] = this.day(i);
    return out;
  }

  /** The latest entry by date, then line; with `today`, the latest up to today (`null`: none). */
  latest(today?: IsoDate): LatestEntry | null {
    const last = today === undefined ? Infinity : toEpochDay(today);
    let best = -1;
    for (let i = 0; i < this.size; i++) {
      const day = this.day(i);
      if (day > last) continue;
      if (best < 0 || day > this.day(best) || (day === this.day(best) && this.line(i) > this.line(best))) best = i;
    }
    return best < 0 ? null : { date: this.date(best), line: this.line(best) };
  }

  /** The type of the entry on `line`; `null` when it names none or no entry is there. */
  typeAt(line: number): string | null {
    for (let i = 0; i < this.size; i++) if (this.line(i) === line) return this.type(i);
    return null;
  }

  /** Same entries: same days, lines, types, tags and summaries (by their hash). */
  equals(other: LogFacts): boolean {
    if (other === this) return true;
    if (other.packed.length !== this.packed.length || other.words !== this.words) return false;
    for (let i = 0; i < this.packed.length; i++) {
      if (i % STRIDE !== 2) {
        if (this.packed[i] !== other.packed[i]) return false;
      } else if (
        (this.packed[i] ?? 0) % TAG_BITS !== (other.packed[i] ?? 0) % TAG_BITS ||
        this.type(Math.floor(i / STRIDE)) !== other.type(Math.floor(i / STRIDE))
      )
        return false;
    }
    return true;
  }
}
