/**
 * The index's state as listeners see it: "indexing" shows at once when the build starts, and
 * "ready" shows at once when it ends, even within the change signal's delay (the status bar and
 * an open panel must not keep saying "indexing" for another quarter of a second).
 */
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/settings";
import type { Timers } from "../../src/lib/change-signal";
import { ContactIndex } from "../../src/obsidian/contact-index";
import { harness } from "./helpers";

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
  runAll(): number[] {
    const delays = [...this.pending.values()].map((p) => p.ms);
    for (const [id, { run }] of [...this.pending]) {
      this.pending.delete(id);
      run();
    }
    return delays;
  }
}

describe("the index's state, as its listeners see it", () => {
  it("shows indexing, then ready, each without waiting", async () => {
    const h = harness({ "Contacts/Ann.md": "---\ntier: A\n---\n" });
    const timers = new DelayTimers();
    const settings = defaultSettings();
    let layoutReady: () => void = () => undefined;
    const index = new ContactIndex({
      metadataCache: h.app.metadataCache,
      vault: h.app.vault,
      onLayoutReady: (callback) => (layoutReady = callback),
      settings: () => settings,
      timers,
    });
    const seen: string[] = [];
    index.onChange(() => seen.push(index.state));
    index.start();
    layoutReady();
    // The build began: "indexing" is drawn at once.
    expect(timers.runAll()).toEqual([0]);
    expect(seen).toEqual(["indexing"]);
    await index.built();
    // It ended well within the delay after that draw: "ready" is drawn at once all the same.
    expect(timers.runAll()).toEqual([0]);
    expect(seen).toEqual(["indexing", "ready"]);
    index.stop();
  });
});
