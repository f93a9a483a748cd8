/**
 * What "find someone to refer" shows of a note: its body as plain text (no frontmatter, no
 * markdown marks), a piece of it around a match, and where the query's words sit in that piece,
 * so the UI can highlight them as text (never as HTML). Also which tags are topics: the log's
 * reciprocity tags and the tags that make a note a contact say nothing about what a person knows.
 */
import { findKey } from "./keys";
import { frontmatterLineCount, splitLines } from "./log";
import { RECIPROCITY_TAGS } from "./reciprocity";
import { tagMatches } from "./tags";

/** A line that is only a rule (`---`, `***`, `___`) or a table's separator row. */
const RULE = /^\s*(?:([-*_])(?:\s*\1){2,}|\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*)\s*$/;
const FENCE = /^\s*(?:```|~~~)/;

/** One line of markdown without its block marks: quote `>`, callout `[!type]`, heading `#`, bullet, task box. */
function stripBlockMarks(line: string): string {
  return line
    .replace(/^(?:\s*>)+\s?/, "")
    .replace(/^\s*\[![^\]]*\][+-]?\s*/, "")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")
    .replace(/^\[[ xX/-]\]\s+/, "");
}

/** Inline marks: embeds go, links keep their text (a wikilink its alias), emphasis and code marks go. */
function stripInlineMarks(line: string): string {
  return line
    .replace(/!\[\[[^\]]*\]\]/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[\[([^\]|]*?)(?:#[^\]|]*)?\|([^\]]*)\]\]/g, "$2")
    .replace(/\[\[([^\]|#]*)(?:#([^\]|]*))?\]\]/g, (_, target: string, heading: string | undefined) =>
      target === "" ? (heading ?? "") : target,
    )
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, " ")
    .replace(/(\*\*|__|~~|==)/g, "")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_]*\S)_(?!\w)/g, "$1$2")
    .replace(/`+/g, "")
    .replace(/\s*\|\s*/g, " ");
}

/**
 * A note's body as one line of plain text: the frontmatter, comments (`%%…%%`, `<!-- … -->`), rules,
 * code fences and markdown marks removed, whitespace collapsed. What a search matches and a snippet shows.
 */
export function plainBody(text: string): string {
  const lines = splitLines(text.replace(/^\uFEFF/, ""));
  const body = lines
    .slice(frontmatterLineCount(lines))
    .join("\n")
    .replace(/%%[\s\S]*?(?:%%|$)/g, " ")
    .replace(/<!--[\s\S]*?(?:-->|$)/g, " ");
  const out: string[] = [];
  for (const line of splitLines(body)) {
    if (RULE.test(line) || FENCE.test(line)) continue;
    out.push(stripInlineMarks(stripBlockMarks(line)));
  }
  return out.join(" ").replace(/\s+/g, " ").trim();
}

/** Where any of `terms` occurs in `folded`, as `[start, end)` ranges, sorted and merged where they touch. */
export function matchRanges(folded: string, terms: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const term of terms) {
    if (term === "") continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) found.push([at, at + term.length]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export interface Snippet {
  text: string;
  /** The query's words in `text`, as `[start, end)` ranges, for highlighting. */
  ranges: [number, number][];
}

/**
 * About `radius` characters of `plain` either side of the match at `at`, cut at whole words, with
 * "…" where cut, and where `terms` occur in it. `folded` is `plain` case- and accent-folded with
 * the same length (positions in one are positions in the other).
 */
export function snippetAround(plain: string, folded: string, at: number, length: number, terms: readonly string[], radius = 40): Snippet {
  let start = Math.max(0, at - radius);
  let end = Math.min(plain.length, at + length + radius);
  // Drop the partial words at the cuts, never into the match itself.
  if (start > 0 && /\S/.test(plain[start - 1] ?? " ")) {
    const partial = /^\S*/.exec(plain.slice(start, at))?.[0].length ?? 0;
    start += partial;
  }
  if (end < plain.length && /\S/.test(plain[end] ?? " ")) {
    const partial = /\S*$/.exec(plain.slice(at + length, end))?.[0].length ?? 0;
    end -= partial;
  }
  while (start < at && plain[start] === " ") start++;
  while (end > at + length && plain[end - 1] === " ") end--;
  const before = start > 0 ? "…" : "";
  const after = end < plain.length ? "…" : "";
  const text = `${before}${plain.slice(start, end)}${after}`;
  const ranges = matchRanges(folded.slice(start, end), terms).map(([a, b]): [number, number] => [a + before.length, b + before.length]);
  return { text, ranges };
}

/** Whether a tag is one of the log's reciprocity tags (`#asked`, `#gave/intro`, …). */
export function isLogTag(tag: string): boolean {
  return RECIPROCITY_TAGS.some((t) => tagMatches(tag, t));
}

/** A note's tags that say what the person is about: not the log's reciprocity tags, not the contact tags themselves. */
export function topicTags(tags: readonly string[], contactTags: readonly string[]): string[] {
  const own = new Set(contactTags.map((t) => t.trim().replace(/^#/, "").toLowerCase()));
  return tags.filter((t) => !isLogTag(t) && !own.has(t.toLowerCase()));
}

const ROLE_KEYS = ["role", "title", "job-title", "position"];
const COMPANY_KEYS = ["company", "organization", "organisation", "org", "employer"];

/** "Role · Company" from a note's frontmatter (keys matched the forgiving way), or `null` when it has neither. */
export function roleAndCompany(frontmatter: Readonly<Record<string, unknown>> | null | undefined): string | null {
  if (frontmatter === null || frontmatter === undefined) return null;
  const first = (keys: readonly string[]): string | null => {
    for (const k of keys) {
      const key = findKey(frontmatter, k);
      const value = key === undefined ? undefined : frontmatter[key];
      if (typeof value === "string" && value.trim() !== "") return value.trim();
      if (typeof value === "number") return String(value);
    }
    return null;
  };
  const parts = [first(ROLE_KEYS), first(COMPANY_KEYS)].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join(" · ");
}
