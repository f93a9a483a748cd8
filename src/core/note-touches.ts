/**
 * What one note says about people, read from its metadata alone (no text): the contacts it
 * mentions (a touch on the note's date, when the note is dated) and its open follow-ups
 * (unchecked tasks that link a contact, or that sit in a contact's own note).
 *
 * A link is a mention unless it is an embed (those are not in `links`), sits in a task that is
 * not done (`- [ ] call [[Sam]]` is an intention), or sits in a quote, callout, code block or
 * comment. Frontmatter links (`attendees: ["[[Sam]]"]`) are mentions too.
 */
import { linkpath, type NoteHeading, type NoteLink, type NoteListItem, type NoteMetadata, type NoteSection } from "./note-metadata";
import { contactDestinations, destinationOf, type ResolvedLinks } from "./resolved-links";

/** The contact note a link points at (the path), or `null` when it resolves to no contact. */
export type ResolveContact = (linkpath: string, sourcePath: string) => string | null;

export interface FollowUpRef {
  /** The task's line (0-based) in its note. */
  line: number;
  /** The contacts it concerns: those it links, and the note's own contact. */
  contacts: string[];
}

export interface NoteTouches {
  /** Contacts the note mentions (each once), when it is dated; else empty. */
  mentioned: string[];
  /** Its open follow-ups, in line order. */
  followUps: FollowUpRef[];
}

export interface ScanOptions {
  /** Is the note dated? Only a dated note's links are mentions. */
  dated: boolean;
  /** When the note is a contact's, that contact: each of its open tasks is a follow-up for them. */
  ownerContact: string | null;
  /** The heading of reach-out blocks, whose unchecked tasks are plans, not follow-ups. */
  reachOutHeading: string;
}

/** Sections whose links are quoted, shown or hidden text, never a record of a meeting. */
const QUIET_SECTIONS: ReadonlySet<string> = new Set(["blockquote", "callout", "code", "comment"]);

/** An open task: nothing between its brackets yet. */
export function isOpenTask(task: string | undefined): boolean {
  return task === " ";
}

/** A done task: `x` or `X` (other marks, such as `-` for cancelled, are neither open nor done). */
export function isDoneTask(task: string | undefined): boolean {
  return task === "x" || task === "X";
}

const EMPTY: NoteTouches = Object.freeze({
  mentioned: Object.freeze([]) as unknown as string[],
  followUps: Object.freeze([]) as unknown as FollowUpRef[],
});

/** The lines `[from, to)` of the first section under a heading named `heading` (any level, ignoring case). */
export function headingSection(
  headings: readonly NoteHeading[] | undefined,
  heading: string,
  lineCount = Infinity,
): { from: number; to: number } | null {
  if (headings === undefined) return null;
  const wanted = heading.trim().toLowerCase();
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (h === undefined || !sameHeading(h.heading, wanted)) continue;
    let to = lineCount;
    for (let j = i + 1; j < headings.length; j++) {
      const next = headings[j];
      if (next !== undefined && next.level <= h.level) {
        to = next.position.start.line;
        break;
      }
    }
    return { from: h.position.start.line, to };
  }
  return null;
}

/**
 * Is `text`, trimmed and lower-cased, `wanted`? Without making either string where it can tell
 * (a meeting note's headings are read for every open task, at every build).
 */
function sameHeading(text: string, wanted: string): boolean {
  let from = 0;
  let to = text.length;
  while (from < to && text.charCodeAt(from) <= 32) from++;
  while (to > from && text.charCodeAt(to - 1) <= 32) to--;
  if (to - from !== wanted.length) {
    // Lower case keeps the length of ASCII text: only other text needs the long way round.
    for (let i = from; i < to; i++) if (text.charCodeAt(i) > 127) return text.trim().toLowerCase() === wanted;
    return false;
  }
  for (let i = 0; i < wanted.length; i++) {
    let c = text.charCodeAt(from + i);
    if (c > 127) return text.trim().toLowerCase() === wanted;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== wanted.charCodeAt(i)) return false;
  }
  return true;
}

interface LineRange {
  from: number;
  to: number;
}

/** Is `line` strictly inside the block under a heading (below the heading, above the next)? */
function inside(range: LineRange | null, line: number): boolean {
  return range !== null && line > range.from && line < range.to;
}

function addOnce(list: string[] | null, value: string): string[] {
  if (list === null) return [value];
  if (!list.includes(value)) list.push(value);
  return list;
}

