/**
 * The due panel in real Chromium (Debian's, driven by playwright-core): the built `main.js` in the
 * end-to-end harness's Obsidian stand-in, over a generated vault, with today fixed. For each vault:
 * one boot, two warm-up opens, then `runs` measured opens of the panel (closed in between).
 *
 * firstPaintMs is the main thread's work from the open command to the first frame that shows the
 * rows: building the view until its rows are in the DOM with style and layout computed, plus that
 * frame's own work (resize observers, style, layout, paint), in wall time. The wait for the
 * frame's turn (headless Chromium keeps a 60 Hz frame clock) is not work and is left out; the wall
 * time with it, and the main thread's CPU time over the whole open, are reported beside.
 * domNodes counts the elements in the panel after that frame: the windowed list keeps it the same
 * at any size.
 */
import * as esbuild from "esbuild";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import {
  BOOT_OPTIONS_GLOBAL,
  FS_BINDING,
  type BootOptions,
  type DiskEntry,
  type FsRequest,
  type FsResponse,
} from "../tests/e2e/standin/bridge";
import type { BootResult, PaintResult } from "./browser/page";
import { median } from "./lib/stats";
import { BENCH_DIR, ROOT } from "./lib/paths";

export interface BrowserFigures {
  /** The work from the open command to the first frame that shows the rows (median, see above). */
  firstPaintMs: number;
  /** The same for the first open after the index was built (the schedule not cached yet). */
  firstPaintColdMs: number;
  /**
   * Its parts (medians): until the rows are laid out, of which style and layout, then the frame;
   * the wall time with the wait for the frame; and the main thread's CPU time over the whole open
   * (Chrome's ThreadTime), which also counts whatever else the page ran meanwhile.
   */
  parts: { buildMs: number; layoutMs: number; frameMs: number; withWaitMs: number; cpuMs: number };
  /** An empty view opened in the same sidebar, measured alike: the page's own share. */
  emptyLeaf: { workMs: number; cpuMs: number };
  /** The CPU a round trip from the bench costs the page, already subtracted from the figures. */
  roundTripMs: number;
  domNodes: number;
  rows: number;
  browserIndexBuildMs: number;
  browserContacts: number;
  /** Evaluating `main.js` and running `onload` (once, at boot). */
  pluginLoadMs: number;
  /** An edit of a contact note until the open panel shows it (median of several, a second apart), and each. */
  editToPanelMs: number;
  editsToPanelMs: number[];
}

const ORIGIN = "http://obsidian.bench";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

function vaultEntries(root: string): { entries: DiskEntry[]; texts: Record<string, string> } {
  const entries: DiskEntry[] = [];
  const texts: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = dir === "" ? name : `${dir}/${name}`;
      const st = statSync(join(root, path));
      entries.push({
        path,
        type: st.isDirectory() ? "folder" : "file",
        ctime: Math.round(st.ctimeMs),
        mtime: Math.round(st.mtimeMs),
        size: st.size,
      });
      if (st.isDirectory()) walk(path);
      else if (name.endsWith(".md") && !path.split("/").some((p) => p.startsWith(".")))
        texts[path] = readFileSync(join(root, path), "utf8");
    }
  };
  walk("");
  return { entries, texts };
}

/** The fs bridge's read side over the generated vault; any write is refused. */
function fsRead(root: string, entries: readonly DiskEntry[], request: FsRequest): FsResponse {
  switch (request.op) {
    case "list":
      return { ok: true, value: entries };
    case "exists":
      return { ok: true, value: entries.some((e) => e.path === request.path) };
    case "stat":
      return { ok: true, value: entries.find((e) => e.path === request.path) ?? null };
    case "read": {
      const text = read(join(root, request.path));
      return text === null ? { ok: false, error: `no such file: ${request.path}` } : { ok: true, value: text };
    }
    default:
      return { ok: false, error: `the bench vault is read-only (${request.op})` };
  }
}

