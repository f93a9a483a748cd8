import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/settings";
import { recordFromText, type IndexRecord } from "../../src/obsidian/index-record";
import { IndexRecords } from "../../src/obsidian/index-records";
import { computeMetadata } from "../standin/metadata";
import { deleteNote, file, harness } from "./helpers";

// The rebuild compares each new record with the old one as it builds it (a slice at a time), so
// the swap only looks at the notes events touched meanwhile.

const note = (tier: string): string => `---\ntier: ${tier}\n---\n# Someone\n`;

function record(path: string, tier: string): IndexRecord {
  const text = note(tier);
  return recordFromText(path, computeMetadata(text), text, [], defaultSettings());
}

describe("ContactIndex: a rebuild moves the revision exactly when the contacts changed", () => {
  it("moves it when only the last note's contact changed", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`Contacts/P${String(i).padStart(2, "0")}.md`] = note("A");
    files["Contacts/Zoe.md"] = note("D");
    const h = harness(files);
    await h.ready();
    const rev = h.index.revision;
    await h.index.rebuild();
    expect(h.index.revision).toBe(rev);
    // Tier D's cadence: only Zoe's contact differs, and she is built last.
    h.settings = { ...h.settings, tiers: h.settings.tiers.map((t) => (t.key === "D" ? { ...t, cadence: "2y" } : t)) };
    await h.index.rebuild();
    expect(h.index.revision).toBe(rev + 1);
    expect(h.index.get("Contacts/Zoe.md")?.cadence).not.toEqual(h.index.get("Contacts/P00.md")?.cadence);
  });

  it("moves it when an event changed a note while the rebuild ran, though the build found the rest the same", async () => {
    const h = harness({ "Contacts/Ann.md": note("A"), "Contacts/Bob.md": note("B") });
    await h.ready();
    const rev = h.index.revision;
    const rebuilt = h.index.rebuild();
    await h.vault.modify(file(h.vault, "Contacts/Bob.md"), note("D"));
    await rebuilt;
    await h.index.settled();
    expect(h.index.get("Contacts/Bob.md")?.tier?.key).toBe("D");
    expect(h.index.revision).toBeGreaterThan(rev);
  });

  it("moves it when a note was deleted while the rebuild ran", async () => {
    const h = harness({ "Contacts/Ann.md": note("A"), "Contacts/Bob.md": note("B") });
    await h.ready();
    const rev = h.index.revision;
    const rebuilt = h.index.rebuild();
    await deleteNote(h, "Contacts/Bob.md");
    await rebuilt;
    await h.index.settled();
    expect(h.index.contacts().map((c) => c.path)).toEqual(["Contacts/Ann.md"]);
    expect(h.index.revision).toBeGreaterThan(rev);
  });
});

describe("IndexRecords.swapIn", () => {
  function built(records: IndexRecords, entries: [string, string][], touch: (r: IndexRecords) => void = () => undefined) {
    const { next } = records.beginBuild();
    for (const [path, tier] of entries) next.set(path, record(path, tier));
    touch(records);
    return next;
  }

  function live(): IndexRecords {
    const records = new IndexRecords(() => undefined);
    records.swapIn(
      built(records, [
        ["a.md", "A"],
        ["b.md", "B"],
      ]),
      false,
    );
    return records;
  }

  it("trusts the build's own comparison for the notes no event touched", () => {
    const records = live();
    expect(
      records.swapIn(
        built(records, [
          ["a.md", "A"],
          ["b.md", "B"],
        ]),
        true,
      ),
    ).toBe(false);
    expect(
      records.swapIn(
        built(records, [
          ["a.md", "A"],
          ["b.md", "B"],
        ]),
        false,
      ),
    ).toBe(true);
  });

  it("compares the notes events touched during the build", () => {
    const records = live();
    // Touched, and the same as before: nothing changed.
    expect(
      records.swapIn(
        built(
          records,
          [
            ["a.md", "A"],
            ["b.md", "B"],
          ],
          (r) => r.markTouched("b.md"),
        ),
        true,
      ),
    ).toBe(false);
    // Touched, and different.
    expect(
      records.swapIn(
        built(
          records,
          [
            ["a.md", "A"],
            ["b.md", "C"],
          ],
          (r) => r.markTouched("b.md"),
        ),
        true,
      ),
    ).toBe(true);
    // One removed and another added by events: same size, other paths.
    const swapped = built(
      records,
      [
        ["a.md", "A"],
        ["c.md", "C"],
      ],
      (r) => (r.markTouched("b.md"), r.markTouched("c.md")),
    );
    expect(records.swapIn(swapped, true)).toBe(true);
    expect(records.get("c.md")?.contact.tier?.key).toBe("C");
    expect(records.get("b.md")).toBeUndefined();
  });
});
