/**
 * A generated vault as the metadata cache would hold it: one `TFile` (the stand-in's class, which
 * the index's `instanceof` checks accept), its text and its `CachedMetadata` per note, from the
 * same imitation of Obsidian's parser the tests use. Reading and parsing all this is setup, never
 * timed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CachedMetadata } from "obsidian";
// The stand-in's file class: the bench bundles the unit tests' stand-in as `obsidian`, which
// exports this very class, so the index's `instanceof TFile` accepts it.
import { TFile } from "../../tests/standin/files";
import { computeMetadata } from "../../tests/standin/metadata";

export interface Note {
  file: TFile;
  text: string;
  cache: CachedMetadata;
}

function* walk(root: string, dir = ""): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    // Like Obsidian, the vault's notes exclude dot folders (.obsidian, .trash).
    if (entry.name.startsWith(".")) continue;
    const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* walk(root, path);
    else if (entry.name.endsWith(".md")) yield path;
  }
}

export function loadVaultInput(root: string): Note[] {
  const notes: Note[] = [];
  for (const path of walk(root)) {
    const text = readFileSync(join(root, path), "utf8");
    const file = new TFile(null, path);
    file.stat = { ctime: 0, mtime: 0, size: text.length };
    notes.push({ file, text, cache: computeMetadata(text) });
  }
  return notes;
}
