/**
 * What Obsidian's metadata cache would hold for a note, computed from its text: frontmatter (YAML
 * with dates left as strings), its position, inline tags, headings, links, list items and
 * sections, each with line/column/offset positions. The bench feeds these to the contact index
 * the way `metadataCache.getFileCache` would; building them is setup and is not timed.
 *
 * A note whose frontmatter is not valid YAML gets a `frontmatterPosition` and a `yaml` section
 * but no `frontmatter`, which is what Obsidian does.
 */
import type { CachedMetadata, HeadingCache, LinkCache, ListItemCache, Loc, Pos, SectionCache, TagCache } from "obsidian";
import { parse } from "yaml";

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d+[.)])(?:[ \t]+|$)(\[(.)\])?/;
const TAG = /(?:^|[\s,;(])(#[\p{L}\p{N}_/-]+)/gu;
const LINK = /\[\[([^\]|#]+)(#[^\]|]*)?(?:\|([^\]]*))?\]\]/g;

function loc(line: number, col: number, offset: number): Loc {
  return { line, col, offset };
}

function frontmatterValue(yaml: string): Record<string, unknown> | null {
  try {
    const data: unknown = parse(yaml, { schema: "core", uniqueKeys: true, prettyErrors: false });
    return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The cache entry for a note's text. */
export function metadataFor(text: string): CachedMetadata {
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineCount = starts.length;
  const lineAt = (n: number): string => {
    const from = starts[n] ?? text.length;
    const to = n + 1 < lineCount ? (starts[n + 1] ?? text.length) - 1 : text.length;
    return text.slice(from, text.charCodeAt(to - 1) === 13 ? to - 1 : to);
  };
  const span = (line: number, fromCol: number, toLine: number, toCol: number): Pos => ({
    start: loc(line, fromCol, (starts[line] ?? 0) + fromCol),
    end: loc(toLine, toCol, (starts[toLine] ?? 0) + toCol),
  });
  const lineSpan = (from: number, to: number): Pos => span(from, 0, to, lineAt(to).length);

  const cache: CachedMetadata = {};
  const sections: SectionCache[] = [];
  const headings: HeadingCache[] = [];
  const tags: TagCache[] = [];
  const links: LinkCache[] = [];
  const listItems: ListItemCache[] = [];

  let first = 0;
  if (lineAt(0).replace(/^\uFEFF/, "").trimEnd() === "---") {
    for (let i = 1; i < lineCount; i++) {
      const l = lineAt(i).trimEnd();
      if (l !== "---" && l !== "...") continue;
      const yamlLines: string[] = [];
      for (let j = 1; j < i; j++) yamlLines.push(lineAt(j));
      const data = frontmatterValue(yamlLines.join("\n"));
      cache.frontmatterPosition = lineSpan(0, i);
      if (data !== null) cache.frontmatter = data;
      sections.push({ type: "yaml", position: lineSpan(0, i) });
      first = i + 1;
      break;
    }
  }

  let fence: { marker: string; from: number } | null = null;
  let block: { type: string; from: number } | null = null;
  let listStart = -1;
  const parents: { indent: number; line: number }[] = [];
  const close = (to: number): void => {
    if (block !== null) sections.push({ type: block.type, position: lineSpan(block.from, to) });
    block = null;
  };

  for (let n = first; n < lineCount; n++) {
    const line = lineAt(n);
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f?.[1] !== undefined && f[1][0] === fence.marker[0] && f[1].length >= fence.marker.length) {
        sections.push({ type: "code", position: lineSpan(fence.from, n) });
        fence = null;
      }
      continue;
    }
    if (f?.[1] !== undefined) {
      close(n - 1);
      fence = { marker: f[1], from: n };
      continue;
    }
    if (line.trim() === "") {
      close(n - 1);
      continue;
    }
    const h = HEADING.exec(line);
    if (h?.[1] !== undefined) {
      close(n - 1);
      headings.push({ heading: h[2] ?? "", level: h[1].length, position: lineSpan(n, n) });
      sections.push({ type: "heading", position: lineSpan(n, n) });
      listStart = -1;
    } else {
      const item = LIST_ITEM.exec(line);
      if (item !== null) {
        if ((block as { type: string } | null)?.type !== "list") {
          close(n - 1);
          block = { type: "list", from: n };
          listStart = n;
          parents.length = 0;
        }
        const indent = (item[1] ?? "").replace(/\t/g, "    ").length;
        while (parents.length > 0 && (parents[parents.length - 1]?.indent ?? 0) >= indent) parents.pop();
        const parent = parents[parents.length - 1];
        const entry: ListItemCache = { parent: parent === undefined ? -listStart : parent.line, position: lineSpan(n, n) };
        if (item[3] !== undefined) entry.task = item[3];
        listItems.push(entry);
        parents.push({ indent, line: n });
      } else if (block === null) {
        block = { type: "paragraph", from: n };
      }
    }
    if (line.includes("#")) {
      for (const m of line.matchAll(TAG)) {
        const tag = m[1] ?? "";
        if (/^#\d+$/.test(tag) || tag.startsWith("##")) continue;
        const col = (m.index ?? 0) + m[0].length - tag.length;
        tags.push({ tag, position: span(n, col, n, col + tag.length) });
      }
    }
    if (line.includes("[[")) {
      for (const m of line.matchAll(LINK)) {
        const col = m.index ?? 0;
        const target = m[1] ?? "";
        links.push({ link: target + (m[2] ?? ""), original: m[0], displayText: m[3] ?? target, position: span(n, col, n, col + m[0].length) });
      }
    }
  }
  close(lineCount - 1);
  if (fence !== null) sections.push({ type: "code", position: lineSpan(fence.from, lineCount - 1) });
  sections.sort((a, b) => a.position.start.line - b.position.start.line);

  if (sections.length > 0) cache.sections = sections;
  if (headings.length > 0) cache.headings = headings;
  if (tags.length > 0) cache.tags = tags;
  if (links.length > 0) cache.links = links;
  if (listItems.length > 0) cache.listItems = listItems;
  return cache;
}
