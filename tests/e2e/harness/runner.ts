/**
 * The end-to-end runner: bundles the stand-in (and the fixture plugin), launches Debian's
 * Chromium once, runs every scenario in tests/e2e/scenarios one after the other, each in its own
 * browser context with its own copy of the vault, and ends with `e2e: N passed, N failed`.
 *
 *   node tests/e2e/run.mjs [name filter…]      E2E_SCREENSHOTS=dir to put screenshots elsewhere
 */
import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { pristineExampleVault, removePristineCopy } from "../../../scripts/pristine-example.mjs";
import { suites } from "../scenarios/index";
import type { Scenario } from "./scenario";
import { ScenarioContext } from "./scenario";
import type { Assets, Env } from "./session";

const here = dirname(fileURLToPath(import.meta.url));
const e2eDir = resolve(here, "..");
const repoRoot = resolve(e2eDir, "../..");
const SCENARIO_TIMEOUT_MS = 90_000;

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
];

async function bundle(entry: string, format: "iife" | "cjs"): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format,
    platform: "browser",
    target: "es2020",
    write: false,
    external: format === "cjs" ? ["obsidian"] : [],
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (out === undefined) throw new Error(`esbuild produced nothing for ${entry}`);
  return out.text;
}

function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

async function loadAssets(): Promise<Assets> {
  const [standinJs, fixtureJs] = await Promise.all([
    bundle(join(e2eDir, "standin/boot.ts"), "iife"),
    bundle(join(e2eDir, "fixtures/fixture-plugin.ts"), "cjs"),
  ]);
  const manifest = JSON.parse(readFileSync(join(repoRoot, "manifest.json"), "utf8")) as Assets["manifest"];
  return {
    shellHtml: readFileSync(join(e2eDir, "shell/index.html"), "utf8"),
    appCss: readFileSync(join(e2eDir, "shell/app.css"), "utf8"),
    standinJs,
    stylesCss: readIfExists(join(repoRoot, "styles.css")) ?? "",
    pluginJs: { real: readIfExists(join(repoRoot, "main.js")), fixture: fixtureJs },
    manifest,
  };
}

function selectScenarios(filters: string[]): { label: string; scenario: Scenario }[] {
  const dir = join(e2eDir, "scenarios");
  const onDisk = readdirSync(dir)
    .filter((f) => f.endsWith(".scenario.ts"))
    .map((f) => f.replace(/\.scenario\.ts$/, ""))
    .sort();
  const listed = Object.keys(suites).sort();
  if (onDisk.join() !== listed.join())
    throw new Error(`scenarios/index.ts lists ${listed.join(", ")} but the folder has ${onDisk.join(", ")}`);
  const out: { label: string; scenario: Scenario }[] = [];
  for (const [file, scenarios] of Object.entries(suites)) {
    for (const scenario of scenarios) {
      const label = `${file}: ${scenario.name}`;
      if (filters.length === 0 || filters.some((f) => label.toLowerCase().includes(f.toLowerCase()))) out.push({ label, scenario });
    }
  }
  return out;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describeError(error: unknown): string {
  if (error instanceof Error) return (error.stack ?? error.message).split("\n").slice(0, 12).join("\n");
  return String(error);
}

/** Runs the suite with the command line's filters; sets the exit code. */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2));
}

async function run(argv: string[]): Promise<number> {
  const started = Date.now();
  const screenshotDir = resolve(repoRoot, process.env.E2E_SCREENSHOTS ?? "artifacts/screenshots");
  const assets = await loadAssets();
  const scenarios = selectScenarios(argv);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // The committed example vault: a demo `log` on the working copy must not fail the suite.
  const exampleVault = pristineExampleVault();
  const env: Env = {
    browser,
    assets,
    screenshotDir,
    exampleVault,
    fixtureVault: join(e2eDir, "fixtures/vault"),
  };
  let passed = 0;
  let failed = 0;

  try {
    for (const { label, scenario } of scenarios) {
      const t = new ScenarioContext(env);
      const t0 = Date.now();
      let failure: string | null = null;
      try {
        await withTimeout(scenario.run(t), SCENARIO_TIMEOUT_MS, label);
        const stray = t.sessions.flatMap((s) => s.unexpectedErrors());
        if (stray.length > 0) failure = `errors in the page:\n  ${stray.join("\n  ")}`;
      } catch (error) {
        failure = `after ${((Date.now() - t0) / 1000).toFixed(1)} s: ${describeError(error)}`;
        for (const s of t.sessions) failure += `\npage activity: ${JSON.stringify(s.stats)}`;
        const stray = t.sessions.flatMap((s) => s.unexpectedErrors());
        if (stray.length > 0) failure += `\nerrors in the page:\n  ${stray.join("\n  ")}`;
      } finally {
        const closing = Date.now();
        await Promise.all(t.sessions.map((s) => s.close().catch(() => undefined)));
        if (Date.now() - closing > 5000)
          console.log(`  (closing the browser contexts took ${((Date.now() - closing) / 1000).toFixed(1)} s)`);
      }
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      if (failure === null) {
        passed++;
        console.log(`ok      ${label} (${secs} s)`);
      } else {
        failed++;
        console.log(`FAILED  ${label} (${secs} s)\n  ${failure.replace(/\n/g, "\n  ")}`);
      }
    }
  } finally {
    await browser.close();
    removePristineCopy(exampleVault);
  }
  console.log(`\nscreenshots: ${screenshotDir}`);
  console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}
