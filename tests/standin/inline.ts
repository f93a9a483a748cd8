/**
 * What Obsidian indexes inside one line of text: tags, links and embeds, with their positions.
 *
 * - A tag is `#` then letters, digits, `_`, `-`, `/` (and emoji), with at least one character
 *   that is not a digit (`#1984` is not a tag), not right after a letter or digit (`a#b`), `&`,
 *   `/` or a backslash; after `[` it is one (`\[\[#Escaped` gives `#Escaped`).
 * - Wikilinks `[[target#sub|alias]]` and markdown links `[text](path)` to notes in the vault; a
 *   link with a scheme (`https:`, `mailto:`) is external and not indexed. `![[…]]` and `![](…)`
 *   are embeds, not links.
 * - Nothing inside a code span or an HTML comment counts; `%%comments%%` are still indexed.
 */
import type { CachedMetadata, EmbedCache, LinkCache, TagCache } from "obsidian";
import type { Positions } from "./lines";

export interface Inline {
  tags: TagCache[];
  links: LinkCache[];
  embeds: EmbedCache[];
}

const TAG = /(?<![\p{L}\p{N}\p{M}_#&/\\])#((?:[\p{L}\p{N}\p{M}_/-]|\p{Extended_Pictographic})+)/gu;
const WIKILINK = /(!?)\[\[([^[\]]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^\]]*)\]\((<[^>]*>|[^)\s]+)(?:[ \t]+"[^"]*")?\)/g;
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** Blanks code spans and HTML comments, keeping every column where it was. */
function masked(text: string): string {
  const blank = (m: string): string => " ".repeat(m.length);
  return text.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank).replace(/<!--[\s\S]*?-->/g, blank);
}

/**
 * The target and the text shown for a wikilink's inside: `a#b|c` → `a#b` shown as "c"; without an
 * alias `a#b#c` reads "a > b > c" and `#b` reads "b". An empty target keeps the bar (`[[|x]]`
 * links to "|x"), as Obsidian does.
 */
export function wikilinkParts(inner: string): { link: string; displayText: string } {
  const bar = inner.indexOf("|");
  if (bar > 0) return { link: inner.slice(0, bar).trim(), displayText: inner.slice(bar + 1) };
  const link = inner.trim();
  return {
    link,
    displayText: link
      .split("#")
      .filter((p, i) => i > 0 || p !== "")
      .join(" > "),
  };
}

function decoded(path: string): string {
  const bare = path.startsWith("<") ? path.slice(1, -1) : path;
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}

/** Adds the tags, links and embeds of line `line` (its text without `\r`) to `out`. */
export function scanInline(text: string, line: number, at: Positions, out: Inline): void {
  if (!text.includes("#") && !text.includes("[")) return;
  const plain = masked(text);
  const found: { col: number; ref: LinkCache; embed: boolean }[] = [];
  // Links first, blanked afterwards, so a `#` inside a link is never read as a tag.
  let rest = plain;
  for (const m of plain.matchAll(WIKILINK)) {
    const col = m.index ?? 0;
    const inner = m[2] ?? "";
    const { link, displayText } = wikilinkParts(inner);
    found.push({
      col,
      embed: m[1] === "!",
      ref: { link, original: m[0], displayText, position: at.span(line, col, line, col + m[0].length) },
    });
    rest = rest.slice(0, col) + " ".repeat(m[0].length) + rest.slice(col + m[0].length);
  }
  for (const m of rest.matchAll(MARKDOWN_LINK)) {
    const col = m.index ?? 0;
    const path = m[3] ?? "";
    if (!EXTERNAL.test(path) && path !== "" && path !== "<>") {
      found.push({
        col,
        embed: m[1] === "!",
        ref: { link: decoded(path), original: m[0], displayText: m[2] ?? "", position: at.span(line, col, line, col + m[0].length) },
      });
    }
    rest = rest.slice(0, col) + " ".repeat(m[0].length) + rest.slice(col + m[0].length);
  }
  found.sort((a, b) => a.col - b.col);
  for (const f of found) (f.embed ? out.embeds : out.links).push(f.ref);
  for (const m of rest.matchAll(TAG)) {
    const name = m[1] ?? "";
    if (/^\d+$/.test(name)) continue;
    const col = m.index ?? 0;
    out.tags.push({ tag: `#${name}`, position: at.span(line, col, line, col + name.length + 1) });
  }
}

/** Sets `tags`, `links` and `embeds` on `cache` when there are any, as Obsidian leaves them out when empty. */
export function addInline(cache: CachedMetadata, inline: Inline): void {
  if (inline.tags.length > 0) cache.tags = inline.tags;
  if (inline.links.length > 0) cache.links = inline.links;
  if (inline.embeds.length > 0) cache.embeds = inline.embeds;
}
