/**
 * What a click, a key or the right-click menu on the due panel's list does. Rows carry their
 * action in `data-action` and their place in `data-index`; one listener on the list reads them.
 * A write from a row marks it done at once, so a second click finds nothing to act on.
 */
import { Menu, type App, type PaneType } from "obsidian";
import type { IsoDate } from "../../core/dates";
import type { ScheduledContact } from "../../core/schedule";
import type { PluginContext } from "../../ports";
import { FollowUpsModal } from "../modals/follow-ups-modal";
import { HintModal } from "../modals/hint-modal";
import { LogInteractionModal } from "../modals/log-modal";
import { SnoozeModal } from "../modals/snooze-modal";
import type { DueRow, FlatRows } from "./flat-rows";
import { snoozeChoices, type GroupKey, type RowHint, type RowHintProvider } from "./list-model";
import { isRowAction, type RowAction } from "./row-dom";

export interface RowActionContext {
  app: App;
  host: PluginContext;
  hints: RowHintProvider | null;
  /** Opens or closes a group (the view keeps which are collapsed). */
  toggleGroup(group: GroupKey): void;
  /** Opens a note, in a new tab when `newLeaf` says so. */
  open(path: string, newLeaf: PaneType | boolean): void;
  /** The row is being written: it shows `text` and takes no more clicks. */
  pending(path: string, text: string): void;
  /** The write did not happen (refused, failed): the row is live again. */
  settle(path: string): void;
  /** Undoes the row's last write. */
  undo(path: string): void;
  /** Shows the person's card in the panel. */
  showCard?(path: string): void;
}

/** The element an event happened on. Duck-typed: `instanceof Element` fails in a popout window. */
export function eventElement(evt: Event): Element | null {
  const target = evt.target as Partial<Element> | null;
  return target !== null && typeof target.closest === "function" ? (target as Element) : null;
}

/** The flat index of the item an event is on, or -1. */
export function indexAt(evt: Event, flat: FlatRows): number {
  const itemEl = eventElement(evt)?.closest<HTMLElement>("[data-index]");
  const index = Number(itemEl?.dataset.index);
  return Number.isInteger(index) && index >= 0 && index < flat.length ? index : -1;
}

/** The action an event on the list asks for, the row it is on and the element that carries it; `null` for none. */
export function rowActionAt(evt: Event, flat: FlatRows): { action: RowAction; row: DueRow; index: number; el: HTMLElement } | null {
  const target = eventElement(evt);
  if (target === null) return null;
  // The target may be an icon's <svg> or <path>, not the button itself.
  const actionEl = target.closest<HTMLElement>("[data-action]");
  const action = actionEl?.dataset.action;
  const index = indexAt(evt, flat);
  if (actionEl === null || actionEl === undefined || index < 0 || !isRowAction(action)) return null;
  return { action, row: flat.at(index), index, el: actionEl };
}

export function runRowAction(
  ctx: RowActionContext,
  action: RowAction,
  row: DueRow,
  el: HTMLElement,
  newLeaf: PaneType | boolean = false,
): void {
  if (row.kind === "divider") return;
  if (row.kind === "header") {
    if (action === "toggle") ctx.toggleGroup(row.group);
    return;
  }
  if (row.kind === "problem") {
    if (action === "open") ctx.open(row.problem.path, newLeaf);
    return;
  }
  if (row.kind === "keyDate") {
    if (action === "open") ctx.open(row.item.date.path, newLeaf);
    return;
  }
  const s = row.item;
  const path = s.contact.path;
  switch (action) {
    case "open":
      ctx.open(path, newLeaf);
      break;
    case "log":
      new LogInteractionModal(ctx.app, ctx.host, s.contact).open();
      break;
    case "touched":
      markTouched(ctx, s);
      break;
    case "snooze":
      showMenuBelow(snoozeMenu(ctx, s), el);
      break;
    case "undo":
      ctx.undo(path);
      break;
    case "card":
      ctx.showCard?.(path);
      break;
    case "followups":
      new FollowUpsModal(ctx.app, ctx.host, s.contact).open();
      break;
    case "mention":
      // The note the last touch was read from; the row's own note otherwise.
      ctx.open(el.dataset.note ?? s.lastTouchNote ?? path, newLeaf);
      break;
    case "hint": {
      const hint = ctx.hints?.(s);
      if (hint)
        new HintModal(
          ctx.app,
          s.contact.name,
          hint,
          () => runOffer(ctx, path, hint),
          () => ctx.settle(path),
        ).open();
      break;
    }
    case "toggle":
    case "select":
      break;
  }
}

