/**
 * The due panel's list under the keyboard and the pointer: the DOM events of its one tab stop
 * (click, middle click, keys, right-click, hover, drag), which item the keyboard is on, and which
 * row is the note open in the workspace. What a key or a click means is decided in list-keys.ts.
 */
import type { ItemView, PaneType } from "obsidian";
import type { BulkBar } from "./bulk-bar";
import type { FlatRows } from "./flat-rows";
import { handleListClick, handleListKey } from "./list-keys";
import { showRowMenu, type RowActionContext } from "./row-actions";
import type { DoneRows } from "./row-done";
import { dragRow, hoverRow } from "./row-pointer";
import type { WindowedList } from "./windowed-list";

export interface ListInputHost {
  list: WindowedList<FlatRows>;
  /** The rows drawn now (null before the first draw). */
  flat(): FlatRows | null;
  done: DoneRows;
  bulk: BulkBar | null;
  rowActions(): RowActionContext;
}

export class ListInput {
  /** The item the keyboard is on (-1: none). */
  focus = -1;
  /** The note open in the workspace; its row is marked. */
  activePath: string | null;

  /** `source` names the view in the page preview's hover event. */
  constructor(
    view: ItemView,
    private readonly host: ListInputHost,
    source: string,
  ) {
    const list = host.list.windowEl;
    // One tab stop for the whole list; the row that has the keyboard is marked.
    list.setAttrs({ tabindex: "0", role: "listbox", "aria-label": "People to reach" });
    view.registerDomEvent(list, "click", (evt) => this.onClick(evt));
    // A middle click opens the note in a new tab, as a link would.
    view.registerDomEvent(list, "auxclick", (evt) => {
      if (evt.button === 1) this.onClick(evt, "tab");
    });
    view.registerDomEvent(list, "keydown", (evt) => this.onKey(evt));
    view.registerDomEvent(list, "contextmenu", (evt) => {
      const flat = host.flat();
      if (flat !== null) showRowMenu(evt, flat, host.rowActions(), (path) => host.done.text(path) !== null);
    });
    view.registerDomEvent(list, "mouseover", (evt) => hoverRow(view, source, evt));
    view.registerDomEvent(list, "dragstart", (evt) => dragRow(view.app, evt));
    this.activePath = view.app.workspace.getActiveFile()?.path ?? null;
    view.registerEvent(view.app.workspace.on("file-open", (file) => this.markActive(file?.path ?? null)));
  }

  private onClick(evt: MouseEvent, newLeaf?: PaneType | boolean): void {
    const flat = this.host.flat();
    if (flat === null) return;
    const bulk = this.host.bulk;
    handleListClick(
      evt,
      {
        flat,
        setFocus: (index) => this.setFocus(index, false),
        select: bulk === null ? null : (...args) => bulk.click(evt, ...args),
        actions: () => this.host.rowActions(),
      },
      newLeaf,
    );
  }

  private onKey(evt: KeyboardEvent): void {
    const flat = this.host.flat();
    if (flat === null) return;
    const windowEl = this.host.list.windowEl;
    handleListKey(evt, {
      flat,
      focus: this.focus,
      setFocus: (index) => this.setFocus(index, true),
      isDone: (path) => this.host.done.text(path) !== null,
      elementAt: (index) => windowEl.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? windowEl,
      actions: this.host.rowActions(),
    });
  }

  /** Moves the keyboard's mark to item `index`, scrolling it into view when asked. */
  private setFocus(index: number, reveal: boolean): void {
    if (index === this.focus || this.host.flat() === null) return;
    this.focus = index;
    const { list } = this.host;
    if (reveal && index >= 0) list.reveal(index);
    for (const el of Array.from(list.windowEl.querySelectorAll(".has-focus"))) el.removeClass("has-focus");
    list.windowEl.querySelector(`[data-index="${index}"]`)?.addClass("has-focus");
  }

  private markActive(path: string | null): void {
    this.activePath = path;
    for (const el of Array.from(this.host.list.windowEl.querySelectorAll<HTMLElement>(".cc-row-contact")))
      el.toggleClass("is-active", el.dataset.path === path);
  }
}
