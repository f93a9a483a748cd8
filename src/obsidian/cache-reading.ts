/**
 * Reading a note from Obsidian's metadata cache alone: its tags, whether its frontmatter parsed,
 * the list items of its log section, and whether it is a contact at all. Nothing here reads the
 * note's text.
 */
import type { CachedMetadata, HeadingCache } from "obsidian";
import type { ItemPosition } from "../core/log";
import { logSectionAmong, type HeadingAt } from "../core/log-section";
import { tableRowItems } from "../core/log-table";
import { frontmatterTags } from "../core/note";
import { isContact, membershipRules, type MembershipRules, type VaultFolders } from "../core/membership";
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

/**
 * The log section's entries-to-be: its list items and the rows of its tables (under the first
 * heading that names the log, up to the next heading of the same or a higher level), from the
 * cache. Only these lines can be log entries.
 */
export function logItems(cache: CachedMetadata, heading: string): ItemPosition[] {
  const headings = cache.headings;
  if (headings === undefined || (cache.listItems === undefined && cache.sections === undefined)) return [];
  const section = logSectionAmong(headingsFromCache(headings), heading, Infinity);
  if (section === null) return [];
  const from = section.headingLine;
  const to = section.end;
  const inside: ItemPosition[] = [];
  for (const item of cache.listItems ?? []) {
    const line = item.position.start.line;
    if (line > from && line < to) inside.push(item);
  }
  const tables = (cache.sections ?? []).filter((s) => s.type === "table" && s.position.start.line > from && s.position.start.line < to);
  if (tables.length > 0) inside.push(...tableRowItems(tables));
  return inside;
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
  return (path, cache) => isContact(path, { frontmatter: cache.frontmatter, inlineTags: cache.tags ?? [] }, rules);
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
