import { describe, expect, it } from "vitest";
import {
  applyChanges,
  applyChangesSync,
  describeOutcome,
  describeRefusal,
  History,
  HISTORY_LIMIT,
  type HistoryStep,
  type NoteStore,
  type SwapOutcome,
} from "../../src/core/history";

/** Notes in a map; `swap` checks and replaces as the plugin's `Vault.process` adapter does. */
class MapStore implements NoteStore {
  readonly notes = new Map<string, string>();
  /** Paths whose next swap fails as a write error would. */
  readonly failing = new Set<string>();
  readonly swaps: string[] = [];

  constructor(entries: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(entries)) this.notes.set(path, text);
  }

  swap(path: string, expected: string | null, next: string | null): Promise<SwapOutcome> {
    this.swaps.push(path);
    if (this.failing.has(path)) return Promise.resolve({ ok: false, reason: "failed", message: "could not be written (disk full)" });
    const current = this.notes.get(path) ?? null;
    if (current !== expected)
      return Promise.resolve({ ok: false, reason: "changed", message: current === null ? "no longer exists" : "has changed since" });
    if (next === null) this.notes.delete(path);
    else this.notes.set(path, next);
    return Promise.resolve({ ok: true });
  }
}

function step(label: string, ...changes: [string, string | null, string | null][]): HistoryStep {
  return { label, changes: changes.map(([path, before, after]) => ({ path, before, after })) };
}

