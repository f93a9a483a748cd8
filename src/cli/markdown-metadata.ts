/**
 * The metadata Obsidian's cache would hold for a note, computed from its text, for the parts
 * that mentions and follow-ups read: links and embeds (with positions), frontmatter links, list
 * items with their task mark, headings, and the sections whose links are not touches (code,
 * comments, quotes, callouts). One pass over the lines, no recursion, every pattern linear, so a
 * hostile note costs time in proportion to its length and nothing more.
 *
 * Obsidian's documented behaviour it follows: no link inside a fenced code block, inline code or
 * a `%%` comment block; `![[…]]` is an embed, not a link; a markdown link to a URL is not a link;
 * a frontmatter value holding `[[Name]]` gives a frontmatter link whose key is `key` or `key.0`.
 */
import type { NoteFrontmatterLink, NoteHeading, NoteLink, NoteListItem, NoteMetadata, NoteSection, NotePos } from "../core/note-metadata";

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const QUOTE = /^ {0,3}>/;
const CALLOUT = /^ {0,3}>[ \t]*\[![^\]\n]+\]/;
/** Quote marks in front of a line's content (`> > `). */
const QUOTE_PREFIX = /^(?: {0,3}>[ \t]?)+/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[(.)\](?=[ \t]|$))?|$)/;
const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MD_LINK = /(!?)\[([^[\]\n]*)\]\((?:<([^<>\n]+)>|([^()\s]+))(?:[ \t]+"[^"\n]*")?\)/g;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const INLINE_CODE = /`+[^`\n]*?`+/g;

const SPACE = 32;
const HASH = 35;
const QUOTE_MARK = 62;
const BACKTICK = 96;
const TILDE = 126;

/** The first character code after the spaces and tabs a line starts with; -1 when there is none. */
function firstAfterIndent(line: string): number {
  let k = 0;
  while (k < line.length && (line.charCodeAt(k) === SPACE || line.charCodeAt(k) === 9)) k++;
  return k < line.length ? line.charCodeAt(k) : -1;
}

/** `-`, `*`, `+` or a digit: what a list item's marker starts with. */
function mayOpenListItem(code: number): boolean {
  return code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57);
}

/** At most this many frontmatter values are looked at (YAML aliases can make a small block huge). */
const MAX_FRONTMATTER_VALUES = 10_000;

