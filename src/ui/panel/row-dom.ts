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
import { describeWhy, type ScheduledContact } from "../../core/schedule";
import { problemText, type ComingUpItem, type RowHint } from "./list-model";
import type { DueRow } from "./flat-rows";

export type RowAction = "open" | "log" | "touched" | "snooze" | "toggle" | "hint";

const ACTIONS: readonly { action: RowAction; icon: string; label: string }[] = [
  { action: "log", icon: "pencil", label: "Log an interaction" },
  { action: "touched", icon: "check", label: "Mark as touched today" },
  { action: "snooze", icon: "alarm-clock", label: "Snooze" },
];

export function isRowAction(value: string | undefined): value is RowAction {
  return value === "open" || value === "log" || value === "touched" || value === "snooze" || value === "toggle" || value === "hint";
}

/** The parts every row of a kind shares, built once per document (a popout window has its own). */
interface Prototypes {
  /** A person's row without what varies: its main line (the name and the action buttons) and the reason line. */
  contact: HTMLElement;
  chevron: HTMLElement;
  problemIcon: HTMLElement;
  keyDateIcons: Readonly<Record<"birthday" | "reminder" | "other", HTMLElement>>;
}

const prototypes = new WeakMap<Document, Prototypes>();

/** The prototypes for the document `parent` belongs to, built in it the first time and taken out. */
function prototypesFor(parent: HTMLElement | DocumentFragment): Prototypes {
  const doc = parent.doc;
  let p = prototypes.get(doc);
  if (p === undefined) {
    const contact = parent.createDiv({ cls: ["cc-row", "cc-row-contact"] });
    const main = contact.createDiv({ cls: "cc-row-main" });
    main.createEl("button", { cls: "cc-row-name", attr: { "data-action": "open" } });
    const actions = main.createDiv({ cls: "cc-row-actions" });
    for (const a of ACTIONS) {
      const button = actions.createEl("button", { cls: ["clickable-icon", "cc-action", `cc-action-${a.action}`], attr: { "data-action": a.action, "aria-label": a.label } });
      setIcon(button, a.icon);
    }
    contact.createDiv({ cls: "cc-row-why" });
    const chevron = parent.createSpan({ cls: "cc-group-chevron" });
    setIcon(chevron, "chevron-down");
    const problemIcon = parent.createSpan({ cls: "cc-row-problem-icon" });
    setIcon(problemIcon, "alert-triangle");
    const icon = (name: string): HTMLElement => {
      const el = parent.createSpan({ cls: "cc-row-date-icon" });
      setIcon(el, name);
      return el;
    };
    const keyDateIcons = { birthday: icon("cake"), reminder: icon("bell"), other: icon("calendar-heart") };
    p = { contact, chevron, problemIcon, keyDateIcons };
    for (const el of [contact, chevron, problemIcon, ...Object.values(keyDateIcons)]) el.detach();
    prototypes.set(doc, p);
  }
  return p;
}

function clone(el: HTMLElement): HTMLElement {
  return el.cloneNode(true) as HTMLElement;
}

/** One flat-list item: a group header, a person or a problem. */
export function renderRow(parent: HTMLElement | DocumentFragment, row: DueRow, index: number, today: IsoDate, hint: RowHint | null): HTMLElement {
  switch (row.kind) {
    case "header":
      return renderHeader(parent, row, index);
    case "contact":
      return renderContact(parent, row.item, index, today, hint);
    case "keyDate":
      return renderKeyDate(parent, row.item, index, today);
    case "problem":
      return renderProblem(parent, row.problem, index);
  }
}

function renderHeader(parent: HTMLElement | DocumentFragment, row: Extract<DueRow, { kind: "header" }>, index: number): HTMLElement {
  const el = parent.createDiv({
    cls: ["cc-group-header", `cc-group-${row.group}`],
    attr: { "data-index": String(index), "data-group": row.group, "data-action": "toggle", role: "button", tabindex: "0", "aria-expanded": String(!row.collapsed) },
  });
  el.toggleClass("is-collapsed", row.collapsed);
  el.appendChild(clone(prototypesFor(parent).chevron));
  el.createSpan({ cls: "cc-group-label", text: row.label });
  el.createSpan({ cls: "cc-group-count", text: String(row.count) });
  return el;
}

function renderContact(parent: HTMLElement | DocumentFragment, s: ScheduledContact, index: number, today: IsoDate, hint: RowHint | null): HTMLElement {
  const c = s.contact;
  const el = clone(prototypesFor(parent).contact);
  el.addClass(`cc-status-${s.status}`);
  el.setAttrs({ "data-index": String(index), "data-path": c.path, "data-status": s.status });
  const main = el.firstElementChild as HTMLElement;
  const name = main.firstElementChild as HTMLElement;
  name.setText(c.name);
  name.setAttr("title", c.path);
  // Badges and the hint go between the name and the actions.
  const actions = main.lastElementChild;
  const add = (badge: HTMLElement): HTMLElement => main.insertBefore(badge, actions);
  if (c.tier !== null) add(main.createSpan({ cls: ["cc-badge", "cc-badge-tier"], text: c.tier.key, attr: { "aria-label": `Tier ${c.tier.key}: ${c.tier.label}` } }));
  if (c.noRefer) {
    const since = c.noReferSince === null ? "" : ` (since ${c.noReferSince})`;
    add(main.createSpan({ cls: ["cc-badge", "cc-badge-norefer"], text: "No-refer", attr: { "aria-label": `Do not refer anyone to them${since}` } }));
  }
  if (hint !== null) {
    const h = add(main.createSpan({ cls: "cc-row-hint", attr: { "data-action": "hint", role: "button", tabindex: "0", "aria-label": hint.text } }));
    setIcon(h, hint.icon ?? "lightbulb");
  }
  (el.lastElementChild as HTMLElement).setText(describeWhy(s, today));
  parent.appendChild(el);
  return el;
}

function renderProblem(parent: HTMLElement | DocumentFragment, p: Problem, index: number): HTMLElement {
  const el = parent.createDiv({ cls: ["cc-row", "cc-row-problem"], attr: { "data-index": String(index), "data-path": p.path, "data-field": p.field } });
  const main = el.createDiv({ cls: "cc-row-main" });
  main.appendChild(clone(prototypesFor(parent).problemIcon));
  main.createEl("button", { cls: "cc-row-name", text: p.path, attr: { "data-action": "open", title: p.path } });
  el.createDiv({ cls: "cc-row-why", text: problemText(p) });
  return el;
}

/** A date in Coming up: the person (opens the note) and "Birthday Tue 1 Dec · turns 40". */
function renderKeyDate(parent: HTMLElement | DocumentFragment, item: ComingUpItem, index: number, today: IsoDate): HTMLElement {
  const { date } = item;
  const el = parent.createDiv({ cls: ["cc-row", "cc-row-date"], attr: { "data-index": String(index), "data-path": date.path, "data-kind": date.kind } });
  const main = el.createDiv({ cls: "cc-row-main" });
  const icons = prototypesFor(parent).keyDateIcons;
  main.appendChild(clone(date.kind === "birthday" ? icons.birthday : date.kind === "reminder" ? icons.reminder : icons.other));
  main.createEl("button", { cls: "cc-row-name", text: date.name, attr: { "data-action": "open", title: date.path } });
  el.createDiv({ cls: "cc-row-why", text: describeKeyDate(date, today) });
  return el;
}
