/**
 * `App`, `Plugin`, the command registry and the file manager. A plugin's registrations (commands,
 * views, ribbon icons, status bar items, setting tabs) go through `register`, so unloading the
 * plugin takes all of them away again, as in Obsidian.
 */
import type * as O from "obsidian";
import { listen } from "./tracking";
import { stringify as stringifyYaml } from "yaml";
import type { Extension } from "@codemirror/state";
import { addEditorExtension, addEditorSuggest, addPostProcessor } from "./editor";
import { Component, Events } from "../../standin/events";
import { setIcon } from "../../standin/icons";
import { computeMetadata } from "../../standin/metadata";
import type { MetadataCache } from "./metadata";
import { Keymap, keymapRef, Scope } from "./modal";
import type { PluginSettingTab } from "../../standin/setting";
import type { Vault } from "./vault";
import type { ViewCreator, Workspace } from "./workspace";

export class CommandRegistry {
  readonly commands = new Map<string, O.Command>();

  /** Runs a command the way the command palette does; false when it is not available. */
  execute(id: string): boolean {
    const cmd = this.commands.get(id);
    if (cmd === undefined) throw new Error(`no command "${id}"`);
    if (cmd.checkCallback !== undefined) {
      if (cmd.checkCallback(true) !== true) return false;
      cmd.checkCallback(false);
      return true;
    }
    if (cmd.callback !== undefined) {
      const result: unknown = cmd.callback();
      if (result instanceof Promise) result.catch((error: unknown) => console.error(`Error in command ${id}`, error));
      return true;
    }
    const view = this.markdownView();
    if (view === null) return false;
    const editor = view.editor;
    if (cmd.editorCheckCallback !== undefined) {
      if (cmd.editorCheckCallback(true, editor, view) !== true) return false;
      cmd.editorCheckCallback(false, editor, view);
      return true;
    }
    if (cmd.editorCallback !== undefined) {
      void cmd.editorCallback(editor, view);
      return true;
    }
    return false;
  }

  /** Editor commands run on the active note's editor, in source mode. */
  markdownView: () => (O.MarkdownView & { editor: unknown }) | null = () => null;

  /** Would the palette offer this command right now? */
  available(id: string): boolean {
    const cmd = this.commands.get(id);
    if (cmd === undefined) return false;
    if (cmd.checkCallback !== undefined) return cmd.checkCallback(true) === true;
    const view = this.markdownView();
    if (cmd.editorCheckCallback !== undefined) return view !== null && cmd.editorCheckCallback(true, view.editor, view) === true;
    return cmd.callback !== undefined || (cmd.editorCallback !== undefined && view !== null);
  }
}

export class FileManager implements Pick<
  O.FileManager,
  "getNewFileParent" | "renameFile" | "trashFile" | "generateMarkdownLink" | "processFrontMatter"
> {
  constructor(private readonly app: App) {}

  getNewFileParent(_sourcePath: string): O.TFolder {
    return this.app.vault.getRoot();
  }

  renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
    return this.app.vault.rename(file, newPath);
  }

  trashFile(file: O.TAbstractFile): Promise<void> {
    // The stand-in has no trash folder: a trashed note is gone, with the same events.
    return this.app.parts.vault.remove(file);
  }

  generateMarkdownLink(file: O.TFile, sourcePath: string): string {
    return `[[${this.app.metadataCache.fileToLinktext(file, sourcePath)}]]`;
  }

  /** Like Obsidian's: re-dumps the whole YAML block (comments and quoting are lost). */
  async processFrontMatter(file: O.TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.app.vault.process(file, (data) => {
      const cache = computeMetadata(data);
      const fm: Record<string, unknown> = { ...(cache.frontmatter ?? {}) };
      if (cache.frontmatterPosition !== undefined && cache.frontmatter === undefined) throw new Error("The frontmatter is not valid YAML");
      fn(fm);
      const block = `---\n${stringifyYaml(fm)}---\n`;
      if (cache.frontmatterPosition === undefined) return block + data;
      const end = data.indexOf("\n", cache.frontmatterPosition.end.offset);
      return block + (end < 0 ? "" : data.slice(end + 1));
    });
  }
}

export interface AppParts {
  vault: Vault;
  metadataCache: MetadataCache;
  workspace: Workspace;
  statusBarEl: HTMLElement;
}

export class App implements Pick<
  O.App,
  | "keymap"
  | "scope"
  | "workspace"
  | "vault"
  | "metadataCache"
  | "fileManager"
  | "lastEvent"
  | "loadLocalStorage"
  | "saveLocalStorage"
  | "renderContext"
  | "secretStorage"
  | "isDarkMode"
