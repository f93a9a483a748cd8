/**
 * The calendar's touches, gathered from the index once per revision and day and shared by every
 * calendar view and the review's budget chart (the index parses a log the first time it is read,
 * from the text it already holds: no note is read for this).
 */
import type { IsoDate } from "../../core/dates";
import { touchesOf, type Touch } from "../../core/touches";
import type { ContactIndexReader } from "../../ports";

export class TouchCache {
  private key = "";
  private touches: Touch[] = [];
  private byPath = new Map<string, Touch[]>();

  all(index: ContactIndexReader, today: IsoDate): readonly Touch[] {
    this.refresh(index, today);
    return this.touches;
  }

  of(index: ContactIndexReader, today: IsoDate, path: string): readonly Touch[] {
    this.refresh(index, today);
    return this.byPath.get(path) ?? [];
  }

  private refresh(index: ContactIndexReader, today: IsoDate): void {
    const key = `${index.revision}|${today}`;
    if (key === this.key) return;
    this.touches = touchesOf(index.contacts(), today);
    this.byPath = new Map();
    for (const t of this.touches) {
      const list = this.byPath.get(t.path);
      if (list === undefined) this.byPath.set(t.path, [t]);
      else list.push(t);
    }
    this.key = key;
  }
}
