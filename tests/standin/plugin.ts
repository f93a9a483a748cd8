/**
 * `Plugin` and the command registry. A plugin's registrations (commands, views, ribbon icons,
 * status bar items, setting tabs, editor extensions and suggests, post-processors) go through
 * `register`, so unloading the plugin takes all of them away again, as in Obsidian. What it
 * registers lands in the stand-in's `App` (app.ts), where the page and the tests read it.
 */
import type * as O from "obsidian";
import { listen } from "./listen";
import { Component } from "./events";
import { setIcon } from "./icons";
import type { App } from "./app";
import type { PluginSettingTab } from "./setting";

export class CommandRegistry {
  readonly commands = new Map<string, O.Command>();

  /** Editor commands run on the active note's editor (set by the App). */
  markdownView: () => (O.MarkdownView & { editor: unknown }) | null = () => null;

  /**
   * Runs a command the way the command palette does; false when it is not available. As
   * obsidian.d.ts says, `editorCheckCallback` overrides `editorCallback`, which overrides
   * `callback` and `checkCallback`.
   */
  execute(id: string): boolean {
    const cmd = this.commands.get(id);
    if (cmd === undefined) throw new Error(`no command "${id}"`);
    if (cmd.editorCheckCallback !== undefined || cmd.editorCallback !== undefined) {
      const view = this.markdownView();
      if (view === null) return false;
      const editor = view.editor;
      if (cmd.editorCheckCallback !== undefined) {
        if (cmd.editorCheckCallback(true, editor, view) !== true) return false;
        cmd.editorCheckCallback(false, editor, view);
      } else void cmd.editorCallback?.(editor, view);
      return true;
    }
    if (cmd.callback !== undefined) {
      const result: unknown = cmd.callback();
      if (result instanceof Promise) result.catch((error: unknown) => console.error(`Error in command ${id}`, error));
      return true;
    }
    if (cmd.checkCallback === undefined || cmd.checkCallback(true) !== true) return false;
    cmd.checkCallback(false);
    return true;
  }

  /** Would the palette offer this command right now? */
  available(id: string): boolean {
    const cmd = this.commands.get(id);
    if (cmd === undefined) return false;
    if (cmd.editorCheckCallback !== undefined || cmd.editorCallback !== undefined) {
      const view = this.markdownView();
      if (view === null) return false;
      return cmd.editorCheckCallback === undefined || cmd.editorCheckCallback(true, view.editor, view) === true;
    }
    return cmd.callback !== undefined || cmd.checkCallback?.(true) === true;
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

/** Removes `item` from `list`, if there. */
function drop<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

export abstract class Plugin extends Component implements Pick<O.Plugin, PluginMembers> {
  app: O.App;
  manifest: O.PluginManifest;

  constructor(app: O.App, manifest: O.PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  protected get host(): App {
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

  /** As obsidian.d.ts says: the id and the name are prefixed with the plugin's id and name. */
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
    this.register(() => drop(this.host.settingTabs, tab));
  }

  registerView(type: string, viewCreator: O.ViewCreator): void {
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
    this.host.postProcessors.push(postProcessor);
    this.register(() => drop(this.host.postProcessors, postProcessor));
    return postProcessor;
  }

  registerEditorExtension(extension: unknown): void {
    const host = this.host;
    host.editorExtensions.push(extension);
    host.editorExtensionsChanged();
    this.register(() => {
      drop(host.editorExtensions, extension);
      host.editorExtensionsChanged();
    });
  }

  registerEditorSuggest(editorSuggest: O.EditorSuggest<unknown>): void {
    this.host.editorSuggests.push(editorSuggest);
    this.register(() => {
      editorSuggest.close();
      drop(this.host.editorSuggests, editorSuggest);
    });
  }

  registerObsidianProtocolHandler(_action: string, _handler: O.ObsidianProtocolHandler): void {
    // No protocol handling in the stand-in.
  }

  /** Where Obsidian keeps a plugin's data: `data.json` in its folder under the config folder. */
  protected dataPath(): string {
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
