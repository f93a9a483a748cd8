/**
 * Modals and suggesters, with Obsidian's DOM classes (`.modal-container > .modal-bg + .modal`,
 * `.prompt`, `.suggestion-item`) so the plugin's CSS and the tests' selectors work as in Obsidian;
 * `Scope` and `Keymap` for their keys. One implementation for the unit tests (over happy-dom) and
 * the end-to-end page.
 */
import type * as O from "obsidian";
import { listen } from "./listen";
import { prepareFuzzySearch } from "./search";

export class Scope implements O.Scope {
  private readonly handlers: O.KeymapEventHandler[] = [];

  constructor(readonly parent?: O.Scope) {}

  register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): O.KeymapEventHandler {
    const handler = { scope: this, modifiers: modifiers?.join(",") ?? null, key, func } as O.KeymapEventHandler & {
      func: O.KeymapEventListener;
    };
    this.handlers.push(handler);
    return handler;
  }

  unregister(handler: O.KeymapEventHandler): void {
    const i = this.handlers.indexOf(handler);
    if (i >= 0) this.handlers.splice(i, 1);
  }

  /** Runs the handler for a key, if any (stand-in only). */
  handle(evt: KeyboardEvent): boolean {
    for (const h of [...this.handlers].reverse()) {
      const handler = h as O.KeymapEventHandler & { func: O.KeymapEventListener };
      if (handler.key !== null && handler.key !== evt.key) continue;
      const result: unknown = handler.func(evt, { modifiers: handler.modifiers, key: evt.key, vkey: evt.key });
      if (result === false) return true;
    }
    return false;
  }
}

export class Keymap implements Pick<O.Keymap, "pushScope" | "popScope"> {
  readonly scopes: O.Scope[] = [];

  pushScope(scope: O.Scope): void {
    this.scopes.push(scope);
  }

  popScope(scope: O.Scope): void {
    const i = this.scopes.lastIndexOf(scope);
    if (i >= 0) this.scopes.splice(i, 1);
  }

  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: O.Modifier): boolean {
    const e = evt as KeyboardEvent;
    if (modifier === "Mod") return e.ctrlKey || e.metaKey;
    return { Ctrl: e.ctrlKey, Meta: e.metaKey, Shift: e.shiftKey, Alt: e.altKey }[modifier];
  }

  /** As obsidian.d.ts says: Mod (or a middle click) a tab, Mod+Alt a split, Mod+Alt+Shift a window. */
  static isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
    if (evt === null || evt === undefined) return false;
    const e = evt as MouseEvent;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.altKey) return e.shiftKey ? "window" : "split";
    if (mod || (evt instanceof MouseEvent && evt.button === 1)) return "tab";
    return false;
  }
}

/** The app's keymap, for modals to push their scope on (set when the App is built). */
export const keymapRef: { keymap: Keymap | null } = { keymap: null };

