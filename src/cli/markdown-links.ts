/**
 * The links of a note as Obsidian's cache lists them, read from text: the links and embeds of
 * one body line (with positions, nothing inside inline code, no URL), and the frontmatter links
 * of a parsed frontmatter (`[[Name]]` in a value, keyed `key` or `key.0`).
 */
import type { NoteFrontmatterLink, NoteLink, NotePos } from "../core/note-metadata";

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MD_LINK = /(!?)\[([^[\]\n]*)\]\((?:<([^<>\n]+)>|([^()\s]+))(?:[ \t]+"[^"\n]*")?\)/g;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const INLINE_CODE = /`+[^`\n]*?`+/g;

/** At most this many frontmatter values are looked at (YAML aliases can make a small block huge). */
const MAX_FRONTMATTER_VALUES = 10_000;

export function pos(line: number, col: number, offset: number, endLine: number, endCol: number, endOffset: number): NotePos {
  return { start: { line, col, offset }, end: { line: endLine, col: endCol, offset: endOffset } };
}

/** Decodes `%20` and friends as Obsidian does for markdown links; a malformed escape stays as written. */
function decodeLink(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/** Links and embeds written in one line (inline code blanked out first, so that columns stay). */
export function scanLinks(line: string, lineNo: number, lineOffset: number, links: NoteLink[], embeds: NoteLink[]): void {
  if (!line.includes("[")) return;
  const text = line.includes("`") ? line.replace(INLINE_CODE, (m) => " ".repeat(m.length)) : line;
  for (const m of text.matchAll(WIKILINK)) {
    const inner = m[2] ?? "";
    const bar = inner.indexOf("|");
    const link = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    if (link === "") continue;
    const col = m.index;
    const original = m[0].slice(m[1] === "!" ? 1 : 0);
    const at = col + (m[1] === "!" ? 1 : 0);
    const entry: NoteLink = {
      link,
      original,
      displayText: bar < 0 ? link : inner.slice(bar + 1),
      position: pos(lineNo, at, lineOffset + at, lineNo, col + m[0].length, lineOffset + col + m[0].length),
    };
    (m[1] === "!" ? embeds : links).push(entry);
  }
  if (!text.includes("](")) return;
  for (const m of text.matchAll(MD_LINK)) {
    const raw = m[3] ?? m[4] ?? "";
    if (raw === "" || URL_SCHEME.test(raw)) continue;
    const col = m.index;
    const at = col + (m[1] === "!" ? 1 : 0);
    const entry: NoteLink = {
      link: decodeLink(raw),
      original: m[0].slice(m[1] === "!" ? 1 : 0),
      displayText: m[2] ?? "",
      position: pos(lineNo, at, lineOffset + at, lineNo, col + m[0].length, lineOffset + col + m[0].length),
    };
    (m[1] === "!" ? embeds : links).push(entry);
  }
  // Both kinds in the order they are written, as in the cache.
  if (links.length > 1) links.sort((a, b) => a.position.start.offset - b.position.start.offset);
}

/** Frontmatter links: every `[[…]]` in a string value, keyed `key`, `key.0`, `key.sub`. Iterative and bounded. */
export function frontmatterLinks(frontmatter: Readonly<Record<string, unknown>> | null | undefined): NoteFrontmatterLink[] {
  const out: NoteFrontmatterLink[] = [];
  if (frontmatter === null || frontmatter === undefined) return out;
  const stack: Array<{ key: string; value: unknown }> = Object.keys(frontmatter)
    .reverse()
    .map((key) => ({ key, value: frontmatter[key] }));
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_FRONTMATTER_VALUES) {
    const { key, value } = stack.pop() as { key: string; value: unknown };
    if (typeof value === "string") {
      if (!value.includes("[[")) continue;
      for (const m of value.matchAll(WIKILINK)) {
        if (m[1] === "!") continue;
        const inner = m[2] ?? "";
        const bar = inner.indexOf("|");
        const link = (bar < 0 ? inner : inner.slice(0, bar)).trim();
        if (link !== "") out.push({ key, link, original: m[0], displayText: bar < 0 ? link : inner.slice(bar + 1) });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ key: `${key}.${i}`, value: value[i] as unknown });
    } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ key: `${key}.${keys[i] ?? ""}`, value: obj[keys[i] ?? ""] });
    }
  }
  return out;
}
