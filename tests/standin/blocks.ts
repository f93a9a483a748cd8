/**
 * The block structure of a note's body as Obsidian's cache reports it: `sections`, `headings`,
 * `listItems` (with `parent` and `task`) and block ids, handing each line to `scanInline` where
 * Obsidian indexes inline content (everywhere but code, math and HTML blocks).
 *
 * A list item's `parent` is the line of its parent item, or minus the line where its list began
 * (-1 for a list on line 0); a loose item (a blank line before its next sibling) ends at the
 * start of that blank line. A list inside a
 * quote or callout gives list items but no `list` section. Setext headings (text underlined with
 * `===` or `---`) are not recognised: `---` is a thematic break here.
 */
import type { BlockCache, CachedMetadata, HeadingCache, ListItemCache, SectionCache } from "obsidian";
import { type Inline, scanInline } from "./inline";
import type { Line, Positions } from "./lines";

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const QUOTE = /^(?: {0,3}>[ \t]?)+/;
const CALLOUT = /^ {0,3}>[ \t]*\[![^\]]+\]/;
const ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const TASK = /^\[(.)\](?=[ \t]|$)/;
const BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const HTML_START = /^ {0,3}<\/?[a-zA-Z][\w-]*(?:[\s/>]|$)/;
const BLOCK_ID = /\s\^([A-Za-z0-9-]+)$/;

interface Item {
  line: number;
  contentCol: number;
  cache: ListItemCache;
}

interface Block {
  type: string;
  from: number;
  to: number;
  endCol?: number;
  /** What ends it when it is not a blank line: a fence's marker, `$$`, `%%` or `-->`. */
  close?: string;
  /** Whether tags and links inside it are indexed. */
  inline: boolean;
  id?: string;
}

interface List {
  start: number;
  kind: string;
  quoted: boolean;
  stack: Item[];
  last: Item | null;
  /** The first blank line since the last item's content, or -1. */
  blank: number;
  /** A fenced block inside an item: its marker and the item. */
  fence: { marker: string; owner: Item } | null;
}

function indentWidth(text: string): number {
  return (/^[ \t]*/.exec(text)?.[0] ?? "").replace(/\t/g, "    ").length;
}

function closesFence(text: string, marker: string): boolean {
  const f = FENCE.exec(text.trimStart())?.[1];
  return f !== undefined && f[0] === marker[0] && f.length >= marker.length && text.trim() === f;
}

export class BlockScanner {
  readonly sections: SectionCache[] = [];
  readonly headings: HeadingCache[] = [];
  readonly items: ListItemCache[] = [];
  readonly blocks: Record<string, BlockCache> = {};
  private open: Block | null = null;
  private list: List | null = null;

  constructor(
    private readonly lines: readonly Line[],
    private readonly at: Positions,
    private readonly inline: Inline,
  ) {}

  run(first: number): void {
    for (let n = first; n < this.lines.length; n++) this.line(n, this.lines[n]?.text ?? "");
    this.endList();
    this.finish();
  }

  /** Writes what was found into `cache`, leaving out what is empty as Obsidian does. */
  into(cache: CachedMetadata): void {
    const sections = [...(cache.sections ?? []), ...this.sections];
    if (sections.length > 0) cache.sections = sections;
    if (this.headings.length > 0) cache.headings = this.headings;
    if (this.items.length > 0) cache.listItems = this.items;
    if (Object.keys(this.blocks).length > 0) cache.blocks = this.blocks;
  }

