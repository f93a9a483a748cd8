/**
 * Who may be referred to, and the private no-refer warning. No-refer and do-not-contact people are
 * never offered ("find someone to refer" searches with `isReferable`); the warning is for the
 * user's eyes only.
 */
import { basename, type Contact } from "./contact";
import type { LogEntry } from "./log";

/** Log entry types that refer someone to someone. */
export const REFERRAL_TYPES: readonly string[] = ["intro", "referral"];

/** Can this person be offered as someone to refer to? */
export function isReferable(contact: Contact): boolean {
  return !contact.doNotContact && !contact.noRefer;
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
