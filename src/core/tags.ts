/** Tags, one rule: `#Contact/Work` and `contact/work` are the same tag, and it is under `contact`. */

/** A tag as the plugin compares it: without `#`, lower case. */
export function normaliseTag(tag: string): string {
  return (tag.charCodeAt(0) === 35 /* # */ ? tag.slice(1) : tag).toLowerCase();
}

/** Whether a normalised tag is `wanted` or nested below it (`work` matches `work/eng`, not `workshop`). */
export function tagMatches(tag: string, wanted: string): boolean {
  return tag === wanted || (tag.length > wanted.length && tag.charCodeAt(wanted.length) === 47 /* / */ && tag.startsWith(wanted));
}
