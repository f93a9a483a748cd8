/**
 * The index's schedule and problems for one day, kept per revision, day and "soon" window (a
 * settings change may leave the revision where it was). Each contact's schedule is also kept
 * across revisions for the day: a change replaces only its note's contact, so only it is scheduled
 * again.
 */
import type { Contact, Problem } from "../core/contact";
import type { IsoDate } from "../core/dates";
import { scheduleContact, type ScheduledContact } from "../core/schedule";
import type { Mention } from "../core/touch-index";
import type { ContactIndexReader } from "../ports";

type Source = Pick<ContactIndexReader, "revision" | "state" | "contacts">;

/** The latest mention of a contact up to today, when mentions count. */
export type MentionOf = (contact: Contact, today: IsoDate) => Mention | null;

export class DayCache {
  constructor(private readonly mentionOf: MentionOf = () => null) {}

  /** Everyone's mentions may have changed (a build): schedule everyone again on the next read. */
  forgetAll(): void {
    this.daySchedule = null;
    this.scheduleCache = null;
    this.problemsCache = null;
  }

  /** These contacts' mentions changed: schedule them again on the next read. */
  forget(contacts: Iterable<Contact>): void {
    const day = this.daySchedule;
    if (day === null) return;
    for (const c of contacts) day.byContact.delete(c);
  }

  private daySchedule: { today: IsoDate; soonDays: number; byContact: WeakMap<Contact, ScheduledContact> } | null = null;
  private scheduleCache: { rev: number; today: IsoDate; soonDays: number; list: readonly ScheduledContact[] } | null = null;
  private problemsCache: { rev: number; today: IsoDate; soonDays: number; list: readonly Problem[] } | null = null;

  scheduled(index: Source, today: IsoDate, soonDays: number): readonly ScheduledContact[] {
    const rev = index.revision;
    const cached = this.scheduleCache;
    if (cached !== null && cached.rev === rev && cached.today === today && cached.soonDays === soonDays && index.state === "ready")
      return cached.list;
    let day = this.daySchedule;
    if (day === null || day.today !== today || day.soonDays !== soonDays) {
      day = { today, soonDays, byContact: new WeakMap() };
      this.daySchedule = day;
    }
    const { byContact } = day;
    const list = index.contacts().map((c) => {
      let s = byContact.get(c);
      if (s === undefined) {
        s = scheduleContact(c, today, soonDays, this.mentionOf(c, today));
        byContact.set(c, s);
      }
      return s;
    });
    this.scheduleCache = { rev, today, soonDays, list };
    return list;
  }

  problems(index: Source, today: IsoDate, soonDays: number): readonly Problem[] {
    const rev = index.revision;
    const cached = this.problemsCache;
    if (cached !== null && cached.rev === rev && cached.today === today && cached.soonDays === soonDays && index.state === "ready")
      return cached.list;
    const list: Problem[] = [];
    for (const s of this.scheduled(index, today, soonDays)) {
      // Most contacts have none: nothing is copied for them.
      if (s.contact.problems.length > 0) list.push(...s.contact.problems);
      if (s.problems.length > 0) list.push(...s.problems);
    }
    this.problemsCache = { rev, today, soonDays, list };
    return list;
  }
}
