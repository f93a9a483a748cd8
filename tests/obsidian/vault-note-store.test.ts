import { describe, expect, it } from "vitest";
import { History } from "../../src/core/history";
import { VaultNoteStore } from "../../src/obsidian/vault-note-store";
import { createApp } from "../stubs/obsidian";

function setUp(files: Record<string, string>) {
  const { app, vault } = createApp();
  vault.seed(files);
  const store = new VaultNoteStore(vault, app.fileManager);
  return { vault, store };
}

describe("VaultNoteStore", () => {
  it("replaces a note's text only when it is what was expected, in one Vault.process", async () => {
    const { vault, store } = setUp({ "Contacts/Ann.md": "after" });
    expect(await store.swap("Contacts/Ann.md", "after", "before")).toEqual({ ok: true });
    expect(vault.textOf("Contacts/Ann.md")).toBe("before");
    expect(vault.processCalls).toBe(1);
    expect(await store.swap("Contacts/Ann.md", "after", "other")).toEqual({ ok: false, reason: "changed", message: "has changed since" });
    expect(vault.textOf("Contacts/Ann.md")).toBe("before");
  });

  it("sees a change that lands right before the write's read", async () => {
    const { vault, store } = setUp({ "Contacts/Ann.md": "after" });
    vault.beforeProcess = (f) => {
      vault.beforeProcess = null;
      void vault.modify(f, "after, and synced");
    };
    expect((await store.swap("Contacts/Ann.md", "after", "before")).ok).toBe(false);
    expect(vault.textOf("Contacts/Ann.md")).toBe("after, and synced");
  });

  it("creates and removes a note, never over another one", async () => {
    const { vault, store } = setUp({});
    expect(await store.swap("Contacts/New.md", null, "text")).toEqual({ ok: true });
    expect(vault.textOf("Contacts/New.md")).toBe("text");
    expect((await store.swap("Contacts/New.md", null, "again")).ok).toBe(false);
    expect((await store.swap("Contacts/New.md", "not this", null)).ok).toBe(false);
    expect(vault.getAbstractFileByPath("Contacts/New.md")).not.toBeNull();
    expect(await store.swap("Contacts/New.md", "text", null)).toEqual({ ok: true });
    expect(vault.getAbstractFileByPath("Contacts/New.md")).toBeNull();
  });

  it("makes the folders a new note goes into, parents first, and refuses a file in the way", async () => {
    const { vault, store } = setUp({ "Notes.md": "a file" });
    const made: string[] = [];
    const createFolder = vault.createFolder.bind(vault);
    vault.createFolder = (path) => (made.push(path), createFolder(path));
    expect(await store.swap("Network/Clients/New.md", null, "text")).toEqual({ ok: true });
    expect(made).toEqual(["Network", "Network/Clients"]);
    expect(vault.textOf("Network/Clients/New.md")).toBe("text");
    expect(await store.swap("Notes.md/Inside.md", null, "text")).toEqual({
      ok: false,
      reason: "failed",
      message: "could not be written (Notes.md is a file, not a folder)",
    });
  });

  it("reports a note that is gone", async () => {
    const { store } = setUp({});
    expect(await store.swap("Contacts/Gone.md", "x", "y")).toEqual({ ok: false, reason: "changed", message: "no longer exists" });
  });

  it("turns a write that throws into a failure, so a multi-note undo rolls back", async () => {
    const { vault, store } = setUp({ "A.md": "a1", "B.md": "b1" });
    const history = new History(store);
    history.record({
      label: "bulk",
      changes: [
        { path: "A.md", before: "a0", after: "a1" },
        { path: "B.md", before: "b0", after: "b1" },
      ],
    });
    const process = vault.process.bind(vault);
    vault.process = (file, fn) => (file.path === "A.md" ? Promise.reject(new Error("EACCES")) : process(file, fn));
    const outcome = await history.undo();
    expect(outcome).toMatchObject({ ok: false, path: "A.md", rolledBack: true });
    expect(vault.textOf("A.md")).toBe("a1");
    expect(vault.textOf("B.md")).toBe("b1");
  });
});
