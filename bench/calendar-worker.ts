/**
 * The calendar's figure alone, for working on it without the whole bench (the same measure as
 * `calendarBuildMs` in index-worker.ts, on a fresh index per run):
 *
 *     npx tsx bench/calendar-bench.ts [--contacts 10000] [--no-mentions]
 *
 * `--no-mentions` leaves the mentions out (setting countMentions off), to compare with the
 * calendar before it counted them.
 * Prints one JSON object: the median wall and CPU time of building the calendar's data, and what
 * it found.
 */
import type { CachedMetadata, EventRef, TFile } from "obsidian";
import { isoDate } from "../src/core/dates";
import { defaultSettings } from "../src/core/settings";
import { ContactIndex, type ContactIndexServices } from "../src/obsidian/contact-index";
import { buildCalendar, mentionsOf } from "./lib/calendar-figure";
import { median } from "./lib/stats";
import { loadVaultInput } from "./lib/vault-input";

const RUNS = 15;
const WARMUP = 3;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function main(): Promise<void> {
  const [root, todayArg] = process.argv.slice(2);
  const withMentions = !process.argv.includes("--no-mentions");
  if (root === undefined || todayArg === undefined) throw new Error("usage: calendar-worker <vault> <today>");
  const today = isoDate(todayArg);
  const notes = loadVaultInput(root);
  const caches = new Map<string, CachedMetadata>(notes.map((n) => [n.file.path, n.cache]));
  const texts = new Map<string, string>(notes.map((n) => [n.file.path, n.text]));
  const settings = defaultSettings();
  const ref = {} as EventRef;
  const svc: ContactIndexServices = {
    metadataCache: {
      getFileCache: (file: TFile) => caches.get(file.path) ?? null,
      on: (() => ref) as ContactIndexServices["metadataCache"]["on"],
      offref: () => undefined,
    },
    vault: {
      getMarkdownFiles: () => notes.map((n) => n.file),
      cachedRead: (file: TFile) => Promise.resolve(texts.get(file.path) ?? ""),
      on: (() => ref) as ContactIndexServices["vault"]["on"],
      offref: () => undefined,
      configDir: ".obsidian",
    },
    onLayoutReady: (callback) => callback(),
    settings: () => settings,
    timers: { set: (callback, ms) => setTimeout(callback, ms).unref() as unknown as number, clear: (id) => clearTimeout(id) },
  };
  const wall: number[] = [];
  const cpu: number[] = [];
  let found = { touches: 0, mentions: 0, cells: 0 };
  let mentions: ReturnType<typeof mentionsOf> | null = null;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const index = new ContactIndex(svc);
    index.start();
    await index.settled();
    mentions ??= mentionsOf(notes, (path) => index.get(path) !== undefined, settings);
    const w = performance.now();
    const c = cpuMs();
    found = buildCalendar(index, withMentions ? mentions : null, today);
    if (i >= WARMUP) {
      wall.push(performance.now() - w);
      cpu.push(cpuMs() - c);
    }
    index.stop();
  }
  if (found.touches === 0 || (withMentions && found.mentions === 0)) throw new Error("the calendar found no touches, or no mentions");
  process.stdout.write(`${JSON.stringify({ calendarBuildMs: median(wall), cpuMs: median(cpu), ...found, runs: RUNS })}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
