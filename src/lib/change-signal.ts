/**
 * Tells listeners that something changed: the first change of a burst at once (on a timer of
 * 0 ms, after the change's own task), the rest of the burst once, `delayMs` after the last run.
 * So an edit shows without waiting, and typing costs one run per `delayMs`. A listener that
 * throws does not stop the others.
 */
export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

export class ChangeSignal {
  private readonly listeners = new Set<() => void>();
  private timer: number | null = null;
  private stopped = false;
  /** When the listeners last ran (-Infinity: never). */
  private lastRun = -Infinity;

  constructor(
    private readonly timers: Timers,
    private readonly delayMs: number,
    private readonly failure: string,
  ) {}

  /** Adds a listener; returns the function that removes it. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Something changed: the listeners run at once, or `delayMs` after their last run if that is later. */
  fire(): void {
    if (this.timer !== null || this.stopped) return;
    const wait = Math.max(0, this.lastRun + this.delayMs - performance.now());
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.lastRun = performance.now();
      for (const listener of [...this.listeners]) {
        try {
          listener();
        } catch (error) {
          console.error(this.failure, error);
        }
      }
    }, wait);
  }

  /**
   * A change that must show at once even within a burst (the index became ready: what was shown
   * said "indexing"): a run waiting for its delay runs now instead.
   */
  fireNow(): void {
    if (this.stopped) return;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.lastRun = -Infinity;
    this.fire();
  }

  /** No more calls: the pending one is dropped and the listeners forgotten. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.listeners.clear();
  }
}
