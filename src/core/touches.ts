/**
 * Touches: the days on which the user was in touch with a contact, from every source the
 * schedule counts (the log, `last-touch`, and mentions in dated notes when they are given). One
 * touch per contact per day, as the week plan counts them: a call logged on the day `last-touch`
 * names is one touch, not two. Days after today never count.
 */
import type { Contact } from "./contact";
import { isoWeek, toEpochDay, toIsoDate, type IsoDate } from "./dates";

export type TouchSource = "log" | "frontmatter" | "mention";

export interface Touch {
  /** The contact's note. */
  path: string;
  /** The day, as days since 1970-01-01 (`toEpochDay`). */
  day: number;
  source: TouchSource;
  /** The note that records it: the contact's own for the log and `last-touch`, the dated note for a mention. */
  note: string;
}

/** Where mentions come from (the `TouchIndex`): each dated note that mentions a contact, and its date. */
export interface MentionSource {
  mentionNotes(contact: string): Iterable<readonly [note: string, date: IsoDate]>;
}

export interface TouchSources {
  /** Mentions in dated notes; leave it out (or `null`) when setting `countMentions` is off. */
  mentions?: MentionSource | null;
  /** Touches found elsewhere; they join the same one-per-day rule. */
  extra?: Iterable<Touch>;
}

/** Which source names a day when several record it: the log says most, a bare `last-touch` least. */
const SOURCE_RANK: Record<TouchSource, number> = { log: 0, mention: 1, frontmatter: 2 };
const SOURCES: readonly TouchSource[] = ["log", "mention", "frontmatter"];
/** Keeps the packed numbers positive for days before 1970 (back to year 0). */
const DAY_OFFSET = 800_000;
const REFS = 1_048_576;

/**
 * Gathers one contact's candidate touches as numbers, `(day' · 3 + rank) · 2^20 + i` (`i` the
 * place of a mention's note or an extra touch), so that sorting numbers puts each day's best
 * source first and a Touch is made only for the day's survivor. Thousands of contacts with a
 * hundred thousand log entries: objects made per entry, and per contact, are what this avoids.
 */
class DayPicker {
  private keys = new Float64Array(256);
  private size = 0;
  private refs: (string | Touch)[] = [];
  constructor(private readonly last: number) {}

  add(day: number, source: TouchSource, ref?: string | Touch): void {
    if (day > this.last) return;
    let i = 0;
    if (ref !== undefined) i = this.refs.push(ref);
    if (this.size === this.keys.length) {
      const grown = new Float64Array(this.size * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.size++] = ((day + DAY_OFFSET) * 3 + SOURCE_RANK[source]) * REFS + i;
  }

  /** The contact's touches, one per day, by day; appended to `out`. */
  drain(path: string, out: Touch[]): void {
    const keys = this.keys.subarray(0, this.size).sort();
    let lastDay = Number.NaN;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] ?? 0;
      const dayRank = Math.floor(key / REFS);
      const shifted = Math.floor(dayRank / 3);
      const day = shifted - DAY_OFFSET;
      if (day === lastDay) continue;
      lastDay = day;
      let ref = this.refs[(key % REFS) - 1];
      // Several notes mention them that day: name the one whose path sorts first.
      for (let j = k + 1; typeof ref === "string" && j < keys.length && Math.floor((keys[j] ?? 0) / REFS) === dayRank; j++) {
        const other = this.refs[((keys[j] ?? 0) % REFS) - 1];
        if (typeof other === "string" && other < ref) ref = other;
      }
      const source = SOURCES[dayRank - shifted * 3] ?? "log";
      out.push(typeof ref === "object" ? ref : { path, day, source, note: ref ?? path });
    }
    this.size = 0;
    if (this.refs.length > 0) this.refs = [];
  }
}

/**
 * Every touch of these contacts up to `today`, in contact order then by day: their log entries,
 * `last-touch`, and the dated notes that mention them (unless the contact sets `ignore-mentions`).
 * The one rule the calendar, the budget chart and `stats` all count with. No note is read: the
 * log's days are in the contact's `logFacts`. On a tie of day and source, the
 * note that sorts first (by path) is named.
 */
export function touchesOf(contacts: Iterable<Contact>, today: IsoDate, sources: TouchSources = {}): Touch[] {
  const picker = new DayPicker(toEpochDay(today));
  const extra = new Map<string, Touch[]>();
  for (const t of sources.extra ?? []) {
    const list = extra.get(t.path);
    if (list === undefined) extra.set(t.path, [t]);
    else list.push(t);
  }
  // Mentions repeat the same few thousand dates: each is turned into a day number once.
  const dayOf = new Map<IsoDate, number>();
  const out: Touch[] = [];
  for (const c of contacts) {
    const path = c.path;
    const facts = c.logFacts;
    for (let i = 0; i < facts.size; i++) picker.add(facts.day(i), "log");
    if (c.lastTouchField !== null) picker.add(toEpochDay(c.lastTouchField), "frontmatter");
    if (sources.mentions && !c.ignoreMentions) {
      for (const [note, date] of sources.mentions.mentionNotes(path)) {
        let day = dayOf.get(date);
        if (day === undefined) dayOf.set(date, (day = toEpochDay(date)));
        picker.add(day, "mention", note);
      }
    }
    for (const t of extra.get(path) ?? []) picker.add(t.day, t.source, t);
    extra.delete(path);
    picker.drain(path, out);
  }
  for (const [path, list] of extra) {
    for (const t of list) picker.add(t.day, t.source, t);
    picker.drain(path, out);
  }
  return out;
}

export interface WeekTouches {
  /** Monday of the ISO week. */
  start: IsoDate;
  touches: number;
}

/**
 * Touches per ISO week over the last `weeks` weeks, oldest first; the last is the week that
 * contains today (so far). The CLI's `stats` and the plugin's budget chart both draw this.
 */
export function weeklyTouches(touches: Iterable<Touch>, today: IsoDate, weeks = 26): WeekTouches[] {
  const thisMonday = toEpochDay(isoWeek(today).start);
  const first = thisMonday - (weeks - 1) * 7;
  const last = toEpochDay(today);
  const counts = new Array<number>(weeks).fill(0);
  for (const t of touches) {
    if (t.day < first || t.day > last) continue;
    const i = Math.floor((t.day - first) / 7);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts.map((n, i) => ({ start: toIsoDate(first + i * 7), touches: n }));
}

/** How many of the finished weeks (the current one left out) reached the budget. */
export function weeksWithinBudget(weeks: readonly WeekTouches[], budget: number): { kept: number; finished: number } {
  const finished = weeks.slice(0, -1);
  return { kept: finished.filter((w) => w.touches >= budget).length, finished: finished.length };
}
