/**
 * Obsidian's search helpers, which suggesters use to match and rank what the user typed.
 */
import type * as O from "obsidian";

/** Obsidian's fuzzy search: the query's characters in order; a higher score for tighter matches. */
export function prepareFuzzySearch(query: string): (text: string) => O.SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, "");
  return (text: string) => {
    if (q === "") return { score: 0, matches: [] };
    const t = text.toLowerCase();
    const matches: O.SearchMatchPart[] = [];
    let from = 0;
    let gaps = 0;
    for (const ch of q) {
      const at = t.indexOf(ch, from);
      if (at < 0) return null;
      gaps += at - from;
      const last = matches[matches.length - 1];
      if (last !== undefined && last[1] === at) last[1] = at + 1;
      else matches.push([at, at + 1]);
      from = at + 1;
    }
    return { score: -gaps - matches.length * 0.1, matches };
  };
}

/** Obsidian's simple search: every word of the query, anywhere, case-insensitive. */
export function prepareSimpleSearch(query: string): (text: string) => O.SearchResult | null {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: O.SearchMatchPart[] = [];
    for (const w of words) {
      const at = t.indexOf(w);
      if (at < 0) return null;
      matches.push([at, at + w.length]);
    }
    return { score: 0, matches };
  };
}
