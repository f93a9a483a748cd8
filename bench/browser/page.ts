/**
 * The browser side of the due panel benchmark, bundled for Chromium. It builds the end-to-end
 * harness's Obsidian stand-in (tests/e2e/standin) around a generated vault and loads the real
 * `main.js` the way Obsidian does. Unlike the e2e boot, the whole vault arrives in one fetch and
 * the metadata cache is filled in one pass (a warm cache, as on every start but a vault's first),
 * because indexing 50,000 notes one timer tick at a time would take minutes and measure nothing
 * of ours.
 *
 * It exposes `window.__bench`: `boot()`, then `openPanel()` / `closePanel()` per measurement.
 */
import type * as O from "obsidian";
import { BOOT_OPTIONS_GLOBAL, type BootOptions } from "../../tests/e2e/standin/bridge";
import { appendLogEntry } from "../../src/core/edits";
import { useYamlPackage } from "../../src/cli/yaml-parser";
import { linkResolver } from "../../src/core/link-resolver";
import { defaultSettings } from "../../src/core/settings";
import { installDomHelpers } from "../../tests/standin/dom";
import { computeMetadata } from "../../tests/standin/metadata";
import { MetadataCache } from "../../tests/e2e/standin/metadata";
import { obsidianModule } from "../../tests/e2e/standin/obsidian";
import { bindEditors, codemirrorModules } from "../../tests/e2e/standin/editor";
import { MarkdownView } from "../../tests/e2e/standin/markdown-view";
import { Vault } from "../../tests/e2e/standin/vault";
import { App } from "../../tests/standin/app";
import type { Plugin } from "../../tests/standin/plugin";
import { Workspace } from "../../tests/standin/workspace";

// The core reads frontmatter with the parser its host gives; here, the `yaml` package.
useYamlPackage();

export const DUE_VIEW = '.workspace-leaf-content[data-type="contact-cadence-due"]';
export const OPEN_COMMAND = "contact-cadence:open-due-panel";

export interface BootResult {
  notes: number;
  contacts: number;
  /** The plugin's index build in the browser, from layout ready until it was ready and its idle reading done. */
  indexBuildMs: number;
  /** Evaluating `main.js` and running the plugin's `onload`, as Obsidian does at start-up. */
  pluginLoadMs: number;
}

export interface PaintResult {
  /** `buildMs` + `frameMs`: from the open command to the first frame that shows the rows, without the wait for that frame. */
  workMs: number;
  /** From the open command until the rows are in the DOM with style and layout computed. */
  buildMs: number;
  /** The style and layout part of `buildMs`. */
  layoutMs: number;
  /** The first frame's own work after that: resize observers, style, layout and paint. */
  frameMs: number;
  /** Wall time from the command to the end of that frame, the wait for the frame included. */
  wallMs: number;
  /** Elements inside the panel after its first frame. */
  domNodes: number;
  rows: number;
}

/** The index the plugin keeps privately (read here only to know when it is ready). */
interface IndexLike {
  state: string;
  settled(): Promise<void>;
  contacts(): readonly unknown[];
}

/**
 * The real `performance.now`, saved by the bench before Playwright's clock replaced it (the clock
 * fixes "today" for the plugin, and its own `performance.now` counts whole milliseconds only).
 */
const now: () => number = (window as unknown as { __benchNow?: () => number }).__benchNow ?? (() => performance.now());

installDomHelpers(window);
const bootOptions = (window as unknown as Record<string, BootOptions | undefined>)[BOOT_OPTIONS_GLOBAL];
if (bootOptions === undefined) throw new Error("the bench did not set the boot options");
const options: BootOptions = bootOptions;

document.body.addClasses([`theme-${options.theme}`, "mod-linux", "is-frameless", "show-ribbon"]);
const appContainer = document.body.createDiv("app-container");
const main = appContainer.createDiv("horizontal-main-container");
const workspace = new Workspace({ parent: () => main, markdownView: (leaf) => new MarkdownView(leaf) });
const statusBarEl = appContainer.createDiv("status-bar");
const vault = new Vault("bench-vault");
const metadataCache = new MetadataCache(vault);
const app = new App({ vault, metadataCache, workspace, statusBarEl });
bindEditors(app);
let plugin: Plugin | null = null;