describe("History", () => {
  it("undoes a write by putting the previous text back, and redoes it", async () => {
    const store = new MapStore({ "Ann.md": "after" });
    const history = new History(store);
    history.record(step("mark Ann touched", ["Ann.md", "before", "after"]));
    expect(history.canUndo).toBe(true);

    const undone = await history.undo();
    expect(undone.ok).toBe(true);
    expect(store.notes.get("Ann.md")).toBe("before");
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(true);

    const redone = await history.redo();
    expect(redone.ok).toBe(true);
    expect(store.notes.get("Ann.md")).toBe("after");
    expect(history.canUndo).toBe(true);
    expect(history.canRedo).toBe(false);
  });

  it("refuses an undo when the note was edited since, changes nothing, and says so", async () => {
    const store = new MapStore({ "Ann.md": "after, then edited by hand" });
    const history = new History(store);
    history.record(step("mark Ann touched", ["Ann.md", "before", "after"]));

    const outcome = await history.undo();
    expect(outcome).toMatchObject({ ok: false, reason: "refused", path: "Ann.md", rolledBack: true });
    expect(store.notes.get("Ann.md")).toBe("after, then edited by hand");
    expect(describeOutcome(outcome, "Undo")).toBe('Could not undo "mark Ann touched": Ann.md has changed since. The note was not changed.');
    // The refused step is dropped, not offered for redo: it could only apply by overwriting the edit.
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(false);
  });

  it("refuses a redo when the note was edited after the undo", async () => {
    const store = new MapStore({ "Ann.md": "after" });
    const history = new History(store);
    history.record(step("snooze Ann", ["Ann.md", "before", "after"]));
    await history.undo();
    store.notes.set("Ann.md", "before, edited");
    const outcome = await history.redo();
    expect(outcome).toMatchObject({ ok: false, reason: "refused" });
    expect(store.notes.get("Ann.md")).toBe("before, edited");
  });

  it("undoes a multi-note step whole", async () => {
    const store = new MapStore({ "A.md": "a1", "B.md": "b1", "C.md": "c1" });
    const history = new History(store);
    history.record(step("mark 3 people touched", ["A.md", "a0", "a1"], ["B.md", "b0", "b1"], ["C.md", "c0", "c1"]));
    const outcome = await history.undo();
    expect(outcome.ok).toBe(true);
    expect([...store.notes.values()]).toEqual(["a0", "b0", "c0"]);
    // Undone in the reverse order of writing.
    expect(store.swaps).toEqual(["C.md", "B.md", "A.md"]);
  });

  it("rolls a multi-note undo back whole when one note refuses", async () => {
    // Undo runs C, B, A: C and B go back, A was edited since, so B and C are written again.
    const store = new MapStore({ "A.md": "a1 edited", "B.md": "b1", "C.md": "c1" });
    const history = new History(store);
    history.record(step("bulk", ["A.md", "a0", "a1"], ["B.md", "b0", "b1"], ["C.md", "c0", "c1"]));
    const outcome = await history.undo();
    expect(outcome).toMatchObject({ ok: false, reason: "refused", path: "A.md", rolledBack: true });
    expect(Object.fromEntries(store.notes)).toEqual({ "A.md": "a1 edited", "B.md": "b1", "C.md": "c1" });
    expect(describeOutcome(outcome, "Undo")).toContain("None of its notes were changed.");
  });

  it("rolls back when a write fails, not only when a note changed", async () => {
    const store = new MapStore({ "A.md": "a1", "B.md": "b1" });
    const history = new History(store);
    history.record(step("bulk", ["A.md", "a0", "a1"], ["B.md", "b0", "b1"]));
    store.failing.add("A.md");
    const outcome = await history.undo();
    expect(outcome).toMatchObject({ ok: false, reason: "refused", path: "A.md", rolledBack: true });
    expect(Object.fromEntries(store.notes)).toEqual({ "A.md": "a1", "B.md": "b1" });
  });

  it("says when a rollback could not put a note back", async () => {
    // B refuses its rollback (it fails every write from then on), so the step is left half undone.
    const store = new MapStore({ "A.md": "a1 edited", "B.md": "b1" });
    const original = store.swap.bind(store);
    let calls = 0;
    store.swap = (path, expected, next) => {
      calls += 1;
      if (path === "B.md" && calls > 1) return Promise.resolve({ ok: false, reason: "failed", message: "could not be written" });
      return original(path, expected, next);
    };
    const history = new History(store);
    history.record(step("bulk", ["A.md", "a0", "a1"], ["B.md", "b0", "b1"]));
    const outcome = await history.undo();
    expect(outcome).toMatchObject({ ok: false, rolledBack: false });
    expect(describeOutcome(outcome, "Undo")).toContain("check them");
  });

  it("undoes a created note by removing it, and redo creates it again", async () => {
    const store = new MapStore({ "Contacts/New.md": "---\ntier: D\n---\n" });
    const history = new History(store);
    history.record(step("create New", ["Contacts/New.md", null, "---\ntier: D\n---\n"]));
    expect((await history.undo()).ok).toBe(true);
    expect(store.notes.has("Contacts/New.md")).toBe(false);
    expect((await history.redo()).ok).toBe(true);
    expect(store.notes.get("Contacts/New.md")).toBe("---\ntier: D\n---\n");
  });

  it("keeps a created note that was written to since", async () => {
    const store = new MapStore({ "Contacts/New.md": "typed into it" });
    const history = new History(store);
    history.record(step("create New", ["Contacts/New.md", null, "template"]));
    expect((await history.undo()).ok).toBe(false);
    expect(store.notes.get("Contacts/New.md")).toBe("typed into it");
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, async () => {
    const store = new MapStore();
    const history = new History(store);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      store.notes.set(`N${i}.md`, "after");
      history.record(step(`step ${i}`, [`N${i}.md`, "before", "after"]));
    }
    let undone = 0;
    while ((await history.undo()).ok) undone += 1;
    expect(undone).toBe(HISTORY_LIMIT);
    // The five oldest fell off: their notes still hold what the steps wrote.
    expect(store.notes.get("N4.md")).toBe("after");
    expect(store.notes.get("N5.md")).toBe("before");
  });

  it("a new step clears what could be redone", async () => {
    const store = new MapStore({ "A.md": "a1", "B.md": "b0" });
    const history = new History(store);
    history.record(step("A", ["A.md", "a0", "a1"]));
    await history.undo();
    expect(history.canRedo).toBe(true);
    store.notes.set("B.md", "b1");
    history.record(step("B", ["B.md", "b0", "b1"]));
    expect(history.canRedo).toBe(false);
    expect(await history.redo()).toEqual({ ok: false, reason: "empty" });
  });

  it("records nothing for a write that changed nothing", () => {
    const history = new History(new MapStore());
    expect(history.record(step("touch", ["A.md", "same", "same"]))).toBeNull();
    expect(history.canUndo).toBe(false);
    const kept = history.record(step("bulk", ["A.md", "same", "same"], ["B.md", "b0", "b1"]));
    expect(kept?.changes.map((c) => c.path)).toEqual(["B.md"]);
  });

  it("runs two quick undos one after the other", async () => {
    const store = new MapStore({ "A.md": "a1", "B.md": "b1" });
    const history = new History(store);
    history.record(step("A", ["A.md", "a0", "a1"]));
    history.record(step("B", ["B.md", "b0", "b1"]));
    const [first, second] = await Promise.all([history.undo(), history.undo()]);
    expect(first.ok && first.step.label).toBe("B");
    expect(second.ok && second.step.label).toBe("A");
    expect(Object.fromEntries(store.notes)).toEqual({ "A.md": "a0", "B.md": "b0" });
  });

  it("undoes a given step even after a later one, and only once", async () => {
    const store = new MapStore({ "A.md": "a1", "B.md": "b1" });
    const history = new History(store);
    const a = history.record(step("A", ["A.md", "a0", "a1"]));
    history.record(step("B", ["B.md", "b0", "b1"]));
    if (a === null) throw new Error("step A was not recorded");
    expect((await history.undoStep(a)).ok).toBe(true);
    expect(Object.fromEntries(store.notes)).toEqual({ "A.md": "a0", "B.md": "b1" });
    expect(await history.undoStep(a)).toEqual({ ok: false, reason: "gone" });
    // B is still the next undo.
    expect(history.peekUndo()?.label).toBe("B");
  });
});

describe("applyChanges", () => {
  it("applies a plan forward and rolls it back whole when a note refuses", async () => {
    const store = new MapStore({ "A.md": "a0", "B.md": "b0 edited" });
    const outcome = await applyChanges(
      store,
      [
        { path: "A.md", before: "a0", after: "a1" },
        { path: "B.md", before: "b0", after: "b1" },
      ],
      "forward",
    );
    expect(outcome).toMatchObject({ ok: false, path: "B.md", rolledBack: true });
    expect(Object.fromEntries(store.notes)).toEqual({ "A.md": "a0", "B.md": "b0 edited" });
  });
});

