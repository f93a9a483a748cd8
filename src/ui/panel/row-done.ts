/**
 * Rows just acted on stay a moment, marked done with an Undo, before the list moves on: so a
 * double click, or a second click a beat late, never lands on the next person sliding up under the
 * pointer. While any row is done the panel holds its redraws, and catches up when they end.
 */
import type { HistoryStep } from "../../core/history";

/** How long a done row stays. */
export const DONE_MS = 3000;

interface Done {
  text: string;
  step: HistoryStep | null;
}

export class DoneRows {
  private readonly rows = new Map<string, Done>();
  private timer: number | null = null;

  /** `onEnd` is called when the last done row may go (the panel redraws then). */
  constructor(
    private readonly onEnd: () => void,
    private readonly ms = DONE_MS,
  ) {}

  get holding(): boolean {
    return this.rows.size > 0;
  }

  text(path: string): string | null {
    return this.rows.get(path)?.text ?? null;
  }

  step(path: string): HistoryStep | null {
    return this.rows.get(path)?.step ?? null;
  }

  /** Marks a row done (or still being written, with `step` null), and starts the moment again. */
  mark(path: string, text: string, step: HistoryStep | null = null): void {
    this.rows.set(path, { text, step });
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.end(), this.ms);
  }

  /** A write that failed or was cancelled: the row is live again at once. */
  drop(path: string): void {
    this.rows.delete(path);
    if (this.rows.size === 0) this.end();
  }

  /** Ends the moment now (after an Undo, for one). */
  end(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    this.rows.clear();
    this.onEnd();
  }

  stop(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    this.rows.clear();
  }
}
