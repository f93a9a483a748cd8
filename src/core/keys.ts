/**
 * Frontmatter keys compared the forgiving way: case and the separators space, `-` and `_` do not
 * matter, so `Last Contact`, `last-contact`, `last_contact` and `lastContact` are one key.
 */

const MEMO_LIMIT = 4096;
const shapes = new Map<string, string>();

/**
 * A key reduced to what is compared. The index asks this for every key of every contact; a vault
 * uses a few hundred distinct keys, so each is reduced once (the memo is bounded, cleared when full).
 */
export function keyShape(key: string): string {
  const known = shapes.get(key);
  if (known !== undefined) return known;
  const shape = key.replace(/[\s_-]+/g, "").toLowerCase();
  if (shapes.size >= MEMO_LIMIT) shapes.clear();
  shapes.set(key, shape);
  return shape;
}

/** `key` itself when `frontmatter` has it, else its first key of the same shape, else `undefined`. */
export function findKey(frontmatter: Readonly<Record<string, unknown>>, key: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(frontmatter, key)) return key;
  const wanted = keyShape(key);
  for (const k in frontmatter) if (Object.prototype.hasOwnProperty.call(frontmatter, k) && keyShape(k) === wanted) return k;
  return undefined;
}

/**
 * The note's key for a field written in `spellings` (preferred first): an exact spelling wins,
 * in order; else the first of the note's keys shaped like a spelling, in order. The reader and
 * the writer pick the same key this way when a note has two.
 */
export function findSpelling(frontmatter: Readonly<Record<string, unknown>>, spellings: readonly string[]): string | undefined {
  for (const s of spellings) if (Object.prototype.hasOwnProperty.call(frontmatter, s)) return s;
  for (const s of spellings) {
    const found = findKey(frontmatter, s);
    if (found !== undefined) return found;
  }
  return undefined;
}
