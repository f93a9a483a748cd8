/**
 * `npm run bench`: the speed figures (bench/README.md) at 1,000, 3,000 and 10,000 contacts (four other notes per
 * contact), as a table, or with `--json` as one object. Every figure is a median of several runs
 * after a warm-up; the index figures come from a fresh Node process per vault, the CLI and its
 * floor from processes run in turn, the due panel from real Chromium.
 *
 *     npm run bench                       # the table
 *     npm run bench -- --json             # one JSON object on stdout (progress goes to stderr)
 *     npm run bench -- --sizes 10000 --runs 3 --no-browser
 *     npm run bench -- --save bench/out/last.json   # the table, and the JSON kept in a file
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { BENCH_TODAY } from "./gen/contact-note";
import { benchBrowser, type BrowserFigures } from "./browser-bench";
import { bundle, obsidianStub } from "./build";
import { benchCli, type CliFigures } from "./cli-bench";
import { ensureVault, type Vault } from "./generate";
import { ROOT } from "./lib/paths";
import { round } from "./lib/stats";
import { renderTable } from "./table";
import { verdicts, type Figures } from "./targets";
import type { IndexFigures } from "./index-worker";

interface Options {
  json: boolean;
  sizes: number[];
  seed: number;
  /** CLI/floor runs per size (index runs are many more: they are cheap). */
  runs: number;
  browser: boolean;
  cli: boolean;
  /** Where to write the JSON as well (any output mode). */
  save: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i < 0 ? undefined : argv[i + 1];
  };
  const sizes = (value("sizes") ?? "1000,3000,10000").split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error("--sizes takes whole numbers, e.g. --sizes 1000,3000,10000");
  return {
    json: argv.includes("--json"),
    sizes: sizes.sort((a, b) => a - b),
    seed: Number(value("seed") ?? 42),
    runs: Number(value("runs") ?? 5),
    browser: !argv.includes("--no-browser"),
    cli: !argv.includes("--no-cli"),
    save: value("save"),
  };
}

const progress = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

/** Why a figure is missing, once per cause (it goes in the JSON and under the table). */
const missing = new Map<string, string>();

