/**
 * The frontmatter block as Obsidian's cache reads it, and Obsidian's helpers over it.
 *
 * - The block opens with `---` on the first line and closes at the next `---` line;
 *   `frontmatterPosition` runs from the opening line to the end of the closing one.
 * - YAML is read with the core schema: `2026-11-26` and `yes` stay strings, numbers and
 *   `true`/`false` do not. YAML that does not parse, or is not a mapping, gives no `frontmatter`
 *   but keeps the position and the `yaml` section.
 * - `frontmatterLinks` (present, maybe empty, whenever there is frontmatter): each text value
 *   that is a wikilink (`"[[Sam]]"`, quoted as Obsidian's Properties require), keyed by its
 *   property, or `key.N` for the N-th element of a list. An empty block (`---` then `---`) gives
 *   the `yaml` section only.
 */
import type { CachedMetadata, FrontMatterCache, FrontMatterInfo, FrontmatterLinkCache } from "obsidian";
import { parse as parseYaml } from "yaml";
import { wikilinkParts } from "./inline";
import type { Line, Positions } from "./lines";

const FENCE = /^---[ \t]*$/;
const LINK_VALUE = /^\[\[([^[\]]+?)\]\]$/;

/** Reads the frontmatter into `cache`; returns the first line after it (0 when there is none). */
export function readFrontmatter(lines: readonly Line[], at: Positions, cache: CachedMetadata): number {
  if (!FENCE.test(lines[0]?.text ?? "")) return 0;
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l.text));
  if (close < 0) return 0;
  cache.sections = [{ type: "yaml", position: at.span(0, 0, close, 3) }];
  if (close === 1) return 2; // `---` right after `---`: a yaml section and nothing else
  cache.frontmatterPosition = at.span(0, 0, close, 3);
  const data = yamlMapping(
    lines
      .slice(1, close)
      .map((l) => l.text)
      .join("\n"),
  );
  if (data !== null) {
    cache.frontmatter = data;
    cache.frontmatterLinks = linksIn(data);
  }
  return close + 1;
}

function yamlMapping(yaml: string): FrontMatterCache | null {
  try {
    const data: unknown = parseYaml(yaml, { schema: "core", logLevel: "error" });
    return data !== null && typeof data === "object" && !Array.isArray(data) ? data : null;
  } catch {
    return null;
  }
}

function linksIn(data: FrontMatterCache): FrontmatterLinkCache[] {
  const links: FrontmatterLinkCache[] = [];
  const add = (key: string, value: unknown): void => {
    if (typeof value !== "string") return;
    const m = LINK_VALUE.exec(value.trim());
    if (m === null) return;
    links.push({ key, original: m[0], ...wikilinkParts(m[1] ?? "") });
  };
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) value.forEach((v, i) => add(`${key}.${i}`, v));
    else add(key, value);
  }
  return links;
}

export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
  if (frontmatter === null || typeof frontmatter !== "object") return null;
  const record = frontmatter as Record<string, unknown>;
  if (typeof key === "string") return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : null;
  for (const [k, v] of Object.entries(record)) if (key.test(k)) return v;
  return null;
}

export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp, nospaces?: boolean): string[] | null {
  const value = parseFrontMatterEntry(frontmatter, key);
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(nospaces === true ? /[,\s]+/ : /,/) : [];
  const out = items
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim())
    .filter((v) => v !== "");
  return out.length > 0 ? out : null;
}

/** `tags` or `tag`, a list or a comma/space separated string, each with its `#`. */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i, true);
  return tags === null ? null : tags.map((t) => (t.startsWith("#") ? t : `#${t}`));
}

export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
  return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

/** Frontmatter tags first, then the body's, duplicates kept (as Obsidian does). */
export function getAllTags(cache: CachedMetadata): string[] | null {
  const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
  return tags.length > 0 ? tags : null;
}

export function getFrontMatterInfo(content: string): FrontMatterInfo {
  const m = /^---\r?\n([\s\S]*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/.exec(content);
  if (m === null) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  const from = content.indexOf("\n") + 1;
  return { exists: true, frontmatter: m[1] ?? "", from, to: from + (m[1] ?? "").length, contentStart: m[0].length };
}
