/**
 * Triage: the untracked people, one at a time, with the first lines of their note. `1`–`9` give
 * the n-th tier, `0` keeps them in the database, `s` skips, Backspace takes back the last choice,
 * Esc stops. Each choice is one surgical edit of the tier key (in the spelling the note uses).
 */
import { App } from "obsidian";
import { ContentModal } from "./modal-helpers";
import { DATABASE_TIER, TriageSession, triageKey, type TriageStep } from "../../core/triage";
import type { Contact } from "../../core/contact";
import type { PluginContext } from "../../ports";

/** What the modal reads of a note: its opening lines, and the tier value as written (to undo). */
export interface TriageNotes {
  preview(path: string): Promise<string>;
  tierValue(path: string): string | null;
  /**
   * Takes back the latest write when it was to this note, through the undo history (the note's
   * bytes as they were); `true` done, `false` refused (the note changed since, and the user is
   * told), `null` when the latest write is another one.
   */
  takeBack?(path: string): Promise<boolean | null>;
}

export class TriageModal extends ContentModal {
  private readonly session: TriageSession;
  private busy = false;
  private readonly bodyEl: HTMLElement;

  constructor(
    app: App,
    private readonly host: PluginContext,
    queue: readonly Contact[],
    private readonly notes: TriageNotes,
  ) {
    super(app);
    this.session = new TriageSession(queue);
    this.bodyEl = this.contentEl.createDiv({ cls: "cc-triage" });
  }

  override onOpen(): void {
    this.setTitle("Triage untracked people");
    this.scope.register([], null, (evt: KeyboardEvent) => {
      if (evt.isComposing || evt.ctrlKey || evt.metaKey || evt.altKey) return true;
      const key = triageKey(evt.key, this.host.settings().tiers.length);
      if (key === null || key.kind === "stop") return true; // Esc closes the modal as usual
      void this.handle(key);
      return false;
    });
    void this.draw();
  }

  /** One key press: a choice, a skip or an undo. Keys pressed while a write runs are ignored. */
  private async handle(key: NonNullable<ReturnType<typeof triageKey>>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      if (key.kind === "undo") await this.undo();
      else
        await this.choose(
          key.kind === "tier" ? (this.host.settings().tiers[key.index]?.key ?? null) : key.kind === "database" ? DATABASE_TIER : null,
        );
    } finally {
      this.busy = false;
    }
    await this.draw();
  }

  private async choose(tierKey: string | null): Promise<void> {
    const contact = this.session.current();
    if (contact === null) return;
    const previous = this.notes.tierValue(contact.path);
    if (tierKey !== null && !(await this.host.actions.setTier(contact.path, tierKey))) return;
    this.session.record({ previous, written: tierKey });
  }

  private async undo(): Promise<void> {
    const step: TriageStep | null = this.session.undo();
    if (step === null || step.written === null) return;
    // The history gives back the note's exact bytes; when something was written after the choice,
    // put back the value the note had instead (no value: the key goes again).
    const back = (await this.notes.takeBack?.(step.path)) ?? null;
    if (back === null) await this.host.actions.setTier(step.path, step.previous);
  }

  private async draw(): Promise<void> {
    const el = this.bodyEl;
    const contact = this.session.current();
    const { done, total } = this.session.progress();
    const preview = contact === null ? "" : await this.notes.preview(contact.path);
    el.empty();
    el.createDiv({ cls: "cc-triage-progress", text: `${Math.min(done + 1, total)} of ${total}` });
    if (contact === null) {
      el.createEl("p", {
        cls: "cc-triage-done",
        text:
          total === 0
            ? "Nobody to triage: every person is tracked, untracked on purpose, paused or do-not-contact."
            : "Done. Backspace takes back the last choice.",
      });
      this.drawHistory(el);
      return;
    }
    const name = el.createEl("button", { cls: "cc-triage-name", text: contact.name, attr: { title: contact.path } });
    name.addEventListener("click", () => void this.host.actions.openNote(contact.path));
    el.createEl("pre", { cls: "cc-triage-preview", text: preview });
    const keys = el.createDiv({ cls: "cc-triage-keys" });
    this.host
      .settings()
      .tiers.slice(0, 9)
      .forEach((t, i) => {
        const b = keys.createEl("button", { text: `${t.label}, ${t.cadence} (${i + 1})`, attr: { "data-key": String(i + 1) } });
        b.addEventListener("click", () => void this.handle({ kind: "tier", index: i }));
      });
    keys.createEl("button", { text: "In the database (0)" }).addEventListener("click", () => void this.handle({ kind: "database" }));
    keys.createEl("button", { text: "Skip (s)" }).addEventListener("click", () => void this.handle({ kind: "skip" }));
    this.drawHistory(el);
  }

  private drawHistory(el: HTMLElement): void {
    const last = this.session.history[this.session.history.length - 1];
    if (last === undefined) return;
    const what = last.written === null ? "skipped" : last.written === DATABASE_TIER ? "kept in the database" : `tier ${last.written}`;
    el.createDiv({ cls: "cc-triage-last", text: `Last: ${last.name}, ${what} (Backspace to take it back)` });
  }
}