> {
  keymap: O.Keymap;
  scope: O.Scope;
  workspace: O.Workspace;
  vault: O.Vault;
  metadataCache: O.MetadataCache;
  fileManager: O.FileManager;
  lastEvent: O.UserEvent | null = null;
  // Obsidian 1.10+ members the plugin does not use (its minAppVersion is older): typed, never built.
  renderContext = undefined as unknown as O.RenderContext;
  secretStorage = undefined as unknown as O.SecretStorage;
  readonly commands = new CommandRegistry();
  readonly settingTabs: PluginSettingTab[] = [];
  readonly parts: AppParts;

  constructor(parts: AppParts) {
    this.parts = parts;
    const keymap = new Keymap();
    keymapRef.keymap = keymap;
    this.keymap = keymap;
    this.scope = new Scope();
    // The stand-in's parts provide part of each real type; plugin code sees them through it.
    this.vault = parts.vault as unknown as O.Vault;
    this.metadataCache = parts.metadataCache;
    this.workspace = parts.workspace as unknown as O.Workspace;
    this.fileManager = new FileManager(this) as unknown as O.FileManager;
  }

  isDarkMode(): boolean {
    return document.body.hasClass("theme-dark");
  }

  loadLocalStorage(key: string): unknown {
    const raw = window.localStorage.getItem(`${this.vault.getName()}-${key}`);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  }

  saveLocalStorage(key: string, data: unknown): void {
    const k = `${this.vault.getName()}-${key}`;
    if (data === null || data === undefined) window.localStorage.removeItem(k);
    else window.localStorage.setItem(k, JSON.stringify(data));
  }
}

type PluginMembers =
  | "app"
  | "manifest"
  | "addRibbonIcon"
  | "addStatusBarItem"
  | "addCommand"
  | "removeCommand"
  | "addSettingTab"
  | "registerView"
  | "registerExtensions"
  | "registerHoverLinkSource"
  | "registerMarkdownPostProcessor"
  | "registerObsidianProtocolHandler"
  | "loadData"
  | "saveData"
  | "onUserEnable"
  | "registerEditorExtension"
  | "registerEditorSuggest";

export abstract class Plugin extends Component implements Pick<O.Plugin, PluginMembers> {
  app: O.App;
  manifest: O.PluginManifest;

  constructor(app: O.App, manifest: O.PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  private get host(): App {
    return this.app as unknown as App;
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.host.parts.workspace.leftRibbonEl.createDiv({
      cls: ["side-dock-ribbon-action", "clickable-icon"],
      attr: { "aria-label": title },
    });
    setIcon(el, icon);
    listen(el, "click", callback);
    this.register(() => el.detach());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = this.host.parts.statusBarEl.createDiv({
      cls: ["status-bar-item", `plugin-${this.manifest.id.toLowerCase().replace(/[^a-z0-9-]/g, "-")}`],
    });
    this.register(() => el.detach());
    return el;
  }

  addCommand(command: O.Command): O.Command {
    const id = `${this.manifest.id}:${command.id}`;
    const registered: O.Command = { ...command, id, name: `${this.manifest.name}: ${command.name}` };
    this.host.commands.commands.set(id, registered);
    this.register(() => this.host.commands.commands.delete(id));
    return registered;
  }

  removeCommand(commandId: string): void {
    this.host.commands.commands.delete(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: O.PluginSettingTab): void {
    const tab = settingTab as unknown as PluginSettingTab;
    this.host.settingTabs.push(tab);
    this.register(() => {
      const i = this.host.settingTabs.indexOf(tab);
      if (i >= 0) this.host.settingTabs.splice(i, 1);
    });
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    const workspace = this.host.parts.workspace;
    if (workspace.viewCreators.has(type)) throw new Error(`A view of type "${type}" is already registered`);
    workspace.viewCreators.set(type, viewCreator);
    this.register(() => workspace.unregisterView(type));
  }

  registerExtensions(_extensions: string[], _viewType: string): void {
    // Not needed by the plugin under test.
  }

  registerHoverLinkSource(_id: string, _info: O.HoverLinkSource): void {
    // No hover previews in the stand-in.
  }

  registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor): O.MarkdownPostProcessor {
    this.register(addPostProcessor(postProcessor));
    return postProcessor;
  }

  registerEditorExtension(extension: Extension): void {
    this.register(addEditorExtension(extension));
  }

  registerEditorSuggest(editorSuggest: O.EditorSuggest<unknown>): void {
    this.register(addEditorSuggest(editorSuggest));
  }

  registerObsidianProtocolHandler(_action: string, _handler: O.ObsidianProtocolHandler): void {
    // No protocol handling in the stand-in.
  }

  private dataPath(): string {
    return `${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`;
  }

  async loadData(): Promise<unknown> {
    const adapter = this.host.parts.vault.adapter;
    if (!(await adapter.exists(this.dataPath()))) return null;
    return JSON.parse(await adapter.read(this.dataPath())) as unknown;
  }

  async saveData(data: unknown): Promise<void> {
    await this.host.parts.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {
    // For subclasses.
  }
}

export { debounce, Platform } from "../../standin/runtime";
export { Events };
