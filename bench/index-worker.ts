/**
 * The contact index's figures for one vault, in a process of its own (run with --expose-gc):
 *
 *     node --expose-gc bench/out/index-worker.mjs <vault> <today>
 *
 * - indexBuildMs: a fresh `ContactIndex`, mentions tracked, from `start()` until its build is
 *   ready, over metadata-cache objects and note texts already in memory (what `getFileCache` and
 *   `cachedRead` hand back in Obsidian once the vault is cached);
 * - longestTaskMs: the longest main-thread task from `start()` until the index has also read
 *   what it reads after the build, each build after a full GC (the bench's garbage is not the
 *   build's); rebuildLongestTaskMs: the same for a rebuild after a settings change;
 *   settledMs: that whole time; coldStartMs: the same with each read paying a simulated disk read
 *   (the texts not yet in memory);
 * - noteUpdateMs: one metadata-cache `changed` event for a contact note whose log gained an
 *   entry, handled to the end (the index handles it synchronously when the event carries the text);
 * - scheduleMs: every contact scheduled for a day, then the whole list in priority order;
 * - calendarBuildMs: the contact calendar's data on a fresh index: every contact's touches (each
 *   log's days from the facts the index keeps, as in the plugin, and the dated notes' mentions), per day
 *   once, then the day, week and month grids and the budget chart's weeks (lib/calendar-figure.ts);
 * - indexHeapMB: the heap the built index keeps, after a full GC before and after;
 * - indexFloorMs: the least any index over the metadata cache must do, in the same process and
 *   run: ask the cache for every note and look at its tags (inline and frontmatter), which is
 *   how a note outside the contacts folder is found to be a contact, and its links (mentions);
 * - indexRulesFloorMs: what the mention and follow-up rules also oblige any index to read, in
 *   one pass that builds nothing (lib/rules-floor.ts): a diagnostic between the floor and the build.
 * Each is the median of many runs after warm-up runs. Prints one JSON object.
 */
import type { CachedMetadata, TFile } from "obsidian";
import { addDays, isoDate } from "../src/core/dates";
import { appendLogEntry } from "../src/core/edits";
import { useYamlPackage } from "../src/cli/yaml-parser";
import { comparePriority } from "../src/core/schedule";
import { ContactIndex, type ContactIndexServices } from "../src/obsidian/contact-index";
import { buildCalendar, mentionsOf } from "./lib/calendar-figure";
import { COLD_DISK, indexServices, longestTaskMonitor, type ChangedHandler } from "./lib/index-services";
import { median } from "./lib/stats";
import { rulesFloor } from "./lib/rules-floor";
import { loadVaultInput } from "./lib/vault-input";
import { computeMetadata } from "../tests/standin/metadata";

// The core reads frontmatter with the parser its host gives; here, the `yaml` package.
useYamlPackage();

export interface IndexFigures {
  contacts: number;
  problems: number;
  indexBuildMs: number;
  noteUpdateMs: number;
  scheduleMs: number;
  calendarBuildMs: number;
  indexHeapMB: number;
  indexFloorMs: number;
  indexRulesFloorMs: number;
  /**
   * The longest main-thread task during a start-up build and its background reading, the worst of
   * several builds: in CPU time (what the code holds the thread for), in wall time, and each build's.
   */
  longestTaskMs: number;
  longestTaskWallMs: number;
  longestTasksMs: TaskFigure[];
  /** The same for a rebuild after a settings change, on a built index. */
  rebuildLongestTaskMs: number;
  rebuildLongestTaskWallMs: number;
  rebuildLongestTasksMs: TaskFigure[];
  /** From `start()` until the index has read all it reads after its build (warm reads). */
  settledMs: number;
  /** The same with every read paying a simulated disk read (`COLD_DISK`). */
  coldStartMs: number;
  /**
   * The same medians in process CPU time (user + system). On a shared machine, wall time also
   * counts the neighbours; CPU time is closer to what the code costs on a core of its own.
   */
  cpu: {
    indexBuildMs: number;
    noteUpdateMs: number;
    scheduleMs: number;
    calendarBuildMs: number;
    indexFloorMs: number;
    indexRulesFloorMs: number;
  };
  runs: { build: number; update: number; schedule: number };
}

