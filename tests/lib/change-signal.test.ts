/**
 * The change signal: the first change of a burst runs the listeners at once, the rest of the
 * burst once after the delay, and a change that must show at once (the index became ready) does
 * not wait for the delay.
 */
import { describe, expect, it } from "vitest";
import { ChangeSignal } from "../../src/lib/change-signal";
import { DelayTimers } from "./delay-timers";

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
