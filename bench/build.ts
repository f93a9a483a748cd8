/**
 * Bundles what the bench runs as processes, with the options scripts/build-cli.mjs uses for the
 * CLI (Node 20, ESM, one file, minified syntax), so the floor and the CLI are compared like for
 * like. Output goes to bench/out/ (git-ignored).
 */
import * as esbuild from "esbuild";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIR, ROOT } from "./lib/paths";

export const OUT_DIR = join(BENCH_DIR, "out");

const NODE_BUNDLE: esbuild.BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
  banner: {
    js: "import { createRequire as __benchCreateRequire } from 'node:module';\nconst require = __benchCreateRequire(import.meta.url);",
  },
};

/** Builds bench/out/<name>.mjs from bench/<entry>; returns its path. */
export async function bundle(entry: string, name: string, extra: esbuild.BuildOptions = {}): Promise<string> {
  const outfile = join(OUT_DIR, `${name}.mjs`);
  await esbuild.build({ ...NODE_BUNDLE, ...extra, entryPoints: [join(BENCH_DIR, entry)], outfile });
  return outfile;
}

/** The stub the unit tests use for `obsidian`, when it exists: the index imports runtime values from it. */
export function obsidianStub(): string | null {
  const stub = join(ROOT, "tests", "stubs", "obsidian.ts");
  return existsSync(stub) ? stub : null;
}
