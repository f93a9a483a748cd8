import { describe, expect, it } from "vitest";
import { applyWrites, applyWritesSync, describeFailure, invertWrites, type NoteSwap, type NoteWrite } from "../../src/core/note-writes";

/** An in-memory vault whose swaps check what the note holds, and can be told to fail on one path. */
function memoryVault(initial: Record<string, string>, failOn: string | null = null) {
  const files = new Map(Object.entries(initial));
  const log: string[] = [];
  const swap = (op: NoteSwap): void => {
    const current = files.get(op.path) ?? null;
    if (op.path === failOn && op.text !== null && op.text !== initial[op.path]) throw new Error("disk full");
    if (current !== op.expected) throw new Error(`${op.path} changed`);
    if (op.text === null) files.delete(op.path);
    else files.set(op.path, op.text);
    log.push(`${op.text === null ? "delete" : op.expected === null ? "create" : "modify"} ${op.path}`);
  };
  return { files, log, swap };
}

const writes: NoteWrite[] = [
  { path: "a.md", before: "A", after: "A2" },
  { path: "new.md", before: null, after: "N" },
  { path: "b.md", before: "B", after: "B2" },
];

describe("applying several note writes as one step", () => {
  it("writes every note", () => {
    const vault = memoryVault({ "a.md": "A", "b.md": "B" });
    expect(applyWritesSync(writes, vault.swap)).toEqual({ ok: true, written: 3 });
    expect(Object.fromEntries(vault.files)).toEqual({ "a.md": "A2", "new.md": "N", "b.md": "B2" });
  });

  it("puts back the notes already written when one fails, last first, and deletes the created ones", () => {
    const vault = memoryVault({ "a.md": "A", "b.md": "B" }, "b.md");
    const outcome = applyWritesSync(writes, vault.swap);
    expect(outcome).toEqual({ ok: false, failed: "b.md", error: "disk full", notRestored: [] });
    expect(Object.fromEntries(vault.files)).toEqual({ "a.md": "A", "b.md": "B" });
    expect(vault.log).toEqual(["modify a.md", "create new.md", "delete new.md", "modify a.md"]);
  });

  it("names a note it could not put back because it changed meanwhile", async () => {
    const vault = memoryVault({ "a.md": "A", "b.md": "B" }, "b.md");
    const swap = async (op: NoteSwap): Promise<void> => {
      if (op.path === "b.md") vault.files.set("a.md", "edited by hand");
      vault.swap(op);
      await Promise.resolve();
    };
    const outcome = await applyWrites(writes, swap);
    expect(outcome).toEqual({ ok: false, failed: "b.md", error: "disk full", notRestored: ["a.md"] });
    expect(vault.files.get("a.md")).toBe("edited by hand");
    expect(vault.files.has("new.md")).toBe(false);
    if (!outcome.ok) expect(describeFailure(outcome)).toBe("b.md: disk full; these notes changed meanwhile and were not put back: a.md");
  });

  it("refuses a note that no longer holds what the plan was made from, changing nothing", () => {
    const vault = memoryVault({ "a.md": "changed", "b.md": "B" });
    const outcome = applyWritesSync(writes, vault.swap);
    expect(outcome.ok).toBe(false);
    expect(Object.fromEntries(vault.files)).toEqual({ "a.md": "changed", "b.md": "B" });
  });

  it("is undone by its inverse, which deletes what it created", async () => {
    const vault = memoryVault({ "a.md": "A", "b.md": "B" });
    await applyWrites(writes, async (op) => vault.swap(op));
    expect(applyWritesSync(invertWrites(writes), vault.swap)).toEqual({ ok: true, written: 3 });
    expect(Object.fromEntries(vault.files)).toEqual({ "a.md": "A", "b.md": "B" });
  });

  it("skips writes that change nothing", () => {
    const vault = memoryVault({ "a.md": "A" });
    expect(applyWritesSync([{ path: "a.md", before: "A", after: "A" }], vault.swap)).toEqual({ ok: true, written: 0 });
    expect(vault.log).toEqual([]);
  });
});
