/**
 * The metadata cache: parses notes asynchronously, after the vault's own event, like Obsidian's
 * worker does. Order of events, as documented: vault `create`/`modify` → (later) cache `changed`
 * → `resolve` → `resolved` once the queue is empty; vault `delete` → cache `deleted`; a rename
 * moves the cache entry silently (no `changed`). At start-up the cache is filled without
 * `changed` events (as with a warm cache) and `resolved` fires once it is complete.
 *
 * Frontmatter is read with the `yaml` package's core schema, so dates stay strings; YAML that does
 * not parse (or is not a mapping) gives no `frontmatter` at all.
 */
import type * as O from "obsidian";
import { parse as parseYaml } from "yaml";
import { Events } from "./events";
import type { TFile, Vault, VaultWatcher } from "./vault";

interface Line {
  text: string;
  offset: number;
}

function splitLines(data: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of data.split("\n")) {
    lines.push({ text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, offset });
    offset += raw.length + 1;
  }
  return lines;
}

function loc(lines: Line[], line: number, col: number): O.Loc {
  return { line, col, offset: (lines[line]?.offset ?? 0) + col };
}

function pos(lines: Line[], line: number, startCol: number, endLine: number, endCol: number): O.Pos {
  return { start: loc(lines, line, startCol), end: loc(lines, endLine, endCol) };
}

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d+[.)])[ \t]+(\[(.)\][ \t]+)?/;
const INLINE_TAG = /(^|[\s(])#([^\s#!@$%^&*(),.?":{}|<>'`~=+[\]\\;]+)/g;

/** Parses one note the way the stand-in's cache does (exported for the stand-in's own checks). */
export function computeMetadata(data: string): O.CachedMetadata {
  const lines = splitLines(data);
  const cache: O.CachedMetadata = {};
  let bodyStart = 0;

  const first = (lines[0]?.text ?? "").replace(/^\uFEFF/, "");
  if (first.trimEnd() === "---") {
    const close = lines.findIndex((l, i) => i > 0 && l.text.trimEnd() === "---");
    if (close > 0) {
      bodyStart = close + 1;
      cache.frontmatterPosition = pos(lines, 0, 0, close, 3);
      const yamlText = lines.slice(1, close).map((l) => l.text).join("\n");
      try {
        const parsed: unknown = parseYaml(yamlText, { schema: "core", logLevel: "error" });
        if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) cache.frontmatter = parsed;
      } catch {
        // Invalid YAML: Obsidian shows the block as text and gives no frontmatter.
      }
    }
  }

  const headings: O.HeadingCache[] = [];
  const listItems: O.ListItemCache[] = [];
  const tags: O.TagCache[] = [];
  let fence: string | null = null;
  let listStart = -1;
  const stack: { indent: number; line: number }[] = [];

  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    const f = FENCE.exec(text);
    if (f?.[1] !== undefined) {
      if (fence === null) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
      listStart = -1;
      continue;
    }
    if (fence !== null) continue;

    const h = HEADING.exec(text);
    if (h?.[1] !== undefined) {
      headings.push({ heading: (h[2] ?? "").trim(), level: h[1].length, position: pos(lines, i, 0, i, text.length) });
      listStart = -1;
      stack.length = 0;
    }

    const li = LIST_ITEM.exec(text);
    if (li !== null && h === null) {
      const indent = (li[1] ?? "").replace(/\t/g, "    ").length;
      if (listStart < 0) {
        listStart = i;
        stack.length = 0;
      }
      while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
      const parent = stack[stack.length - 1];
      const item: O.ListItemCache = { parent: parent === undefined ? -listStart : parent.line, position: pos(lines, i, (li[1] ?? "").length, i, text.length) };
      if (li[4] !== undefined) item.task = li[4];
      listItems.push(item);
      stack.push({ indent, line: i });
    } else if (text.trim() !== "" && !/^[ \t]/.test(text)) {
      listStart = -1;
      stack.length = 0;
    }

    const withoutCode = text.replace(/`[^`]*`/g, (m) => " ".repeat(m.length));
    for (const m of withoutCode.matchAll(INLINE_TAG)) {
      const tag = m[2] ?? "";
      if (tag === "" || /^\d+$/.test(tag) || (h !== null && m.index === 0 && m[1] === "")) continue;
      const col = (m.index ?? 0) + (m[1] ?? "").length;
      tags.push({ tag: `#${tag}`, position: pos(lines, i, col, i, col + tag.length + 1) });
    }
  }
  if (headings.length > 0) cache.headings = headings;
  if (listItems.length > 0) cache.listItems = listItems;
  if (tags.length > 0) cache.tags = tags;
  return cache;
}

