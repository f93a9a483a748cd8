/**
 * The metadata cache's store and lookups, shared by the unit tests' cache (synchronous, driven by
 * hand) and the end-to-end page's (asynchronous, like Obsidian's worker): what `getFileCache`
 * answers, how a link path finds its file, and `resolvedLinks`/`unresolvedLinks` counted from
 * every note's links, embeds and frontmatter links.
 */
import type * as O from "obsidian";
import { Events } from "./events";
import type { FileTree, TFile, VaultWatcher } from "./files";
import { getLinkpath } from "./runtime";

type StoreMembers = "getFileCache" | "getCache" | "getFirstLinkpathDest" | "fileToLinktext" | "resolvedLinks" | "unresolvedLinks" | "on";

export abstract class MetadataStore extends Events implements Pick<O.MetadataCache, StoreMembers>, VaultWatcher {
  protected readonly byPath = new Map<string, O.CachedMetadata>();

  constructor(
    protected readonly tree: FileTree,
    label?: string,
  ) {
    super(label);
  }

  abstract changed(file: TFile, data: string): void;
  abstract deleted(file: TFile): void;

  override on(name: "changed", callback: (file: O.TFile, data: string, cache: O.CachedMetadata) => unknown, ctx?: unknown): O.EventRef;
  override on(name: "deleted", callback: (file: O.TFile, prevCache: O.CachedMetadata | null) => unknown, ctx?: unknown): O.EventRef;
  override on(name: "resolve", callback: (file: O.TFile) => unknown, ctx?: unknown): O.EventRef;
  override on(name: "resolved", callback: () => unknown, ctx?: unknown): O.EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef {
    return super.on(name, callback, ctx);
  }

  getFileCache(file: O.TFile): O.CachedMetadata | null {
    return this.byPath.get(file.path) ?? null;
  }

  getCache(path: string): O.CachedMetadata | null {
    return this.byPath.get(path) ?? null;
  }

  /** A path as written, then beside the source, then the shortest path with that name. */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const wanted = getLinkpath(linkpath).trim();
    if (wanted === "") return null;
    const withExt = /\.[a-z0-9]+$/i.test(wanted) ? wanted : `${wanted}.md`;
    const exact = this.tree.getFileByPath(withExt);
    if (exact !== null) return exact;
    const dir = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1) : "";
    // Obsidian resolves `./` and `../` against the linking note's folder ("relative path" links).
    const relative = this.tree.getFileByPath(normalizeRelative(dir + withExt));
    if (relative !== null) return relative;
    const tail = withExt.toLowerCase();
    const matches = this.tree.getFiles().filter((f) => f.path.toLowerCase() === tail || f.path.toLowerCase().endsWith(`/${tail}`));
    return matches.sort((a, b) => a.path.length - b.path.length)[0] ?? null;
  }

  fileToLinktext(file: O.TFile, _sourcePath: string, omitMdExtension?: boolean): string {
    const unique = this.tree.getFiles().filter((f) => f.basename === file.basename).length === 1;
    const text = unique ? file.name : file.path;
    return omitMdExtension !== false && file.extension === "md" ? text.slice(0, -3) : text;
  }

  /** Counted on each read from every cached note (Obsidian keeps them up to date as it goes). */
  get resolvedLinks(): Record<string, Record<string, number>> {
    return this.linkCounts().resolved;
  }

  get unresolvedLinks(): Record<string, Record<string, number>> {
    return this.linkCounts().unresolved;
  }

  private linkCounts(): { resolved: Record<string, Record<string, number>>; unresolved: Record<string, Record<string, number>> } {
    const resolved: Record<string, Record<string, number>> = {};
    const unresolved: Record<string, Record<string, number>> = {};
    for (const [source, cache] of this.byPath) {
      const to: Record<string, number> = (resolved[source] = {});
      const missing: Record<string, number> = (unresolved[source] = {});
      for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
        const path = getLinkpath(ref.link);
        if (path === "") continue; // a link inside the note itself
        const dest = this.getFirstLinkpathDest(path, source);
        if (dest !== null) to[dest.path] = (to[dest.path] ?? 0) + 1;
        else missing[path] = (missing[path] ?? 0) + 1;
      }
    }
    return { resolved, unresolved };
  }

  /** A rename moves the entry silently (no `changed`), as in Obsidian. */
  renamed(file: TFile, oldPath: string): void {
    const cache = this.byPath.get(oldPath);
    this.byPath.delete(oldPath);
    if (cache !== undefined) this.byPath.set(file.path, cache);
  }
}

/** `Daily/../Contacts/Ann.md` → `Contacts/Ann.md`; a path that climbs above the vault stays as it is (it resolves to nothing). */
function normalizeRelative(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part !== "..") out.push(part);
    else if (out.pop() === undefined) return path;
  }
  return out.join("/");
}
