/**
 * What Obsidian already resolved for a note (its `metadataCache.resolvedLinks` entry), and what
 * can be told from it without resolving a link again: which of the note's destinations are
 * contacts, and where one of its links went when only one destination could be it. Pure.
 */

/** A note's entry (every link, embed and frontmatter link, counted by destination path), and which destinations are contacts. */
export interface ResolvedLinks {
  counts: Readonly<Record<string, number>>;
  isContact(path: string): boolean;
}

/** The destinations of the note's references that are contacts (`null`: none), each looked up once. */
export function contactDestinations(resolved: ResolvedLinks): string[] | null {
  let dests: string[] | null = null;
  for (const dest in resolved.counts) if (resolved.isContact(dest)) (dests ??= []).push(dest);
  return dests;
}

/**
 * Does vault path `dest` name what a link names (`stem`: its path, lower-cased, without `.md`):
 * the same path, or a path ending in `/stem`, ignoring case? `undefined` where that cannot be
 * told without lower-casing text outside ASCII (whose lower case may change its length).
 */
function names(dest: string, stem: string): boolean | undefined {
  let end = dest.length;
  if (
    end > 3 &&
    dest.charCodeAt(end - 3) === 46 /* . */ &&
    (dest.charCodeAt(end - 2) | 32) === 109 /* m */ &&
    (dest.charCodeAt(end - 1) | 32) === 100 /* d */
  )
    end -= 3;
  const start = end - stem.length;
  if (start < 0 || (start > 0 && dest.charCodeAt(start - 1) !== 47) /* / */) return false;
  for (let i = 0; i < stem.length; i++) {
    let c = dest.charCodeAt(start + i);
    if (c > 127) return undefined;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== stem.charCodeAt(i)) return false;
  }
  return true;
}

/** Only these links are looked up among the note's destinations: plain ASCII, neither relative nor rooted. */
const PLAIN_LINK = /^[\x21-\x2d\x30-\x7e][\x20-\x7e]*$/;

/**
 * The contact a link of the note resolves to, told from the destinations Obsidian resolved the
 * note's references to: the one destination the link could name is where it resolved (it
 * resolved somewhere among them, and only a path that ends with the link can be its target).
 * `undefined` when that does not settle it (no destination, or several, could be it; a relative
 * link, or one outside ASCII): the caller resolves the link itself.
 */
export function destinationOf(lp: string, resolved: ResolvedLinks, contactDests: readonly string[]): string | null | undefined {
  if (!PLAIN_LINK.test(lp)) return undefined;
  let stem = lp.toLowerCase();
  if (stem.endsWith(".md")) stem = stem.slice(0, -3);
  if (stem === "" || stem.endsWith(" ")) return undefined;
  let found: string | undefined;
  for (const dest in resolved.counts) {
    const match = names(dest, stem);
    if (match === undefined || (match && found !== undefined)) return undefined;
    if (match) found = dest;
  }
  if (found === undefined) return undefined;
  return contactDests.includes(found) ? found : null;
}
