/**
 * Obsidian's `EditorSuggest`: asked on every edit whether it applies (`onTrigger`), then shown as
 * `.suggestion-container` under the cursor; ↑/↓ move, Enter or Tab picks, Escape closes (the
 * page's editor sends it those keys). The editor may say where its cursor is on screen.
 */
import type * as O from "obsidian";

/** An editor that can say where its cursor is drawn (the page's CodeMirror editor can). */
interface WithCursorCoords {
  cursorCoords?(): { left: number; bottom: number } | null;
}

export abstract class EditorSuggest<T> implements Pick<
  O.EditorSuggest<T>,
  "app" | "context" | "limit" | "open" | "close" | "setInstructions"
> {
  app: O.App;
  context: O.EditorSuggestContext | null = null;
  limit = 100;
  scope: O.Scope | null = null;
  private el: HTMLElement | null = null;
  private items: T[] = [];
  private selected = 0;

  constructor(app: O.App) {
    this.app = app;
  }

  abstract onTrigger(cursor: O.EditorPosition, editor: O.Editor, file: O.TFile | null): O.EditorSuggestTriggerInfo | null;
  abstract getSuggestions(context: O.EditorSuggestContext): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;

  setInstructions(_instructions: O.Instruction[]): void {
    // The stand-in shows no instructions.
  }

  open(): void {
    // Opened by `show`, once there are items.
  }

  close(): void {
    this.el?.detach();
    this.el = null;
    this.context = null;
  }

  get isOpen(): boolean {
    return this.el !== null;
  }

  async trigger(editor: O.Editor, file: O.TFile | null): Promise<boolean> {
    const info = this.onTrigger(editor.getCursor(), editor, file);
    if (info === null) {
      this.close();
      return false;
    }
    const context: O.EditorSuggestContext = { ...info, editor, file: file as O.TFile };
    this.context = context;
    const items = (await this.getSuggestions(context)).slice(0, this.limit);
    if (this.context !== context) return true;
    if (items.length === 0) {
      this.close();
      return false;
    }
    this.show(items, editor);
    return true;
  }

  private show(items: T[], editor: O.Editor): void {
    this.items = items;
    this.selected = 0;
    this.el?.detach();
    const container = document.body.createDiv("suggestion-container");
    const list = container.createDiv("suggestion");
    items.forEach((item, i) => {
      const el = list.createDiv({ cls: ["suggestion-item", "mod-complex"] });
      el.toggleClass("is-selected", i === 0);
      this.renderSuggestion(item, el);
      el.addEventListener("mousedown", (evt) => {
        evt.preventDefault();
        this.pick(i, evt);
      });
    });
    const coords = (editor as WithCursorCoords).cursorCoords?.() ?? null;
    if (coords !== null) container.setCssProps({ left: `${coords.left}px`, top: `${coords.bottom + 4}px` });
    this.el = container;
  }

  move(by: number): void {
    if (this.el === null || this.items.length === 0) return;
    this.selected = (this.selected + by + this.items.length) % this.items.length;
    this.el.querySelectorAll(".suggestion-item").forEach((el, i) => el.toggleClass("is-selected", i === this.selected));
  }

  pick(index = this.selected, evt: MouseEvent | KeyboardEvent = new KeyboardEvent("keydown", { key: "Enter" })): void {
    const item = this.items[index];
    if (item === undefined) return;
    this.selectSuggestion(item, evt);
  }
}
