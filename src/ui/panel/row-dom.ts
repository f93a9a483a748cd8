/**
 * The due panel's rows as DOM. Each builder makes one fixed-height element; what a click means is
 * carried in `data-action` attributes and handled once, by delegation, on the list (no listener
 * per row). Names and messages are set as text, never as HTML.
 *
 * Rows are drawn at every open and every scroll, so the parts that never change (the action
 * buttons with their icons, a header's chevron) are built once per document and cloned: cloning
 * a node costs a fraction of building it and of drawing an icon again.
 */
import { setIcon } from "obsidian";
import type { Problem } from "../../core/contact";
import type { IsoDate } from "../../core/dates";
import { describeKeyDate } from "../../core/key-dates";
import { daysBetween } from "../../core/dates";
import { describeWhy, mentionedIn, whyDates, type ScheduledContact } from "../../core/schedule";
import { count } from "../../core/words";
import { problemText, type ComingUpItem, type RowHint } from "./list-model";
import type { DueRow } from "./flat-rows";
import type { ContactGroupKey } from "./list-model";
import { tierBadge } from "../tier-badge";

/** What a click on a part of a row means, carried in its `data-action`. */
const ROW_ACTIONS = ["open", "log", "touched", "snooze", "toggle", "hint", "undo", "select", "followups", "mention", "card"] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];

/** How a person's row is drawn beyond its data: done, open, selected, has the keyboard. */
export interface RowDecor {
  /** Just acted on: stays a moment, with what was done and an Undo. */
  done: string | null;
  /** Its note is the one open. */
  active: boolean;
  selected: boolean;
  focused: boolean;
  /** A checkbox to select it (phones, where there is no Ctrl-click). */
  checkbox: boolean;
  /** How many open follow-ups the person has, and the earliest one's due date. */
  followUps?: number;
  followUpDue?: IsoDate | null;
}

export const PLAIN_ROW: RowDecor = { done: null, active: false, selected: false, focused: false, checkbox: false };

/** A this-week row's status, since the plan mixes them. */
const STATUS_LABELS: Partial<Record<string, string>> = { overdue: "Overdue", due: "Due today", new: "New", soon: "Due soon" };

const ACTIONS: readonly { action: RowAction; icon: string; label: string }[] = [
  { action: "log", icon: "pencil", label: "Log an interaction" },
  { action: "touched", icon: "check", label: "Mark as touched today" },
  { action: "snooze", icon: "alarm-clock", label: "Snooze" },
];

export function isRowAction(value: string | undefined): value is RowAction {
  return (ROW_ACTIONS as readonly (string | undefined)[]).includes(value);
}

/** The parts every row of a kind shares, built once per document (a popout window has its own). */
interface Prototypes {
  /** A person's row without what varies: its main line (the name and the action buttons) and the reason line. */
  contact: HTMLElement;
  chevron: HTMLElement;
  problemIcon: HTMLElement;
  followUpIcon: HTMLElement;
  keyDateIcons: Readonly<Record<"birthday" | "reminder" | "other", HTMLElement>>;
}

const prototypes = new WeakMap<Document, Prototypes>();

/** The prototypes for the document `parent` belongs to, built in it the first time and taken out. */
function prototypesFor(parent: HTMLElement | DocumentFragment): Prototypes {
  const doc = parent.doc;
  let p = prototypes.get(doc);
  if (p === undefined) {
    // The whole row opens the note and can be dragged into one; the list is one tab stop, so no part of a row is.
    const contact = parent.createDiv({
      cls: ["cc-row", "cc-row-contact"],
      attr: { "data-action": "open", draggable: "true", role: "option" },
    });
    const main = contact.createDiv({ cls: "cc-row-main" });
    main.createSpan({ cls: "cc-row-name" });
    const actions = main.createDiv({ cls: "cc-row-actions" });
    for (const a of ACTIONS) {
      const button = actions.createEl("button", {
        cls: ["clickable-icon", "cc-action", `cc-action-${a.action}`],
        attr: { "data-action": a.action, "aria-label": a.label, tabindex: "-1" },
      });
      setIcon(button, a.icon);
    }
    contact.createDiv({ cls: "cc-row-why" });
    const chevron = parent.createSpan({ cls: "cc-group-chevron" });
    setIcon(chevron, "chevron-down");
    const problemIcon = parent.createSpan({ cls: "cc-row-problem-icon" });
    setIcon(problemIcon, "alert-triangle");
    const followUpIcon = parent.createSpan({ cls: "cc-badge-icon" });
    setIcon(followUpIcon, "list-checks");
    const icon = (name: string): HTMLElement => {
      const el = parent.createSpan({ cls: "cc-row-date-icon" });
      setIcon(el, name);
      return el;
    };
    const keyDateIcons = { birthday: icon("cake"), reminder: icon("bell"), other: icon("calendar-heart") };
    p = { contact, chevron, problemIcon, followUpIcon, keyDateIcons };
    for (const el of [contact, chevron, problemIcon, followUpIcon, ...Object.values(keyDateIcons)]) el.detach();
    prototypes.set(doc, p);
  }
  return p;
}

