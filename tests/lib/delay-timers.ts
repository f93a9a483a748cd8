/** Timers for tests: nothing runs until `runAll`, and each delay asked for is kept. */
import type { Timers } from "../../src/lib/change-signal";

export class DelayTimers implements Timers {
  readonly pending = new Map<number, { run: () => void; ms: number }>();
  private next = 0;
  set(run: () => void, ms: number): number {
    this.pending.set(++this.next, { run, ms });
    return this.next;
  }
  clear(id: number): void {
    this.pending.delete(id);
  }
  delays(): number[] {
    return [...this.pending.values()].map((p) => p.ms);
  }
  runAll(): void {
    for (const [id, { run }] of [...this.pending]) {
      this.pending.delete(id);
      run();
    }
  }
}
