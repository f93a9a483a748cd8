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
  // Each note by its lower-cased path without `.md`, and by its lower-cased basename.
  const byPath = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const path of notePaths) {
    const stem = stripMd(path).toLowerCase();
    if (!byPath.has(stem)) byPath.set(stem, path);
    const name = stem.slice(stem.lastIndexOf("/") + 1);
    const list = byName.get(name);
    if (list === undefined) byName.set(name, [path]);
    else list.push(path);
  }
  return (linkpath, sourcePath) => {
    let lp = linkpath.trim();
    if (lp === "") return null;
    const sourceFolder = folderOf(sourcePath);
    if (lp.startsWith("./") || lp.startsWith("../")) return byPath.get(stripMd(joinPath(sourceFolder, lp)).toLowerCase()) ?? null;
    lp = lp.replace(/^\/+/, "");
    const stem = stripMd(lp).toLowerCase();
    const exact = byPath.get(stem);
    if (exact !== undefined) return exact;
    if (sourceFolder !== "") {
      const near = byPath.get(`${sourceFolder.toLowerCase()}/${stem}`);
      if (near !== undefined) return near;
    }
    const candidates = byName.get(stem.slice(stem.lastIndexOf("/") + 1));
    if (candidates === undefined) return null;
    let best: string | null = null;
    for (const path of candidates) {
      const own = stripMd(path).toLowerCase();
      if (own !== stem && !own.endsWith(`/${stem}`)) continue;
      if (best === null || better(path, best, sourceFolder)) best = path;
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
