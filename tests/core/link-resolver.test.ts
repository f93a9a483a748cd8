/** Link resolution as Obsidian's `getFirstLinkpathDest` does it, for the command line. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkResolver } from "../../src/core/link-resolver";

const resolve = linkResolver([
  "Contacts/Sam Rivera.md",
  "Contacts/Work/Ann Lee.md",
  "People/Ann Lee.md",
  "Journal/Ann Lee.md",
  "Archive/Old/Kim.md",
  "Kim.md",
  "Dr. Who.md",
  "Daily/2026-11-20.md",
]);

describe("link resolution", () => {
  it.each([
    ["Sam Rivera", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["sam rivera", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["Sam Rivera.md", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["Contacts/Sam Rivera", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["/Contacts/Sam Rivera.md", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["../Contacts/Sam Rivera.md", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["Work/Ann Lee", "Daily/2026-11-20.md", "Contacts/Work/Ann Lee.md"],
    ["Ann Lee", "Journal/2026-11-20.md", "Journal/Ann Lee.md"],
    ["Ann Lee", "Notes/x.md", "People/Ann Lee.md"],
    ["Kim", "Notes/x.md", "Kim.md"],
    ["Old/Kim", "Notes/x.md", "Archive/Old/Kim.md"],
    ["Dr. Who", "Notes/x.md", "Dr. Who.md"],
    ["Nobody", "Notes/x.md", null],
    ["am Rivera", "Notes/x.md", null],
    ["", "Notes/x.md", null],
  ])("%j from %s → %s", (link, source, target) => {
    expect(resolve(link, source)).toBe(target);
  });
});

describe("link resolution, against the resolver as first written", () => {
  it("resolves every link of random vaults the same way", () => {
    // Few names, in two cases: notes that share a name, folders that differ only by case.
    const segment = fc.constantFrom("Ann", "ann", "Work", "work", "Kim", "Dr. Who");
    const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join("/")}.md`);
    const link = fc
      .tuple(
        fc.constantFrom("", "./", "../", "/", "//"),
        fc.array(segment, { minLength: 1, maxLength: 2 }),
        fc.constantFrom("", ".md", ".MD", " "),
      )
      .map(([prefix, parts, suffix]) => prefix + parts.join("/") + suffix);
    fc.assert(
      fc.property(fc.array(path, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(link, path), { maxLength: 30 }), (paths, links) => {
        const fast = linkResolver(paths);
        const simple = simpleResolver(paths);
        for (const [l, source] of links) expect(fast(l, source)).toBe(simple(l, source));
        for (const source of paths) for (const [l] of links) expect(fast(l, source)).toBe(simple(l, source));
      }),
      { numRuns: 2000 },
    );
  });
});

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

/** The resolver as first written (a map lookup per rule, a string per candidate): the oracle. */
function simpleResolver(notePaths: readonly string[]): (linkpath: string, sourcePath: string) => string | null {
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
