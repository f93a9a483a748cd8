/**
 * Link resolution for where no metadata cache resolves links (the command line): the rules of
 * Obsidian's `getFirstLinkpathDest` for markdown notes. A link names a vault path (`Contacts/Sam`,
 * with or without `.md`, or relative: `./Sam`, `../People/Sam`), else a path relative to the
 * linking note's folder, else a note whose path ends with the link (`Sam`, `Work/Sam`), ignoring
 * case; among several, the one in the linking note's folder, then the shortest path, then the
 * first in path order.
 */

function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/** Joins a folder and a relative path, resolving `.` and `..` (never above the vault root). */
function joinPath(folder: string, relative: string): string {
  const parts = folder === "" ? [] : folder.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

function stripMd(path: string): string {
  return path.length > 3 && path.slice(-3).toLowerCase() === ".md" ? path.slice(0, -3) : path;
}

export type LinkResolver = (linkpath: string, sourcePath: string) => string | null;

/** A resolver over the vault's markdown notes (their vault-relative paths). */
export function linkResolver(notePaths: readonly string[]): LinkResolver {
  // Each note by its lower-cased path without `.md`, and by its lower-cased basename (with that
  // lower-cased path beside it: a link is resolved for every open task of every note at a build).
  const byPath = new Map<string, string>();
  const byName = new Map<string, Array<{ path: string; stem: string }>>();
  for (const path of notePaths) {
    const stem = stripMd(path).toLowerCase();
    if (!byPath.has(stem)) byPath.set(stem, path);
    const name = stem.slice(stem.lastIndexOf("/") + 1);
    const list = byName.get(name);
    if (list === undefined) byName.set(name, [{ path, stem }]);
    else list.push({ path, stem });
  }
  return (linkpath, sourcePath) => {
    let lp = linkpath.trim();
    if (lp === "") return null;
    const first = lp.charCodeAt(0);
    if (first === 46 /* . */ && (lp.startsWith("./") || lp.startsWith("../")))
      return byPath.get(stripMd(joinPath(folderOf(sourcePath), lp)).toLowerCase()) ?? null;
    if (first === 47 /* / */) lp = lp.replace(/^\/+/, "");
    const stem = stripMd(lp).toLowerCase();
    const exact = byPath.get(stem);
    if (exact !== undefined) return exact;
    const candidates = byName.get(stem.slice(stem.lastIndexOf("/") + 1));
    if (candidates === undefined) return null;
    // The note beside the linking one (`<its folder>/<link>`, ignoring case) is among those of that name.
    const slash = sourcePath.lastIndexOf("/");
    if (slash > 0) {
      const folder = sourcePath.slice(0, slash).toLowerCase();
      for (const c of candidates) {
        const own = c.stem;
        if (
          own.length === folder.length + 1 + stem.length &&
          own.charCodeAt(folder.length) === 47 &&
          own.startsWith(folder) &&
          own.endsWith(stem)
        )
          return c.path;
      }
    }
    let best: string | null = null;
    const sourceFolder = slash < 0 ? "" : sourcePath.slice(0, slash);
    for (const c of candidates) {
      const own = c.stem;
      if (own !== stem && !(own.length > stem.length && own.endsWith(stem) && own.charCodeAt(own.length - stem.length - 1) === 47))
        continue;
      if (best === null || better(c.path, best, sourceFolder)) best = c.path;
    }
    return best;
  };
}

/** Is `a` a better match than `b` for a link from a note in `sourceFolder`? */
function better(a: string, b: string, sourceFolder: string): boolean {
  const aHere = folderOf(a) === sourceFolder;
  const bHere = folderOf(b) === sourceFolder;
  if (aHere !== bHere) return aHere;
  if (a.length !== b.length) return a.length < b.length;
  return a < b;
}
