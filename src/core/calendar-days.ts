/**
 * Touches gathered per day, once: what the contact calendar draws its grids from (a grid sums day
 * counts, so drawing costs the days shown, not the touches) and where a click on a period finds
 * its touches (by day, without scanning them all).
 */
import { toEpochDay, type IsoDate } from "./dates";
import type { Touch } from "./touches";

/** The week and month grids reach back at most this many years (today's included). */
export const MAX_YEARS = 10;

export interface DayCounts {
  /** The first day `counts` holds, and today (the last). */
  readonly first: number;
  readonly last: number;
  /** Touches per day, from `first` to `last`. */
  readonly counts: Int32Array;
  /** The day of the earliest touch, or null when there is none. */
  readonly earliest: number | null;
}

export class TouchDays implements DayCounts {
  readonly first: number;
  readonly last: number;
  readonly counts: Int32Array;
  readonly earliest: number | null;
  /** Places in `touches`, in day order; the touches of day d start at `starts[d - first]`. */
  private readonly order: Int32Array;
  private readonly starts: Int32Array;
  private readonly touches: readonly Touch[];

  /** `touches` as `touchesOf` gives them; days after today, and before the years any grid shows, are left out. */
  constructor(touches: readonly Touch[], today: IsoDate) {
    const last = toEpochDay(today);
    const oldest = last - (MAX_YEARS + 1) * 366;
    let earliest = last + 1;
    for (const t of touches) if (t.day < earliest && t.day >= oldest) earliest = t.day;
    this.earliest = earliest > last ? null : earliest;
    this.first = Math.min(earliest, last);
    this.last = last;
    const span = last - this.first + 1;
    this.counts = new Int32Array(span);
    for (const t of touches) {
      const i = t.day - this.first;
      if (i >= 0 && t.day <= last) this.counts[i] = (this.counts[i] ?? 0) + 1;
    }
    // A counting sort: each day's touches land in its slice, in the order given.
    this.starts = new Int32Array(span + 1);
    for (let i = 0; i < span; i++) this.starts[i + 1] = (this.starts[i] ?? 0) + (this.counts[i] ?? 0);
    const next = this.starts.slice(0, span);
    this.order = new Int32Array(this.starts[span] ?? 0);
    touches.forEach((t, k) => {
      const i = t.day - this.first;
      if (i < 0 || t.day > last) return;
      this.order[next[i] ?? 0] = k;
      next[i] = (next[i] ?? 0) + 1;
    });
    this.touches = touches;
  }

  /** The touches of a period (whole days, clipped to what is held), in day order, then by contact. */
  touchesIn(period: { start: number; end: number }): Touch[] {
    const from = Math.max(period.start, this.first) - this.first;
    const to = Math.min(period.end, this.last) - this.first + 1;
    if (to <= from) return [];
    const list: Touch[] = [];
    for (const k of this.order.subarray(this.starts[from] ?? 0, this.starts[to] ?? 0)) {
      const t = this.touches[k];
      if (t !== undefined) list.push(t);
    }
    return list.sort((a, b) => a.day - b.day || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}