async function indexFigures(vault: Vault, worker: string | null): Promise<IndexFigures | null> {
  if (worker === null) return null;
  const run = spawnSync(process.execPath, ["--expose-gc", worker, vault.dir, BENCH_TODAY], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) {
    missing.set("index", `the index worker failed: ${(run.stderr || run.stdout).trim().split("\n").slice(-3).join(" / ")}`);
    return null;
  }
  return JSON.parse(run.stdout) as IndexFigures;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();

  progress("bundling the floor, the CLI and the index worker");
  const floor = await bundle("floor.ts", "floor");
  let cli: string | null = null;
  if (options.cli) {
    const built = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { encoding: "utf8" });
    if (built.status === 0) cli = join(ROOT, "dist", "cli.mjs");
    else missing.set("cli", `the CLI did not build: ${(built.stderr || built.stdout).trim().split("\n")[0] ?? ""}`);
  } else missing.set("cli", "skipped (--no-cli)");
  let worker: string | null = null;
  const stub = obsidianStub();
  try {
    worker = await bundle("index-worker.ts", "index-worker", stub === null ? {} : { alias: { obsidian: stub } });
  } catch (error) {
    missing.set(
      "index",
      `the index worker did not build (${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)})`,
    );
  }

  if (options.browser) {
    // The production bundle, as `npm run build` makes it (without its type-check, which the bench does not need).
    const built = spawnSync(process.execPath, [join(ROOT, "esbuild.config.mjs"), "production"], { cwd: ROOT, encoding: "utf8" });
    if (built.status !== 0) missing.set("browser", `main.js did not build: ${(built.stderr || built.stdout).trim().split("\n")[0] ?? ""}`);
  }

  const curve: Figures[] = [];
  const extras: Record<string, unknown>[] = [];
  for (const contacts of options.sizes) {
    const vault = ensureVault({ contacts, notes: contacts * 4, seed: options.seed });
    const m = vault.manifest;
    progress(
      `${contacts} contacts: ${vault.reused ? "reusing" : "generated"} ${vault.dir} (${m.files} notes, ${(m.bytes / 1e6).toFixed(1)} MB)`,
    );

    progress(`${contacts} contacts: index`);
    const index = await indexFigures(vault, worker);
    if (index !== null && index.contacts !== contacts)
      missing.set("index-count", `the index found ${index.contacts} contacts in a vault of ${contacts}`);

    let cliFigures: CliFigures | null = null;
    if (cli !== null) {
      progress(`${contacts} contacts: due --json vs the floor, ${options.runs} runs each`);
      try {
        cliFigures = benchCli(cli, floor, vault.dir, BENCH_TODAY, options.runs);
        if (cliFigures.cliContacts !== contacts)
          missing.set("cli-count", `due --json listed ${cliFigures.cliContacts} contacts in a vault of ${contacts}`);
      } catch (error) {
        missing.set("cli", `due --json failed: ${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)}`);
      }
    }

    // The plugin's index and the CLI read the same notes under the same rules: they must agree.
    if (index !== null && cliFigures !== null && index.problems !== cliFigures.cliProblems) {
      missing.set(`check-${contacts}`, `the index found ${index.problems} problems and due --json ${cliFigures.cliProblems}`);
    }

    let browser: BrowserFigures | null = null;
    if (options.browser && !missing.has("browser")) {
      progress(`${contacts} contacts: due panel in Chromium`);
      const result = await benchBrowser(vault.dir, BENCH_TODAY);
      if ("reason" in result) missing.set("browser", result.reason);
      else browser = result;
      if (browser !== null && browser.browserContacts !== contacts)
        missing.set(
          "browser-count",
          `the plugin in Chromium had ${browser.browserContacts} contacts when the panel was first opened, in a vault of ${contacts}`,
        );
    } else if (!options.browser) missing.set("browser", "skipped (--no-browser)");
    extras.push({ contacts, index: index ?? null, cli: cliFigures ?? null, browser: browser ?? null });

    curve.push({
      contacts,
      notes: m.files,
      indexBuildMs: index?.indexBuildMs ?? null,
      indexFloorMs: index?.indexFloorMs ?? null,
      indexRatio: index === null ? null : index.indexBuildMs / index.indexFloorMs,
      indexRulesFloorMs: index?.indexRulesFloorMs ?? null,
      indexRulesRatio: index === null ? null : index.indexBuildMs / index.indexRulesFloorMs,
      longestTaskMs: index?.longestTaskMs ?? null,
      settledMs: index?.settledMs ?? null,
      coldStartMs: index?.coldStartMs ?? null,
      noteUpdateMs: index?.noteUpdateMs ?? null,
      scheduleMs: index?.scheduleMs ?? null,
      calendarBuildMs: index?.calendarBuildMs ?? null,
      indexHeapMB: index?.indexHeapMB ?? null,
      pluginLoadMs: browser?.pluginLoadMs ?? null,
      editToPanelMs: browser?.editToPanelMs ?? null,
      firstPaintMs: browser?.firstPaintMs ?? null,
      domNodes: browser?.domNodes ?? null,
      cliMs: cliFigures?.cliMs ?? null,
      cliFloorMs: cliFigures?.cliFloorMs ?? null,
      cliRatio: cliFigures?.cliRatio ?? null,
    });
  }

  const main = curve[curve.length - 1];
  if (main === undefined) throw new Error("no sizes to run");
  const judged = verdicts(main, curve);
  const seconds = (performance.now() - started) / 1000;
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    node: process.version,
    loadAverage: loadavg().map((l) => round(l, 2)),
  };
  const rounded = (f: Figures): Figures =>
    Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === "number" ? round(v, 4) : v])) as unknown as Figures;

  const result = {
    ...rounded(main),
    pass: Object.fromEntries(judged.map((v) => [v.key, v.pass])),
    curve: curve.map(rounded),
    today: BENCH_TODAY,
    seed: options.seed,
    machine,
    seconds: round(seconds, 1),
    missing: Object.fromEntries(missing),
    /** Every measurement behind the figures (CPU-time medians, parts of the first paint, counts). */
    details: extras,
  };
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (options.save !== undefined) writeFileSync(options.save, json);
  if (options.json) process.stdout.write(json);
  else process.stdout.write(renderTable(curve, judged, { today: BENCH_TODAY, seed: options.seed, machine, seconds, missing }));
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
