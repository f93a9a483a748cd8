/**
 * Menus, notices, icons and markdown rendering for the unit tests: menus keep their items for
 * tests to choose from, notices keep their text.
 */
import type * as O from "obsidian";
import { Component } from "../standin/events";
import { element } from "./ui";

export class MenuItem implements Pick<
  O.MenuItem,
  "setTitle" | "setIcon" | "setChecked" | "setDisabled" | "setIsLabel" | "onClick" | "setSection" | "setWarning"
> {
  title = "";
  icon: string | null = null;
  section = "";
  private handler: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === "string" ? title : (title.textContent ?? "");
    return this;
  }
  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }
  setChecked(): this {
    return this;
  }
  setDisabled(): this {
    return this;
  }
  setIsLabel(): this {
    return this;
  }
  warning = false;
  setWarning(isWarning: boolean): this {
    this.warning = isWarning;
    return this;
  }

  setSection(section: string): this {
    this.section = section;
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.handler = callback;
    return this;
  }
  /** Stub only: chooses the item. */
  async click(): Promise<void> {
    await this.handler?.({} as MouseEvent);
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
  readonly items: MenuItem[] = [];
  setNoIcon(): this {
    return this;
  }
  setParentElement(): this {
    return this;
  }

  setUseNativeMenu(): this {
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
  showAtMouseEvent(): this {
    return this;
  }
  showAtPosition(): this {
    return this;
  }
  hide(): this {
    return this;
  }
  close(): void {}
  onHide(): void {}
}

/** Stub only: the text of every notice shown since the last `notices.length = 0`. */
export const notices: string[] = [];

export class Notice implements Pick<O.Notice, "noticeEl" | "containerEl" | "messageEl" | "setMessage" | "hide"> {
  containerEl: HTMLElement = element("div");
  messageEl: HTMLElement = this.containerEl.createDiv({ cls: "notice-message" });
  /** Obsidian's older name for the message element. */
  get noticeEl(): HTMLElement {
    return this.messageEl;
  }
  constructor(
    message: string | DocumentFragment,
    readonly duration?: number,
  ) {
    this.setMessage(message);
  }
  setMessage(message: string | DocumentFragment): this {
    this.messageEl.setText(message);
    notices.push(typeof message === "string" ? message : (this.messageEl.textContent ?? ""));
    return this;
  }
  hide(): void {
    this.containerEl.detach();
  }
}

export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.setAttr("data-icon", iconId);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttr("aria-label", tooltip);
}

export function getIcon(): SVGSVGElement | null {
  return null;
}

export function addIcon(): void {}

export class MarkdownRenderer {
  static async render(_app: O.App, markdown: string, el: HTMLElement): Promise<void> {
    el.setText(markdown);
  }
}
