// Fails the build when main.js requires anything but 'obsidian' and the CodeMirror packages that
// Obsidian provides to plugins: on mobile (and in Obsidian's own runtime) no other module exists,
// so a stray `require('fs')` would break the plugin at load.
import { readFileSync } from "node:fs";

const PROVIDED = new Set(["obsidian", "@codemirror/state", "@codemirror/view"]);
const code = readFileSync("main.js", "utf8");
const required = new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
const stray = [...required].filter((name) => !PROVIDED.has(name));
if (stray.length > 0) {
  console.error(`main.js requires ${stray.join(", ")}; only ${[...PROVIDED].join(", ")} exist where plugins run.`);
  process.exit(1);
}
console.log(`main.js: ${(code.length / 1024).toFixed(1)} KiB, requires only ${[...required].join(", ") || "nothing"}`);
