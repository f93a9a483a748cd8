/**
 * Frontmatter keys compared the way people and other tools write them: ignoring case and the
 * separators space, `-` and `_`, so `Last Contact`, `last-contact` and `lastContact` are one key.
 */
export function looseKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]/g, "");
}