describe("applying several notes as one (the plugin's async store and the command line's sync one)", () => {
  /** A synchronous map store that logs what it did and can fail one path's forward write. */
  function syncStore(initial: Record<string, string>, failOn: string | null = null) {
    const notes = new Map(Object.entries(initial));
    const log: string[] = [];
    const swap = (path: string, expected: string | null, next: string | null): SwapOutcome => {
      const current = notes.get(path) ?? null;
      if (path === failOn && next !== null && next !== initial[path])
        return { ok: false, reason: "failed", message: "could not be written (disk full)" };
      if (current !== expected) return { ok: false, reason: "changed", message: "has changed since" };
      if (next === null) notes.delete(path);
      else notes.set(path, next);
      log.push(`${next === null ? "delete" : expected === null ? "create" : "modify"} ${path}`);
      return { ok: true };
    };
    return { notes, log, swap };
  }
  const changes = [
    { path: "a.md", before: "A", after: "A2" },
    { path: "new.md", before: null, after: "N" },
    { path: "b.md", before: "B", after: "B2" },
  ];

  it("writes every note, creating the new ones", () => {
    const store = syncStore({ "a.md": "A", "b.md": "B" });
    expect(applyChangesSync(store, changes, "forward")).toEqual({ ok: true, written: 3 });
    expect(Object.fromEntries(store.notes)).toEqual({ "a.md": "A2", "new.md": "N", "b.md": "B2" });
  });

  it("puts back the notes already written when one fails, last first, deleting the created ones", () => {
    const store = syncStore({ "a.md": "A", "b.md": "B" }, "b.md");
    const outcome = applyChangesSync(store, changes, "forward");
    expect(outcome).toEqual({
      ok: false,
      path: "b.md",
      reason: "failed",
      message: "could not be written (disk full)",
      rolledBack: true,
      notRestored: [],
    });
    expect(Object.fromEntries(store.notes)).toEqual({ "a.md": "A", "b.md": "B" });
    expect(store.log).toEqual(["modify a.md", "create new.md", "delete new.md", "modify a.md"]);
  });

  it("names a note it could not put back because it changed meanwhile", async () => {
    const store = syncStore({ "a.md": "A", "b.md": "B" }, "b.md");
    const asyncStore: NoteStore = {
      swap: (path, expected, next) => {
        if (path === "b.md") store.notes.set("a.md", "edited by hand");
        return Promise.resolve(store.swap(path, expected, next));
      },
    };
    const outcome = await applyChanges(asyncStore, changes, "forward");
    expect(outcome).toMatchObject({ ok: false, path: "b.md", rolledBack: false, notRestored: ["a.md"] });
    expect(store.notes.get("a.md")).toBe("edited by hand");
    expect(store.notes.has("new.md")).toBe(false);
    if (!outcome.ok)
      expect(describeRefusal(outcome)).toBe(
        "b.md could not be written (disk full); these notes changed meanwhile and were not put back: a.md",
      );
  });

  it("refuses a note that no longer holds what the plan was made from, and never creates over a note", () => {
    const changed = syncStore({ "a.md": "changed", "b.md": "B" });
    expect(applyChangesSync(changed, changes, "forward")).toMatchObject({ ok: false, path: "a.md", reason: "changed" });
    expect(Object.fromEntries(changed.notes)).toEqual({ "a.md": "changed", "b.md": "B" });
    const taken = syncStore({ "a.md": "A", "new.md": "mine", "b.md": "B" });
    expect(applyChangesSync(taken, changes, "forward")).toMatchObject({ ok: false, path: "new.md", rolledBack: true });
    expect(Object.fromEntries(taken.notes)).toEqual({ "a.md": "A", "new.md": "mine", "b.md": "B" });
  });

  it("is undone backward, deleting what it created only while it holds what was written", () => {
    const store = syncStore({ "a.md": "A", "b.md": "B" });
    applyChangesSync(store, changes, "forward");
    store.notes.set("new.md", "N, edited");
    expect(applyChangesSync(store, [...changes].reverse(), "backward")).toMatchObject({
      ok: false,
      path: "new.md",
      reason: "changed",
      rolledBack: true,
    });
    expect(Object.fromEntries(store.notes)).toEqual({ "a.md": "A2", "new.md": "N, edited", "b.md": "B2" });
    store.notes.set("new.md", "N");
    expect(applyChangesSync(store, [...changes].reverse(), "backward")).toEqual({ ok: true, written: 3 });
    expect(Object.fromEntries(store.notes)).toEqual({ "a.md": "A", "b.md": "B" });
  });

  it("skips notes that do not change", () => {
    const store = syncStore({ "a.md": "A" });
    expect(applyChangesSync(store, [{ path: "a.md", before: "A", after: "A" }], "forward")).toEqual({ ok: true, written: 0 });
    expect(store.log).toEqual([]);
  });
});