/** The hint's suggested write, with the row marked while it runs. */
function runOffer(ctx: RowActionContext, path: string, hint: RowHint): void {
  if (hint.offer === undefined) return;
  ctx.pending(path, hint.offer.pending);
  void hint.offer.run().then((ok) => {
    if (!ok) ctx.settle(path);
  });
}

function markTouched(ctx: RowActionContext, s: ScheduledContact): void {
  ctx.pending(s.contact.path, "Marking as touched…");
  void ctx.host.actions.markTouchedToday(s.contact.path).then((ok) => {
    if (!ok) ctx.settle(s.contact.path);
  });
}

function snooze(ctx: RowActionContext, s: ScheduledContact, until: IsoDate): void {
  ctx.pending(s.contact.path, `Snoozing until ${until}…`);
  void ctx.host.actions.snooze(s.contact.path, until).then((ok) => {
    if (!ok) ctx.settle(s.contact.path);
  });
}

/** Shows a menu under the element it belongs to (a button, a row). */
export function showMenuBelow(menu: Menu, el: HTMLElement): void {
  const rect = el.getBoundingClientRect();
  menu.showAtPosition({ x: rect.left, y: rect.bottom }, el.doc);
}

/** The quick snooze choices ("1 week (until 2026-12-03)"), for one row or for the people selected. */
export function addSnoozeChoices(menu: Menu, today: IsoDate, pick: (until: IsoDate) => void): void {
  for (const choice of snoozeChoices(today))
    menu.addItem((item) =>
      item
        .setTitle(`${choice.label} (until ${choice.until})`)
        .setIcon("alarm-clock")
        .onClick(() => pick(choice.until)),
    );
}

function snoozeMenu(ctx: RowActionContext, s: ScheduledContact, menu = new Menu()): Menu {
  addSnoozeChoices(menu, ctx.host.today(), (until) => snooze(ctx, s, until));
  menu.addItem((item) =>
    item
      .setTitle("A date…")
      .setIcon("calendar")
      .onClick(() => new SnoozeModal(ctx.app, ctx.host, s.contact).open()),
  );
  return menu;
}

/** The row's actions on right-click (or the context-menu key), as Obsidian's lists offer theirs. */
export function rowMenu(ctx: RowActionContext, row: DueRow): Menu | null {
  if (row.kind !== "contact") return null;
  const s = row.item;
  const path = s.contact.path;
  const menu = new Menu();
  if (ctx.showCard !== undefined)
    menu.addItem((item) =>
      item
        .setTitle("Show card")
        .setIcon("id-card")
        .onClick(() => ctx.showCard?.(path)),
    );
  menu.addItem((item) =>
    item
      .setTitle("Open")
      .setIcon("file-text")
      .onClick(() => ctx.open(path, false)),
  );
  menu.addItem((item) =>
    item
      .setTitle("Open in new tab")
      .setIcon("file-plus")
      .onClick(() => ctx.open(path, "tab")),
  );
  menu.addSeparator();
  menu.addItem((item) =>
    item
      .setTitle("Log an interaction")
      .setIcon("pencil")
      .onClick(() => new LogInteractionModal(ctx.app, ctx.host, s.contact).open()),
  );
  menu.addItem((item) =>
    item
      .setTitle("Mark as touched today")
      .setIcon("check")
      .onClick(() => markTouched(ctx, s)),
  );
  menu.addItem((item) =>
    item
      .setTitle("Show follow-ups")
      .setIcon("list-checks")
      .onClick(() => new FollowUpsModal(ctx.app, ctx.host, s.contact).open()),
  );
  menu.addSeparator();
  return snoozeMenu(ctx, s, menu);
}

/** The snooze menu under a row, for the S key. */
export function showSnoozeMenu(ctx: RowActionContext, s: ScheduledContact, anchor: HTMLElement): void {
  showMenuBelow(snoozeMenu(ctx, s), anchor);
}

/** Right-click on the list: the row's menu, unless the row was just acted on. */
export function showRowMenu(evt: MouseEvent, flat: FlatRows, ctx: RowActionContext, isDone: (path: string) => boolean): void {
  const index = indexAt(evt, flat);
  const row = index < 0 ? null : flat.at(index);
  if (row === null || (row.kind === "contact" && isDone(row.item.contact.path))) return;
  const menu = rowMenu(ctx, row);
  if (menu === null) return;
  evt.preventDefault();
  menu.showAtMouseEvent(evt);
}
