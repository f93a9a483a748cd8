/**
 * The calendar's touches, gathered from the index once per revision, day and mention setting, and
 * shared by every calendar view and the review's budget chart: the same `touchesOf` the CLI's
 * `stats` counts with (log entries, `last-touch`, mentions in dated notes). No note is read: each
 * log's days are in the contact's facts, and mentions come from the index's metadata-cache touch
 * index.
 */
import { TouchDays } from "../../core/calendar-days";
import type { IsoDate } from "../../core/dates";
import { touchesOf, type Touch } from "../../core/touches";
import type { ContactIndexReader } from "../../ports";

export class TouchCache {
  private key = "";
  private touches: Touch[] = [];
  private byPath = new Map<string, Touch[]>();
  private days = new Map<string, TouchDays>();

  /** Every touch of the network, in contact order then by day. */
  all(index: ContactIndexReader, today: IsoDate, countMentions: boolean): readonly Touch[] {
    this.refresh(index, today, countMentions);
    return this.touches;
  }

  /** One contact's touches, by day. */
  of(index: ContactIndexReader, today: IsoDate, countMentions: boolean, path: string): readonly Touch[] {
    this.refresh(index, today, countMentions);
    return this.byPath.get(path) ?? [];
  }

  /** The touches per day of the network (`person` null) or of one contact, built once per refresh. */
  daysOf(index: ContactIndexReader, today: IsoDate, countMentions: boolean, person: string | null): TouchDays {
    this.refresh(index, today, countMentions);
    const key = person ?? "";
    let days = this.days.get(key);
    if (days === undefined) {
      days = new TouchDays(person === null ? this.touches : (this.byPath.get(person) ?? []), today);
      this.days.set(key, days);
    }
    return days;
  }

  private refresh(index: ContactIndexReader, today: IsoDate, countMentions: boolean): void {
    const key = `${index.revision}|${today}|${countMentions}`;
    if (key === this.key) return;
    this.touches = touchesOf(index.contacts(), today, { mentions: countMentions ? (index.touchIndex?.() ?? null) : null });
    this.byPath = new Map();
    // touchesOf gives each contact's touches together, in day order.
    let run: Touch[] = [];
    for (const t of this.touches) {
      if (run.length > 0 && run[0]?.path !== t.path) {
        this.byPath.set(run[0]?.path ?? "", run);
        run = [];
      }
      run.push(t);
    }
    if (run.length > 0) this.byPath.set(run[0]?.path ?? "", run);
    this.days = new Map();
    this.key = key;
  }
}