function pluginRequire(name: string): unknown {
  const codemirror = codemirrorModules[name];
  if (codemirror !== undefined) return codemirror;
  if (name !== "obsidian") throw new Error(`Cannot find module '${name}'`);
  return obsidianModule;
}

let pluginLoadMs = Number.NaN;

async function loadPlugin(): Promise<Plugin> {
  const code = await (await fetch(options.pluginUrl)).text();
  const started = now();
  const module: { exports: Record<string, unknown> } = { exports: {} };
  // Obsidian evaluates main.js in a function scope the same way: module, exports, require.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- that is exactly what is being emulated
  const evaluate = new Function("module", "exports", "require", `${code}\n//# sourceURL=main.js`) as (
    m: unknown,
    e: unknown,
    r: unknown,
  ) => void;
  evaluate(module, module.exports, pluginRequire);
  const PluginClass = (module.exports.default ?? module.exports) as new (app: O.App, manifest: O.PluginManifest) => Plugin;
  const loaded = new PluginClass(app, { ...options.manifest, dir: `${vault.configDir}/plugins/${options.manifest.id}` });
  await loaded.loadAsync();
  pluginLoadMs = now() - started;
  return loaded;
}

/** The stand-in keeps file contents and caches in private maps; the bench fills them in one pass. */
function privateMap<V>(owner: object, field: string): Map<string, V> {
  const map = (owner as Record<string, unknown>)[field];
  if (!(map instanceof Map)) throw new Error(`the e2e stand-in has no ${field} map any more: update bench/browser/page.ts`);
  return map as Map<string, V>;
}

function pluginIndex(p: Plugin): IndexLike {
  const index = (p as unknown as { index?: IndexLike }).index;
  if (index === undefined || typeof index.settled !== "function")
    throw new Error("the plugin keeps no `index` with settled(): update bench/browser/page.ts");
  return index;
}

async function boot(): Promise<BootResult> {
  plugin = await loadPlugin();
  const texts = (await (await fetch("/vault.json")).json()) as Record<string, string>;
  await vault.loadFromDisk();
  const contents = privateMap<string>(vault, "contents");
  const caches = privateMap<O.CachedMetadata>(metadataCache, "byPath");
  for (const file of vault.getMarkdownFiles()) {
    const text = texts[file.path];
    if (text === undefined) continue;
    contents.set(file.path, text);
    caches.set(file.path, computeMetadata(text));
  }
  // Obsidian finds a link's note through an index of names; the stand-in's own lookup walks every
  // file, which at 50,000 notes and some 150,000 links would time the stand-in, not the plugin.
  const resolve = linkResolver(vault.getMarkdownFiles().map((f) => f.path));
  metadataCache.getFirstLinkpathDest = (linkpath: string, source: string) => {
    const path = resolve(linkpath.split(/[#|]/)[0] ?? "", source);
    return path === null ? null : vault.getFileByPath(path);
  };
  const index = pluginIndex(plugin);
  const started = now();
  workspace.setLayoutReady();
  // The build starts once the plugin has read what it reads at layout ready: wait for it to be
  // ready, then for the texts it reads afterwards in idle time.
  while (index.state !== "ready") await new Promise((resolve) => window.setTimeout(resolve, 0));
  await index.settled();
  const indexBuildMs = now() - started;
  await metadataCache.markResolved();
  return { notes: vault.getMarkdownFiles().length, contacts: index.contacts().length, indexBuildMs, pluginLoadMs };
}

/**
 * The next frame: when its rendering began (its requestAnimationFrame callbacks) and when it was
 * done (the first task after it). Resize observers, style, layout and paint run in between.
 */
function nextFrame(): Promise<{ begin: number; end: number }> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const begin = now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ begin, end: now() });
      channel.port2.postMessage(null);
    });
  });
}

function waitForRows(view: Element): Promise<void> {
  if (view.querySelector(".cc-row") !== null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error("the due panel showed no rows within 10 s")), 10_000);
    const observer = new MutationObserver(() => {
      if (view.querySelector(".cc-row") === null) return;
      observer.disconnect();
      window.clearTimeout(timer);
      resolve();
    });
    observer.observe(view, { childList: true, subtree: true });
  });
}

