// Checks the production main.js after the build:
// - it requires nothing but 'obsidian' and the CodeMirror packages that Obsidian provides to
//   plugins: on mobile (and in Obsidian's own runtime) no other module exists, so a stray
//   `require('fs')` would break the plugin at load;
// - it stays under a size budget: Obsidian evaluates the whole file at start-up, so every kilobyte
//   is paid by every user on every launch (the budget is the limit, not the goal).
import { readFileSync } from "node:fs";

const PROVIDED = new Set(["obsidian", "@codemirror/state", "@codemirror/view"]);

// Just above what main.js measures, 316.6 KiB (the build prints what it is made of): zod/mini (about
// 19 KiB) for the settings, papaparse (about 19 KiB) for contact exports, and our own code (about
// 277 KiB with the card, follow-ups, mentions, the calendar and import; the build's one pass over
// the notes added 1.7 KiB to the 314.9 of the shrinking before it). No YAML parser: the plugin
// uses Obsidian's (the build refuses a main.js that bundles `yaml`). docs/decisions/0015-bundle-size.md
// says why this is not 220 KiB and what getting there would take.
const BUDGET_KIB = 318;

const code = readFileSync("main.js", "utf8");
const kib = Buffer.byteLength(code, "utf8") / 1024;
const required = new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
const stray = [...required].filter((name) => !PROVIDED.has(name));
if (stray.length > 0) {
  console.error(`main.js requires ${stray.join(", ")}; only ${[...PROVIDED].join(", ")} exist where plugins run.`);
  process.exit(1);
}
console.log(`main.js: ${kib.toFixed(1)} KiB (budget ${BUDGET_KIB} KiB), requires only ${[...required].join(", ") || "nothing"}`);
if (kib > BUDGET_KIB) {
  console.error(
    `main.js is ${(kib - BUDGET_KIB).toFixed(1)} KiB over its budget of ${BUDGET_KIB} KiB: find what grew (esbuild --metafile) before raising it.`,
  );
  process.exit(1);
}
