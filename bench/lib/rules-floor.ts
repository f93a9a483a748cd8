/**
 * A second floor, under the index build with mentions: what the rules oblige any index over the
 * metadata cache to read, in one pass, building nothing. The plain floor asks every note's cache
 * and looks at its tags and links; these rules also need, of every note, its list items (an open
 * task is a follow-up, and a link inside one is no mention) and whether it is dated; of each note
 * that is dated or holds a task, where its links sit against its list items and sections, and
 * where Obsidian resolved them (`resolvedLinks`), each destination looked up among the contacts;
 * and of each contact, its schedule's fields and its log's heading and items.
 *
 * It is a diagnostic, not a target: the build's distance from it is what our own code costs, and
 * its distance from the plain floor is what the rules cost before any record or index is made.
 */
import type { CachedMetadata, TFile } from "obsidian";
import { isContactNote, membershipRules } from "../../src/core/membership";
import type { Settings } from "../../src/core/settings";

export interface RulesFloorInput {
  files: readonly TFile[];
  cacheOf: (file: TFile) => CachedMetadata | null;
  resolvedLinks: Readonly<Record<string, Readonly<Record<string, number>>>>;
  settings: Settings;
  /** The daily notes' folder, with its slash. */
  dailyPrefix: string;
}

const ISO_NAME = /^\d{4}-\d{2}-\d{2}/;
const QUIET = new Set(["blockquote", "callout", "code", "comment"]);

/** One pass; returns a count of what it saw, so that nothing can be optimised away. */
export function rulesFloor({ files, cacheOf, resolvedLinks, settings, dailyPrefix }: RulesFloorInput): number {
  const rules = membershipRules(settings, { configDir: ".obsidian", templateFolders: [] });
  const logHeading = settings.logHeading.toLowerCase();
  const dateKey = settings.mentionDateKeys[0] ?? "date";
  const contacts = new Set<string>();
  const destinations: Readonly<Record<string, number>>[] = [];
  let seen = 0;
  for (const file of files) {
    const cache = cacheOf(file);
    if (cache === null) continue;
    const path = file.path;
    const fm = cache.frontmatter;
    const items = cache.listItems;
    if (isContactNote(path, fm, cache.tags, rules)) {
      contacts.add(path);
      if (fm !== undefined)
        for (const key of ["tier", "cadence", "last-touch", "do-not-contact", "no-refer"]) if (fm[key] !== undefined) seen++;
      let from = -1;
      for (const h of cache.headings ?? []) if (from < 0 && h.heading.toLowerCase() === logHeading) from = h.position.start.line;
      if (from >= 0 && items !== undefined) for (const item of items) if (item.position.start.line > from) seen++;
      continue;
    }
    let tasks = false;
    if (items !== undefined) for (const item of items) if (item.task !== undefined && item.task !== "x" && item.task !== "X") tasks = true;
    const links = cache.links;
    const dated =
      (links !== undefined || cache.frontmatterLinks !== undefined) &&
      (path.startsWith(dailyPrefix) || ISO_NAME.test(file.basename) || typeof fm?.[dateKey] === "string");
    if (!dated && !tasks) continue;
    const counts = resolvedLinks[path];
    if (counts !== undefined) destinations.push(counts);
    const sections = cache.sections ?? [];
    let quiet = false;
    for (const s of sections) if (QUIET.has(s.type)) quiet = true;
    if (links === undefined || (!tasks && !quiet)) continue;
    // Each link against the list item and the section it sits in (all three come in line order).
    let it = 0;
    let sec = 0;
    const list = items ?? [];
    for (const link of links) {
      const line = link.position.start.line;
      while (it < list.length && (list[it] as { position: { end: { line: number } } }).position.end.line < line) it++;
      while (sec < sections.length && (sections[sec] as { position: { end: { line: number } } }).position.end.line < line) sec++;
      const item = list[it];
      if (item !== undefined && item.position.start.line <= line && item.task !== undefined) seen++;
      if (QUIET.has(sections[sec]?.type ?? "")) seen++;
    }
  }
  // Once the contacts are known: which destinations are theirs.
  for (const counts of destinations) for (const dest in counts) if (contacts.has(dest)) seen++;
  return seen + contacts.size;
}