/** Counts per key as flat pairs `[key, n, key, n, …]`: a note has one or two keys, not worth a map. */
type Counts = Array<string | number>;

function countUp(counts: Counts | null, key: string): Counts {
  if (counts === null) return [key, 1];
  const at = counts.indexOf(key);
  if (at < 0) counts.push(key, 1);
  else counts[at + 1] = (counts[at + 1] as number) + 1;
  return counts;
}

function countOf(counts: Counts | null, key: string): number {
  const at = counts === null ? -1 : counts.indexOf(key);
  return at < 0 ? 0 : ((counts as Counts)[at + 1] as number);
}

/**
 * The follow-up on `line` concerns `contact` too. Refs are added in line order (the owner's, then
 * the links', which only add to the owner's when there is one), so the list stays in line order.
 */
function addFollowUp(refs: FollowUpRef[] | null, line: number, contact: string): FollowUpRef[] {
  if (refs === null) return [{ line, contacts: [contact] }];
  for (let i = refs.length - 1; i >= 0; i--) {
    const ref = refs[i] as FollowUpRef;
    if (ref.line !== line) continue;
    if (!ref.contacts.includes(contact)) ref.contacts.push(contact);
    return refs;
  }
  refs.push({ line, contacts: [contact] });
  return refs;
}

/** Is `line` inside `item` (its own lines; a child item is an item of its own)? */
function holds(item: NoteListItem | NoteSection, line: number): boolean {
  return item.position.start.line <= line && line <= item.position.end.line;
}

/**
 * Reads one note. Allocates nothing for a note without links or tasks; resolves a link only when
 * it could matter (a dated note's links, or a link inside an open task). Given `resolved`, a link
 * that counts is not resolved at all: a contact is mentioned when more references reach it than
 * the ones that do not count (embeds, open tasks, quotes...), which are the only ones resolved.
 */
export function scanNote(
  meta: NoteMetadata,
  sourcePath: string,
  options: ScanOptions,
  resolve: ResolveContact,
  resolved?: ResolvedLinks,
): NoteTouches {
  if (resolved !== undefined) {
    const scan = scanWith(meta, sourcePath, options, resolve, resolved);
    // `null`: the counts disagree with the note (not resolved again yet); read each link instead.
    if (scan !== null) return scan;
  }
  return scanWith(meta, sourcePath, options, resolve, undefined) ?? EMPTY;
}

/** The contact a link resolves to: among the note's destinations when they settle it, else by the resolver. */
function contactOf(
  link: string,
  sourcePath: string,
  resolve: ResolveContact,
  resolved: ResolvedLinks | undefined,
  contactDests: readonly string[] | null,
): string | null {
  const lp = linkpath(link);
  if (resolved !== undefined && contactDests !== null) {
    const dest = destinationOf(lp, resolved, contactDests);
    if (dest !== undefined) return dest;
  }
  return resolve(lp, sourcePath);
}

/**
 * Could a link of the note sit where it does not count, or be a follow-up: does the cache list a
 * task that is not done, or a quote, callout, code or comment? Read from the lists alone, no
 * position compared (embeds, listed apart, are left to the caller).
 */
function listsMayExclude(meta: NoteMetadata): boolean {
  const items = meta.listItems;
  if (items !== undefined)
    for (let i = 0; i < items.length; i++) {
      const task = items[i]?.task;
      if (task !== undefined && !isDoneTask(task)) return true;
    }
  const sections = meta.sections;
  if (sections !== undefined)
    for (let i = 0; i < sections.length; i++) if (QUIET_SECTIONS.has((sections[i] as NoteSection).type)) return true;
  return false;
}