async function openPanel(): Promise<PaintResult> {
  const started = now();
  if (!app.commands.execute(OPEN_COMMAND)) throw new Error(`${OPEN_COMMAND} did not run`);
  // The leaf and its view are created asynchronously; the rows follow.
  let view = document.querySelector(DUE_VIEW);
  for (let spins = 0; view === null; spins++) {
    // Microtasks first (the stand-in opens leaves in them); a task now and then, so a view that
    // waits for one cannot starve the loop; give up after ten seconds.
    if (spins < 1000) await Promise.resolve();
    else if (now() - started > 10_000) throw new Error("the due panel did not open within 10 s");
    else await new Promise((resolve) => window.setTimeout(resolve, 0));
    view = document.querySelector(DUE_VIEW);
  }
  await waitForRows(view);
  const scripted = now();
  view.getBoundingClientRect(); // style and layout, as the frame would need them
  const buildMs = now() - started;
  const layoutMs = started + buildMs - scripted;
  const frame = await nextFrame();
  const frameMs = frame.end - frame.begin;
  return {
    workMs: buildMs + frameMs,
    buildMs,
    layoutMs,
    frameMs,
    wallMs: frame.end - started,
    domNodes: view.querySelectorAll("*").length,
    rows: view.querySelectorAll(".cc-row").length,
  };
}

function closePanel(): void {
  workspace.detachLeavesOfType("contact-cadence-due");
}

/**
 * The same measure for an empty view opened in the right sidebar: what any panel costs in this
 * page before drawing anything of its own (the leaf, its tab, style and layout of the sidebar).
 */
async function openEmptyLeaf(): Promise<number> {
  const started = now();
  const leaf = workspace.getRightLeaf(false);
  if (leaf === null) throw new Error("no right sidebar leaf");
  await leaf.setViewState({ type: "empty", active: true });
  await workspace.revealLeaf(leaf);
  leaf.view.containerEl.getBoundingClientRect();
  const built = now() - started;
  const frame = await nextFrame();
  leaf.detach();
  return built + frame.end - frame.begin;
}

function rowShown(view: Element, path: string): boolean {
  for (const row of Array.from(view.querySelectorAll(".cc-row"))) if (row.getAttribute("data-path") === path) return true;
  return false;
}

/** Resolves at the first DOM change of the panel after which the row of `path` is gone. */
function rowGone(view: Element, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(`the edit of ${path} did not reach the panel within 5 s`)), 5_000);
    const observer = new MutationObserver(() => {
      if (rowShown(view, path)) return;
      observer.disconnect();
      window.clearTimeout(timer);
      resolve();
    });
    observer.observe(view, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * An edit reaching the open panel: an overdue contact's note gains a log entry dated today, as
 * the metadata cache reports it (`changed`, after its parse), and the time runs until the panel
 * no longer lists them as overdue. Edits are a second apart, each the first of its burst.
 */
async function editToPanel(today: string, edits: number): Promise<number[]> {
  if (!app.commands.execute(OPEN_COMMAND)) throw new Error(`${OPEN_COMMAND} did not run`);
  let view = document.querySelector(DUE_VIEW);
  while (view === null) {
    await new Promise((resolve) => window.setTimeout(resolve, 10));
    view = document.querySelector(DUE_VIEW);
  }
  await waitForRows(view);
  const contents = privateMap<string>(vault, "contents");
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    await new Promise((resolve) => window.setTimeout(resolve, 1_000));
    const row = view.querySelector('.cc-row[data-status="overdue"]');
    const path = row?.getAttribute("data-path") ?? null;
    const file = path === null ? null : vault.getFileByPath(path);
    const text = path === null ? undefined : contents.get(path);
    if (path === null || file === null || text === undefined) throw new Error("no overdue row to edit");
    const edit = appendLogEntry(text, { heading: defaultSettings().logHeading, line: `- ${today} call: bench edit` });
    if (!edit.ok) throw new Error(`${path}: ${edit.error}`);
    contents.set(path, edit.text);
    const gone = rowGone(view, path);
    const started = now();
    metadataCache.changed(file, edit.text);
    await gone;
    times.push(now() - started);
  }
  closePanel();
  return times;
}

/** Does nothing: the cost of a round trip from the bench, to subtract from the others. */
function noop(): number {
  return 0;
}

(window as unknown as { __bench: unknown }).__bench = { boot, openPanel, closePanel, openEmptyLeaf, editToPanel, noop };
