/**
 * The person card's DOM, drawn from a `CardModel`: the head (back, name, badges, open the note),
 * the reason line, the actions, their year, and the lists. What a click does is carried in
 * `data-action` (and `data-note`, `data-line`) and handled once by card-pane.ts. Text is set as
 * text; only the note's opening lines go through Obsidian's markdown renderer (see card-pane.ts).
 */
import { setIcon } from "obsidian";
import type { CardModel } from "./card-model";
import { drawYearStrip } from "./year-strip";

/** The card's actions: the row's (log, touched, snooze), the tier, and the calendar. */
const ACTIONS: readonly { action: string; icon: string; text: string; key?: string }[] = [
  { action: "log", icon: "pencil", text: "Log", key: "L" },
  { action: "touched", icon: "check", text: "Touched", key: "T" },
  { action: "snooze", icon: "alarm-clock", text: "Snooze", key: "S" },
  { action: "tier", icon: "layers", text: "Tier" },
];

export interface CardParts {
  /** Where the note's opening lines are rendered (empty until read). */
  noteEl: HTMLElement;
  /** Where the open follow-ups are listed (with their ticks), or null when there are none. */
  followEl: HTMLElement | null;
  /** The line that shows what was just done for this person, with its Undo. */
  doneEl: HTMLElement;
}

function iconButton(parent: HTMLElement, cls: string, icon: string, label: string, action: string): HTMLElement {
  const b = parent.createEl("button", { cls: ["clickable-icon", cls], attr: { "data-action": action, "aria-label": label } });
  setIcon(b, icon);
  return b;
}

function section(parent: HTMLElement, title: string, cls: string): HTMLElement {
  const el = parent.createDiv({ cls: ["cc-card-section", cls] });
  el.createDiv({ cls: "cc-card-section-title", text: title });
  return el;
}

/** Draws the card for `m` into `el` (emptied first). */
export function drawCard(el: HTMLElement, m: CardModel): CardParts {
  el.empty();
  el.setAttrs({ "data-path": m.path, "aria-label": `Card: ${m.name}` });
  const head = el.createDiv({ cls: "cc-card-head" });
  iconButton(head, "cc-card-back", "arrow-left", "Back to the list (Escape)", "back");
  head.createEl("h3", { cls: "cc-card-name", text: m.name });
  if (m.tier !== null)
    head.createSpan({ cls: ["cc-badge", "cc-badge-tier"], text: m.tier.slice(5, m.tier.indexOf(":")), attr: { "aria-label": m.tier } });
  if (m.noRefer)
    head.createSpan({ cls: ["cc-badge", "cc-badge-norefer"], text: "No-refer", attr: { "aria-label": "Do not refer anyone to them" } });
  if (m.doNotContact) head.createSpan({ cls: ["cc-badge", "cc-badge-dnc"], text: "Do not contact" });
  iconButton(head, "cc-card-open-note", "file-text", "Open the note", "open");

  el.createDiv({ cls: "cc-card-why", text: m.why, attr: { "aria-label": m.why } });
  const actions = el.createDiv({ cls: "cc-card-actions", attr: { role: "toolbar", "aria-label": `Actions for ${m.name}` } });
  for (const a of ACTIONS) {
    const b = actions.createEl("button", {
      cls: ["cc-card-action", `cc-card-action-${a.action}`],
      attr: { "data-action": a.action, "aria-keyshortcuts": a.key ?? null },
    });
    setIcon(b.createSpan({ cls: "cc-card-action-icon" }), a.icon);
    b.createSpan({ text: a.text });
  }
  const doneEl = el.createDiv({ cls: ["cc-card-done", "cc-is-hidden"], attr: { role: "status" } });

  const noteEl = el.createDiv({ cls: ["cc-card-note", "markdown-rendered"] });
  drawYearStrip(section(el, "Their year", "cc-card-months"), m.months, m.name);

  const recent = section(el, "Recent", "cc-card-recent");
  if (m.entries.length === 0) recent.createDiv({ cls: "cc-card-none", text: "No entries or mentions yet." });
  else {
    const ul = recent.createEl("ul", { cls: "cc-card-list" });
    for (const e of m.entries) {
      const li = ul.createEl("li", { cls: ["cc-card-entry", `cc-card-entry-${e.kind}`] });
      const b = li.createEl("button", {
        cls: "cc-card-link",
        attr: { "data-action": "note", "data-note": e.note, "data-line": e.line === null ? null : String(e.line), "data-date": e.date },
      });
      b.createSpan({ cls: "cc-card-date", text: e.when });
      if (e.label !== "") b.createSpan({ cls: "cc-card-label", text: e.label });
      b.createSpan({ cls: "cc-card-text", text: e.text });
    }
  }

  const followEl = m.followUps === 0 ? null : section(el, "Follow-ups", "cc-card-follow").createDiv();

  if (m.keyDates.length > 0) {
    const ul = section(el, "Key dates", "cc-card-dates").createEl("ul", { cls: "cc-card-list" });
    for (const k of m.keyDates) ul.createEl("li", { cls: "cc-card-key-date", text: k });
  }
  return { noteEl, followEl, doneEl };
}

/** Shows what was just done for the person, with an Undo (or hides the line when `text` is null). */
export function showDone(el: HTMLElement, text: string | null): void {
  el.empty();
  el.toggleClass("cc-is-hidden", text === null);
  if (text === null) return;
  el.createSpan({ cls: "cc-card-done-text", text });
  el.createEl("button", { cls: "cc-card-undo", text: "Undo", attr: { "data-action": "undo" } });
}
