/**
 * One note never stops the plugin's index: a step that throws on one note becomes that note's
 * problem, at build time and on a change, and text Obsidian could not decode is a problem that
 * the writer refuses to write.
 */
import type * as O from "obsidian";
import { describe, expect, it } from "vitest";
import { file, harness, hostFor, type Harness } from "./helpers";
import { isoDate } from "../../src/core/dates";

const ANN = "---\ntier: A\nlast-touch: 2026-09-01\n---\n# Ann\n\n## Log\n- 2026-10-02 call: caught up\n";
const BAD = "---\ntier: B\n---\n# Bad\n";

/** A copy of a cache whose headings cannot be read, as a step overwhelmed by a hostile note would fail. */
function broken(c: O.CachedMetadata): O.CachedMetadata {
  return Object.defineProperty({ ...c }, "headings", {
    get: () => {
      throw new RangeError("Maximum call stack size exceeded");
    },
  });
}

/** Makes reading this note's cache throw, whether the index asks for it or an event brings it. */
function breakCacheOf(h: Harness, path: string): void {
  const cache = h.metadataCache;
  const real = cache.getFileCache.bind(cache);
  cache.getFileCache = (f: O.TFile) => {
    const c = real(f);
    return f.path !== path || c === null ? c : broken(c);
  };
  const trigger = cache.trigger.bind(cache);
  cache.trigger = (name: string, ...data: unknown[]) => {
    const [f, text, c] = data as [O.TFile, string, O.CachedMetadata];
    if (name === "changed" && f.path === path) return trigger(name, f, text, broken(c));
    return trigger(name, ...data);
  };
}

describe("ContactIndex: one note never stops the rest", () => {
  it("at build time: the note is listed with the reason, the others are read", async () => {
    const h = harness({ "Contacts/Ann.md": ANN, "Contacts/Bad.md": BAD });
    breakCacheOf(h, "Contacts/Bad.md");
    await h.ready();
    expect(h.index.state).toBe("ready");
    expect(h.index.get("Contacts/Ann.md")?.lastLogged?.date).toBe("2026-10-02");
    expect(h.index.problems(isoDate("2026-11-26"))).toEqual([
      { path: "Contacts/Bad.md", field: "file", message: "Contacts/Bad.md: the note could not be read (too large or nested too deeply)" },
    ]);
    expect(h.index.get("Contacts/Bad.md")?.writable).toBe(false);
  });

  it("on a change: the note becomes a problem, and later changes still land", async () => {
    const h = harness({ "Contacts/Ann.md": ANN, "Contacts/Bad.md": BAD });
    await h.ready();
    expect(h.index.problems(isoDate("2026-11-26"))).toEqual([]);
    breakCacheOf(h, "Contacts/Bad.md");
    await h.vault.modify(file(h.vault, "Contacts/Bad.md"), `${BAD}more\n`);
    await h.index.settled();
    expect(h.index.problems(isoDate("2026-11-26")).map((p) => p.path)).toEqual(["Contacts/Bad.md"]);
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), ANN.replace("tier: A", "tier: C"));
    await h.index.settled();
    expect(h.index.get("Contacts/Ann.md")?.tier?.key).toBe("C");
  });
});

describe("text Obsidian could not decode", () => {
  // What Obsidian hands over for a Latin-1 note: the bytes it could not decode as U+FFFD.
  const LATIN1 = "---\ntier: B\n---\n## Log\n- 2026-10-01 call: caf\uFFFD\n";

  it("is a problem in the index and is never written", async () => {
    const h = harness({ "Contacts/Ann.md": ANN, "Contacts/Latin.md": LATIN1 });
    await h.ready();
    const problems = h.index.problems(isoDate("2026-11-26"));
    expect(problems.map((p) => [p.path, p.field])).toEqual([["Contacts/Latin.md", "file"]]);
    expect(problems[0]?.message).toContain("Contacts/Latin.md: not UTF-8 text");
    const notices: string[] = [];
    const { writer } = hostFor(h, isoDate("2026-11-26"), { confirm: () => Promise.resolve(true), notify: (m) => notices.push(m) });
    expect(await writer.logInteraction("Contacts/Latin.md", { date: isoDate("2026-11-26"), type: "call", summary: "hi" })).toBe(false);
    expect(h.vault.textOf("Contacts/Latin.md")).toBe(LATIN1);
    expect(notices).toEqual([expect.stringContaining("in Contacts/Latin.md: not UTF-8 text") as string]);
    expect(await writer.logInteraction("Contacts/Ann.md", { date: isoDate("2026-11-26"), type: "call", summary: "hi" })).toBe(true);
  });
});
