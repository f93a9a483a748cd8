/**
 * What a click (or Enter, or Space) on the due panel's list does. Rows carry their action in
 * `data-action` and their place in `data-index`; one listener on the list reads them.
 */
import { Menu, Notice, type App } from "obsidian";
import type { ScheduledContact } from "../../core/schedule";
import type { PluginContext } from "../../ports";
import { LogInteractionModal } from "../modals/log-modal";
import { SnoozeModal } from "../modals/snooze-modal";
import type { DueRow, FlatRows } from "./flat-rows";
import { snoozeChoices, type GroupKey, type RowHintProvider } from "./list-model";
import { isRowAction, type RowAction } from "./row-dom";

export interface RowActionContext {
  app: App;
  host: PluginContext;
  hints: RowHintProvider | null;
  /** Opens or closes a group (the view keeps which are collapsed). */
  toggleGroup(group: GroupKey): void;
}

/** The element an event happened on. Duck-typed: `instanceof Element` fails in a popout window. */
export function eventElement(evt: Event): Element | null {
  const target = evt.target as Partial<Element> | null;
  return target !== null && typeof target.closest === "function" ? (target as Element) : null;
}

/** The action an event on the list asks for, the row it is on and the element that carries it; `null` for none. */
export function rowActionAt(evt: Event, flat: FlatRows): { action: RowAction; row: DueRow; el: HTMLElement } | null {
  const target = eventElement(evt);
  if (target === null) return null;
  // The target may be an icon's <svg> or <path>, not the button itself.
  const actionEl = target.closest<HTMLElement>("[data-action]");
  const itemEl = target.closest<HTMLElement>("[data-index]");
  const action = actionEl?.dataset.action;
  if (actionEl === null || itemEl === null || !isRowAction(action)) return null;
  const index = Number(itemEl.dataset.index);
  if (!Number.isInteger(index) || index < 0 || index >= flat.length) return null;
  return { action, row: flat.at(index), el: actionEl };
}

export function runRowAction(ctx: RowActionContext, action: RowAction, row: DueRow, el: HTMLElement): void {
  const { app, host } = ctx;
  if (row.kind === "header") {
    if (action === "toggle") ctx.toggleGroup(row.group);
    return;
  }
  if (row.kind === "problem") {
    if (action === "open") void host.actions.openNote(row.problem.path);
    return;
  }
  if (row.kind === "keyDate") {
    if (action === "open") void host.actions.openNote(row.item.date.path);
    return;
  }
  const s = row.item;
  switch (action) {
    case "open":
      void host.actions.openNote(s.contact.path);
      break;
    case "log":
      new LogInteractionModal(app, host, s.contact).open();
      break;
    case "touched":
      void host.actions.markTouchedToday(s.contact.path);
      break;
    case "snooze":
      showSnoozeMenu(ctx, s, el);
      break;
    case "hint": {
      const hint = ctx.hints?.(s);
      if (hint) new Notice(`${s.contact.name}: ${hint.text}`);
      break;
    }
    case "toggle":
      break;
  }
}

function showSnoozeMenu({ app, host }: RowActionContext, s: ScheduledContact, anchor: HTMLElement): void {
  const today = host.today();
  const menu = new Menu();
  for (const choice of snoozeChoices(today)) {
    menu.addItem((item) =>
      item.setTitle(`${choice.label} (until ${choice.until})`).setIcon("alarm-clock").onClick(() => {
        void host.actions.snooze(s.contact.path, choice.until);
      }),
    );
  }
  menu.addItem((item) => item.setTitle("A date…").setIcon("calendar").onClick(() => new SnoozeModal(app, host, s.contact).open()));
  const rect = anchor.getBoundingClientRect();
  menu.showAtPosition({ x: rect.left, y: rect.bottom }, anchor.doc);
}