function clone(el: HTMLElement): HTMLElement {
  return el.cloneNode(true) as HTMLElement;
}

/** One flat-list item: a group header, the divider, a person or a problem. */
export function renderRow(
  parent: HTMLElement | DocumentFragment,
  row: DueRow,
  index: number,
  today: IsoDate,
  hint: RowHint | null,
  decor: RowDecor = PLAIN_ROW,
): HTMLElement {
  switch (row.kind) {
    case "header":
      return renderHeader(parent, row, index);
    case "divider":
      return renderDivider(parent, row, index);
    case "contact":
      return renderContact(parent, row.item, index, today, hint, decor, row.group);
    case "keyDate":
      return renderKeyDate(parent, row.item, index, today);
    case "problem":
      return renderProblem(parent, row.problem, index);
  }
}

function renderHeader(parent: HTMLElement | DocumentFragment, row: Extract<DueRow, { kind: "header" }>, index: number): HTMLElement {
  const el = parent.createDiv({
    cls: ["cc-group-header", `cc-group-${row.group}`],
    attr: {
      "data-index": String(index),
      "data-group": row.group,
      "data-action": "toggle",
      role: "button",
      "aria-expanded": String(!row.collapsed),
    },
  });
  el.toggleClass("is-collapsed", row.collapsed);
  el.appendChild(clone(prototypesFor(parent).chevron));
  el.createSpan({ cls: "cc-group-label", text: row.label });
  el.createSpan({ cls: "cc-group-count", text: String(row.count) });
  return el;
}

/** A header-high line that does nothing: the groups below it are beyond this week's budget. */
function renderDivider(parent: HTMLElement | DocumentFragment, row: Extract<DueRow, { kind: "divider" }>, index: number): HTMLElement {
  const el = parent.createDiv({ cls: ["cc-group-header", "cc-divider"], attr: { "data-index": String(index), role: "separator" } });
  el.createSpan({ cls: "cc-group-label", text: row.label });
  el.createSpan({ cls: "cc-group-count", text: String(row.count) });
  return el;
}

function renderContact(
  parent: HTMLElement | DocumentFragment,
  s: ScheduledContact,
  index: number,
  today: IsoDate,
  hint: RowHint | null,
  decor: RowDecor,
  group: ContactGroupKey,
): HTMLElement {
  const c = s.contact;
  const el = clone(prototypesFor(parent).contact);
  el.addClass(`cc-status-${s.status}`);
  el.setAttrs({ "data-index": String(index), "data-path": c.path, "data-status": s.status, "aria-selected": String(decor.selected) });
  if (decor.active) el.addClass("is-active");
  if (decor.selected) el.addClass("is-selected");
  if (decor.focused) el.addClass("has-focus");
  const main = el.firstElementChild as HTMLElement;
  const name = main.firstElementChild as HTMLElement;
  name.setText(c.name);
  // Badges and the hint go between the name and the actions.
  const actions = main.lastElementChild;
  const add = (badge: HTMLElement): HTMLElement => main.insertBefore(badge, actions);
  if (decor.checkbox) {
    const box = main.createEl("input", {
      cls: "cc-row-select",
      type: "checkbox",
      attr: { "data-action": "select", tabindex: "-1", "aria-label": `Select ${c.name}` },
    });
    box.checked = decor.selected;
    main.insertBefore(box, name);
  }
  const status = group === "week" ? STATUS_LABELS[s.status] : undefined;
  if (status !== undefined) add(main.createSpan({ cls: ["cc-badge", "cc-badge-status"], text: status }));
  if (c.tier !== null) add(tierBadge(main, c.tier));
  if (c.noRefer) {
    const since = c.noReferSince === null ? "" : ` (since ${c.noReferSince})`;
    add(
      main.createSpan({
        cls: ["cc-badge", "cc-badge-norefer"],
        text: "No-refer",
        attr: { "aria-label": `Do not refer anyone to them${since}` },
      }),
    );
  }
  const open = decor.followUps ?? 0;
  if (open > 0) {
    const label = `${count(open, "open follow-up")}: show them`;
    const badge = add(
      main.createSpan({
        cls: ["cc-badge", "cc-badge-followups"],
        attr: { "data-action": "followups", role: "button", "aria-label": label },
      }),
    );
    badge.appendChild(clone(prototypesFor(parent).followUpIcon));
    badge.createSpan({ text: String(open) });
  }
  if (hint !== null) {
    const h = add(main.createSpan({ cls: "cc-row-hint", attr: { "data-action": "hint", role: "button", "aria-label": hint.text } }));
    setIcon(h, hint.icon ?? "lightbulb");
  }
  const why = el.lastElementChild as HTMLElement;
  if (decor.done !== null) {
    // Done: what happened and an Undo, in place of the reason; a second click lands on nothing.
    el.addClass("is-done");
    el.setAttrs({ "data-action": null, draggable: "false" });
    why.addClass("cc-row-done");
    why.removeClass("cc-row-why");
    why.createSpan({ cls: "cc-row-done-text", text: decor.done });
    why.createEl("button", { cls: "cc-row-undo", text: "Undo", attr: { "data-action": "undo", tabindex: "-1" } });
  } else {
    const lead = group === "followUps" ? followUpWhy(decor.followUpDue ?? null, today) : null;
    const text = lead === null ? describeWhy(s, today) : `${lead} · ${describeWhy(s, today)}`;
    writeWhy(why, s, text, today);
    // One line with an ellipsis in a narrow panel: the whole reason is the tooltip, with the dates as the note writes them.
    const dates = whyDates(s);
    why.setAttr("aria-label", dates === "" ? text : `${text}\n${dates}`);
  }
  parent.appendChild(el);
  return el;
}

