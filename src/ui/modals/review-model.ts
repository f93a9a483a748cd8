/**
 * What the do-not-contact list and the network review show, as plain data (no DOM), so the order
 * and the wording are tested on Node.
 */
import type { Contact } from "../../core/contact";
import type { IsoDate } from "../../core/dates";
import type { NetworkReview, ReviewItem } from "../../core/review";

// ---- the do-not-contact list --------------------------------------------------------------------

export interface SuppressedPerson {
  path: string;
  name: string;
  /** The date do-not-contact was set, when the note records it. */
  since: IsoDate | null;
}

/**
 * Everyone marked do-not-contact: the longest-standing first (by the date recorded), then those
 * whose note records no date, by name. This is an audit list, not a list of people to reach.
 */
export function suppressionList(contacts: readonly Contact[]): SuppressedPerson[] {
  return contacts
    .filter((c) => c.doNotContact)
    .map((c) => ({ path: c.path, name: c.name, since: c.doNotContactSince }))
    .sort((a, b) => {
      if (a.since !== b.since) {
        if (a.since === null) return 1;
        if (b.since === null) return -1;
        return a.since < b.since ? -1 : 1;
      }
      return a.name.localeCompare(b.name) || a.path.localeCompare(b.path);
    });
}

/** "Since 2026-03-04", or why there is no date. */
export function sinceText(p: SuppressedPerson): string {
  return p.since === null ? "Since: not recorded (the note says yes, without a date)" : `Since ${p.since}`;
}

export function suppressionSummary(count: number): string {
  if (count === 0) return "Nobody is marked do-not-contact.";
  const who = count === 1 ? "1 person asked" : `${count} people asked`;
  return `${who} not to be contacted. They stay in the vault and are never listed as due, planned, suggested or offered for a referral. Choose a name to open the note.`;
}

// ---- the network review -------------------------------------------------------------------------

export interface ReviewSection {
  key: keyof NetworkReview;
  title: string;
  /** What the section is for, in a sentence. */
  about: string;
  items: readonly ReviewItem[];
}

/** The review's four sections, in the order a review goes through them. */
export function reviewSections(review: NetworkReview): ReviewSection[] {
  return [
    {
      key: "longOverdue",
      title: "Long overdue",
      about: "Overdue by more than twice their cadence: move them to a slower tier, or give them a month.",
      items: review.longOverdue,
    },
    {
      key: "neverContacted",
      title: "Never contacted",
      about: "Tracked but never touched since they were added: plan the first touch.",
      items: review.neverContacted,
    },
    {
      key: "reconnect",
      title: "Dormant ties",
      about: "Untracked, not touched in three years or more: dormant ties are often the most useful to revive.",
      items: review.reconnect,
    },
    { key: "tierDrift", title: "Tier drift", about: "How often you actually talk, against their tier's cadence.", items: review.tierDrift },
  ];
}

export function reviewSummary(review: NetworkReview): string {
  const total = review.longOverdue.length + review.neverContacted.length + review.reconnect.length + review.tierDrift.length;
  if (total === 0) return "Nothing to review: nobody is far behind, never contacted, dormant or drifting from their tier.";
  return "Each item offers one change, a tier move or a snooze; nothing is ever deleted. Do-not-contact people are left out.";
}
