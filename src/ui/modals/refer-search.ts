/**
 * "Find someone to refer": search the network by name, tag or note text. Do-not-contact and
 * no-refer people are never candidates. Pure, so the exclusions and the ranking are tested on Node.
 */
import type { Contact } from "../../core/contact";
import { isReferable } from "../../core/referral";
import { plainBody, snippetAround, topicTags, type Snippet } from "../../core/referral-text";
import { LazySortedList } from "../../lib/lazy-sort";
import { tagMatches } from "../../core/tags";
import { fold, foldedName, foldKeepingLength, queryTerms } from "../../lib/text-match";

export interface ReferralMatch {
  contact: Contact;
  /** Tags that matched the query. */
  tags: string[];
  /** A piece of the note's body around the first word found only in its text, and where the query's words are in it. */
  snippet: Snippet | null;
}

/** People who may be referred to: never do-not-contact, never no-refer. */
export function referralCandidates(contacts: readonly Contact[]): Contact[] {
  return contacts.filter(isReferable);
}

/** The notes' bodies as plain text (no frontmatter, no markdown marks), folded once when read, for substring search and snippets. */
export class NoteTextIndex {
  private readonly texts = new Map<string, { text: string; folded: string; who: string }>();

  /** `who` is the note's "role · company" (from its frontmatter): searched too, as the result shows it. */
  set(path: string, note: string, who: string | null = null): void {
    const text = plainBody(note);
    this.texts.set(path, { text, folded: foldKeepingLength(text), who: who === null ? "" : fold(who) });
  }

  /** Whether the note's role or company holds `term` (folded). */
  inWho(path: string, term: string): boolean {
    return this.texts.get(path)?.who.includes(term) ?? false;
  }

  /** Position of `term` (folded) in the note, or -1 (also when the note was not read). */
  find(path: string, term: string): number {
    return this.texts.get(path)?.folded.indexOf(term) ?? -1;
  }

  /** About 40 characters of the body either side of `at`, cut at whole words, with `terms` marked. */
  snippet(path: string, at: number, length: number, terms: readonly string[]): Snippet | null {
    const entry = this.texts.get(path);
    if (entry === undefined || at < 0) return null;
    // Folding that changed the length (rare scripts) leaves only the folded text to show.
    const source = entry.text.length === entry.folded.length ? entry.text : entry.folded;
    return snippetAround(source, entry.folded, at, length, terms);
  }
}

const SCORE = { name: 3, tag: 2, text: 1 } as const;

/**
 * Every candidate that matches all the query's words, best first: a word in the name counts
 * most, then a tag, then the note's text; ties by tier, then name. A word written `#tag` must be
 * a tag (or the start of one). An empty query lists everyone by tier and name.
 */
export function searchReferrals(
  candidates: readonly Contact[],
  query: string,
  texts: NoteTextIndex,
  limit = 100,
  contactTags: readonly string[] = [],
): ReferralMatch[] {
  const terms = queryTerms(query);
  const words = terms.filter((t) => !t.startsWith("#"));
  const scored: { match: ReferralMatch; score: number }[] = [];
  for (const c of candidates) {
    if (!isReferable(c)) continue;
    let score = 0;
    const tags: string[] = [];
    let snippet: Snippet | null = null;
    let ok = true;
    // The log's reciprocity tags and the contact tags are not topics: "#ask" does not find who asked.
    const topics = topicTags(c.tags, contactTags);
    for (const term of terms) {
      if (term.startsWith("#")) {
        const wanted = term.slice(1);
        const tag = topics.find((t) => tagMatches(t, wanted) || t.startsWith(wanted));
        if (tag === undefined) {
          ok = false;
          break;
        }
        if (!tags.includes(tag)) tags.push(tag);
        score += SCORE.tag;
        continue;
      }
      if (foldedName(c).includes(term)) {
        score += SCORE.name;
        continue;
      }
      const tag = topics.find((t) => t.includes(term));
      if (tag !== undefined) {
        if (!tags.includes(tag)) tags.push(tag);
        score += SCORE.tag;
        continue;
      }
      if (texts.inWho(c.path, term)) {
        score += SCORE.text;
        continue;
      }
      const at = texts.find(c.path, term);
      if (at < 0) {
        ok = false;
        break;
      }
      snippet ??= texts.snippet(c.path, at, term.length, words);
      score += SCORE.text;
    }
    if (ok) scored.push({ match: { contact: c, tags, snippet }, score });
  }
  // Only the first `limit` are shown: sort that far, not the whole network.
  const ranked = new LazySortedList(
    scored,
    (a, b) =>
      b.score - a.score ||
      a.match.contact.tierRank - b.match.contact.tierRank ||
      a.match.contact.name.localeCompare(b.match.contact.name) ||
      a.match.contact.path.localeCompare(b.match.contact.path),
  );
  const out: ReferralMatch[] = [];
  for (let i = 0; i < Math.min(limit, ranked.length); i++) out.push(ranked.at(i).match);
  return out;
}
