import { describe, expect, it, vi } from "vitest";
import { parseLog } from "../../src/core/log";
import { defaultSettings } from "../../src/core/settings";
import { logItems } from "../../src/obsidian/cache-reading";
import { recordFromText } from "../../src/obsidian/index-record";
import { entriesOf } from "../../src/obsidian/log-reader";
import { computeMetadata } from "../standin/metadata";
import { file, harness } from "./helpers";

const ANN = "---\ntier: A\nlast-touch: 2026-09-01\n---\n# Ann\n\n## Log\n- 2026-10-02 call: caught up #gave\n";
const settings = defaultSettings();

describe("a contact's log entries, read again from the note", () => {
  it("are read once, then kept while the note is unchanged; an edit makes them read again", async () => {
    const h = harness({ "Contacts/Ann.md": ANN, "Contacts/Bob.md": "---\ntier: B\n---\n# Bob\n" });
    await h.ready();
    const read = vi.spyOn(h.vault, "cachedRead");
    expect(h.index.cachedLogEntries("Contacts/Ann.md")).toBeUndefined();
    const first = await h.index.logEntries("Contacts/Ann.md");
    expect(first.map((e) => [e.date, e.type, e.summary])).toEqual([["2026-10-02", "call", "caught up #gave"]]);
    expect(h.index.cachedLogEntries("Contacts/Ann.md")).toBe(first);
    expect(await h.index.logEntries("Contacts/Ann.md")).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    // No log, or no contact: nothing to read.
    expect(await h.index.logEntries("Contacts/Bob.md")).toEqual([]);
    expect(await h.index.logEntries("Notes/Nobody.md")).toEqual([]);
    expect(read).toHaveBeenCalledTimes(1);

    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), `${ANN}- 2026-11-01 email: sent the deck\n`);
    expect(h.index.cachedLogEntries("Contacts/Ann.md")).toBeUndefined();
    expect((await h.index.logEntries("Contacts/Ann.md")).map((e) => e.summary)).toEqual(["caught up #gave", "sent the deck"]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("reads a log once for callers that ask at the same time", async () => {
    const h = harness({ "Contacts/Ann.md": ANN });
    await h.ready();
    const read = vi.spyOn(h.vault, "cachedRead");
    const [a, b] = await Promise.all([h.index.logEntries("Contacts/Ann.md"), h.index.logEntries("Contacts/Ann.md")]);
    expect(a).toBe(b);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("keeps only the last few logs read", async () => {
    const notes = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`Contacts/P${i}.md`, ANN]));
    const h = harness(notes);
    await h.ready();
    for (let i = 0; i < 40; i++) await h.index.logEntries(`Contacts/P${i}.md`);
    expect(h.index.cachedLogEntries("Contacts/P0.md")).toBeUndefined();
    expect(h.index.cachedLogEntries("Contacts/P39.md")).toHaveLength(1);
  });

  it("are not kept in the index's record: its facts are, and the text is let go", () => {
    const cache = computeMetadata(ANN);
    const record = recordFromText("Contacts/Ann.md", cache, ANN, logItems(cache, "Log"), settings);
    const held = (value: unknown, depth = 0): boolean =>
      value === ANN ||
      (depth < 3 && typeof value === "object" && value !== null && value !== cache && Object.values(value).some((v) => held(v, depth + 1)));
    expect(held(record)).toBe(false);
    expect([record.facts?.size, record.facts?.date(0), record.facts?.hasTag(0, "gave")]).toEqual([1, "2026-10-02", true]);
  });

  it("reads a text newer than the index's record by the text alone, and does not keep it", () => {
    const record = recordFromText("Contacts/Ann.md", computeMetadata(ANN), ANN, logItems(computeMetadata(ANN), "Log"), settings);
    expect(entriesOf(ANN, record, "Log")).toEqual({ entries: parseLog(ANN, "Log", settings.interactionTypes), current: true });
    // A line inserted above the log: the record's offsets no longer fit.
    const newer = ANN.replace("# Ann\n", "# Ann\nMet at a conference.\n\n");
    expect(entriesOf(newer, record, "Log")).toEqual({ entries: parseLog(newer, "Log", settings.interactionTypes), current: false });
  });
});
