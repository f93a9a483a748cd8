/**
 * The floor the CLI is measured against: a bare loop that reads every markdown file of a
 * vault and parses its frontmatter block with the `yaml` package, the least work any tool that
 * answers "who is due" must do. Bundled by the bench (like the CLI) to `bench/out/floor.mjs` and
 * run as its own process:
 *
 *     node bench/out/floor.mjs <vault>
 *
 * It skips what the CLI skips (dot folders such as `.obsidian` and `.trash`) and prints a one-line
 * tally, so the work cannot be optimised away and the two can be checked to have read the same notes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

function* markdownFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(full);
    else if (entry.isFile() && entry.name.endsWith(".md")) yield full;
  }
}

/** The YAML between a first `---` line and the next `---` line, or null. */
function frontmatterBlock(text: string): string | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith("---", start)) return null;
  const open = text.indexOf("\n", start);
  if (open < 0 || text.slice(start, open).trimEnd() !== "---") return null;
  const close = text.indexOf("\n---", open);
  if (close < 0) return null;
  return text.slice(open + 1, text.charCodeAt(close - 1) === 13 ? close - 1 : close);
}

const vault = process.argv[2];
if (vault === undefined) {
  console.error("usage: node bench/out/floor.mjs <vault>");
  process.exit(2);
}
let files = 0;
let blocks = 0;
let keys = 0;
let errors = 0;
for (const path of markdownFiles(vault)) {
  files++;
  const block = frontmatterBlock(readFileSync(path, "utf8"));
  if (block === null) continue;
  blocks++;
  try {
    const data: unknown = parse(block, { schema: "core", uniqueKeys: true, prettyErrors: false });
    if (data !== null && typeof data === "object") keys += Object.keys(data).length;
  } catch {
    errors++;
  }
}
console.log(JSON.stringify({ files, frontmatters: blocks, keys, errors }));
