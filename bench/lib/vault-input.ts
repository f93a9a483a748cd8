/**
 * A generated vault as the metadata cache would hold it: one `TFile` (the stub's class, which the
 * index's `instanceof` checks accept), its text and its `CachedMetadata` per note. Reading and
 * parsing all this is setup, never timed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CachedMetadata } from "obsidian";
// The unit tests' stand-in for Obsidian; the bench bundles it as `obsidian` too, so the index's
// `instanceof TFile` sees this very class.
import { TFile } from "../../tests/stubs/obsidian";
import { metadataFor } from "../metadata";

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
    notes.push({ file, text, cache: metadataFor(text) });
  }
  return notes;
}
