/**
 * The change signal: the first change of a burst runs the listeners at once, the rest of the
 * burst once after the delay, and a change that must show at once (the index became ready) does
 * not wait for the delay.
 */
import { describe, expect, it } from "vitest";
import { ChangeSignal, type Timers } from "../../src/lib/change-signal";

/** Timers that run only when told, and remember each delay asked for. */
class DelayTimers implements Timers {
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

describe("ChangeSignal", () => {
  it("runs the first change at once and the rest of a burst after the delay", () => {
    const timers = new DelayTimers();
    const signal = new ChangeSignal(timers, 250, "failed");
    let runs = 0;
    signal.listen(() => runs++);
    signal.fire();
    expect(timers.delays()).toEqual([0]);
    timers.runAll();
    expect(runs).toBe(1);
    signal.fire();
    signal.fire();
    // One run for the rest of the burst, most of the delay still to wait.
    expect(timers.delays()).toHaveLength(1);
    expect(timers.delays()[0]).toBeGreaterThan(200);
  });

  it("runs a change that must show at once without waiting, in place of the delayed run", () => {
    const timers = new DelayTimers();
    const signal = new ChangeSignal(timers, 250, "failed");
    let runs = 0;
    signal.listen(() => runs++);
    signal.fire();
    timers.runAll();
    signal.fire();
    signal.fireNow();
    expect(timers.delays()).toEqual([0]);
    timers.runAll();
    expect(runs).toBe(2);
    // After it, the delay counts from that run again.
    signal.fire();
    expect(timers.delays()[0]).toBeGreaterThan(200);
  });

  it("does nothing once stopped", () => {
    const timers = new DelayTimers();
    const signal = new ChangeSignal(timers, 250, "failed");
    signal.stop();
    signal.fireNow();
    expect(timers.delays()).toEqual([]);
  });
});
