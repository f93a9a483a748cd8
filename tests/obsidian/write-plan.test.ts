import { describe, expect, it } from "vitest";
import { setTier } from "../../src/core/actions";
import { History } from "../../src/core/history";
import { VaultNoteStore } from "../../src/obsidian/vault-note-store";
import { applyPlan } from "../../src/obsidian/write-plan";
import { createApp } from "../stubs/obsidian";

function setUp(files: Record<string, string>) {
  const { app, vault } = createApp();
  vault.seed(files);
  const store = new VaultNoteStore(vault, app.fileManager);
  const history = new History(store);
  return { vault, history, services: { vault, store, history } };
}

const tierC = (text: string) => setTier(text, { tierKey: "C" });

describe("applyPlan", () => {
  it("writes every note and records them as one step, which one undo takes back", async () => {
    const { vault, history, services } = setUp({ "A.md": "---\ntier: A\n---\n", "B.md": "---\ntier: B # kept\n---\n" });
    const outcome = await applyPlan(services, {
      label: "move 2 people to tier C",
      items: [
        { path: "A.md", edit: tierC },
        { path: "B.md", edit: tierC },
        { path: "New.md", before: null, after: "---\ntier: D\n---\n" },
      ],
    });
    expect(outcome.ok && outcome.step?.changes.length).toBe(3);
    expect(vault.textOf("A.md")).toBe("---\ntier: C\n---\n");
    expect(vault.textOf("B.md")).toBe("---\ntier: C # kept\n---\n");
    expect(vault.textOf("New.md")).toBe("---\ntier: D\n---\n");
    expect((await history.undo()).ok).toBe(true);
    expect(vault.textOf("A.md")).toBe("---\ntier: A\n---\n");
    expect(vault.textOf("B.md")).toBe("---\ntier: B # kept\n---\n");
    expect(vault.getAbstractFileByPath("New.md")).toBeNull();
    expect(history.canUndo).toBe(false);
  });

  it("rolls back the notes already written when one fails, and records nothing", async () => {
    const broken = "---\ntier: [A\n---\n";
    const { vault, history, services } = setUp({ "A.md": "---\ntier: A\n---\n", "Broken.md": broken, "C.md": "---\ntier: A\n---\n" });
    const outcome = await applyPlan(services, {
      label: "bulk",
      items: [
        { path: "A.md", edit: tierC },
        { path: "Broken.md", edit: tierC },
        { path: "C.md", edit: tierC },
      ],
    });
    expect(outcome).toMatchObject({ ok: false, path: "Broken.md", rolledBack: true });
    expect(!outcome.ok && outcome.error).toMatch(/^Broken\.md: frontmatter is not valid YAML/);
    expect(vault.textOf("A.md")).toBe("---\ntier: A\n---\n");
    expect(vault.textOf("Broken.md")).toBe(broken);
    expect(vault.textOf("C.md")).toBe("---\ntier: A\n---\n");
    expect(history.canUndo).toBe(false);
  });

  it("never creates over an existing note", async () => {
    const { vault, services } = setUp({ "A.md": "---\ntier: A\n---\n", "Taken.md": "mine" });
    const outcome = await applyPlan(services, {
      label: "import",
      items: [
        { path: "A.md", edit: tierC },
        { path: "Taken.md", before: null, after: "theirs" },
      ],
    });
    expect(outcome).toMatchObject({ ok: false, path: "Taken.md" });
    expect(vault.textOf("Taken.md")).toBe("mine");
    expect(vault.textOf("A.md")).toBe("---\ntier: A\n---\n");
  });

  it("records no step when no note changed", async () => {
    const { history, services } = setUp({ "A.md": "---\ntier: C\n---\n" });
    const outcome = await applyPlan(services, { label: "bulk", items: [{ path: "A.md", edit: tierC }] });
    expect(outcome).toEqual({ ok: true, step: null });
    expect(history.canUndo).toBe(false);
  });
});
