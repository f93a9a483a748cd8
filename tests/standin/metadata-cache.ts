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

/** A map that counts its changes: `resolvedLinks` is counted again only after one. */
class CountedMap<K, V> extends Map<K, V> {
  changes = 0;
  override set(key: K, value: V): this {
    this.changes++;
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.changes++;
    return super.delete(key);
  }
  override clear(): void {
    this.changes++;
    super.clear();
  }
}

type LinkCounts = { resolved: Record<string, Record<string, number>>; unresolved: Record<string, Record<string, number>> };

export abstract class MetadataStore extends Events implements Pick<O.MetadataCache, StoreMembers>, VaultWatcher {
  protected readonly byPath = new CountedMap<string, O.CachedMetadata>();
  /** Obsidian keeps the link counts up to date as notes change; here they are counted on the first read after a change. */
  private counted: { changes: number; files: readonly TFile[]; counts: LinkCounts } | null = null;

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
    return this.firstDest(linkpath, sourcePath, () => this.tree.getFiles());
  }

  /** As `getFirstLinkpathDest`, the files a name may be found among given by `named` (its lower-cased file name). */
  private firstDest(linkpath: string, sourcePath: string, named: (name: string) => readonly TFile[]): TFile | null {
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
    const matches = named(tail.slice(tail.lastIndexOf("/") + 1)).filter(
      (f) => f.path.toLowerCase() === tail || f.path.toLowerCase().endsWith(`/${tail}`),
    );
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

  private linkCounts(): LinkCounts {
    const files = this.tree.getFiles();
    const last = this.counted;
    if (
      last !== null &&
      last.changes === this.byPath.changes &&
      last.files.length === files.length &&
      last.files.every((f, i) => f === files[i])
    )
      return last.counts;
    // The files by lower-cased name, so that each link looks only at those that may end with it.
    const byName = new Map<string, TFile[]>();
    for (const f of files) {
      const name = f.name.toLowerCase();
      const list = byName.get(name);
      if (list === undefined) byName.set(name, [f]);
      else list.push(f);
    }
    const named = (name: string): readonly TFile[] => byName.get(name) ?? [];
    const resolved: Record<string, Record<string, number>> = {};
    const unresolved: Record<string, Record<string, number>> = {};
    for (const [source, cache] of this.byPath) {
      const to: Record<string, number> = (resolved[source] = {});
      const missing: Record<string, number> = (unresolved[source] = {});
      for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
        const path = getLinkpath(ref.link);
        if (path === "") continue; // a link inside the note itself
        const dest = this.firstDest(path, source, named);
        if (dest !== null) to[dest.path] = (to[dest.path] ?? 0) + 1;
        else missing[path] = (missing[path] ?? 0) + 1;
      }
    }
    const counts = { resolved, unresolved };
    this.counted = { changes: this.byPath.changes, files, counts };
    return counts;
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
