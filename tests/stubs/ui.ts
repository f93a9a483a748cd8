/**
 * The unit tests' views, plugin, modals, menus and notices, built on a real DOM (happy-dom, see
 * dom.ts) with Obsidian's element helpers. They record what tests look for (`notices`,
 * `openedModals`, the plugin's commands and status bar) and let tests act (`ButtonComponent.click`,
 * `MenuItem.click`). Rendering and interaction in a browser are the end-to-end suite's job.
 */
import type * as O from "obsidian";
import { Component } from "../standin/events";
import { prepareFuzzySearch } from "../standin/search";
import { ensureDom } from "./dom";

/** A new element, detached, made by the page's document. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  ensureDom();
  return createEl(tag);
}

interface LeafLike {
  app: O.App;
  workspace: { viewCreators: Map<string, O.ViewCreator> };
}

export abstract class View
  extends Component
  implements
    Pick<
      O.View,
      | "app"
      | "icon"
      | "navigation"
      | "leaf"
      | "containerEl"
      | "getViewType"
      | "getDisplayText"
      | "getIcon"
      | "getState"
      | "setState"
      | "onResize"
    >
{
  app: O.App;
  icon = "";
  navigation = false;
  leaf: O.WorkspaceLeaf;
  containerEl: HTMLElement = element("div");
  constructor(leaf: O.WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = (leaf as unknown as LeafLike).app;
  }
  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}
  abstract getViewType(): string;
  abstract getDisplayText(): string;
  getIcon(): string {
    return this.icon;
  }
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(): Promise<void> {}
  onResize(): void {}
}

export abstract class ItemView extends View implements Pick<O.ItemView, "contentEl" | "addAction"> {
  contentEl: HTMLElement;
  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    // As in Obsidian: a header, then the content, inside the container.
    this.containerEl.createDiv({ cls: "view-header" });
    this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
  }
  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const action = this.containerEl.createDiv({ cls: "view-action", attr: { "aria-label": title, "data-icon": icon } });
    action.addEventListener("click", callback);
    return action;
  }
}

export abstract class FileView extends ItemView {
  file: O.TFile | null = null;
  allowNoFile = false;
}

export class MarkdownView extends FileView {
  getViewType(): string {
    return "markdown";
  }
  getDisplayText(): string {
    return this.file?.basename ?? "";
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
  | "registerHoverLinkSource"
  | "loadData"
  | "saveData";

export abstract class Plugin extends Component implements Pick<O.Plugin, PluginMembers> {
  app: O.App;
  manifest: O.PluginManifest;
  /** Stub only: what the plugin registered. */
  readonly commands = new Map<string, O.Command>();
  readonly ribbonIcons: { icon: string; title: string; el: HTMLElement }[] = [];
  readonly statusBarItems: HTMLElement[] = [];
  readonly settingTabs: O.PluginSettingTab[] = [];
  data: unknown = null;

  constructor(app: O.App, manifest: O.PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }
  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = element("div");
    el.addEventListener("click", callback);
    this.ribbonIcons.push({ icon, title, el });
    this.register(() => el.detach());
    return el;
  }
  addStatusBarItem(): HTMLElement {
    const el = element("div");
    this.statusBarItems.push(el);
    this.register(() => el.detach());
    return el;
  }
  addCommand(command: O.Command): O.Command {
    // Obsidian prefixes the id with the plugin id; the command goes away on unload.
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.commands.set(command.id, full);
    this.register(() => this.commands.delete(command.id));
    return full;
  }
  removeCommand(commandId: string): void {
    this.commands.delete(commandId);
  }
  addSettingTab(settingTab: O.PluginSettingTab): void {
    this.settingTabs.push(settingTab);
  }
  /** Stub only: the hover sources registered, by id. */
  readonly hoverSources = new Map<string, O.HoverLinkSource>();
  registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
    this.hoverSources.set(id, info);
  }
  registerView(type: string, viewCreator: O.ViewCreator): void {
    const workspace = this.app.workspace as unknown as LeafLike["workspace"];
    workspace.viewCreators.set(type, viewCreator);
    this.register(() => workspace.viewCreators.delete(type));
  }
  /** Stub only: the editor suggests, editor extensions and post-processors registered. */
  readonly editorSuggests: unknown[] = [];
  readonly editorExtensions: unknown[] = [];
  readonly postProcessors: O.MarkdownPostProcessor[] = [];
  registerEditorSuggest(suggest: O.EditorSuggest<unknown>): void {
    this.editorSuggests.push(suggest);
  }
  registerEditorExtension(extension: unknown): void {
    this.editorExtensions.push(extension);
  }
  registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor): O.MarkdownPostProcessor {
    this.postProcessors.push(postProcessor);
    return postProcessor;
  }
  async loadData(): Promise<unknown> {
    return this.data === null ? null : structuredClone(this.data);
  }
  async saveData(data: unknown): Promise<void> {
    this.data = structuredClone(data);
  }
}