  private line(n: number, text: string): void {
    const open = this.open;
    if (this.list?.fence != null) return this.inListFence(n, text, this.list.fence);
    if (open?.close !== undefined) return this.inside(open, n, text);
    if (text.trim() === "") return this.blankLine(n);
    if (this.list !== null && !this.list.quoted && this.continuesList(n, text, this.list)) return;

    const fence = FENCE.exec(text)?.[1];
    if (fence !== undefined) return this.begin("code", n, { close: fence, inline: false });
    const trimmed = text.trim();
    if (trimmed.startsWith("$$")) {
      this.begin("math", n, { close: "$$", inline: false });
      if (trimmed.length > 2 && trimmed.endsWith("$$")) this.finish();
      return;
    }
    if (trimmed.startsWith("%%")) {
      const closeAt = text.indexOf("%%", text.indexOf("%%") + 2);
      if (closeAt < 0 || text.slice(closeAt + 2).trim() === "") {
        this.begin("comment", n, { close: "%%", inline: true });
        scanInline(text, n, this.at, this.inline);
        if (closeAt >= 0) this.finish(closeAt + 2);
        return;
      }
    }
    if (trimmed.startsWith("<!--")) {
      this.begin("html", n, { close: "-->", inline: false });
      const end = text.indexOf("-->", text.indexOf("<!--") + 4);
      if (end >= 0) this.finish(end + 3);
      return;
    }
    if (HTML_START.test(text) && open?.type !== "paragraph") return this.begin("html", n, { inline: false });
    const heading = HEADING.exec(text);
    if (heading?.[1] !== undefined) {
      this.single("heading", n);
      this.headings.push({ heading: (heading[2] ?? "").trim(), level: heading[1].length, position: this.at.through(n, 0, n) });
      return scanInline(text, n, this.at, this.inline);
    }
    if (BREAK.test(text)) return this.single("thematicBreak", n);

    const quote = QUOTE.exec(text)?.[0];
    if (quote !== undefined) return this.quoteLine(n, text, quote.length);
    const item = ITEM.exec(text);
    if (item !== null) {
      if (this.list?.quoted === true || (open !== null && open.type !== "list")) {
        this.endList();
        this.finish();
      }
      this.addItem(text, 0, n, item);
      return scanInline(text, n, this.at, this.inline);
    }
    this.textLine(n, text, open);
  }

  private inside(open: Block, n: number, text: string): void {
    open.to = n;
    if (open.type === "code" || open.type === "math") {
      const closed = open.type === "math" ? text.trim().endsWith("$$") : closesFence(text, open.close ?? "```");
      if (closed) this.finish();
      return;
    }
    if (open.inline) scanInline(text, n, this.at, this.inline);
    const end = text.indexOf(open.close ?? "");
    if (end >= 0) this.finish(end + (open.close ?? "").length);
  }

  private inListFence(n: number, text: string, fence: { marker: string; owner: Item }): void {
    this.extendItem(fence.owner, n);
    if (closesFence(text, fence.marker) && this.list !== null) this.list.fence = null;
  }

  private blankLine(n: number): void {
    if (this.list !== null && !this.list.quoted) {
      if (this.list.blank < 0) this.list.blank = n;
      return;
    }
    this.list = null;
    this.finish();
  }

  /** Whether an unquoted list goes on with this line (an item's content, or a lazy line). */
  private continuesList(n: number, text: string, list: List): boolean {
    const isItem = ITEM.test(text) && !BREAK.test(text);
    const indent = indentWidth(text);
    const owner = [...list.stack].reverse().find((i) => indent >= i.contentCol);
    if (!isItem && owner !== undefined) {
      const fence = FENCE.exec(text.trimStart())?.[1];
      if (fence !== undefined) list.fence = { marker: fence, owner };
      else scanInline(text, n, this.at, this.inline);
      this.extendItem(owner, n);
      this.blockId(text, owner);
      list.blank = -1;
      return true;
    }
    const lazy =
      !isItem && list.blank < 0 && list.last !== null && !FENCE.test(text) && !HEADING.test(text) && !QUOTE.test(text) && !BREAK.test(text);
    if (lazy && list.last !== null) {
      scanInline(text, n, this.at, this.inline);
      this.extendItem(list.last, n);
      return true;
    }
    if (!isItem) this.endList();
    return false;
  }

  private quoteLine(n: number, text: string, prefix: number): void {
    if (this.open?.type !== "blockquote" && this.open?.type !== "callout") {
      this.endList();
      this.begin(CALLOUT.test(text) ? "callout" : "blockquote", n, { inline: true });
    }
    if (this.open !== null) this.open.to = n;
    const rest = text.slice(prefix);
    const item = ITEM.exec(rest);
    if (item !== null && !BREAK.test(rest)) this.addItem(text, prefix, n, item);
    scanInline(text, n, this.at, this.inline);
  }

