/**
 * The due panel's list from the keyboard: one tab stop, ↑/↓ to move, Enter to open (Ctrl/Cmd+Enter:
 * a new tab; on a group's header, to open or close it), and single keys for the row's actions:
 * L log an interaction, T mark touched today, S snooze; Space or → shows the person's card.
 */
import type { FlatRows } from "./flat-rows";
import { Keymap, type PaneType } from "obsidian";
import { eventElement, rowActionAt, runRowAction, showSnoozeMenu, type RowActionContext } from "./row-actions";
import type { RowAction } from "./row-dom";

/** The item the keyboard goes to from `from` (-1: none yet), `delta` items on; the divider is skipped. */
export function nextFocus(flat: FlatRows, from: number, delta: 1 | -1): number {
  if (flat.length === 0) return -1;
  if (from < 0 || from >= flat.length) {
    // The first move lands on the first person (or the last item, going up).
    if (delta < 0) return flat.length - 1;
    for (let i = 0; i < flat.length; i++) if (flat.at(i).kind === "contact") return i;
    return 0;
  }
  for (let i = from + delta; i >= 0 && i < flat.length; i += delta) if (flat.at(i).kind !== "divider") return i;
  return from;
}

const KEY_ACTIONS: Readonly<Record<string, RowAction>> = { l: "log", t: "touched", s: "snooze" };

export type ListKey = { move: 1 | -1 } | { action: RowAction; newLeaf: boolean } | null;

/** What a key pressed on the list means, or null for a key the list leaves alone. */
export function listKey(evt: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">): ListKey {
  const mod = evt.ctrlKey || evt.metaKey;
  switch (evt.key) {
    case "ArrowDown":
      return { move: 1 };
    case "ArrowUp":
      return { move: -1 };
    case "Enter":
      return { action: "open", newLeaf: mod };
    case " ":
    case "ArrowRight":
      return mod || evt.altKey || evt.shiftKey ? null : { action: "card", newLeaf: false };
    default: {
      if (mod || evt.altKey || evt.shiftKey) return null;
      const action = KEY_ACTIONS[evt.key.toLowerCase()];
      return action === undefined ? null : { action, newLeaf: false };
    }
  }
}

export interface ListKeyContext {
  flat: FlatRows;
  /** The item the keyboard is on, -1 for none. */
  focus: number;
  setFocus(index: number): void;
  /** A row just acted on takes no more actions until it leaves. */
  isDone(path: string): boolean;
  /** The drawn element of an item (a menu opens under it). */
  elementAt(index: number): HTMLElement;
  actions: RowActionContext;
}

/** Handles a key pressed on the list; leaves alone the keys it does not use. */
export function handleListKey(evt: KeyboardEvent, ctx: ListKeyContext): void {
  const key = listKey(evt);
  if (key === null || eventElement(evt)?.tagName === "INPUT") return;
  evt.preventDefault();
  if ("move" in key) {
    ctx.setFocus(nextFocus(ctx.flat, ctx.focus, key.move));
    return;
  }
  if (ctx.focus < 0 || ctx.focus >= ctx.flat.length) return;
  const row = ctx.flat.at(ctx.focus);
  if (row.kind === "contact" && ctx.isDone(row.item.contact.path)) return;
  const el = ctx.elementAt(ctx.focus);
  const action: RowAction = row.kind === "header" ? "toggle" : key.action;
  if (action === "snooze" && row.kind === "contact") showSnoozeMenu(ctx.actions, row.item, el);
  else runRowAction(ctx.actions, action, row, el, key.newLeaf ? "tab" : false);
}

export interface ListClickContext {
  flat: FlatRows;
  setFocus(index: number): void;
  /** The bulk selection's say on a click; true when it took the click (null: no selection here). */
  select: ((action: string, index: number, path: string, keyAt: (index: number) => string | null, onName: boolean) => boolean) | null;
  actions(): RowActionContext;
}

/** A click in the list: the row under it gets the keyboard, then the selection or the row's action has it. */
export function handleListClick(evt: MouseEvent, ctx: ListClickContext, newLeaf?: PaneType | boolean): void {
  const hit = rowActionAt(evt, ctx.flat);
  if (hit === null) return;
  evt.preventDefault();
  ctx.setFocus(hit.index);
  // Ctrl/Cmd on the name opens a new tab, as a link; elsewhere it selects, as Shift does.
  const onName = eventElement(evt)?.closest(".cc-row-name") !== null;
  const keyAt = (i: number): string | null => {
    const row = ctx.flat.at(i);
    return row.kind === "contact" ? row.item.contact.path : null;
  };
  if (hit.row.kind === "contact" && ctx.select?.(hit.action, hit.index, hit.row.item.contact.path, keyAt, onName) === true) return;
  runRowAction(ctx.actions(), hit.action, hit.row, hit.el, newLeaf ?? (onName ? Keymap.isModEvent(evt) : false));
}