function tick(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

type MetadataMembers = "getFileCache" | "getCache" | "getFirstLinkpathDest" | "fileToLinktext" | "resolvedLinks" | "unresolvedLinks" | "on";

export class MetadataCache extends Events implements Pick<O.MetadataCache, MetadataMembers>, VaultWatcher {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  private readonly byPath = new Map<string, O.CachedMetadata>();
  private readonly queue: (() => void)[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];
  /** Has the first full indexing finished (`resolved` fired once)? */
  initialized = false;

  constructor(private readonly vault: Vault) {
    super("metadataCache");
  }

  override on(name: "changed", callback: (file: O.TFile, data: string, cache: O.CachedMetadata) => unknown, ctx?: unknown): O.EventRef;
  override on(name: "deleted", callback: (file: O.TFile, prevCache: O.CachedMetadata | null) => unknown, ctx?: unknown): O.EventRef;
  override on(name: "resolve", callback: (file: O.TFile) => unknown, ctx?: unknown): O.EventRef;
  override on(name: "resolved", callback: () => unknown, ctx?: unknown): O.EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef {
    return super.on(name, callback as (...data: unknown[]) => unknown, ctx);
  }

  getFileCache(file: O.TFile): O.CachedMetadata | null {
    return this.byPath.get(file.path) ?? null;
  }

  getCache(path: string): O.CachedMetadata | null {
    return this.byPath.get(path) ?? null;
  }

  getFirstLinkpathDest(linkpath: string, sourcePath: string): O.TFile | null {
    const wanted = linkpath.replace(/#.*$/, "").trim();
    const withExt = /\.[a-z0-9]+$/i.test(wanted) ? wanted : `${wanted}.md`;
    const exact = this.vault.getFileByPath(withExt);
    if (exact !== null) return exact;
    const dir = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1) : "";
    const relative = this.vault.getFileByPath(dir + withExt);
    if (relative !== null) return relative;
    const name = withExt.slice(withExt.lastIndexOf("/") + 1).toLowerCase();
    return this.vault.getFiles().find((f) => f.name.toLowerCase() === name && f.path.toLowerCase().endsWith(withExt.toLowerCase())) ?? null;
  }

  fileToLinktext(file: O.TFile, _sourcePath: string, omitMdExtension?: boolean): string {
    const unique = this.vault.getFiles().filter((f) => f.basename === file.basename).length === 1;
    const text = unique ? file.name : file.path;
    return omitMdExtension !== false && file.extension === "md" ? text.slice(0, -3) : text;
  }

  /**
   * Start-up. `warm`: the cache comes from Obsidian's store, complete and silent (call before
   * layout ready). `cold` (first open of a vault, or a cleared cache): every note is parsed after
   * layout ready, each firing `changed`. Either way `resolved` fires once at the end.
   */
  async indexAll(mode: "warm" | "cold"): Promise<void> {
    for (const file of this.vault.getMarkdownFiles()) {
      await tick();
      const data = await this.vault.read(file);
      const cache = computeMetadata(data);
      this.byPath.set(file.path, cache);
      if (mode === "cold") {
        this.trigger("changed", file, data, cache);
        this.trigger("resolve", file);
      }
    }
  }

  /** The first `resolved`, once start-up indexing is done. */
  async markResolved(): Promise<void> {
    await tick();
    this.initialized = true;
    this.trigger("resolved");
    this.notifyIdle();
  }

  private enqueue(job: () => void): void {
    this.queue.push(job);
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      await tick();
      this.queue.shift()?.();
    }
    this.running = false;
    if (this.initialized) this.trigger("resolved");
    this.notifyIdle();
  }

  changed(file: TFile, data: string): void {
    if (file.extension !== "md") return;
    this.enqueue(() => {
      if (this.vault.getFileByPath(file.path) !== file) return; // deleted or replaced meanwhile
      const cache = computeMetadata(data);
      this.byPath.set(file.path, cache);
      this.trigger("changed", file, data, cache);
      this.trigger("resolve", file);
    });
  }

  renamed(file: TFile, oldPath: string): void {
    const cache = this.byPath.get(oldPath);
    this.byPath.delete(oldPath);
    if (cache !== undefined) this.byPath.set(file.path, cache);
  }

  deleted(file: TFile): void {
    const prev = this.byPath.get(file.path) ?? null;
    this.byPath.delete(file.path);
    this.enqueue(() => this.trigger("deleted", file, prev));
  }

  /** Resolves when no parse is pending (stand-in only). */
  idle(): Promise<void> {
    if (!this.running && this.queue.length === 0 && this.initialized) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private notifyIdle(): void {
    if (this.running || this.queue.length > 0 || !this.initialized) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}

/** Obsidian's helpers over frontmatter and caches. */
export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp, nospaces?: boolean): string[] | null {
  const value = parseFrontMatterEntry(frontmatter, key);
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(nospaces === true ? /[,\s]+/ : /,/) : [];
  const out = items.filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter((v) => v !== "");
  return out.length > 0 ? out : null;
}

export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
  if (frontmatter === null || typeof frontmatter !== "object") return null;
  const record = frontmatter as Record<string, unknown>;
  if (typeof key === "string") return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : null;
  for (const [k, v] of Object.entries(record)) if (key.test(k)) return v;
  return null;
}

export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i, true);
  return tags === null ? null : tags.map((t) => (t.startsWith("#") ? t : `#${t}`));
}

export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
  return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

export function getAllTags(cache: O.CachedMetadata): string[] | null {
  const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
  return tags.length > 0 ? tags : null;
}

export function getFrontMatterInfo(content: string): O.FrontMatterInfo {
  const m = /^---\r?\n([\s\S]*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/.exec(content);
  if (m === null) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  const from = content.indexOf("\n") + 1;
  return { exists: true, frontmatter: m[1] ?? "", from, to: from + (m[1] ?? "").length, contentStart: m[0].length };
}