function pos(line: number, col: number, offset: number, endLine: number, endCol: number, endOffset: number): NotePos {
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
function scanLinks(line: string, lineNo: number, lineOffset: number, links: NoteLink[], embeds: NoteLink[]): void {
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

/** The frontmatter block's length in lines (0 without one), by the rule the rest of the plugin uses. */
function frontmatterLines(lines: readonly string[]): number {
  if ((lines[0] ?? "").replace(/^\uFEFF/, "").trimEnd() !== "---") return 0;
  for (let i = 1; i < lines.length; i++) {
    const l = (lines[i] ?? "").trimEnd();
    if (l === "---" || l === "...") return i + 1;
  }
  return 0;
}

/** Computes a note's metadata from its text and its parsed frontmatter. */
export function markdownMetadata(text: string, frontmatter: Readonly<Record<string, unknown>> | null): NoteMetadata {
  const lines = text.split("\n");
  const links: NoteLink[] = [];
  const embeds: NoteLink[] = [];
  const listItems: NoteListItem[] = [];
  const sections: NoteSection[] = [];
  const headings: NoteHeading[] = [];
  let offset = 0;
  let fence: string | null = null;
  let open: NoteSection | null = null;
  let item: NoteListItem | null = null;
  const fmLines = frontmatterLines(lines);
  const extend = (s: NoteSection | NoteListItem, lineNo: number, endCol: number, endOffset: number): void => {
    s.position.end = { line: lineNo, col: endCol, offset: endOffset };
  };
  for (let i = 0; i < lines.length; i++) {
    const rawLine = lines[i] ?? "";
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const lineOffset = offset;
    offset += rawLine.length + 1;
    const endOffset = lineOffset + line.length;
    if (i < fmLines) {
      if (i === 0) sections.push({ type: "yaml", position: pos(0, 0, 0, fmLines - 1, 3, 0) });
      if (i === fmLines - 1 && sections[0] !== undefined) extend(sections[0], i, line.length, endOffset);
      continue;
    }
    const content = i === 0 ? line.replace(/^\uFEFF/, "") : line;
    // Each block pattern below opens with one character after the indent: a line that does not
    // start with it skips the pattern (most lines are prose).
    const first = firstAfterIndent(content);
    const fenceLike = first === BACKTICK || first === TILDE;

    if (fence !== null) {
      if (open !== null) extend(open, i, line.length, endOffset);
      const f = fenceLike ? FENCE.exec(content) : null;
      if (f?.[1] !== undefined && f[1][0] === fence[0] && f[1].length >= fence.length && content.trim() === f[1]) {
        fence = null;
        open = null;
      }
      continue;
    }
    if (open?.type === "comment") {
      extend(open, i, line.length, endOffset);
      if (content.includes("%%")) open = null;
      continue;
    }
    const f = fenceLike ? FENCE.exec(content) : null;
    if (f?.[1] !== undefined) {
      fence = f[1];
      item = null;
      open = { type: "code", position: pos(i, 0, lineOffset, i, line.length, endOffset) };
      sections.push(open);
      continue;
    }
    const trimmed = content.includes("%%") ? content.trimStart() : "";
    if (trimmed.startsWith("%%")) {
      item = null;
      const comment: NoteSection = { type: "comment", position: pos(i, 0, lineOffset, i, line.length, endOffset) };
      sections.push(comment);
      open = trimmed.indexOf("%%", 2) < 0 ? comment : null;
      continue;
    }
    if (first === -1 || ((first <= SPACE || first > TILDE) && content.trim() === "")) {
      item = null;
      if (open !== null) open = null;
      continue;
    }
    const h = first === HASH ? HEADING.exec(content) : null;
    if (h?.[1] !== undefined) {
      item = null;
      open = null;
      const heading = (h[2] ?? "").replace(/[ \t]+#+$/, "").trim();
      headings.push({ heading, level: h[1].length, position: pos(i, 0, lineOffset, i, line.length, endOffset) });
      sections.push({ type: "heading", position: pos(i, 0, lineOffset, i, line.length, endOffset) });
      scanLinks(line, i, lineOffset, links, embeds);
      continue;
    }
    let body = content;
    let prefix = 0;
    if (first === QUOTE_MARK && QUOTE.test(content)) {
      if (open === null || (open.type !== "blockquote" && open.type !== "callout")) {
        open = { type: CALLOUT.test(content) ? "callout" : "blockquote", position: pos(i, 0, lineOffset, i, line.length, endOffset) };
        sections.push(open);
        item = null;
      } else {
        extend(open, i, line.length, endOffset);
      }
      prefix = QUOTE_PREFIX.exec(content)?.[0].length ?? 0;
      body = content.slice(prefix);
    } else if (open !== null) {
      open = null;
    }
    const li = prefix > 0 || mayOpenListItem(first) ? LIST_ITEM.exec(body) : null;
    if (li !== null) {
      const col = prefix + (li[1]?.length ?? 0);
      item = { position: pos(i, col, lineOffset + col, i, line.length, endOffset) };
      if (li[3] !== undefined) item.task = li[3];
      listItems.push(item);
    } else if (item !== null) {
      // A lazy continuation line belongs to the item above it.
      extend(item, i, line.length, endOffset);
    }
    scanLinks(line, i, lineOffset, links, embeds);
  }
  const meta: NoteMetadata = { links, embeds, listItems, sections, headings };
  if (frontmatter === null) return meta;
  const fmLinks = frontmatterLinks(frontmatter);
  return fmLinks.length > 0 ? { ...meta, frontmatter, frontmatterLinks: fmLinks } : { ...meta, frontmatter };
}