/** "follow-up due today", "follow-up 3 days overdue". */
export function followUpWhy(due: IsoDate | null, today: IsoDate): string | null {
  if (due === null) return null;
  const late = daysBetween(due, today);
  return late <= 0 ? "follow-up due today" : `follow-up ${count(late, "day")} overdue`;
}

/** The reason as text; the note a mention came from is a link in it, which opens that note. */
function writeWhy(why: HTMLElement, s: ScheduledContact, text: string, today: IsoDate): void {
  const note = s.lastTouchNote;
  const name = note === null || s.lastTouch === null ? null : mentionedIn(note, s.lastTouch, today);
  const at = name === null ? -1 : text.indexOf(`last mentioned in ${name}`);
  if (note === null || name === null || at < 0) {
    why.setText(text);
    return;
  }
  const start = at + "last mentioned in ".length;
  why.appendText(text.slice(0, start));
  why.createSpan({ cls: "cc-row-mention", text: name, attr: { "data-action": "mention", "data-note": note, title: note } });
  why.appendText(text.slice(start + name.length));
}

function renderProblem(parent: HTMLElement | DocumentFragment, p: Problem, index: number): HTMLElement {
  const el = parent.createDiv({
    cls: ["cc-row", "cc-row-problem"],
    attr: { "data-index": String(index), "data-path": p.path, "data-field": p.field },
  });
  const main = el.createDiv({ cls: "cc-row-main" });
  main.appendChild(clone(prototypesFor(parent).problemIcon));
  main.createEl("button", { cls: "cc-row-name", text: p.path, attr: { "data-action": "open", title: p.path, tabindex: "-1" } });
  el.createDiv({ cls: "cc-row-why", text: problemText(p) });
  return el;
}

/** A date in Coming up: the person (opens the note) and "Birthday Tue 1 Dec · turns 40". */
function renderKeyDate(parent: HTMLElement | DocumentFragment, item: ComingUpItem, index: number, today: IsoDate): HTMLElement {
  const { date } = item;
  const el = parent.createDiv({
    cls: ["cc-row", "cc-row-date"],
    attr: { "data-index": String(index), "data-path": date.path, "data-kind": date.kind },
  });
  const main = el.createDiv({ cls: "cc-row-main" });
  const icons = prototypesFor(parent).keyDateIcons;
  main.appendChild(clone(date.kind === "birthday" ? icons.birthday : date.kind === "reminder" ? icons.reminder : icons.other));
  main.createEl("button", { cls: "cc-row-name", text: date.name, attr: { "data-action": "open", title: date.path } });
  // Untracked people are listed here too; a paused one says so, so that the pause is not forgotten.
  if (item.contact.paused)
    main.createSpan({
      cls: ["cc-badge", "cc-badge-paused"],
      text: "Paused",
      attr: { "aria-label": "Paused: not due until the pause is lifted" },
    });
  el.createDiv({ cls: "cc-row-why", text: describeKeyDate(date, today) });
  return el;
}