/** Loads a component and waits for an async `onload` to finish, as Obsidian does for plugins. */
export async function loadComponent(component: O.Component): Promise<void> {
  component.load();
  await (component as unknown as Component).loading;
}

/** Stub only: every modal opened since the last `openedModals.length = 0`. */
export const openedModals: Modal[] = [];

type ModalMembers =
  | "app"
  | "containerEl"
  | "modalEl"
  | "titleEl"
  | "contentEl"
  | "shouldRestoreSelection"
  | "open"
  | "close"
  | "onOpen"
  | "onClose"
  | "setTitle"
  | "setContent"
  | "setCloseCallback";

export class Modal implements Pick<O.Modal, ModalMembers> {
  app: O.App;
  scope: O.Scope;
  containerEl: HTMLElement = element("div");
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  isOpen = false;
  constructor(app: O.App) {
    this.app = app;
    this.scope = new Scope();
    this.containerEl.addClass("modal-container");
    this.modalEl = this.containerEl.createDiv({ cls: "modal" });
    this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
    this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
  }
  open(): void {
    this.isOpen = true;
    openedModals.push(this);
    document.body.appendChild(this.containerEl);
    void this.onOpen();
  }
  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.containerEl.detach();
    void this.onClose();
  }
  onOpen(): void {}
  onClose(): void {}
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  setCloseCallback(): this {
    throw new Error("stand-in: setCloseCallback needs Obsidian 1.13, above the plugin's minAppVersion");
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }
}

type SuggestMembers =
  | "limit"
  | "emptyStateText"
  | "inputEl"
  | "resultContainerEl"
  | "setPlaceholder"
  | "setInstructions"
  | "onNoSuggestion"
  | "selectSuggestion"
  | "selectActiveSuggestion";

export abstract class SuggestModal<T> extends Modal implements Pick<O.SuggestModal<T>, SuggestMembers> {
  limit = 100;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement = this.modalEl.createEl("input", { cls: "prompt-input" });
  resultContainerEl: HTMLElement = this.modalEl.createDiv({ cls: "prompt-results" });
  placeholder = "";
  setPlaceholder(placeholder: string): void {
    this.placeholder = placeholder;
    this.inputEl.placeholder = placeholder;
  }
  setInstructions(): void {}
  onNoSuggestion(): void {}
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }
  selectActiveSuggestion(): void {}
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<O.FuzzyMatch<T>> {
  getSuggestions(query: string): O.FuzzyMatch<T>[] {
    const search = prepareFuzzySearch(query);
    const out: O.FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = search(this.getItemText(item));
      if (match !== null) out.push({ item, match });
    }
    return out.sort((a, b) => b.match.score - a.match.score);
  }
  renderSuggestion(item: O.FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(item.item));
  }
  onChooseSuggestion(item: O.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class PopoverSuggest<T> {
  app: O.App;
  scope: O.Scope;
  constructor(app: O.App) {
    this.app = app;
    this.scope = new Scope();
  }
  open(): void {}
  close(): void {}
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
  limit = 100;
  private selectHandler: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  constructor(
    app: O.App,
    readonly textInputEl: HTMLInputElement | HTMLDivElement,
  ) {
    super(app);
  }
  setValue(value: string): void {
    if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
    else this.textInputEl.setText(value);
  }
  getValue(): string {
    return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : this.textInputEl.getText();
  }
  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.selectHandler?.(value, evt);
  }
  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.selectHandler = callback;
    return this;
  }
}

/** Obsidian's editor suggest; the stub keeps it registered and never opens it. */
export abstract class EditorSuggest<T> extends PopoverSuggest<T> {
  context: O.EditorSuggestContext | null = null;
  limit = 100;
  abstract onTrigger(cursor: O.EditorPosition, editor: O.Editor, file: O.TFile | null): O.EditorSuggestTriggerInfo | null;
  abstract getSuggestions(context: O.EditorSuggestContext): T[] | Promise<T[]>;
}

export class MarkdownRenderChild extends Component {
  constructor(readonly containerEl: HTMLElement) {
    super();
  }
}

export class Scope implements Pick<O.Scope, "register" | "unregister"> {
  register(): O.KeymapEventHandler {
    return {} as O.KeymapEventHandler;
  }
  unregister(): void {}
}

export class Keymap {
  static isModEvent(): boolean {
    return false;
  }
  static isModifier(): boolean {
    return false;
  }
}
