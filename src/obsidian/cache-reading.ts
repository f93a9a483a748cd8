/**
 * Reading a note from Obsidian's metadata cache alone: its tags, whether its frontmatter parsed,
 * the list items of its log section, and whether it is a contact at all. Nothing here reads the
 * note's text.
 */
import type { CachedMetadata, ListItemCache } from "obsidian";
import { logEntriesAt, type LogEntry } from "../core/log";
import { frontmatterTags } from "../core/note";
import type { Settings } from "../core/settings";
import { normaliseTag, tagMatches } from "../core/tags";

/** Tags of a note from its cache (frontmatter `tags`/`tag` and inline tags), lower-cased, without `#`. */
export function tagsFromCache(cache: CachedMetadata): string[] {
  const tags = frontmatterTags(cache.frontmatter ?? {});
  for (const t of cache.tags ?? []) tags.push(t.tag.replace(/^#/, "").toLowerCase());
  return tags;
}

/** The cache has a frontmatter block but no frontmatter: the YAML did not parse (or is empty). */
export function frontmatterUnread(cache: CachedMetadata): boolean {
  return cache.frontmatter === undefined && (cache.frontmatterPosition !== undefined || cache.sections?.[0]?.type === "yaml");
}

/** Does a heading's text (as the cache gives it) name the log section? `wanted` is trimmed and lower-cased. */
function isLogHeading(text: string, wanted: string): boolean {
  // Most headings are not the log heading and differ in length: only near misses are normalised.
  if (text.length === wanted.length && text.toLowerCase() === wanted) return true;
  if (text.length <= wanted.length) return false;
  return text.replace(/[ \t]+#+$/, "").trim().toLowerCase() === wanted;
}

/**
 * The log section's list items (under the first heading named `heading`, up to the next heading
 * of the same or a higher level), from the cache. Only these lines can be log entries.
 */
export function logItems(cache: CachedMetadata, heading: string): ListItemCache[] {
  const headings = cache.headings;
  const items = cache.listItems;
  if (headings === undefined || items === undefined) return [];
  const wanted = heading.trim().toLowerCase();
  let at = -1;
  for (let i = 0; i < headings.length && at < 0; i++) if (isLogHeading(headings[i]?.heading ?? "", wanted)) at = i;
  const start = headings[at];
  if (start === undefined) return [];
  let to = Infinity;
  for (let i = at + 1; i < headings.length && to === Infinity; i++) {
    const h = headings[i];
    if (h !== undefined && h.level <= start.level) to = h.position.start.line;
  }
  const from = start.position.start.line;
  const inside: ListItemCache[] = [];
  for (const item of items) {
    const line = item.position.start.line;
    if (line > from && line < to) inside.push(item);
  }
  return inside;
}

/**
 * The log entries of a note, reading only the lines the cache lists as the log section's items,
 * at the offsets it gives (the same entries `parseLog` finds in the whole text).
 */
export function logFromCache(text: string, cache: CachedMetadata, settings: Pick<Settings, "logHeading" | "interactionTypes">): LogEntry[] {
  return logEntriesAt(text, logItems(cache, settings.logHeading), settings.interactionTypes);
}

/** Decides whether a note is a contact. */
export type ContactMatcher = (path: string, cache: CachedMetadata) => boolean;

/**
 * `isContactNote` for a whole vault: the settings are read once, and a note's tags are looked at
 * without collecting them (most of a vault is not contacts, and this runs for every note). Gives
 * the same answers as `isContactNote(path, tagsFromCache(cache), settings, configDir)`.
 */
export function contactMatcher(settings: Pick<Settings, "contactsFolder" | "contactTag">, configDir: string): ContactMatcher {
  const folder = settings.contactsFolder.replace(/^\/+|\/+$/g, "");
  const folderPrefix = folder === "" ? null : `${folder}/`;
  const configPrefix = `${configDir}/`;
  const tag = normaliseTag(settings.contactTag);
  const first = tag.charCodeAt(0);
  const matches = (raw: string): boolean => {
    const hash = raw.charCodeAt(0) === 35; /* # */
    // Quick reject on the first letter: ASCII lower-cases to ASCII, so an ASCII letter that
    // differs from the tag's first (ignoring case) can never match. Anything else is checked fully.
    const c = raw.charCodeAt(hash ? 1 : 0);
    if (c < 128 && (first >= 128 || (c | 32) !== (first | 32))) return false;
    if (raw.length - (hash ? 1 : 0) < tag.length) return false;
    return tagMatches(normaliseTag(raw), tag);
  };
  const inFrontmatter = (value: unknown): boolean => {
    if (typeof value === "string") {
      // A list written as one string ("work, contact"): split only when the tag can be in it.
      if (value.length < tag.length || !value.toLowerCase().includes(tag)) return false;
      return value.split(/[,\s]+/).some((v) => v !== "" && matches(v));
    }
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === "string" && v !== "" && matches(isPadded(v) ? v.trim() : v)) return true;
    }
    return false;
  };
  return (path, cache) => {
    if (!path.endsWith(".md") && (path.length < 3 || path.slice(-3).toLowerCase() !== ".md")) return false;
    if (path.startsWith(configPrefix) || path.startsWith(".trash/")) return false;
    if (folderPrefix !== null && path.startsWith(folderPrefix)) return true;
    const tags = cache.tags;
    if (tags !== undefined) for (const t of tags) if (matches(t.tag)) return true;
    const fm = cache.frontmatter;
    return fm !== undefined && (inFrontmatter(fm.tags) || inFrontmatter(fm.tag));
  };
}


/** Does the string start or end with white space (so that it needs trimming)? */
function isPadded(v: string): boolean {
  return v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 || v.charCodeAt(0) >= 128 || v.charCodeAt(v.length - 1) >= 128;
}
