/**
 * A person's open follow-ups: each task's text, its note and its due date, with a box that ticks
 * it. The index knows where the tasks are from the metadata alone; their lines are read here,
 * when shown, and ticking writes `- [x]` in that one line (undoable, like every write).
 *
 * `renderFollowUps` draws the list into any element, so the person's card can show it too.
 */
import { App, TFile } from "obsidian";
import { ContentModal } from "./modal-helpers";
import { basename, type Contact } from "../../core/contact";
import { daysBetween, type IsoDate } from "../../core/dates";
import { lineAt, taskText } from "../../core/follow-ups";
import type { FollowUp } from "../../core/touch-index";
import { count } from "../../core/words";
import type { PluginContext } from "../../ports";

/** What the list reads and does: the vault for the lines, the plugin for the index and the writes. */
export interface FollowUpListHost {
  app: Pick<App, "vault">;
  host: Pick<PluginContext, "index" | "actions" | "today">;
  /** Called after a click on a note's name has opened it (the modal closes). */
  onOpenNote?(): void;
}

/** "due today", "due 2026-12-01", "3 days overdue (2026-11-23)". */
export function describeDue(due: IsoDate | null, today: IsoDate): string | null {
  if (due === null) return null;
  const late = daysBetween(due, today);
  if (late === 0) return "due today";
  return late > 0 ? `${count(late, "day")} overdue (${due})` : `due ${due}`;
}

/** The lines of these follow-ups, reading each note once; a note that cannot be read gives none. */
async function readLines(vault: App["vault"], list: readonly FollowUp[]): Promise<Map<FollowUp, string | null>> {
  const texts = new Map<string, string | null>();
  for (const f of list) {
    if (texts.has(f.note)) continue;
    const file = vault.getAbstractFileByPath(f.note);
    texts.set(f.note, file instanceof TFile ? await vault.cachedRead(file) : null);
  }
  const lines = new Map<FollowUp, string | null>();
  for (const f of list) {
    const text = texts.get(f.note) ?? null;
    lines.set(f, text === null ? null : lineAt(text, f.line));
  }
  return lines;
}

/** Draws the contact's open follow-ups into `el` (emptied first); resolves once the lines are read. */
export async function renderFollowUps(el: HTMLElement, deps: FollowUpListHost, contact: Contact): Promise<void> {
  el.empty();
  el.addClass("cc-follow-ups");
  const list = deps.host.index.touchIndex?.()?.followUpsOf(contact.path) ?? [];
  if (list.length === 0) {
    el.createEl("p", { cls: "cc-follow-ups-empty", text: `No open follow-ups for ${contact.name}.` });
    return;
  }
  const lines = await readLines(deps.app.vault, list);
  const today = deps.host.today();
  const ul = el.createEl("ul", { cls: "cc-follow-ups-list contains-task-list" });
  for (const f of list) {
    const line = lines.get(f) ?? null;
    const li = ul.createEl("li", { cls: "cc-follow-up task-list-item", attr: { "data-note": f.note, "data-line": String(f.line) } });
    const box = li.createEl("input", { cls: "task-list-item-checkbox", type: "checkbox", attr: { "aria-label": "Tick this follow-up" } });
    const body = li.createDiv({ cls: "cc-follow-up-body" });
    body.createDiv({
      cls: "cc-follow-up-text",
      text: line === null ? `Line ${f.line + 1} could not be read` : taskText(line) || "(no text)",
    });
    const meta = body.createDiv({ cls: "cc-follow-up-meta" });
    const due = describeDue(f.due, today);
    if (due !== null) meta.createSpan({ cls: ["cc-follow-up-due", f.due !== null && f.due <= today ? "is-due" : "is-later"], text: due });
    const link = meta.createEl("a", { cls: "cc-follow-up-note", text: basename(f.note), href: "#", attr: { title: f.note } });
    link.addEventListener("click", (evt) => {
      evt.preventDefault();
      void deps.host.actions.openNote(f.note).then(() => deps.onOpenNote?.());
    });
    if (line === null) box.disabled = true;
    box.addEventListener("click", (evt) => {
      evt.preventDefault();
      if (box.disabled || line === null) return;
      box.disabled = true;
      void deps.host.actions.tickFollowUp(f.note, f.line, line).then((ok) => {
        // Drawn again by hand: the click's default was stopped so the box shows the write, not the click.
        box.checked = ok;
        li.toggleClass("is-checked", ok);
        box.disabled = ok;
      });
    });
  }
}

export class FollowUpsModal extends ContentModal {
  constructor(
    app: App,
    private readonly host: PluginContext,
    private readonly contact: Contact,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(`Follow-ups for ${this.contact.name}`);
    this.contentEl.addClass("cc-follow-ups-modal");
    void renderFollowUps(this.contentEl.createDiv(), { app: this.app, host: this.host, onOpenNote: () => this.close() }, this.contact);
  }
}
