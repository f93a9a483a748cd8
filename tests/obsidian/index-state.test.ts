/**
 * The index's state as listeners see it: "indexing" shows at once when the build starts, and
 * "ready" shows at once when it ends, even within the change signal's delay (the status bar and
 * an open panel must not keep saying "indexing" for another quarter of a second).
 */
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/settings";
import { ContactIndex } from "../../src/obsidian/contact-index";
import { DelayTimers } from "../lib/delay-timers";
import { harness } from "./helpers";

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
    expect(timers.delays()).toEqual([0]);
    timers.runAll();
    expect(seen).toEqual(["indexing"]);
    await index.built();
    // It ended well within the delay after that draw: "ready" is drawn at once all the same.
    expect(timers.delays()).toEqual([0]);
    timers.runAll();
    expect(seen).toEqual(["indexing", "ready"]);
    index.stop();
  });
});
