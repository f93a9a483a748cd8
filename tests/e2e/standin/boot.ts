/**
 * The browser entry: builds Obsidian's app shell, the App over the fs bridge, and loads `main.js`
 * the way Obsidian loads a plugin (a CommonJS wrapper in which `obsidian` is the only module).
 * It exposes `window.__e2e`, the hooks the scenarios drive it with.
 */
import type * as O from "obsidian";
import { BOOT_OPTIONS_GLOBAL, type BootOptions } from "./bridge";
import { installDomHelpers } from "../../standin/dom";
import { handlerErrors, registeredHandlers } from "../../standin/events";
import { App } from "../../standin/app";
import { TFile } from "../../standin/files";
import { getAllTags } from "../../standin/frontmatter";
import { notices } from "../../standin/menu";
import { Modal } from "../../standin/modal";
import type { Plugin } from "../../standin/plugin";
import { Platform } from "../../standin/runtime";
import { Workspace } from "../../standin/workspace";
import { MetadataCache } from "./metadata";
import { obsidianModule } from "./obsidian";
import { bindEditors, codemirrorModules } from "./editor";
import { MarkdownView } from "./markdown-view";
import { installTracking, liveCounts, type LiveCounts } from "./tracking";
import { Vault } from "./vault";

installTracking(window);
installDomHelpers(window);

const bootOptions = (window as unknown as Record<string, BootOptions | undefined>)[BOOT_OPTIONS_GLOBAL];
if (bootOptions === undefined) throw new Error("the harness did not set the boot options");
const options: BootOptions = bootOptions;

if (options.phone)
  Object.assign(Platform, {
    isDesktop: false,
    isDesktopApp: false,
    isMobile: true,
    isMobileApp: true,
    isPhone: true,
    isAndroidApp: true,
    isLinux: false,
  });

document.body.addClasses([
  `theme-${options.theme}`,
  options.phone ? "is-mobile" : "mod-linux",
  ...(options.phone ? ["is-phone", "is-android"] : ["is-frameless"]),
  "show-ribbon",
]);
const appContainer = document.body.createDiv("app-container");
const main = appContainer.createDiv("horizontal-main-container");
const workspace = new Workspace({ parent: () => main, phone: options.phone, markdownView: (leaf) => new MarkdownView(leaf) });
const statusBarEl = appContainer.createDiv("status-bar");
const vault = new Vault("e2e-vault");
const metadataCache = new MetadataCache(vault);
const app = new App({ vault, metadataCache, workspace, statusBarEl });
bindEditors(app);
/** The active note's view, when it shows a note. */
function activeMarkdownView(): MarkdownView | null {
  const view = workspace.getMostRecentLeaf()?.view as unknown;
  return view instanceof MarkdownView ? view : null;
}
vault.watcher = {
  changed(file, data) {
    metadataCache.changed(file, data);
    void workspace.refreshFile(file);
  },
  renamed(file, oldPath) {
    metadataCache.renamed(file, oldPath);
  },
  deleted(file) {
    metadataCache.deleted(file);
  },
};

let plugin: Plugin | null = null;
let vaultStarted = false;

