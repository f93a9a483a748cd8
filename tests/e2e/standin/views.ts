/**
 * Views: `View`, `ItemView`, `FileView` and a small `MarkdownView` that shows a note's text, with
 * Obsidian's DOM: `.workspace-leaf-content[data-type] > .view-header + .view-content`.
 */
import type * as O from "obsidian";
import { listen } from "./tracking";
import { Component } from "../../standin/events";
import { setIcon } from "../../standin/icons";
import { createEditor, destroyEditor, renderReading, type Editor } from "./editor";

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

/**
 * A note in a CodeMirror editor (source mode), or its reading view. Edits are saved to the vault
 * shortly after typing pauses (Obsidian waits about two seconds; the stand-in 100 ms).
 */
export class MarkdownView extends FileView {
  data = "";
  editor: Editor | null = null;
  private readonly sourceEl: HTMLElement;
  private readonly readingEl: HTMLElement;
  private mode: "source" | "preview" = "source";
  private saveTimer: number | null = null;
  private lastSaved = "";
  private readingChildren = new Component();

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    this.sourceEl = this.contentEl.createDiv("markdown-source-view cm-s-obsidian mod-cm6 is-live-preview");
    this.readingEl = this.contentEl.createDiv("markdown-reading-view").createDiv("markdown-preview-view markdown-rendered");
    this.readingEl.parentElement?.hide();
  }

  getViewType(): string {
    return "markdown";
  }

  override async onLoadFile(file: O.TFile): Promise<void> {
    this.setViewData(await this.app.vault.cachedRead(file), true);
  }

  override async closeInLeaf(): Promise<void> {
    this.flush();
    if (this.editor !== null) destroyEditor(this.editor);
    this.editor = null;
    this.readingChildren.unload();
    await super.closeInLeaf();
  }

  getViewData(): string {
    return this.editor?.getValue() ?? this.data;
  }

  setViewData(data: string, _clear: boolean): void {
    // The disk now holds what was typed and saved: nothing to reload.
    if (this.editor !== null && (data === this.lastSaved || data === this.editor.getValue())) return;
    this.data = data;
    this.lastSaved = data;
    if (this.editor === null)
      this.editor = createEditor(this.sourceEl, data, this as unknown as O.MarkdownFileInfo, (text) => this.changed(text));
    else this.editor.setValue(data);
    if (this.mode === "preview") this.renderPreview();
  }

  clear(): void {
    this.setViewData("", true);
  }

  getMode(): "source" | "preview" {
    return this.mode;
  }

  /** Stand-in only: switches between the editor and reading view. */
  setMode(mode: "source" | "preview"): void {
    this.mode = mode;
    this.sourceEl.toggle(mode === "source");
    this.readingEl.parentElement?.toggle(mode === "preview");
    if (mode === "preview") this.renderPreview();
  }

  private renderPreview(): void {
    this.readingChildren.unload();
    this.readingChildren = new Component();
    this.readingChildren.load();
    renderReading(this.readingEl, this.getViewData(), this.file?.path ?? "", this.readingChildren);
  }

  private changed(text: string): void {
    this.data = text;
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.flush(), 100);
  }

  private flush(): void {
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const file = this.file;
    if (file === null || this.data === this.lastSaved) return;
    this.lastSaved = this.data;
    void this.app.vault.modify(file, this.data);
  }
}
