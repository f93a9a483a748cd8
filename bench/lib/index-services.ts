/**
 * Stand-ins for the narrow services the contact index takes, over a generated vault in memory:
 * the metadata cache, the vault (reads warm, or paying a simulated disk read), real timers, and
 * the mentions tracker over the same link rules Obsidian applies (daily notes under `Daily/`).
 */
import { moment, type CachedMetadata, type EventRef, type TFile } from "obsidian";
import { momentParser, type MomentLike } from "../../src/core/dated-notes";
import { linkResolver } from "../../src/core/link-resolver";
import { linkpath } from "../../src/core/note-metadata";
import { defaultSettings, type Settings } from "../../src/core/settings";
import type { ContactIndexServices } from "../../src/obsidian/contact-index";
import { TouchTracker } from "../../src/obsidian/touch-tracker";
import type { Note } from "./vault-input";

export type ChangedHandler = (file: TFile, data: string, cache: CachedMetadata) => void;

/** A disk that reads one note at a time: a fixed cost per read plus its size over a throughput. */
export interface SimulatedDisk {
  perReadMs: number;
  bytesPerMs: number;
}

/** A cold start's disk: 0.05 ms per note and 200 MB/s (an SSD behind Electron's file API). */
export const COLD_DISK: SimulatedDisk = { perReadMs: 0.05, bytesPerMs: 200_000 };

/**
 * A copy of a string that shares no storage with it, so whoever keeps the copy is charged for it
 * in the heap (as for a text Obsidian reads from disk for us).
 */
function ownCopy(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

/** Reads that wait their turn at one simulated disk. */
function diskReader(texts: ReadonlyMap<string, string>, disk: SimulatedDisk): (file: TFile) => Promise<string> {
  let freeAt = 0;
  return (file) => {
    const text = texts.get(file.path) ?? "";
    const start = Math.max(performance.now(), freeAt);
    freeAt = start + disk.perReadMs + text.length / disk.bytesPerMs;
    const wait = freeAt - performance.now();
    return new Promise((resolve) => setTimeout(() => resolve(ownCopy(text)), Math.max(0, wait)));
  };
}

/** `metadataCache.resolvedLinks`: each note's links, embeds and frontmatter links, counted by destination. */
function resolveAll(
  notes: readonly Note[],
  resolve: (linkpath: string, source: string) => string | null,
): Record<string, Record<string, number>> {
  const all: Record<string, Record<string, number>> = {};
  for (const { file, cache } of notes) {
    const to: Record<string, number> = (all[file.path] = {});
    for (const refs of [cache.links, cache.embeds, cache.frontmatterLinks]) {
      for (const ref of refs ?? []) {
        const dest = resolve(linkpath(ref.link), file.path);
        if (dest !== null) to[dest] = (to[dest] ?? 0) + 1;
      }
    }
  }
  return all;
}

export interface ServiceOptions {
  /** Absent: texts are in memory (a warm `cachedRead`). */
  disk?: SimulatedDisk;
  /** Mentions tracked (the plugin always tracks them). */
  mentions?: boolean;
}

/** The services, and a way to change the settings as the plugin does: a new object each time. */
export type BenchServices = ContactIndexServices & { replaceSettings(next: Settings): void };

export function indexServices(
  notes: readonly Note[],
  onChanged: (handler: ChangedHandler) => void,
  options: ServiceOptions = {},
): BenchServices {
  const files = notes.map((n) => n.file);
  const caches = new Map<string, CachedMetadata>(notes.map((n) => [n.file.path, n.cache]));
  const texts = new Map<string, string>(notes.map((n) => [n.file.path, n.text]));
  const byPath = new Map<string, TFile>(notes.map((n) => [n.file.path, n.file]));
  let settings = defaultSettings();
  const ref = {} as EventRef;
  const resolve = linkResolver(files.map((f) => f.path));
  // Obsidian keeps every note's links resolved (setup here, as building the caches is).
  const resolvedLinks = resolveAll(notes, resolve);
  const touches =
    options.mentions === false
      ? undefined
      : new TouchTracker({
          resolveLink: resolve,
          settings: () => settings,
          parseDate: momentParser(moment as unknown as MomentLike),
          readDailyNotes: () => Promise.resolve({ folder: "Daily", format: "YYYY/YYYY-MM-DD" }),
          resolvedLinks: () => resolvedLinks,
        });
  // A warm read hands back a text of its own (Obsidian's `cachedRead` gives the text it holds,
  // which the index then keeps alive): counted in the heap of whoever keeps it.
  const read =
    options.disk === undefined ? (file: TFile) => Promise.resolve(ownCopy(texts.get(file.path) ?? "")) : diskReader(texts, options.disk);
  return {
    metadataCache: {
      getFileCache: (file: TFile) => caches.get(file.path) ?? null,
      on: ((name: string, handler: ChangedHandler) => {
        if (name === "changed") onChanged(handler);
        return ref;
      }) as ContactIndexServices["metadataCache"]["on"],
      offref: () => undefined,
      resolvedLinks,
    },
    vault: {
      getMarkdownFiles: () => files,
      getFileByPath: (path: string) => byPath.get(path) ?? null,
      cachedRead: read,
      on: (() => ref) as ContactIndexServices["vault"]["on"],
      offref: () => undefined,
      configDir: ".obsidian",
    },
    onLayoutReady: (callback) => callback(),
    settings: () => settings,
    replaceSettings: (next) => {
      settings = next;
    },
    timers: { set: (callback, ms) => setTimeout(callback, ms).unref() as unknown as number, clear: (id) => clearTimeout(id) },
    // Node's event loop: a build's slices yield to it, and its idle reading waits for a turn of it.
    yieldNow: () => new Promise((resolve) => setImmediate(resolve)),
    whenIdle: () => new Promise((resolve) => setImmediate(resolve)),
    ...(touches === undefined ? {} : { touches }),
  };
}

/**
 * The longest stretch the event loop was kept from other work, from now until the returned
 * function is called: a ticker that runs between tasks, whose longest gap is the longest task,
 * in wall time and in the process's CPU time (on a loaded machine a task's wall time also counts
 * the time the system gave the core to others).
 */
export function longestTaskMonitor(): () => { wallMs: number; cpuMs: number } {
  const cpuNow = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let last = performance.now();
  let lastCpu = cpuNow();
  let wallMs = 0;
  let cpuMs = 0;
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    const cpu = cpuNow();
    wallMs = Math.max(wallMs, now - last);
    cpuMs = Math.max(cpuMs, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return () => {
    running = false;
    tick();
    return { wallMs, cpuMs };
  };
}
