// Fails when the modules of src/ import each other in a cycle, type-only imports included (a type
// cycle still says two files each own part of the other's job). Run by `npm run lint`.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const root = resolve(import.meta.dirname, "..", "src");

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sources(path) : e.name.endsWith(".ts") ? [path] : [];
  });
}

/** The files of src/ that `file` imports (relative imports only). */
function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => resolve(dirname(file), name))
    .map((path) => [`${path}.ts`, join(path, "index.ts"), path].find((p) => p.endsWith(".ts") && existsSync(p)))
    .filter((path) => path !== undefined);
}

const graph = new Map(sources(root).map((file) => [file, importsOf(file)]));
const state = new Map(); // 1: on the current path, 2: done
const cycles = [];
function visit(file, path) {
  state.set(file, 1);
  path.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 1) cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (state.get(next) === undefined) visit(next, path);
  }
  path.pop();
  state.set(file, 2);
}
for (const file of graph.keys()) if (state.get(file) === undefined) visit(file, []);

for (const cycle of cycles) console.error(`import cycle: ${cycle.map((f) => relative(join(root, ".."), f)).join(" -> ")}`);
if (cycles.length > 0) process.exit(1);
console.log(`no import cycles among ${graph.size} modules of src/`);
