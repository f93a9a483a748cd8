/**
 * Long work on the main thread, cut into tasks of a few milliseconds: the caller asks `due()` now
 * and then and, when the slice has used its budget, awaits `next()`, which lets the event loop
 * run (input, paint, other plugins) before the work goes on.
 */

/** Lets the window's event loop run once: a message is a new task, without the 4 ms clamp of nested timers. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves when the window is idle (at most `timeoutMs` later); where it cannot tell (phones), soon. */
export function whenIdle(win: Window, timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === "function") win.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else win.setTimeout(resolve, 16);
  });
}

/** Gives way to nothing but pending promise jobs: for tests and wherever no event loop waits. */
export const noYield = (): Promise<void> => Promise.resolve();

export class TimeSlicer {
  private started = performance.now();

  constructor(
    private readonly budgetMs: number,
    private readonly yieldNow: () => Promise<void>,
  ) {}

  /** Has this slice used its budget? */
  due(): boolean {
    return performance.now() - this.started >= this.budgetMs;
  }

  /** Lets the event loop run, then starts a new slice. */
  async next(): Promise<void> {
    await this.yieldNow();
    this.started = performance.now();
  }
}