async function pageBundle(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(BENCH_DIR, "browser", "page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (out === undefined) throw new Error("esbuild produced nothing for bench/browser/page.ts");
  return out.text;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/**
 * A page script that fixes `new Date()` and `Date.now()` at `epochMs`, leaving the timers, frames and
 * `performance.now` alone. Dates built from arguments, `Date.parse` and `Date.UTC` work as usual.
 */
function fixedDateScript(epochMs: number): string {
  return `(() => {
  const RealDate = Date;
  function FixedDate(...args) {
    if (new.target === undefined) return new RealDate(${epochMs}).toString();
    return args.length === 0 ? new RealDate(${epochMs}) : new RealDate(...args);
  }
  FixedDate.prototype = RealDate.prototype;
  FixedDate.now = () => ${epochMs};
  FixedDate.parse = RealDate.parse;
  FixedDate.UTC = RealDate.UTC;
  window.Date = FixedDate;
})();`;
}

export async function benchBrowser(vault: string, today: string, runs = 7): Promise<BrowserFigures | { reason: string }> {
  // BENCH_MAIN_JS=<file>: another build of the plugin (an unminified one reads better in a profile).
  const mainJs = read(process.env.BENCH_MAIN_JS ?? join(ROOT, "main.js"));
  if (mainJs === null) return { reason: "main.js is missing (the bench builds it with esbuild.config.mjs first)" };
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  } catch (error) {
    return {
      reason: `Chromium did not start (${CHROMIUM}): ${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)}`,
    };
  }
  try {
    const { entries, texts } = vaultEntries(vault);
    const body = JSON.stringify(texts);
    const files: Record<string, { type: string; body: string }> = {
      "/": {
        type: "text/html",
        body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="app.css"><link rel="stylesheet" href="styles.css"></head><body><script src="bench.js"></script></body></html>',
      },
      "/app.css": { type: "text/css", body: read(join(ROOT, "tests", "e2e", "shell", "app.css")) ?? "" },
      "/styles.css": { type: "text/css", body: read(join(ROOT, "styles.css")) ?? "" },
      "/bench.js": { type: "text/javascript", body: await pageBundle() },
      "/main.js": { type: "text/javascript", body: mainJs },
      "/vault.json": { type: "application/json", body },
    };
    const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as BootOptions["manifest"];
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      locale: "en-US",
      timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    await context.addInitScript("window.__benchNow = performance.now.bind(performance);");
    // Today is fixed through `Date` alone. Playwright's clock (context.clock) would fix it too, but it
    // also replaces the timers and requestAnimationFrame with its own: the page's "next frame" would
    // then be a timer callback, not the frame that paints, and that frame's work would go unmeasured.
    await context.addInitScript(fixedDateScript(new Date(y, m - 1, d, 10, 0, 0).getTime()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Reads only: the bench never writes (the texts themselves come with vault.json).
    await page.exposeFunction(FS_BINDING, (request: FsRequest): FsResponse => fsRead(vault, entries, request));
    const boot: BootOptions = { pluginUrl: `${ORIGIN}/main.js`, manifest, theme: "light", phone: false, cache: "warm", autoload: false };
    await page.addInitScript(({ name, value }) => Object.assign(window, { [name]: value }), { name: BOOT_OPTIONS_GLOBAL, value: boot });
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
      if (file === undefined) await route.abort();
      else await route.fulfill({ status: 200, contentType: file.type, body: file.body });
    });
    await page.goto(`${ORIGIN}/`);
    const booted = await page.evaluate<BootResult>("window.__bench.boot()");
    const cdp = await context.newCDPSession(page);
    // The renderer's main thread CPU time (ThreadTime, in seconds): the page's work, whatever else runs on the machine.
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    const threadMs = async (): Promise<number> =>
      1000 * ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime")?.value ?? Number.NaN);
    const cpuOf = async <T>(expression: string): Promise<{ value: T; cpu: number }> => {
      const before = await threadMs();
      const value = await page.evaluate<T>(expression);
      return { value, cpu: (await threadMs()) - before };
    };
    // What a round trip from here costs the page's thread, subtracted from each measurement.
    const trips: number[] = [];
    for (let i = 0; i < 11; i++) trips.push((await cpuOf<number>("window.__bench.noop()")).cpu);
    const trip = median(trips);

    // BENCH_BROWSER_PROFILE=<file.cpuprofile>: a V8 profile of the measured opens, for bench/profile-summary.ts.
    const profileFile = process.env.BENCH_BROWSER_PROFILE;
    const paints: { paint: PaintResult; cpu: number }[] = [];
    for (let i = 0; i < runs + 2; i++) {
      if (i === 2 && profileFile !== undefined) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
        await cdp.send("Profiler.start");
      }
      const { value, cpu } = await cpuOf<PaintResult>("window.__bench.openPanel()");
      paints.push({ paint: value, cpu: cpu - trip });
      await page.evaluate("window.__bench.closePanel()");
    }
    const empties: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const { value, cpu } = await cpuOf<number>("window.__bench.openEmptyLeaf()");
      empties.push({ wall: value, cpu: cpu - trip });
    }
    const edits = await page.evaluate<number[]>(`window.__bench.editToPanel(${JSON.stringify(today)}, 5)`);
    if (profileFile !== undefined) writeFileSync(profileFile, JSON.stringify((await cdp.send("Profiler.stop")).profile));
    if (errors.length > 0) return { reason: `the page failed: ${errors[0] ?? ""}` };
    const measured = paints.slice(2);
    const wall = measured.map((p) => p.paint);
    return {
      firstPaintMs: median(wall.map((p) => p.workMs)),
      firstPaintColdMs: paints[0]?.paint.workMs ?? Number.NaN,
      parts: {
        buildMs: median(wall.map((p) => p.buildMs)),
        layoutMs: median(wall.map((p) => p.layoutMs)),
        frameMs: median(wall.map((p) => p.frameMs)),
        withWaitMs: median(wall.map((p) => p.wallMs)),
        cpuMs: median(measured.map((p) => p.cpu)),
      },
      emptyLeaf: { workMs: median(empties.slice(2).map((e) => e.wall)), cpuMs: median(empties.slice(2).map((e) => e.cpu)) },
      roundTripMs: trip,
      domNodes: median(wall.map((p) => p.domNodes)),
      rows: median(wall.map((p) => p.rows)),
      browserIndexBuildMs: booted.indexBuildMs,
      browserContacts: booted.contacts,
      pluginLoadMs: booted.pluginLoadMs,
      editToPanelMs: median(edits),
      editsToPanelMs: edits,
    };
  } catch (error) {
    return { reason: `the browser run failed: ${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)}` };
  } finally {
    await browser.close();
  }
}