/** `require` for main.js: only `obsidian` exists; a missing export is an error, not `undefined`. */
function pluginRequire(name: string): unknown {
  // Obsidian also provides its CodeMirror packages to plugins (on mobile too).
  const codemirror = codemirrorModules[name];
  if (codemirror !== undefined) return codemirror;
  if (name !== "obsidian")
    throw new Error(`Cannot find module '${name}' (only 'obsidian' and its CodeMirror packages exist, as on mobile)`);
  return new Proxy(obsidianModule, {
    get(target, prop, receiver) {
      if (typeof prop === "string" && !(prop in target) && prop !== "__esModule" && prop !== "default" && prop !== "then") {
        const message = `the stand-in has no obsidian.${prop}`;
        console.error(message);
        throw new Error(message);
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

async function startVault(): Promise<void> {
  if (vaultStarted) return;
  vaultStarted = true;
  await vault.loadFromDisk();
  if (options.cache === "warm") {
    await metadataCache.indexAll("warm");
    workspace.setLayoutReady();
    void metadataCache.markResolved();
  } else {
    workspace.setLayoutReady();
    void metadataCache.indexAll("cold").then(() => metadataCache.markResolved());
  }
}

async function loadPlugin(): Promise<void> {
  if (plugin !== null) throw new Error("the plugin is already loaded");
  const code = await (await fetch(options.pluginUrl)).text();
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
  if (typeof PluginClass !== "function") throw new Error("main.js does not export a plugin class");
  const manifest: O.PluginManifest = { ...options.manifest, dir: `${vault.configDir}/plugins/${options.manifest.id}` };
  plugin = new PluginClass(app, manifest);
  await plugin.loadAsync();
  await startVault();
}

function unloadPlugin(): void {
  if (plugin === null) throw new Error("the plugin is not loaded");
  plugin.unload();
  plugin = null;
}

function ownFile(path: string): TFile {
  const file = vault.getFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`no such file in the vault: ${path}`);
  return file;
}

export interface Counts {
  handlers: Record<string, number>;
  live: LiveCounts;
  commands: number;
  viewTypes: number;
  ribbonIcons: number;
  statusBarItems: number;
  settingTabs: number;
}

const hooks = {
  ready: (async () => {
    if (options.autoload) await loadPlugin();
    else await startVault();
  })(),
  loadPlugin,
  unloadPlugin,
  pluginLoaded: () => plugin !== null,
  /** Waits for the plugin's index to finish its build and its idle reading (as a user who waits a moment). */
  async indexSettled(): Promise<void> {
    const index = (plugin as unknown as { index?: { state: string; settled(): Promise<void> } } | null)?.index;
    if (index === undefined) return;
    // The build starts at layout ready, after reads of its own: wait for it to begin and end.
    for (let waited = 0; index.state !== "ready" && waited < 10_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    await index.settled();
  },
  /** Waits for pending writes and parses; the UI may still be debouncing (poll the DOM for that). */
  async idle(): Promise<void> {
    await vault.settled();
    await metadataCache.idle();
  },
  commands: () => [...app.commands.commands.values()].map((c) => ({ id: c.id, name: c.name })),
  runCommand: (id: string) => app.commands.execute(id),
  commandAvailable: (id: string) => app.commands.available(id),
  async openFile(path: string): Promise<void> {
    await workspace.getLeaf(false).openFile(ownFile(path));
  },
  /** The notes open in the main area's tabs. */
  openTabs(): string[] {
    const paths: string[] = [];
    workspace.iterateRootLeaves((leaf) => {
      const file = (leaf.view as { file?: TFile | null }).file;
      if (file) paths.push(file.path);
    });
    return paths;
  },
  /** Right-click on a note: fires 'file-menu' and shows the menu; returns the items' titles. */
  fileMenu(path: string): string[] {
    return workspace.openFileMenu(ownFile(path)).map((i) => i.title);
  },
  /** Tell the app about a change the harness made on disk, as Obsidian's file watcher would. */
  external: {
    created: (path: string) => vault.externalCreate(path).then(() => undefined),
    modified: (path: string) => vault.externalModify(path),
    renamed: (from: string, to: string) => vault.externalRename(from, to),
    deleted: (path: string) => vault.externalDelete(path),
  },
  notices: () => [...notices],
  handlerErrors: () => [...handlerErrors],
  counts(): Counts {
    return {
      handlers: registeredHandlers(),
      live: liveCounts(),
      commands: app.commands.commands.size,
      viewTypes: workspace.viewCreators.size,
      ribbonIcons: workspace.leftRibbonEl.childElementCount,
      statusBarItems: statusBarEl.childElementCount,
      settingTabs: app.settingTabs.length,
    };
  },
  setTheme(theme: "light" | "dark"): void {
    document.body.removeClasses(["theme-light", "theme-dark"]);
    document.body.addClass(`theme-${theme}`);
    workspace.trigger("css-change");
  },
  /** Opens the plugin's settings tab in a settings modal. */
  openSettings(): void {
    const tab = app.settingTabs[0];
    if (tab === undefined) throw new Error("the plugin added no settings tab");
    const modal = new Modal(app);
    modal.modalEl.addClass("mod-settings");
    modal.contentEl.addClass("vertical-tab-content-container");
    modal.contentEl.appendChild(tab.containerEl);
    const onClose = modal.onClose.bind(modal);
    modal.onClose = () => {
      tab.hide();
      onClose();
    };
    modal.open();
    tab.display();
  },
  closeModals(): void {
    document
      .querySelectorAll<HTMLElement>("body > .modal-container .modal-close-button, body > .modal-container .modal-bg")
      .forEach((el) => el.click());
  },
  viewTypes: () => [...workspace.viewCreators.keys()],
  leafTypes: () => {
    const types: string[] = [];
    workspace.iterateAllLeaves((l) => types.push(l.view.getViewType()));
    return types;
  },
  /** What the metadata cache holds for some notes, in a form that survives JSON. */
  metadata: (paths: string[]) =>
    paths.map((path) => {
      const cache = metadataCache.getCache(path);
      return {
        frontmatter: cache?.frontmatter,
        hasFrontmatterPosition: cache?.frontmatterPosition !== undefined,
        headings: (cache?.headings ?? []).map((h) => ({ heading: h.heading, level: h.level })),
        listItemLines: (cache?.listItems ?? []).map((l) => l.position.start.line),
        allTags: cache === null ? null : getAllTags(cache),
      };
    }),
  /** Shows the active note in reading view (true) or in the editor (false). */
  readingView(on: boolean): void {
    const view = activeMarkdownView();
    if (view === null) throw new Error("no note is open");
    view.setMode(on ? "preview" : "source");
  },
  rightSplitCollapsed: () => workspace.rightSplit.collapsed,
  activeFile: () => workspace.getActiveFile()?.path ?? null,
};

export type E2EHooks = typeof hooks;
(window as unknown as { __e2e: E2EHooks }).__e2e = hooks;

// Obsidian's settings window (`app.setting`) is not in its public API; plugins that open their own tab
// look for it. The stand-in gives the two calls they use, opening the plugin's tab as the hook does.
Object.assign(app, { setting: { open: () => hooks.openSettings(), openTabById: (): void => undefined } });