/** Wall and CPU time of one run. */
interface Sample {
  wall: number;
  cpu: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function startClock(): () => Sample {
  const wall = performance.now();
  const cpu = cpuMs();
  return () => ({ wall: performance.now() - wall, cpu: cpuMs() - cpu });
}

const BUILD_RUNS = 15;
const UPDATE_RUNS = 400;
const SCHEDULE_RUNS = 15;
const WARMUP = 3;
/** Builds watched for their longest task (apart from the timed ones: the watcher costs a little). */
const TASK_RUNS = 5;
/** Cold starts (each reads every text it needs from the simulated disk). */
const COLD_RUNS = 3;

/** Lets pending promise jobs finish (they can hold the previous index) before a measurement. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A watched run's longest task, and the heap and the forced GC before it (what was left to collect). */
interface TaskFigure {
  wallMs: number;
  cpuMs: number;
  heapBeforeMB: number;
  gcBeforeMs: number;
}

/** A full GC, timed, once pending promise jobs let go of the previous index. */
async function collectBefore(): Promise<{ heapBeforeMB: number; gcBeforeMs: number }> {
  await settle();
  const heapBeforeMB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  const started = performance.now();
  gc();
  return { heapBeforeMB, gcBeforeMs: +(performance.now() - started).toFixed(1) };
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) throw new Error("run with node --expose-gc");
  collect();
  collect();
}

/**
 * One fresh index from `start()`: `sample` until its build is ready (the panel can draw its
 * schedule), `settledMs` until everything it reads afterwards has been applied too.
 */
async function buildOnce(svc: ContactIndexServices): Promise<{ index: ContactIndex; sample: Sample; settledMs: number }> {
  const index = new ContactIndex(svc);
  const started = performance.now();
  const stop = startClock();
  index.start();
  await index.built();
  const sample = stop();
  if (index.state !== "ready") throw new Error(`the index is ${index.state} after its build`);
  await index.settled();
  return { index, sample, settledMs: performance.now() - started };
}

/**
 * The floor under the index build: every note's cache from `getFileCache`, and its tags looked
 * at (each inline tag's text, the frontmatter's `tags` and `tag`). Returns a count so the work
 * cannot be optimised away.
 */
function floorOnce(svc: ContactIndexServices): { count: number; sample: Sample } {
  const stop = startClock();
  let count = 0;
  for (const file of svc.vault.getMarkdownFiles()) {
    const cache = svc.metadataCache.getFileCache(file);
    if (cache === null) continue;
    for (const tag of cache.tags ?? []) count += tag.tag.length;
    // Mentions are links: any index that tracks them looks at each note's links too.
    for (const link of cache.links ?? []) count += link.link.length;
    for (const link of cache.frontmatterLinks ?? []) count += link.link.length;
    const fm = cache.frontmatter;
    if (fm !== undefined && (fm.tags !== undefined || fm.tag !== undefined)) count++;
  }
  return { count, sample: stop() };
}

/** The rules' floor (lib/rules-floor.ts) over the same cache, timed. */
function rulesFloorOnce(svc: ContactIndexServices): { count: number; sample: Sample } {
  const resolvedLinks = svc.metadataCache.resolvedLinks;
  if (resolvedLinks === undefined) throw new Error("the bench's metadata cache has no resolved links");
  const files = svc.vault.getMarkdownFiles();
  const stop = startClock();
  const count = rulesFloor({
    files,
    cacheOf: (file) => svc.metadataCache.getFileCache(file),
    resolvedLinks,
    settings: svc.settings(),
    dailyPrefix: "Daily/",
  });
  return { count, sample: stop() };
}

