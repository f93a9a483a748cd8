// Bundles the plugin the way the official sample plugin does: src/main.ts -> main.js (CommonJS),
// with obsidian, electron, CodeMirror, Lezer and Node's built-ins left to the host.
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

const context = await esbuild.context({
  entryPoints: ["src/main.ts"],
  bundle: true,
  external: [
    "obsidian",
    "electron",
    "@codemirror/autocomplete",
    "@codemirror/collab",
    "@codemirror/commands",
    "@codemirror/language",
    "@codemirror/lint",
    "@codemirror/search",
    "@codemirror/state",
    "@codemirror/view",
    "@lezer/common",
    "@lezer/highlight",
    "@lezer/lr",
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ],
  format: "cjs",
  target: "es2018",
  logLevel: "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  outfile: "main.js",
  metafile: production,
});

if (production) {
  const result = await context.rebuild();
  await context.dispose();
  printBreakdown(result.metafile);
  refuseCommandLinePackages(result.metafile);
} else {
  await context.watch();
}

/**
 * What main.js is made of, from esbuild's metafile: each package, each of our folders, and our
 * largest modules, in KiB of minified output. Printed on every production build so that growth
 * is seen where it happens, not found later.
 */
function printBreakdown(metafile) {
  const output = metafile.outputs["main.js"];
  if (output === undefined) return;
  const groups = new Map();
  const ours = [];
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const group = pkg ? pkg[1] : path.split("/").slice(0, -1).join("/") + "/";
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    if (!pkg) ours.push([path, bytesInOutput]);
  }
  const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
  const byPackage = [...groups].filter(([g]) => !g.endsWith("/")).sort((a, b) => b[1] - a[1]);
  const byFolder = [...groups].filter(([g]) => g.endsWith("/")).sort((a, b) => b[1] - a[1]);
  const total = (list) => list.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(
    `main.js, ${kib(output.bytes).trim()} KiB: packages ${kib(total(byPackage)).trim()} KiB, our code ${kib(total(byFolder)).trim()} KiB`,
  );
  for (const [name, bytes] of byPackage) console.log(`  ${kib(bytes)}  ${name}`);
  for (const [name, bytes] of byFolder) console.log(`  ${kib(bytes)}  ${name}`);
  console.log("  largest of our modules:");
  for (const [name, bytes] of ours.sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${kib(bytes)}  ${name}`);
}

/**
 * Packages only the command line may use: the plugin reads YAML with Obsidian's own parser, and
 * gray-matter needs Node. One of them in main.js means an import reached it from the plugin.
 */
function refuseCommandLinePackages(metafile) {
  const output = metafile.outputs["main.js"];
  const found = new Set();
  for (const path of Object.keys(output?.inputs ?? {})) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    if (pkg === "yaml" || pkg === "gray-matter") found.add(pkg);
  }
  if (found.size > 0) {
    console.error(`main.js bundles ${[...found].join(", ")}, which only the command line may use: find the import that reached it.`);
    process.exit(1);
  }
}
