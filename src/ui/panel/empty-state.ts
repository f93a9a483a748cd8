/**
 * The due panel's empty state: the sentence that says why nobody is listed, the reasons below it,
 * and what to do about it as buttons (new contact, open settings, the set-up check, clear the
 * filters). When nobody is due, the next person up is a link to their note.
 */
import type { App } from "obsidian";
import { explainEmpty } from "../../core/explain-empty";
import type { ScheduledContact } from "../../core/schedule";
import { surveyVault } from "../../obsidian/vault-survey";
import type { PluginContext } from "../../ports";
import { emptyStateReasons, emptyStateText, hasFilters, nextUp, reachCount, type DueFilters, type DueGroups } from "./list-model";
import type { PanelModel } from "./model-cache";
import type { PanelCommands } from "./panel-toolbar";

export interface EmptyStateInput {
  text: string | null;
  reasons: readonly string[];
  /** Whether the set-up check can help (no contact found, or nobody tracked). */
  offerCheck: boolean;
  contactCount: number;
  scheduled: readonly ScheduledContact[];
  setupCheck: (() => void) | null;
  commands: PanelCommands | null;
  clearFilters: (() => void) | null;
  openNote(path: string): void;
}

export function renderEmptyState(el: HTMLElement, input: EmptyStateInput): void {
  el.empty();
  const { text } = input;
  el.toggleClass("cc-is-hidden", text === null);
  if (text === null) return;
  renderSentence(el.createDiv({ cls: "cc-due-empty-text" }), text, input);
  if (input.reasons.length > 0) {
    const list = el.createEl("ul", { cls: "cc-due-empty-reasons" });
    for (const reason of input.reasons) list.createEl("li", { text: reason });
  }
  const buttons = el.createDiv({ cls: "cc-due-empty-actions" });
  const button = (cls: string, label: string, run: () => void, cta = false): void => {
    buttons.createEl("button", { cls: cta ? [cls, "mod-cta"] : cls, text: label }).addEventListener("click", run);
  };
  const { commands } = input;
  if (input.contactCount === 0 && input.offerCheck && commands !== null)
    button("cc-due-new-contact", "New contact", () => commands.newContact(), true);
  if (input.setupCheck !== null && input.offerCheck)
    button("cc-due-setup-check", "Run the set-up check", input.setupCheck, input.contactCount > 0);
  if (input.offerCheck && commands?.openSettings !== undefined)
    button("cc-due-open-settings", "Open settings", () => commands.openSettings?.());
  if (input.clearFilters !== null) button("cc-due-clear-filters", "Clear filters", input.clearFilters);
  if (buttons.childElementCount === 0) buttons.detach();
}

/** The sentence, with the next person up (when it names them) as a link to their note. */
function renderSentence(el: HTMLElement, text: string, input: EmptyStateInput): void {
  const next = input.clearFilters === null ? nextUp(input.scheduled) : null;
  const at = next === null ? -1 : text.indexOf(next.contact.name);
  if (next === null || at < 0) {
    el.setText(text);
    return;
  }
  const path = next.contact.path;
  el.appendText(text.slice(0, at));
  const link = el.createEl("a", { cls: ["cc-next-up", "internal-link"], text: next.contact.name, href: "#", attr: { "data-href": path } });
  link.addEventListener("click", (evt) => {
    evt.preventDefault();
    input.openNote(path);
  });
  el.appendText(text.slice(at + next.contact.name.length));
}

export interface EmptyPanelSources {
  app: App;
  host: PluginContext;
  commands: PanelCommands | null;
  filters: DueFilters;
  clearFilters(): void;
}

/** The panel's empty state for this model and these filters (empty when someone is listed). */
export function drawEmptyPanel(el: HTMLElement, model: PanelModel, filtered: DueGroups, src: EmptyPanelSources): void {
  const filtersActive = hasFilters(src.filters);
  const input = {
    indexReady: model.ready,
    contactCount: model.contacts.length,
    filtersActive,
    reachCount: reachCount(filtered),
    scheduled: model.scheduled,
    settings: model.settings,
  };
  // The folder survey walks the vault's tree: only when there is no contact to show.
  const reasons = emptyStateReasons(input, () => explainEmpty(model.settings, surveyVault(src.app.vault, model.settings, 0)));
  const offerCheck = model.ready && (model.contacts.length === 0 || model.scheduled.every((s) => s.contact.cadence === null));
  const check = src.host.openSetupCheck === undefined ? null : () => src.host.openSetupCheck?.();
  renderEmptyState(el, {
    text: emptyStateText(input),
    reasons,
    offerCheck,
    contactCount: model.contacts.length,
    scheduled: model.scheduled,
    setupCheck: check,
    commands: src.commands,
    clearFilters: filtersActive ? () => src.clearFilters() : null,
    openNote: (path) => void src.host.actions.openNote(path),
  });
}
