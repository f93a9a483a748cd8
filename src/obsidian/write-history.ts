/**
 * The plugin's undo history and what the user sees of it: a notice that confirms each write with
 * an Undo button, and the undo and redo commands' notices. One per plugin, for the session.
 */
import type { History, HistoryOutcome, HistoryStep } from "../core/history";
import { describeOutcome } from "../core/history";

/** How long a confirming notice stays: long enough to reach its Undo button. */
export const UNDO_NOTICE_MS = 8000;

export interface WriteHistoryServices {
  /** Shows a notice (`new Notice(content, ms)` in the plugin). */
  notice(content: string | DocumentFragment, ms?: number): void;
  /** Builds a fragment in the active document (`createFragment` in the plugin). */
  fragment(build: (fragment: DocumentFragment) => void): DocumentFragment;
}

/** Told of each confirmed write that changed notes (the panel shows those rows as done). */
export type WriteListener = (message: string, step: HistoryStep) => void;

export class WriteHistory {
  private readonly listeners = new Set<WriteListener>();

  constructor(
    readonly history: History,
    private readonly services: WriteHistoryServices,
  ) {}

  /** Confirms a write: the message, and an Undo button when the write changed a note. */
  confirm(message: string, step: HistoryStep | null): void {
    if (step === null) {
      this.services.notice(message);
      return;
    }
    for (const listener of this.listeners) listener(message, step);
    const content = this.services.fragment((f) => {
      f.createSpan({ cls: "cc-notice-text", text: message });
      const button = f.createEl("button", { cls: "cc-notice-undo", text: "Undo", attr: { "aria-label": `Undo: ${step.label}` } });
      // The notice closes on any click; the undo runs whatever happens to it.
      button.addEventListener("click", () => void this.undoStep(step));
    });
    this.services.notice(content, UNDO_NOTICE_MS);
  }

  /** Returns the function that unsubscribes. */
  onWrite(listener: WriteListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async undo(): Promise<HistoryOutcome> {
    return this.report(await this.history.undo(), "Undo");
  }

  async redo(): Promise<HistoryOutcome> {
    return this.report(await this.history.redo(), "Redo");
  }

  async undoStep(step: HistoryStep): Promise<HistoryOutcome> {
    return this.report(await this.history.undoStep(step), "Undo");
  }

  /**
   * Takes back the latest step when it is a write to this one note and nothing came after it
   * (triage's Backspace): byte for byte, or refused when the note changed since. `null` when the
   * latest step is something else.
   */
  async undoLatestOf(path: string): Promise<HistoryOutcome | null> {
    const step = this.history.peekUndo();
    if (step === undefined || step.changes.length !== 1 || step.changes[0]?.path !== path) return null;
    return this.undoStep(step);
  }

  private report(outcome: HistoryOutcome, verb: "Undo" | "Redo"): HistoryOutcome {
    this.services.notice(describeOutcome(outcome, verb), outcome.ok ? undefined : 10_000);
    return outcome;
  }
}
