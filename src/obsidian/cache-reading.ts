/**
 * Reading a note from Obsidian's metadata cache alone: its tags, whether its frontmatter parsed,
 * the list items of its log section, and whether it is a contact at all. Nothing here reads the
 * note's text.
 */
import type { CachedMetadata, HeadingCache, ListItemCache, SectionCache } from "obsidian";
import type { ItemPosition } from "../core/log";
import { logHeadingTest } from "../core/log-heading";
import type { HeadingAt } from "../core/log-section";
import { tableRowItems } from "../core/log-table";
import { frontmatterTags } from "../core/note";
import { isContactNote, membershipRules, type MembershipRules, type VaultFolders } from "../core/membership";
import type { Settings } from "../core/settings";

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

/** The cache's headings in the form the core's log-section rule reads. */
export function* headingsFromCache(headings: readonly HeadingCache[]): Generator<HeadingAt> {
  for (const h of headings) yield { line: h.position.start.line, level: h.level, text: h.heading };
}

/** No log items: shared, since nothing adds to a note's items once they are found. */
const NO_ITEMS: readonly ItemPosition[] = Object.freeze([]);

/**
 * The log section's entries-to-be: its list items and the rows of its tables (under the first
 * heading that names the log, up to the next heading of the same or a higher level), from the
 * cache. Only these lines can be log entries. This runs for every contact at each build: the
 * headings are read in place, and the items of the section are copied in one go (the cache
 * lists them in line order).
 */
export function logItems(cache: CachedMetadata, heading: string): readonly ItemPosition[] {
  const headings = cache.headings;
  const listItems = cache.listItems;
  const sections = cache.sections;
  if (headings === undefined || (listItems === undefined && sections === undefined)) return NO_ITEMS;
  // `logSectionAmong`'s rule, on the cache's headings in place (no heading object made per note);
  // a test holds the two to the same answers.
  const isLog = logHeadingTest(heading);
  let from = -1;
  let level = 0;
  let to = Infinity;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i] as HeadingCache;
    if (from < 0) {
      if (isLog(h.heading)) {
        from = h.position.start.line;
        level = h.level;
      }
    } else if (h.level <= level) {
      to = h.position.start.line;
      break;
    }
  }
  if (from < 0) return NO_ITEMS;
  let inside: ItemPosition[] | null = null;
  if (listItems !== undefined) {
    const first = firstAfter(listItems, from);
    let end = first;
    while (end < listItems.length && (listItems[end] as ListItemCache).position.start.line < to) end++;
    if (end > first) inside = listItems.slice(first, end);
  }
  if (sections !== undefined) {
    for (let i = firstAfter(sections, from); i < sections.length; i++) {
      const s = sections[i] as SectionCache;
      if (s.position.start.line >= to) break;
      if (s.type !== "table") continue;
      inside ??= [];
      for (const row of tableRowItems([s])) inside.push(row);
    }
  }
  return inside ?? NO_ITEMS;
}

/** The index of the first item or section on a line after `line` (the cache lists them in line order), by halving. */
function firstAfter(items: readonly { position: { start: { line: number } } }[], line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as { position: { start: { line: number } } }).position.start.line > line) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Decides whether a note is a contact. */
export type ContactMatcher = (path: string, cache: CachedMetadata) => boolean;

/**
 * `isContact` over the metadata cache: the settings are compiled once for the whole vault, and a
 * note's tags are looked at as the cache lists them, without collecting them.
 */
export function contactMatcher(
  settings: Pick<Settings, "contactsFolders" | "contactTags" | "contactMarkers">,
  folders: VaultFolders,
): ContactMatcher {
  const rules = membershipRules(settings, folders);
  return (path, cache) => isContactNote(path, cache.frontmatter, cache.tags, rules);
}

/** The membership rules and the matcher for one set of settings and templates folders. */
export interface Membership {
  settings: Settings;
  templates: readonly string[];
  rules: MembershipRules;
  match: ContactMatcher;
}

/** `previous` while the settings and the templates folders are the same objects; else made again. */
export function membershipFor(
  previous: Membership | null,
  settings: Settings,
  templates: readonly string[],
  configDir: string,
): Membership {
  if (previous?.settings === settings && previous.templates === templates) return previous;
  const folders = { configDir, templateFolders: templates };
  return { settings, templates, rules: membershipRules(settings, folders), match: contactMatcher(settings, folders) };
}
