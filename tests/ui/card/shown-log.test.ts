import { describe, expect, it } from "vitest";
import type { LogEntry } from "../../../src/core/log";
import { ShownLog } from "../../../src/ui/card/shown-log";
import { entriesOf } from "../helpers";

/** An index whose reads the test answers by hand. */
function fakeIndex() {
  const asked: Array<{ path: string; answer: (entries: readonly LogEntry[]) => void }> = [];
  const index = {
    revision: 1,
    cache: new Map<string, readonly LogEntry[]>(),
    logEntries: (path: string) => new Promise<readonly LogEntry[]>((resolve) => asked.push({ path, answer: resolve })),
    cachedLogEntries: (path: string) => index.cache.get(path),
  };
  return { index, asked };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe("the log a card shows", () => {
  it("is what the index has at hand, else read once, then drawn again with it", async () => {
    const { index, asked } = fakeIndex();
    let redraws = 0;
    const log = new ShownLog(index, () => redraws++);
    expect(log.entries("Contacts/Ann.md")).toBeNull();
    expect(log.entries("Contacts/Ann.md")).toBeNull();
    expect(asked.map((a) => a.path)).toEqual(["Contacts/Ann.md"]);
    const entries = entriesOf("- 2026-10-02 call: caught up");
    asked[0]?.answer(entries);
    await flush();
    expect(redraws).toBe(1);
    expect(log.entries("Contacts/Ann.md")).toBe(entries);
    // Kept by the index: no read at all.
    index.cache.set("Contacts/Bob.md", []);
    expect(log.entries("Contacts/Bob.md")).toEqual([]);
    expect(asked).toHaveLength(1);
  });

  it("never shows a read of another revision or person", async () => {
    const { index, asked } = fakeIndex();
    let redraws = 0;
    const log = new ShownLog(index, () => redraws++);
    expect(log.entries("Contacts/Ann.md")).toBeNull();
    // The note changed while it was read: that read is not the one shown.
    index.revision = 2;
    expect(log.entries("Contacts/Ann.md")).toBeNull();
    asked[0]?.answer(entriesOf("- 2026-10-02 call: before"));
    await flush();
    expect(redraws).toBe(0);
    expect(log.entries("Contacts/Ann.md")).toBeNull();
    asked[1]?.answer(entriesOf("- 2026-10-02 call: after"));
    await flush();
    expect(redraws).toBe(1);
    expect(log.entries("Contacts/Ann.md")?.map((e) => e.summary)).toEqual(["after"]);
    // Another person: read for them.
    expect(log.entries("Contacts/Bob.md")).toBeNull();
    expect(asked.map((a) => a.path)).toEqual(["Contacts/Ann.md", "Contacts/Ann.md", "Contacts/Bob.md"]);
  });
});