type ModalMembers =
  | "app"
  | "scope"
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
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  private isOpen = false;
  private readonly onKey = (evt: KeyboardEvent): void => {
    if ((this.scope as Scope).handle(evt)) {
      evt.preventDefault();
      return;
    }
    if (evt.key === "Escape") {
      evt.preventDefault();
      this.close();
    }
  };

  constructor(app: O.App) {
    this.app = app;
    this.scope = new Scope(app.scope);
    this.containerEl = createDiv({ cls: ["modal-container", "mod-dim"] });
    listen(this.containerEl.createDiv("modal-bg"), "click", () => this.close());
    this.modalEl = this.containerEl.createDiv("modal");
    const close = this.modalEl.createDiv({ cls: ["modal-close-button"], attr: { "aria-label": "Close" } });
    listen(close, "click", () => this.close());
    const header = this.modalEl.createDiv("modal-header");
    this.titleEl = header.createDiv("modal-title");
    this.contentEl = this.modalEl.createDiv("modal-content");
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    document.body.appendChild(this.containerEl);
    keymapRef.keymap?.pushScope(this.scope);
    listen(document, "keydown", this.onKey, true);
    const result: unknown = this.onOpen();
    if (result instanceof Promise) result.catch((error: unknown) => console.error("Error in Modal.onOpen", error));
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    document.removeEventListener("keydown", this.onKey, true);
    keymapRef.keymap?.popScope(this.scope);
    const result: unknown = this.onClose();
    if (result instanceof Promise) result.catch((error: unknown) => console.error("Error in Modal.onClose", error));
    this.containerEl.detach();
  }

  onOpen(): void {
    // For subclasses.
  }

  onClose(): void {
    // For subclasses.
  }

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }

  setCloseCallback(): this {
    throw new Error("stand-in: setCloseCallback needs Obsidian 1.13, above the plugin's minAppVersion");
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
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  private readonly instructionsEl: HTMLElement;
  private items: T[] = [];
  private selected = 0;
  private generation = 0;

  constructor(app: O.App) {
    super(app);
    this.modalEl.addClass("prompt");
    this.modalEl.empty(); // a prompt has no title bar or close button
    const inputContainer = this.modalEl.createDiv("prompt-input-container");
    this.inputEl = inputContainer.createEl("input", { cls: "prompt-input", attr: { enterkeyhint: "done", type: "text" } });
    this.resultContainerEl = this.modalEl.createDiv("prompt-results");
    this.instructionsEl = this.modalEl.createDiv("prompt-instructions");
    listen(this.inputEl, "input", () => void this.update());
    listen(this.inputEl, "keydown", (evt) => this.onInputKey(evt));
  }

  override open(): void {
    super.open();
    this.inputEl.focus();
    void this.update();
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: O.Instruction[]): void {
    this.instructionsEl.empty();
    for (const i of instructions) {
      const el = this.instructionsEl.createDiv("prompt-instruction");
      el.createSpan({ cls: "prompt-instruction-command", text: i.command });
      el.createSpan({ text: i.purpose });
    }
  }

  onNoSuggestion(): void {
    this.resultContainerEl.empty();
    this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const item = this.items[this.selected];
    if (item !== undefined) this.selectSuggestion(item, evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const items = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
    if (generation !== this.generation) return; // a newer query won
    this.items = items;
    this.selected = 0;
    if (items.length === 0) {
      this.onNoSuggestion();
      return;
    }
    this.resultContainerEl.empty();
    items.forEach((item, i) => {
      const el = this.resultContainerEl.createDiv("suggestion-item");
      el.toggleClass("is-selected", i === 0);
      this.renderSuggestion(item, el);
      listen(el, "click", (evt) => this.selectSuggestion(item, evt));
      listen(el, "mousemove", () => this.setSelected(i));
    });
  }

  private setSelected(i: number): void {
    this.selected = i;
    Array.from(this.resultContainerEl.children).forEach((el, j) => el.toggleClass("is-selected", j === i));
  }

  private onInputKey(evt: KeyboardEvent): void {
    if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
      evt.preventDefault();
      const n = this.items.length;
      if (n > 0) this.setSelected((this.selected + (evt.key === "ArrowDown" ? 1 : n - 1)) % n);
    } else if (evt.key === "Enter" && !evt.isComposing) {
      evt.preventDefault();
      this.selectActiveSuggestion(evt);
    }
  }
}

/** Writes `text` into `el`, the matched ranges in `span.suggestion-highlight`: as text, never HTML. */
export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: O.SearchMatches | null, offset = 0): void {
  let at = 0;
  for (const [from, to] of [...(matches ?? [])].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(from + offset, at);
    const end = Math.min(to + offset, text.length);
    if (end <= start) continue;
    if (start > at) el.appendText(text.slice(at, start));
    el.createSpan({ cls: "suggestion-highlight", text: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) el.appendText(text.slice(at));
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<O.FuzzyMatch<T>> {
  getSuggestions(query: string): O.FuzzyMatch<T>[] {
    const search = prepareFuzzySearch(query);
    const out: O.FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = search(this.getItemText(item));
      if (match !== null) out.push({ item, match });
    }
    return query.trim() === "" ? out : out.sort((a, b) => b.match.score - a.match.score);
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
