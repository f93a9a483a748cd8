/**
 * The due panel's rows as DOM. Each builder makes one fixed-height element; what a click means is
 * carried in `data-action` attributes and handled once, by delegation, on the list (no listener
 * per row). Names and messages are set as text, never as HTML.
 */
import { setIcon } from "obsidian";
import type { Problem } from "../core/contact";
import type { IsoDate } from "../core/dates";
import { describeWhy, type ScheduledContact } from "../core/schedule";
import { problemText, type DueRow, type RowHint } from "./due-model";

export type RowAction = "open" | "log" | "touched" | "snooze" | "toggle" | "hint";

const ACTIONS: readonly { action: RowAction; icon: string; label: string }[] = [
  { action: "log", icon: "pencil", label: "Log an interaction" },
  { action: "touched", icon: "check", label: "Mark as touched today" },
  { action: "snooze", icon: "alarm-clock", label: "Snooze" },
];

export function isRowAction(value: string | undefined): value is RowAction {
  return value === "open" || value === "log" || value === "touched" || value === "snooze" || value === "toggle" || value === "hint";
}

/** One flat-list item: a group header, a person or a problem. */
export function renderRow(parent: HTMLElement | DocumentFragment, row: DueRow, index: number, today: IsoDate, hint: RowHint | null): HTMLElement {
  switch (row.kind) {
    case "header":
      return renderHeader(parent, row, index);
    case "contact":
      return renderContact(parent, row.item, index, today, hint);
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
  setIcon(el.createSpan({ cls: "cc-group-chevron" }), "chevron-down");
  el.createSpan({ cls: "cc-group-label", text: row.label });
  el.createSpan({ cls: "cc-group-count", text: String(row.count) });
  return el;
}

function renderContact(parent: HTMLElement | DocumentFragment, s: ScheduledContact, index: number, today: IsoDate, hint: RowHint | null): HTMLElement {
  const c = s.contact;
  const el = parent.createDiv({ cls: ["cc-row", "cc-row-contact", `cc-status-${s.status}`], attr: { "data-index": String(index), "data-path": c.path, "data-status": s.status } });
  const main = el.createDiv({ cls: "cc-row-main" });
  main.createEl("button", { cls: "cc-row-name", text: c.name, attr: { "data-action": "open", title: c.path } });
  if (c.tier !== null) main.createSpan({ cls: ["cc-badge", "cc-badge-tier"], text: c.tier.key, attr: { "aria-label": `Tier ${c.tier.key}: ${c.tier.label}` } });
  if (c.noRefer) {
    const since = c.noReferSince === null ? "" : ` (since ${c.noReferSince})`;
    main.createSpan({ cls: ["cc-badge", "cc-badge-norefer"], text: "No-refer", attr: { "aria-label": `Do not refer anyone to them${since}` } });
  }
  if (hint !== null) {
    const h = main.createSpan({ cls: "cc-row-hint", attr: { "data-action": "hint", role: "button", tabindex: "0", "aria-label": hint.text } });
    setIcon(h, hint.icon ?? "lightbulb");
  }
  const actions = main.createDiv({ cls: "cc-row-actions" });
  for (const a of ACTIONS) {
    const button = actions.createEl("button", { cls: ["clickable-icon", "cc-action", `cc-action-${a.action}`], attr: { "data-action": a.action, "aria-label": a.label } });
    setIcon(button, a.icon);
  }
  el.createDiv({ cls: "cc-row-why", text: describeWhy(s, today) });
  return el;
}

function renderProblem(parent: HTMLElement | DocumentFragment, p: Problem, index: number): HTMLElement {
  const el = parent.createDiv({ cls: ["cc-row", "cc-row-problem"], attr: { "data-index": String(index), "data-path": p.path, "data-field": p.field } });
  const main = el.createDiv({ cls: "cc-row-main" });
  setIcon(main.createSpan({ cls: "cc-row-problem-icon" }), "alert-triangle");
  main.createEl("button", { cls: "cc-row-name", text: p.path, attr: { "data-action": "open", title: p.path } });
  el.createDiv({ cls: "cc-row-why", text: problemText(p) });
  return el;
}