function scanWith(
  meta: NoteMetadata,
  sourcePath: string,
  options: ScanOptions,
  resolve: ResolveContact,
  resolved: ResolvedLinks | undefined,
): NoteTouches | null {
  // When Obsidian resolved no link of the note to a contact, only its owner's own tasks can count.
  const contactDests = resolved === undefined ? null : contactDestinations(resolved);
  const reachesContact = resolved === undefined || contactDests !== null;
  // With the counts, and no link where it could fail to count or be a follow-up: no walk.
  const walk = resolved === undefined || (contactDests !== null && listsMayExclude(meta));
  // Every reference counts (and no task is open): each contact the counts reach is mentioned.
  if (!walk && options.dated && contactDests !== null && (meta.embeds === undefined || meta.embeds.length === 0)) {
    const mentioned: string[] = [];
    for (const dest of contactDests) if ((resolved.counts[dest] ?? 0) > 0) mentioned.push(dest);
    return mentioned.length === 0 ? EMPTY : { mentioned, followUps: [] };
  }
  const links: readonly NoteLink[] = reachesContact && walk ? (meta.links ?? []) : [];
  const items: readonly NoteListItem[] = meta.listItems ?? [];
  const owner = options.ownerContact;
  const dated = options.dated && reachesContact;
  const fmLinks = dated && resolved === undefined ? (meta.frontmatterLinks ?? []) : [];
  if (links.length === 0 && fmLinks.length === 0 && !(dated && resolved !== undefined) && (owner === null || items.length === 0))
    return EMPTY;

  // No closure per note: the lists start as `null` and the helpers below hand them back.
  let mentioned: string[] | null = null;
  for (const l of fmLinks) {
    const target = resolve(linkpath(l.link), sourcePath);
    if (target !== null) mentioned = addOnce(mentioned, target);
  }
  // With counts: the references to each contact that are not mentions.
  let uncounted: Counts | null = null;
  const counting = dated && resolved !== undefined;
  // The reach-out block, looked up once an open task asks (`undefined`: not yet).
  let reachOut: LineRange | null | undefined;
  // Follow-ups, in line order.
  let followUps: FollowUpRef[] | null = null;
  if (owner !== null) {
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === undefined || !isOpenTask(item.task)) continue;
      const line = item.position.start.line;
      if (reachOut === undefined) reachOut = headingSection(meta.headings, options.reachOutHeading);
      if (!inside(reachOut, line)) followUps = addFollowUp(followUps, line, owner);
    }
  }

  // Links, list items and sections all come in document order: one walk over the three.
  const sections: readonly NoteSection[] = meta.sections ?? [];
  let s = 0;
  let it = 0;
  for (const link of links) {
    const line = link.position.start.line;
    while (it < items.length && (items[it]?.position.end.line ?? Infinity) < line) it++;
    const item = items[it];
    const inItem = item !== undefined && holds(item, line);
    if (inItem && isOpenTask(item.task)) {
      if (reachOut === undefined) reachOut = headingSection(meta.headings, options.reachOutHeading);
      const planned = inside(reachOut, item.position.start.line);
      // A planned reach-out is no follow-up: its link is resolved only to be left out of the counts.
      if (planned && !counting) continue;
      const target = contactOf(link.link, sourcePath, resolve, resolved, contactDests);
      if (target === null) continue;
      if (counting) uncounted = countUp(uncounted, target);
      if (!planned) followUps = addFollowUp(followUps, item.position.start.line, target);
      continue;
    }
    if (!dated) continue;
    let counts = !(inItem && item.task !== undefined && !isDoneTask(item.task));
    if (counts) {
      while (s < sections.length && (sections[s]?.position.end.line ?? Infinity) < line) s++;
      const section = sections[s];
      counts = !(section !== undefined && holds(section, line) && QUIET_SECTIONS.has(section.type));
    }
    if (counting) {
      if (!counts) {
        const target = contactOf(link.link, sourcePath, resolve, resolved, contactDests);
        if (target !== null) uncounted = countUp(uncounted, target);
      }
      continue;
    }
    if (!counts) continue;
    const target = contactOf(link.link, sourcePath, resolve, resolved, contactDests);
    if (target !== null) mentioned = addOnce(mentioned, target);
  }
  if (counting) {
    for (const e of meta.embeds ?? []) {
      const target = contactOf(e.link, sourcePath, resolve, resolved, contactDests);
      if (target !== null) uncounted = countUp(uncounted, target);
    }
    const less: Counts | null = uncounted;
    for (const dest of contactDests ?? []) {
      const n = resolved.counts[dest] ?? 0;
      const not = countOf(less, dest);
      if (n > not) mentioned = addOnce(mentioned, dest);
      else if (n < not) return null;
    }
    // A reference to a contact that Obsidian's counts do not hold: they are out of date.
    if (less !== null) for (let i = 0; i < less.length; i += 2) if (resolved.counts[less[i] as string] === undefined) return null;
  }
  if (mentioned === null && followUps === null) return EMPTY;
  const refs: FollowUpRef[] = followUps ?? [];
  return { mentioned: mentioned ?? [], followUps: refs };
}
