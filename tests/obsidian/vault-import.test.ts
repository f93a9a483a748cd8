import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/settings";
import { importDeps } from "../../src/commands/modal-ui";
import { planVaultImport } from "../../src/obsidian/import-plan";
import { harness, hostFor } from "./helpers";
import type { IsoDate } from "../../src/core/dates";

const VCF = readFileSync(new URL("../../examples/vault/imports/contacts.vcf", import.meta.url));
const NOTES = {
  "Contacts/Grace Whitfield.md": "---\r\nname: Grace Whitfield\r\ntier: C # quarterly-ish\r\n---\r\nMet at the guild.\r\n",
  "People/Dr Amara Nwosu.md": "\uFEFF---\nname: Dr. Amara Nwosu\ntags: [contact]\n---\nNo final newline",
  "Projects/Plan.md": "# Not a contact\n",
};
const TODAY = "2026-11-26" as IsoDate;

/** The plugin's import as the modal runs it: planned against the index's notes, applied by the note writer. */
async function setUp() {
  const h = harness(NOTES);
  await h.ready();
  const notices: string[] = [];
  const ui = hostFor(h, TODAY, { confirm: () => Promise.resolve(true), notify: (m) => notices.push(m) });
  const deps = importDeps(h.app, ui.host, (plan, message) => ui.writer.applyAll(plan, message));
  const snapshot = (): Record<string, string> => Object.fromEntries(h.vault.getFiles().map((f) => [f.path, h.vault.textOf(f)]));
  return { h, ui, deps, notices, snapshot };
}

describe("importing in the vault", () => {
  it("plans against the notes as they are, then writes them as one undo step", async () => {
    const { h, ui, deps } = await setUp();
    const { kind, plan } = await deps.plan({ name: "contacts.vcf", bytes: VCF }, { tier: null, overwrite: false });
    expect(kind).toBe("vcard");
    expect(plan.update.map((u) => u.path)).toEqual(["People/Dr Amara Nwosu.md", "Contacts/Grace Whitfield.md"]);
    expect(plan.create.map((c) => c.path)).toEqual([
      "Contacts/Jürgen Müller.md",
      "Contacts/François Lefèvre.md",
      "Contacts/Hana Kobayashi.md",
      "Contacts/Tomasz Zieliński.md",
    ]);
    expect(await deps.apply(plan, "Imported 4 new and 2 updated contacts")).toMatchObject({ ok: true });
    expect(h.vault.textOf("Contacts/Grace Whitfield.md")).toBe(
      '---\r\nname: Grace Whitfield\r\ntier: C # quarterly-ish\r\nemail: grace.whitfield@example.co.uk\r\ncompany: "Whitfield & Partners, LLP"\r\nbirthday: "--08-20"\r\n---\r\nMet at the guild.\r\n',
    );
    expect(
      h.vault
        .textOf("People/Dr Amara Nwosu.md")
        .startsWith("\uFEFF---\nname: Dr. Amara Nwosu\ntags: [contact]\nemail: a.nwosu@leeds.example\n"),
    ).toBe(true);
    expect(h.vault.textOf("People/Dr Amara Nwosu.md").endsWith("---\nNo final newline")).toBe(true);
    // One step in the one history, confirmed by a notice with its Undo button.
    expect(ui.writes.history.peekUndo()?.label).toBe("import 6 contacts");
    expect(ui.writes.history.peekUndo()?.changes).toHaveLength(6);
    expect(ui.confirmations).toEqual(["Imported 4 new and 2 updated contacts. Undo"]);
    expect(ui.undoButtons).toHaveLength(1);
  });

  it("is undone byte for byte by the notice's Undo, the created notes removed", async () => {
    const { h, ui, deps, snapshot } = await setUp();
    const before = snapshot();
    const { plan } = await deps.plan({ name: "contacts.vcf", bytes: VCF }, { tier: "B", overwrite: false });
    await deps.apply(plan, "Imported");
    expect(Object.keys(snapshot())).toHaveLength(7);
    ui.undoButtons[0]?.click();
    await h.index.settled();
    await ui.writes.undo(); // queued behind the button's undo: nothing left to take back
    expect(snapshot()).toEqual(before);
    expect(h.vault.getAbstractFileByPath("Contacts/Jürgen Müller.md")).toBeNull();
    expect(ui.confirmations.at(-1)).toBe("Nothing to undo.");
    expect(ui.confirmations).toContain("Undone: import 6 contacts.");
    // And redone the same way.
    await ui.writes.redo();
    expect(h.vault.textOf("Contacts/Hana Kobayashi.md")).toBe(plan.writes.find((w) => w.path === "Contacts/Hana Kobayashi.md")?.after);
  });

  it("does not remove a created note edited since, says which, and changes no other note", async () => {
    const { h, ui, deps, snapshot } = await setUp();
    const { plan } = await deps.plan({ name: "contacts.vcf", bytes: VCF }, { tier: null, overwrite: false });
    await deps.apply(plan, "Imported");
    await h.vault.process(h.vault.getFileByPath("Contacts/François Lefèvre.md")!, (t) => `${t}- 2026-11-26 call: met at the fair\n`);
    const after = snapshot();
    const outcome = await ui.writes.undo();
    expect(outcome).toMatchObject({ ok: false, reason: "refused", path: "Contacts/François Lefèvre.md", rolledBack: true });
    expect(ui.confirmations.at(-1)).toBe(
      'Could not undo "import 6 contacts": Contacts/François Lefèvre.md has changed since. None of its notes were changed.',
    );
    expect(snapshot()).toEqual(after);
  });

  it("rolls back whole when a note changed after the preview, names it, and records nothing", async () => {
    const { h, ui, deps, notices, snapshot } = await setUp();
    const { plan } = await deps.plan({ name: "contacts.vcf", bytes: VCF }, { tier: null, overwrite: false });
    await h.vault.process(h.vault.getFileByPath("Contacts/Grace Whitfield.md")!, (t) => `${t}edited\r\n`);
    const before = snapshot();
    expect(await deps.apply(plan, "Imported")).toMatchObject({ ok: false, path: "Contacts/Grace Whitfield.md", rolledBack: true });
    expect(snapshot()).toEqual(before);
    expect(notices).toEqual(["Could not import 6 contacts: Contacts/Grace Whitfield.md has changed since. No note was changed."]);
    expect(ui.writes.history.canUndo).toBe(false);
  });

  it("refuses a file that is not an export, with its name", async () => {
    const { h } = await setUp();
    await expect(
      planVaultImport(
        h.vault as never,
        [],
        defaultSettings(),
        { name: "notes.txt", bytes: new TextEncoder().encode("hello") },
        { tier: null, overwrite: false },
      ),
    ).rejects.toThrow(/^notes\.txt: not a contact export we know/);
  });
});