async function main(): Promise<void> {
  const [root, todayArg] = process.argv.slice(2);
  if (root === undefined || todayArg === undefined) throw new Error("usage: index-worker <vault> <today>");
  const today = isoDate(todayArg);
  const notes = loadVaultInput(root);
  let changed: ChangedHandler | null = null;
  const svc = indexServices(notes, (h) => (changed = h));

  // Build: warm-up runs, the heap of one built index, then the timed runs.
  for (let i = 0; i < WARMUP; i++) (await buildOnce(svc)).index.stop();
  changed = null; // the handler holds the last index: let it go before measuring
  await settle();
  gc();
  const before = process.memoryUsage().heapUsed;
  const { index: kept } = await buildOnce(svc);
  await settle();
  gc();
  const indexHeapMB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  kept.stop();
  // Builds and floor passes alternate, so both see the same machine.
  const builds: Sample[] = [];
  const floors: Sample[] = [];
  const rulesFloors: Sample[] = [];
  let seen = 0;
  for (let i = 0; i < WARMUP; i++) seen += floorOnce(svc).count + rulesFloorOnce(svc).count;
  const calendars: Sample[] = [];
  let mentions: ReturnType<typeof mentionsOf> | null = null;
  for (let i = 0; i < BUILD_RUNS; i++) {
    const { index, sample } = await buildOnce(svc);
    builds.push(sample);
    mentions ??= mentionsOf(notes, (path) => index.get(path) !== undefined, svc.settings());
    const stopCalendar = startClock();
    const calendar = buildCalendar(index, mentions, today);
    calendars.push(stopCalendar());
    if (calendar.touches === 0 || calendar.mentions === 0 || calendar.cells === 0)
      throw new Error("the calendar found no touches, or no mentions");
    index.stop();
    const floor = floorOnce(svc);
    seen += floor.count;
    floors.push(floor.sample);
    const rules = rulesFloorOnce(svc);
    seen += rules.count;
    rulesFloors.push(rules.sample);
  }
  if (seen === 0) throw new Error("the floor pass saw no tags at all");

  // The longest task of a start-up build (until its background reading is done too). A full GC
  // first: the runs above leave garbage (the heap reaches 1 GB or more) whose collection, when it
  // lands in a watched build, is a task of the bench's own making; the build's own collections count.
  const longestTasks: TaskFigure[] = [];
  const settledTimes: number[] = [];
  for (let i = 0; i < TASK_RUNS; i++) {
    const gcBefore = await collectBefore();
    const watch = longestTaskMonitor();
    const { index, settledMs } = await buildOnce(svc);
    longestTasks.push({ ...watch(), ...gcBefore });
    settledTimes.push(settledMs);
    index.stop();
  }

  // The same for a rebuild of a built index after a settings change (the log heading, which every
  // record depends on: each is built and compared with the one readers see, then its text read).
  const rebuildTasks: TaskFigure[] = [];
  {
    const { index } = await buildOnce(svc);
    const settings = svc.settings();
    const heading = settings.logHeading;
    for (let i = 0; i < TASK_RUNS; i++) {
      // A new settings object, as the plugin makes on every change (the index keys what it keeps on it).
      svc.replaceSettings({ ...settings, logHeading: i % 2 === 0 ? `${heading}, Journal` : heading });
      const gcBefore = await collectBefore();
      const watch = longestTaskMonitor();
      await index.rebuild();
      await index.settled();
      rebuildTasks.push({ ...watch(), ...gcBefore });
    }
    svc.replaceSettings(settings);
    index.stop();
  }

  // Cold start: each text the index reads pays a simulated disk read; timed until the index
  // holds the final schedule (what the panel shows once it updated).
  const coldSvc = indexServices(notes, () => undefined, { disk: COLD_DISK });
  const colds: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const { index, settledMs } = await buildOnce(coldSvc);
    colds.push(settledMs);
    index.stop();
  }

  // One note's update: each event brings a contact note whose log gained an entry.
  const { index } = await buildOnce(svc);
  const handler = changed as ChangedHandler | null;
  if (handler === null) throw new Error("the index did not listen to metadataCache 'changed'");
  const settings = svc.settings();
  const contactNotes = notes.filter((n) => index.get(n.file.path) !== undefined && index.get(n.file.path)?.writable === true);
  const step = Math.max(1, Math.floor(contactNotes.length / (UPDATE_RUNS + 50)));
  const updates: { file: TFile; text: string; cache: CachedMetadata }[] = [];
  for (let i = 0; updates.length < UPDATE_RUNS + 50 && i < contactNotes.length * step; i += step) {
    const note = contactNotes[i % contactNotes.length];
    if (note === undefined) continue;
    const edit = appendLogEntry(note.text, { heading: settings.logHeading, line: `- ${today} call: benchmark update ${updates.length}` });
    if (edit.ok) updates.push({ file: note.file, text: edit.text, cache: computeMetadata(edit.text) });
  }
  const revision = index.revision;
  const updateTimes: Sample[] = [];
  updates.forEach((u, i) => {
    const stop = startClock();
    handler(u.file, u.text, u.cache);
    const sample = stop();
    if (i >= 50) updateTimes.push(sample);
  });
  if (index.revision === revision) throw new Error("the updates did not change the index");

  // Schedule: statuses for everyone on a given day, then all of them in priority order. Two days
  // alternate so the index's per-day cache never answers instead of the work.
  const days = [today, addDays(today, 1)];
  const scheduleTimes: Sample[] = [];
  for (let i = 0; i < WARMUP + SCHEDULE_RUNS; i++) {
    const stop = startClock();
    const ordered = [...index.scheduled(days[i % 2] ?? today)].sort(comparePriority);
    const sample = stop();
    if (ordered.length !== index.contacts().length) throw new Error("scheduled() lost contacts");
    if (i >= WARMUP) scheduleTimes.push(sample);
  }

  const figures: IndexFigures = {
    contacts: index.contacts().length,
    problems: index.problems(today).length,
    indexBuildMs: median(builds.map((s) => s.wall)),
    noteUpdateMs: median(updateTimes.map((s) => s.wall)),
    scheduleMs: median(scheduleTimes.map((s) => s.wall)),
    calendarBuildMs: median(calendars.map((s) => s.wall)),
    indexHeapMB,
    indexFloorMs: median(floors.map((s) => s.wall)),
    indexRulesFloorMs: median(rulesFloors.map((s) => s.wall)),
    longestTaskMs: Math.max(...longestTasks.map((t) => t.cpuMs)),
    longestTaskWallMs: Math.max(...longestTasks.map((t) => t.wallMs)),
    longestTasksMs: longestTasks,
    rebuildLongestTaskMs: Math.max(...rebuildTasks.map((t) => t.cpuMs)),
    rebuildLongestTaskWallMs: Math.max(...rebuildTasks.map((t) => t.wallMs)),
    rebuildLongestTasksMs: rebuildTasks,
    settledMs: median(settledTimes),
    coldStartMs: median(colds),
    cpu: {
      indexBuildMs: median(builds.map((s) => s.cpu)),
      noteUpdateMs: median(updateTimes.map((s) => s.cpu)),
      scheduleMs: median(scheduleTimes.map((s) => s.cpu)),
      calendarBuildMs: median(calendars.map((s) => s.cpu)),
      indexFloorMs: median(floors.map((s) => s.cpu)),
      indexRulesFloorMs: median(rulesFloors.map((s) => s.cpu)),
    },
    runs: { build: builds.length, update: updateTimes.length, schedule: scheduleTimes.length },
  };
  index.stop();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
