/**
 * What Obsidian's metadata cache holds for a note, computed from its text: the one imitation of
 * Obsidian's parser, used by the unit tests' stand-in, the end-to-end page and the bench.
 * Where it is known to differ from Obsidian, tests/standin/README.md says so.
 */
import type { CachedMetadata } from "obsidian";
import { BlockScanner } from "./blocks";
import { readFrontmatter } from "./frontmatter";
import { addInline, type Inline } from "./inline";
import { Positions, splitLines } from "./lines";

export function computeMetadata(text: string): CachedMetadata {
  const lines = splitLines(text);
  const at = new Positions(lines);
  const cache: CachedMetadata = {};
  const first = readFrontmatter(lines, at, cache);
  const inline: Inline = { tags: [], links: [], embeds: [] };
  const blocks = new BlockScanner(lines, at, inline);
  blocks.run(first);
  blocks.into(cache);
  addInline(cache, inline);
  return cache;
}
