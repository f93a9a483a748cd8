/**
 * "Find someone to refer" and the private no-refer warning. No-refer and
 * do-not-contact people are never offered; the warning is for the user's eyes only.
 */
import { basename, type Contact } from "./contact";
import type { LogEntry } from "./log";
import { frontmatterLineCount, splitLines } from "./log";

/** Where a query matched, in ranking order. */
export type ReferralMatch = "name" | "tag" | "text";

export interface ReferralCandidate {
  contact: Contact;
  match: ReferralMatch;
  /** The matching tag, or for a text match the words around it on one line; `null` for a name. */
  detail: string | null;
}

/** Log entry types that refer someone to someone. */
export const REFERRAL_TYPES: readonly string[] = ["intro", "referral"];

/** Can this person be offered as someone to refer to? */
export function isReferable(contact: Contact): boolean {
  return !contact.doNotContact && !contact.noRefer;
}

/** A note's text after its frontmatter block (searching `tier: B` is not searching the note). */
function bodyOf(text: string): string {
  const lines = splitLines(text.replace(/^\uFEFF/, ""));
  const count = frontmatterLineCount(lines);
  return count === 0 ? text : lines.slice(count).join("\n");
}

/** About `radius` characters either side of a match, on one line, cut at whole words, with "…" where cut. */
function snippet(text: string, at: number, length: number, radius = 40): string {
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + length + radius);
  let middle = text.slice(start, end);
  // Drop the partial words at the cuts, but never into the match itself.
  if (/\S/.test(text[start - 1] ?? " ")) middle = middle.slice(Math.min(at - start, /^\S*/.exec(middle)?.[0].length ?? 0));
  if (/\S/.test(text[end] ?? " "))
    middle = middle.slice(0, Math.max(middle.length - (end - at - length), middle.length - (/\S*$/.exec(middle)?.[0].length ?? 0)));
  return `${start > 0 ? "…" : ""}${middle.replace(/\s+/g, " ").trim()}${end < text.length ? "…" : ""}`;
}

/**
 * People to refer someone to, for a query matched case-insensitively against the name, the tags
 * (a leading `#` in the query is optional) and, when given, the note's text by path (its
 * frontmatter is skipped). Never do-not-contact or no-refer people. Ranked: names where a word
 * starts with the query, other name matches, tag matches, text matches; then by name. An empty
 * query lists everyone referable by name.
 */
export function referralCandidates(
  contacts: readonly Contact[],
  query: string,
  noteText?: ReadonlyMap<string, string>,
): ReferralCandidate[] {
  const q = query.trim().toLowerCase();
  const tagQuery = q.replace(/^#/, "");
  const ranked: { candidate: ReferralCandidate; rank: number }[] = [];
  for (const contact of contacts) {
    if (!isReferable(contact)) continue;
    const name = contact.name.toLowerCase();
    const at = name.indexOf(q);
    if (at >= 0) {
      const wordStart = at === 0 || /[\s\-'.(]/.test(name[at - 1] ?? "") || name.split(/[\s\-'.(]+/).some((w) => w.startsWith(q));
      ranked.push({ candidate: { contact, match: "name", detail: null }, rank: wordStart ? 0 : 1 });
      continue;
    }
    const tag = tagQuery === "" ? undefined : contact.tags.find((t) => t.includes(tagQuery));
    if (tag !== undefined) {
      ranked.push({ candidate: { contact, match: "tag", detail: `#${tag}` }, rank: 2 });
      continue;
    }
    const text = noteText?.get(contact.path);
    if (text === undefined || q === "") continue;
    const body = bodyOf(text);
    const found = body.toLowerCase().indexOf(q);
    if (found >= 0) ranked.push({ candidate: { contact, match: "text", detail: snippet(body, found, q.length) }, rank: 3 });
  }
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.candidate.contact.name.localeCompare(b.candidate.contact.name) ||
        a.candidate.contact.path.localeCompare(b.candidate.contact.path),
    )
    .map((r) => r.candidate);
}

/** The keys a `[[link]]` to a contact may use, lower-cased: its path, path without `.md`, file name and display name. */
export function linkKeys(contact: Contact): string[] {
  const path = contact.path.toLowerCase();
  return [...new Set([path, path.replace(/\.md$/, ""), basename(path), contact.name.toLowerCase()])];
}

/** A lookup from link text to contact for `referralWarning` (the first contact to claim a key keeps it). */
export function contactsByLink(contacts: readonly Contact[]): Map<string, Contact> {
  const map = new Map<string, Contact>();
  for (const c of contacts) for (const key of linkKeys(c)) if (!map.has(key)) map.set(key, c);
  return map;
}

const WIKILINK = /\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]/g;

/** The targets of the `[[wikilinks]]` in a text, without heading or alias. */
export function linkTargets(text: string): string[] {
  return [...text.matchAll(WIKILINK)].map((m) => (m[1] ?? "").trim()).filter((t) => t !== "");
}

/**
 * For an `intro` or `referral` entry whose summary links (`[[Name]]`) a no-refer or
 * do-not-contact contact, a private warning to show before it is written, e.g.
 * "Private note: Sam Lee is marked no-refer."; otherwise `null`. `contactsByLink` resolves a link's
 * text: a map from `contactsByLink()` (keys lower-cased) or a resolver such as Obsidian's link
 * resolution.
 */
export function referralWarning(
  entry: Pick<LogEntry, "type" | "summary">,
  contactsByLinkText: ReadonlyMap<string, Contact> | ((link: string) => Contact | undefined),
): string | null {
  if (entry.type === null || !REFERRAL_TYPES.includes(entry.type.toLowerCase())) return null;
  const resolve = (link: string): Contact | undefined => {
    if (typeof contactsByLinkText === "function") return contactsByLinkText(link);
    const key = link.toLowerCase();
    return contactsByLinkText.get(key) ?? contactsByLinkText.get(key.replace(/\.md$/, "")) ?? contactsByLinkText.get(basename(key));
  };
  const flagged = new Map<string, string>();
  for (const link of linkTargets(entry.summary)) {
    const c = resolve(link);
    if (c === undefined || flagged.has(c.path)) continue;
    const flags = [c.doNotContact ? "do-not-contact" : null, c.noRefer ? "no-refer" : null].filter((f) => f !== null);
    if (flags.length > 0) flagged.set(c.path, `${c.name} is marked ${flags.join(" and ")}`);
  }
  return flagged.size === 0 ? null : `Private note: ${[...flagged.values()].join("; ")}.`;
}
