/**
 * Notices and menus, with Obsidian's DOM classes (`.notice-container > .notice`, `.menu >
 * .menu-item`). The members marked "tests" are not Obsidian's: `notices` keeps every message
 * shown, `MenuItem.title` and `click()` let a test read an item and choose it.
 */
import type * as O from "obsidian";
import { listen } from "./listen";
import { Component } from "./events";
import { setIcon } from "./icons";

/** Tests: every notice shown, oldest first (read this rather than racing the notice's timeout). */
export const notices: string[] = [];

export class Notice implements Pick<O.Notice, "noticeEl" | "containerEl" | "messageEl" | "setMessage" | "hide"> {
  /** This notice's own element (`.notice`), in the window's `.notice-container`. */
  containerEl: HTMLElement;
  messageEl: HTMLElement;

  constructor(message: string | DocumentFragment, duration?: number) {
    const stack = document.body.querySelector<HTMLElement>(":scope > .notice-container") ?? document.body.createDiv("notice-container");
    this.containerEl = stack.createDiv("notice");
    this.messageEl = this.containerEl.createDiv("notice-message");
    this.setMessage(message);
    listen(this.containerEl, "click", () => this.hide());
    // Obsidian hides a notice after a few seconds; 0 keeps it until it is clicked.
    if (duration !== 0) window.setTimeout(() => this.hide(), duration ?? 5000);
  }

  setMessage(message: string | DocumentFragment): this {
    this.messageEl.setText(message);
    notices.push(this.messageEl.textContent ?? "");
    return this;
  }

  /** Deprecated in Obsidian ("use messageEl instead"): the element that holds the message. */
  get noticeEl(): HTMLElement {
    return this.messageEl;
  }

  hide(): void {
    this.containerEl.detach();
  }
}

export class MenuItem implements Pick<
  O.MenuItem,
  "setTitle" | "setIcon" | "setChecked" | "setDisabled" | "setIsLabel" | "onClick" | "setSection" | "setWarning"
> {
  readonly dom: HTMLElement;
  private readonly iconEl: HTMLElement;
  private readonly titleEl: HTMLElement;
  section = "";
  disabled = false;
  callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  constructor() {
    this.dom = createDiv({ cls: ["menu-item", "tappable"] });
    this.iconEl = this.dom.createDiv("menu-item-icon");
    this.titleEl = this.dom.createDiv("menu-item-title");
  }

  setTitle(title: string | DocumentFragment): this {
    this.titleEl.setText(title);
    return this;
  }

  /** Tests: the item's title as shown. */
  get title(): string {
    return this.titleEl.textContent ?? "";
  }

  /** Tests: chooses the item as a click on it does (without a shown menu to close); resolves when its handler has. */
  async click(): Promise<void> {
    if (!this.disabled) await this.callback?.(new MouseEvent("click"));
  }

  setIcon(icon: string | null): this {
    if (icon === null) this.iconEl.empty();
    else setIcon(this.iconEl, icon);
    return this;
  }

  setChecked(checked: boolean | null): this {
    this.dom.toggleClass("mod-checked", checked === true);
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    this.dom.toggleClass("is-disabled", disabled);
    return this;
  }

  setIsLabel(isLabel: boolean): this {
    this.dom.toggleClass("is-label", isLabel);
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }

  setSection(section: string): this {
    this.section = section;
    return this;
  }

  setWarning(isWarning: boolean): this {
    this.dom.toggleClass("is-warning", isWarning);
    return this;
  }
}

type MenuMembers =
  | "setNoIcon"
  | "setUseNativeMenu"
  | "addItem"
  | "addSeparator"
  | "showAtMouseEvent"
  | "showAtPosition"
  | "hide"
  | "close"
  | "onHide"
  | "setParentElement";

export class Menu extends Component implements Pick<O.Menu, MenuMembers> {
  readonly dom: HTMLElement;
  readonly items: MenuItem[] = [];
  private hideCallbacks: (() => unknown)[] = [];
  /** Escape or a click elsewhere closes the menu, as in Obsidian. */
  private readonly onKey = (evt: KeyboardEvent): void => {
    if (evt.key !== "Escape") return;
    evt.preventDefault();
    evt.stopPropagation();
    this.hide();
  };
  private readonly onPointer = (evt: MouseEvent): void => {
    if (!(evt.target instanceof Node) || !this.dom.contains(evt.target)) this.hide();
  };

  constructor() {
    super();
    this.dom = createDiv("menu");
  }

  setNoIcon(): this {
    this.dom.addClass("mod-no-icon");
    return this;
  }

  setParentElement(): this {
    return this;
  }

  setUseNativeMenu(_useNativeMenu: boolean): this {
    return this;
  }

  addItem(cb: (item: O.MenuItem) => unknown): this {
    const item = new MenuItem();
    this.items.push(item);
    cb(item);
    return this;
  }

  addSeparator(): this {
    return this;
  }

  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
  }

  showAtPosition(position: O.MenuPositionDef): this {
    this.dom.empty();
    const scroll = this.dom.createDiv("menu-scroll");
    for (const item of this.items) {
      scroll.appendChild(item.dom);
      listen(item.dom, "click", (evt) => {
        if (item.disabled) return;
        this.hide();
        const result: unknown = item.callback?.(evt);
        if (result instanceof Promise) result.catch((error: unknown) => console.error("Error in a menu item", error));
      });
    }
    document.body.appendChild(this.dom);
    // Like Obsidian's, the menu stays inside the window: it opens upwards or leftwards when needed.
    const { width, height } = this.dom.getBoundingClientRect();
    const x =
      position.x + width > window.innerWidth ? Math.max(0, (position.left === true ? position.x : window.innerWidth) - width) : position.x;
    const y = position.y + height > window.innerHeight ? Math.max(0, position.y - height) : position.y;
    this.dom.setCssProps({ left: `${x}px`, top: `${y}px` });
    listen(document, "keydown", this.onKey, true);
    listen(document, "mousedown", this.onPointer, true);
    this.load();
    return this;
  }

  hide(): this {
    if (this.dom.isConnected) {
      document.removeEventListener("keydown", this.onKey, true);
      document.removeEventListener("mousedown", this.onPointer, true);
      this.dom.detach();
      for (const cb of this.hideCallbacks) cb();
      this.unload();
    }
    return this;
  }

  close(): void {
    this.hide();
  }

  onHide(callback: () => unknown): void {
    this.hideCallbacks.push(callback);
  }
}
