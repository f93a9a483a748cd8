/**
 * The metadata Obsidian's cache would hold for a note, computed from its text, for the parts
 * that mentions and follow-ups read: links and embeds (with positions), frontmatter links, list
 * items with their task mark, headings, and the sections whose links are not touches (code,
 * comments, quotes, callouts). One pass over the lines, no recursion, every pattern linear, so a
 * hostile note costs time in proportion to its length and nothing more.
 *
 * Obsidian's documented behaviour it follows: no link inside a fenced code block, inline code or
 * a `%%` comment block (one inside `%% … %%` within a line is listed, as the cache lists it);
 * `![[…]]` is an embed, not a link; a markdown link to a URL is not a link;
 * a frontmatter value holding `[[Name]]` gives a frontmatter link whose key is `key` or `key.0`;
 * sections are top-level blocks only, so a quote, callout, `%%` block or fence indented inside a
 * list item is part of that item and gets no section (the cache's `list` covers it).
 */
import type { NoteHeading, NoteLink, NoteListItem, NoteMetadata, NoteSection } from "../core/note-metadata";
import { frontmatterLinks, pos, scanLinks } from "./markdown-links";

export { frontmatterLinks };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const QUOTE = /^ {0,3}>/;
const CALLOUT = /^ {0,3}>[ \t]*\[![^\]\n]+\]/;
/** Quote marks in front of a line's content (`> > `). */
const QUOTE_PREFIX = /^(?: {0,3}>[ \t]?)+/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[(.)\](?=[ \t]|$))?|$)/;

const SPACE = 32;
const HASH = 35;
const PERCENT = 37;
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

/** A line's indent in columns, a tab counting four (as list nesting reads it). */
function indentWidth(line: string): number {
  let width = 0;
  for (let k = 0; k < line.length; k++) {
    const code = line.charCodeAt(k);
    if (code === SPACE) width++;
    else if (code === 9) width += 4;
    else break;
  }
  return width;
}

/** An item of the list being read (outside quotes), and the column its content starts at. */
interface OpenItem {
  col: number;
  item: NoteListItem;
}

/** The column where the content of the item `m` (a LIST_ITEM match) starts: one to four spaces after its marker. */
function contentColumn(body: string, m: RegExpExecArray): number {
  const indent = m[1] ?? "";
  const marker = m[2] ?? "-";
  let k = indent.length + marker.length;
  const from = k;
  while (k < body.length && (body.charCodeAt(k) === SPACE || body.charCodeAt(k) === 9)) k++;
  const spaces = k - from;
  return indentWidth(indent) + marker.length + (spaces === 0 || spaces > 4 ? 1 : spaces);
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
  // The open items of a list outside quotes, and whether a blank line came since its last content.
  let list: OpenItem[] = [];
  let blank = false;
  // The item that holds an open fenced block or `%%` block, which is then no section of its own.
  let nested: NoteListItem | null = null;
  let nestedComment = false;
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
      if (nested !== null) extend(nested, i, line.length, endOffset);
      const probe = nested === null ? content : content.trimStart();
      const f = fenceLike ? FENCE.exec(probe) : null;
      if (f?.[1] !== undefined && f[1][0] === fence[0] && f[1].length >= fence.length && content.trim() === f[1]) {
        fence = null;
        open = null;
        nested = null;
      }
      continue;
    }
    if (nestedComment && nested !== null) {
      // A `%%` block inside a list item: Obsidian indexes its links, and the item holds them.
      extend(nested, i, line.length, endOffset);
      scanLinks(line, i, lineOffset, links, embeds);
      if (content.includes("%%")) {
        nestedComment = false;
        nested = null;
      }
      continue;
    }
    if (open?.type === "comment") {
      extend(open, i, line.length, endOffset);
      if (content.includes("%%")) open = null;
      continue;
    }
    if (first === -1 || ((first <= SPACE || first > TILDE) && content.trim() === "")) {
      item = null;
      if (open !== null) open = null;
      if (list.length > 0) blank = true;
      continue;
    }
    const h = first === HASH ? HEADING.exec(content) : null;
    if (list.length > 0 && h === null) {
      const isItem = mayOpenListItem(first) && LIST_ITEM.test(content);
      const indent = isItem ? 0 : indentWidth(content);
      if (!isItem && indent >= (list[0]?.col ?? 0)) {
        // Inside an item (after a blank line too): a quote, callout, fence or comment here is part
        // of the item and of its list, since Obsidian's sections are top-level blocks only.
        let k = list.length - 1;
        while (k > 0 && (list[k]?.col ?? 0) > indent) k--;
        list.length = k + 1;
        const owner = (list[k] as OpenItem).item;
        blank = false;
        item = owner;
        extend(owner, i, line.length, endOffset);
        const body = content.trimStart();
        const f = fenceLike ? FENCE.exec(body) : null;
        if (f?.[1] !== undefined) {
          fence = f[1];
          nested = owner;
          continue;
        }
        if (body.startsWith("%%") && body.indexOf("%%", 2) < 0) {
          nestedComment = true;
          nested = owner;
        }
        scanLinks(line, i, lineOffset, links, embeds);
        continue;
      }
      const startsBlock = first === QUOTE_MARK || fenceLike || (first === PERCENT && content.trimStart().startsWith("%%"));
      // Text right after an item continues it lazily; anything else less indented ends the list.
      if (!isItem && (blank || startsBlock)) {
        list = [];
        blank = false;
      }
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
    if (h?.[1] !== undefined) {
      item = null;
      open = null;
      list = [];
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
      if (prefix === 0) {
        // A sibling or a shallower item closes the items nested deeper than its marker.
        const markerCol = indentWidth(li[1] ?? "");
        while (list.length > 0 && (list[list.length - 1]?.col ?? 0) > markerCol) list.pop();
        list.push({ col: contentColumn(body, li), item });
        blank = false;
      }
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