  private textLine(n: number, text: string, open: Block | null): void {
    const type = open?.type;
    const indented = indentWidth(text) >= 4;
    if (
      open !== null &&
      (type === "paragraph" ||
        type === "blockquote" ||
        type === "callout" ||
        type === "table" ||
        type === "footnoteDefinition" ||
        type === "html" ||
        (type === "code" && indented))
    ) {
      open.to = n;
    } else if (indented && open === null) {
      this.begin("code", n, { inline: false });
    } else {
      const next = this.lines[n + 1]?.text ?? "";
      const table = text.includes("|") && next.includes("-") && TABLE_RULE.test(next);
      this.begin(table ? "table" : /^\[\^[^\]]+\]:/.test(text) ? "footnoteDefinition" : "paragraph", n, { inline: true });
    }
    const block = this.open;
    if (block === null || !block.inline) return;
    const id = BLOCK_ID.exec(text)?.[1];
    if (id !== undefined && block.type === "paragraph") block.id = id;
    scanInline(text, n, this.at, this.inline);
  }

  /** A list item `prefix` columns into the line (after a quote's markers). */
  private addItem(text: string, prefix: number, n: number, m: RegExpExecArray): void {
    const marker = m[2] ?? "-";
    const kind = /\d/.test(marker) ? marker.slice(-1) : marker;
    const markerCol = prefix + indentWidth(m[1] ?? "");
    const rawCol = prefix + (m[1] ?? "").length;
    const spaces = (m[3] ?? "").length;
    const contentCol = markerCol + marker.length + (spaces === 0 || spaces > 4 ? 1 : spaces);
    const quoted = prefix > 0;
    let list = this.list;
    if (list !== null) {
      while (list.stack.length > 0 && markerCol < (list.stack[list.stack.length - 1]?.contentCol ?? 0)) list.stack.pop();
      // Another bullet or delimiter at the top level starts another list (CommonMark).
      if (list.stack.length === 0 && kind !== list.kind) {
        this.endList();
        list = null;
      }
    }
    if (list === null) {
      if (!quoted) this.begin("list", n, { inline: true });
      list = { start: n, kind, quoted, stack: [], last: null, blank: -1, fence: null };
      this.list = list;
    }
    const parent = list.stack[list.stack.length - 1];
    const parentLine = parent === undefined ? -Math.max(list.start, 1) : parent.line;
    // A blank line between two sibling items makes the first one end where the blank line starts.
    if (list.blank >= 0 && list.last !== null && list.last.cache.parent === parentLine) {
      const start = list.last.cache.position.start;
      list.last.cache.position = this.at.span(start.line, start.col, list.blank, 0);
    }
    // A nested item starts at its parent's content column (or at its marker, if that is before).
    const startCol = parent === undefined ? prefix : Math.min(parent.contentCol, rawCol);
    const cache: ListItemCache = { parent: parentLine, position: this.at.through(n, startCol, n) };
    const task = TASK.exec(text.slice(rawCol + marker.length + spaces));
    if (task?.[1] !== undefined) cache.task = task[1];
    const item: Item = { line: n, contentCol, cache };
    this.items.push(cache);
    list.stack.push(item);
    list.last = item;
    list.blank = -1;
    if (this.open?.type === "list") this.open.to = n;
    this.blockId(text, item);
  }

  private extendItem(item: Item, n: number): void {
    const start = item.cache.position.start;
    item.cache.position = this.at.span(start.line, start.col, n, this.at.width(n));
    if (this.open?.type === "list") this.open.to = n;
  }

  private blockId(text: string, item: Item): void {
    const id = BLOCK_ID.exec(text)?.[1];
    if (id === undefined) return;
    item.cache.id = id;
    this.blocks[id] = { id, position: item.cache.position };
  }

  private begin(type: string, n: number, extra: Omit<Block, "type" | "from" | "to">): void {
    this.endList();
    this.finish();
    this.open = { type, from: n, to: n, ...extra };
  }

  private single(type: string, n: number): void {
    this.endList();
    this.finish();
    this.sections.push({ type, position: this.at.through(n, 0, n) });
  }

  private endList(): void {
    if (this.list !== null && !this.list.quoted) this.finish();
    this.list = null;
  }

  private finish(endCol?: number): void {
    const open = this.open;
    if (open === null) return;
    this.open = null;
    const col = endCol ?? open.endCol;
    const position = col === undefined ? this.at.through(open.from, 0, open.to) : this.at.span(open.from, 0, open.to, col);
    const section: SectionCache = { type: open.type, position };
    if (open.id !== undefined) {
      section.id = open.id;
      this.blocks[open.id] = { id: open.id, position };
    }
    this.sections.push(section);
  }
}
