/**
 * Reciprocity: what the log tags say about give and take with one person, and at most
 * two gentle suggestions. Suggestions only: nothing here sets a flag, and the counts are for the
 * suggestions' reasons, not a score to show.
 */
import type { Contact } from "./contact";
import { toEpochDay, type IsoDate } from "./dates";
import { RECIPROCITY_TAGS, type ReciprocityTag } from "./log-facts";

// The tags and the nested-tag rule live with the log's facts, which record them per entry.
export { hasTag, RECIPROCITY_TAGS, type ReciprocityTag } from "./log-facts";

/** How many log entries carry each tag (an entry counts once per tag). */
export type ReciprocityCounts = Record<ReciprocityTag, number>;

export interface ReciprocitySuggestion {
  /** `no-refer`: consider setting no-refer. `untrack`: consider moving them to untracked. */
  kind: "no-refer" | "untrack";
  /** Who did what, and what to consider, e.g. "Sam Lee asked you for something 3 times and declined once when you asked; no entry says they gave. Consider no-refer." */
  reason: string;
  /** The evidence the suggestion rests on; a suggestion put off ("not now") comes back only when this changes. */
  evidence: string;
}

export interface Reciprocity {
  counts: ReciprocityCounts;
  /** At most one of each kind; empty for do-not-contact people (already suppressed). */
  suggestions: ReciprocitySuggestion[];
}

/** The one-way pattern: at least this many `#asked`, … */
export const ONE_WAY_ASKED = 3;
/** … at least this many `#declined`, and no `#gave` at all. */
export const ONE_WAY_DECLINED = 1;
/** This many most recent entries all `#noreply`. */
export const NO_REPLY_RUN = 3;

function times(n: number): string {
  return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

/**
 * Counts the reciprocity tags in a contact's log (entries after `today` are left out when it is
 * given) and makes these suggestions:
 * - consider no-refer: at least 3 entries tagged `#asked`, at least 1 `#declined`, none `#gave`,
 *   and no-refer is not already set;
 * - consider untracked: the contact is tracked and its 3 most recent entries (by date, then by
 *   their order in the note) are all tagged `#noreply`.
 * Do-not-contact people get no suggestions.
 */
export function reciprocity(contact: Contact, today?: IsoDate): Reciprocity {
  const facts = contact.logFacts;
  const last = today === undefined ? Infinity : toEpochDay(today);
  // The entries up to today, by their place in the facts.
  const entries: number[] = [];
  for (let i = 0; i < facts.size; i++) if (facts.day(i) <= last) entries.push(i);
  const counts = Object.fromEntries(
    RECIPROCITY_TAGS.map((tag) => [tag, entries.filter((i) => facts.hasTag(i, tag)).length]),
  ) as ReciprocityCounts;
  const suggestions: ReciprocitySuggestion[] = [];
  if (contact.doNotContact) return { counts, suggestions };

  if (!contact.noRefer && counts.asked >= ONE_WAY_ASKED && counts.declined >= ONE_WAY_DECLINED && counts.gave === 0) {
    suggestions.push({
      kind: "no-refer",
      reason: `${contact.name} asked you for something ${times(counts.asked)} and declined ${times(counts.declined)} when you asked; no entry says they gave. Consider no-refer: you stop referring people to them, privately.`,
      evidence: `asked ${counts.asked}, declined ${counts.declined}`,
    });
  }

  const at = (i: number | undefined): string => (i === undefined ? "" : facts.date(i));
  const latest = entries.sort((a, b) => facts.day(b) - facts.day(a) || facts.line(b) - facts.line(a)).slice(0, NO_REPLY_RUN);
  if (contact.cadence !== null && latest.length === NO_REPLY_RUN && latest.every((i) => facts.hasTag(i, "noreply"))) {
    suggestions.push({
      kind: "untrack",
      reason: `${contact.name} did not reply the last ${NO_REPLY_RUN} times you reached out. Consider moving them to untracked: they stay in your notes and are never due.`,
      evidence: `no reply since ${at(latest[NO_REPLY_RUN - 1])}, last ${at(latest[0])}`,
    });
  }
  return { counts, suggestions };
}
