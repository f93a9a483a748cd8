/**
 * The page's `MarkdownView`: the stand-in's (tests/standin/views.ts) with a note in a CodeMirror
 * editor (source mode) or its reading view. Edits are saved to the vault shortly after typing
 * pauses (Obsidian waits about two seconds; the stand-in 100 ms).
 */
import type * as O from "obsidian";
import { Component } from "../../standin/events";
import type { App } from "../../standin/app";
import { renderReading } from "../../standin/reading";
import { MarkdownView as StandinMarkdownView } from "../../standin/views";
import { createEditor, destroyEditor, type Editor } from "./editor";

export class MarkdownView extends StandinMarkdownView {
  editor: Editor | null = null;
  private readonly sourceEl: HTMLElement;
  private readonly readingEl: HTMLElement;
  private saveTimer: number | null = null;
  private lastSaved = "";
  private readingChildren = new Component();

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    this.sourceEl = this.contentEl.createDiv("markdown-source-view cm-s-obsidian mod-cm6 is-live-preview");
    this.readingEl = this.contentEl.createDiv("markdown-reading-view").createDiv("markdown-preview-view markdown-rendered");
    this.readingEl.parentElement?.hide();
  }

  override async closeInLeaf(): Promise<void> {
    this.flush();
    if (this.editor !== null) destroyEditor(this.editor);
    this.editor = null;
    this.readingChildren.unload();
    await super.closeInLeaf();
  }

  override getViewData(): string {
    return this.editor?.getValue() ?? this.data;
  }

  override setViewData(data: string, _clear: boolean): void {
    // The disk now holds what was typed and saved: nothing to reload.
    if (this.editor !== null && (data === this.lastSaved || data === this.editor.getValue())) return;
    this.data = data;
    this.lastSaved = data;
    if (this.editor === null)
      this.editor = createEditor(this.sourceEl, data, this as unknown as O.MarkdownFileInfo, (text) => this.changed(text));
    else this.editor.setValue(data);
    if (this.mode === "preview") this.renderPreview();
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
    const processors = (this.app as unknown as App).postProcessors;
    renderReading(this.readingEl, this.getViewData(), this.file?.path ?? "", this.readingChildren, processors);
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
