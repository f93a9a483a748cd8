/**
 * Tells listeners that something changed, once per burst: the first change of a burst starts a
 * timer, and the listeners run when it fires. A listener that throws does not stop the others.
 */
export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

export class ChangeSignal {
  private readonly listeners = new Set<() => void>();
  private timer: number | null = null;
  private stopped = false;

  constructor(private readonly timers: Timers, private readonly delayMs: number, private readonly failure: string) {}

  /** Adds a listener; returns the function that removes it. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Something changed: the listeners run `delayMs` from the first change not yet told. */
  fire(): void {
    if (this.timer !== null || this.stopped) return;
    this.timer = this.timers.set(() => {
      this.timer = null;
      for (const listener of [...this.listeners]) {
        try {
          listener();
        } catch (error) {
          console.error(this.failure, error);
        }
      }
    }, this.delayMs);
  }

  /** No more calls: the pending one is dropped and the listeners forgotten. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.listeners.clear();
  }
}
