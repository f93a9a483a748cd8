/**
 * Text matching for the panel's search and the referral finder: case- and accent-insensitive,
 * so "zoe" finds "Zoë" and "jose" finds "José".
 */

const MARKS = /\p{M}+/gu;

/** Lower case, without diacritics. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(MARKS, "").toLowerCase();
}

// Contacts are immutable objects replaced on every change, so a folded name can be cached on them.
const foldedNames = new WeakMap<object, string>();

/** `fold(name)`, computed once per contact object. */
export function foldedName(contact: { name: string }): string {
  let folded = foldedNames.get(contact);
  if (folded === undefined) {
    folded = fold(contact.name);
    foldedNames.set(contact, folded);
  }
  return folded;
}

/**
 * Like `fold`, but the result has the same length as the input, so a position found in the folded
 * text points at the same place in the original (for snippets). Characters that would fold to
 * more or less than one code unit are kept as they are.
 */
export function foldKeepingLength(text: string): string {
  const folded = text
    .replace(/[\u0080-\uffff]/g, (ch) => {
      const f = ch.normalize("NFD").replace(MARKS, "").toLowerCase();
      return f.length === 1 ? f : ch;
    })
    .toLowerCase();
  return folded.length === text.length ? folded : fold(text);
}

/** The words of a query, folded; empty for a blank query. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((t) => t !== "");
}
