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

/** Which source names a day when several record it: the log says most, a bare `last-touch` least. */
const SOURCE_RANK: Record<TouchSource, number> = { log: 0, mention: 1, frontmatter: 2 };

/**
 * Every touch of these contacts up to `today`, in contact order then by day. `extra` brings
 * touches found elsewhere (mentions); they join the same one-per-day rule. Reads each contact's
 * log (the index parses it on first use from the text it already holds).
 */
export function touchesOf(contacts: Iterable<Contact>, today: IsoDate, extra: Iterable<Touch> = []): Touch[] {
  const last = toEpochDay(today);
  const byContact = new Map<string, Map<number, Touch>>();
  const add = (t: Touch): void => {
    if (t.day > last) return;
    let days = byContact.get(t.path);
    if (days === undefined) byContact.set(t.path, (days = new Map<number, Touch>()));
    const had = days.get(t.day);
    if (had === undefined || SOURCE_RANK[t.source] < SOURCE_RANK[had.source]) days.set(t.day, t);
  };
  for (const c of contacts) {
    byContact.set(c.path, new Map<number, Touch>());
    for (const entry of c.log) add({ path: c.path, day: toEpochDay(entry.date), source: "log", note: c.path });
    if (c.lastTouchField !== null) add({ path: c.path, day: toEpochDay(c.lastTouchField), source: "frontmatter", note: c.path });
  }
  for (const t of extra) add(t);
  const out: Touch[] = [];
  for (const days of byContact.values()) out.push(...[...days.values()].sort((a, b) => a.day - b.day));
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
