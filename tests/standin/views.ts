/**
 * Views: `View`, `ItemView`, `FileView`, an empty view and the part of `MarkdownView` that needs
 * no editor (its text), with Obsidian's DOM: `.workspace-leaf-content[data-type] > .view-header +
 * .view-content`. The end-to-end page's `MarkdownView` adds a CodeMirror editor and a reading view.
 */
import type * as O from "obsidian";
import { listen } from "./listen";
import { Component } from "./events";
import { setIcon } from "./icons";

/** What a view needs from its leaf (the stand-in's WorkspaceLeaf provides it). */
export interface LeafHost {
  app: O.App;
}

type ViewMembers =
  | "app"
  | "icon"
  | "navigation"
  | "leaf"
  | "containerEl"
  | "scope"
  | "getViewType"
  | "getState"
  | "setState"
  | "getEphemeralState"
  | "setEphemeralState"
  | "getIcon"
  | "onResize"
  | "getDisplayText"
  | "onPaneMenu";

export abstract class View extends Component implements Pick<O.View, ViewMembers> {
  app: O.App;
  icon = "document";
  navigation = false;
  leaf: O.WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: O.Scope | null = null;

  constructor(leaf: O.WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = (leaf as unknown as LeafHost).app;
    this.containerEl = createDiv("workspace-leaf-content");
  }

  protected async onOpen(): Promise<void> {
    // For subclasses.
  }

  protected async onClose(): Promise<void> {
    // For subclasses.
  }

  /** Opens the view in its leaf: load, then onOpen (how Obsidian orders them). */
  async openInLeaf(): Promise<void> {
    this.containerEl.setAttr("data-type", this.getViewType());
    this.load();
    await this.onOpen();
  }

  async closeInLeaf(): Promise<void> {
    await this.onClose();
    this.unload();
    this.containerEl.detach();
  }

  abstract getViewType(): string;
  abstract getDisplayText(): string;

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: O.ViewStateResult): Promise<void> {
    // For subclasses.
  }

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(_state: unknown): void {
    // For subclasses.
  }

  getIcon(): string {
    return this.icon;
  }

  onResize(): void {
    // For subclasses.
  }

  onPaneMenu(_menu: O.Menu, _source: string): void {
    // For subclasses.
  }
}

export abstract class ItemView extends View implements Pick<O.ItemView, "contentEl" | "addAction"> {
  contentEl: HTMLElement;
  private readonly actionsEl: HTMLElement;
  protected readonly titleEl: HTMLElement;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    const header = this.containerEl.createDiv("view-header");
    header.createDiv("view-header-nav-buttons");
    this.titleEl = header.createDiv("view-header-title-container").createDiv("view-header-title");
    this.actionsEl = header.createDiv("view-actions");
    this.contentEl = this.containerEl.createDiv("view-content");
  }

  override async openInLeaf(): Promise<void> {
    this.titleEl.setText(this.getDisplayText());
    await super.openInLeaf();
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.actionsEl.createEl("a", { cls: ["view-action", "clickable-icon"], attr: { "aria-label": title } });
    setIcon(el, icon);
    listen(el, "click", callback);
    return el;
  }
}

export class EmptyView extends ItemView {
  getViewType(): string {
    return "empty";
  }

  getDisplayText(): string {
    return "New tab";
  }
}

export abstract class FileView
  extends ItemView
  implements Pick<O.FileView, "allowNoFile" | "file" | "navigation" | "getDisplayText" | "getState" | "setState" | "canAcceptExtension">
{
  allowNoFile = false;
  file: O.TFile | null = null;
  override navigation = true;

  override getDisplayText(): string {
    return this.file?.basename ?? "No file";
  }

  override getState(): Record<string, unknown> {
    return { file: this.file?.path ?? null };
  }

  override async setState(state: unknown, _result: O.ViewStateResult): Promise<void> {
    const path = (state as { file?: unknown } | null)?.file;
    if (typeof path !== "string") return;
    const file = this.app.vault.getFileByPath(path);
    if (file === null) throw new Error(`no such file: ${path}`);
    this.file = file;
    await this.onLoadFile(file);
    this.titleEl.setText(this.getDisplayText());
  }

  async onLoadFile(_file: O.TFile): Promise<void> {
    // For subclasses.
  }

  canAcceptExtension(extension: string): boolean {
    return extension === "md";
  }
}

/** A note's view without an editor: it holds the note's text (the page's subclass edits it). */
export class MarkdownView extends FileView {
  data = "";
  protected mode: "source" | "preview" = "source";

  getViewType(): string {
    return "markdown";
  }

  override async onLoadFile(file: O.TFile): Promise<void> {
    this.setViewData(await this.app.vault.cachedRead(file), true);
  }

  getViewData(): string {
    return this.data;
  }

  setViewData(data: string, _clear: boolean): void {
    this.data = data;
  }

  clear(): void {
    this.setViewData("", true);
  }

  getMode(): "source" | "preview" {
    return this.mode;
  }
}

/** Obsidian's `MarkdownRenderChild`: a component tied to an element of the rendered page. */
export class MarkdownRenderChild extends Component implements Pick<O.MarkdownRenderChild, "containerEl"> {
  constructor(readonly containerEl: HTMLElement) {
    super();
  }
}
