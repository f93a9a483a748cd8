import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { invertWrites } from "../../src/core/note-writes";
import { defaultSettings } from "../../src/core/settings";
import { planVaultImport } from "../../src/obsidian/import-plan";
import { applyVaultWrites } from "../../src/obsidian/vault-writes";
import { FileManager, Vault } from "../stubs/obsidian";

const VCF = readFileSync(new URL("../../examples/vault/imports/contacts.vcf", import.meta.url));
const NOTES = {
  "Contacts/Grace Whitfield.md": "---\r\nname: Grace Whitfield\r\ntier: C # quarterly-ish\r\n---\r\nMet at the guild.\r\n",
  "People/Dr Amara Nwosu.md": "\uFEFF---\nname: Dr. Amara Nwosu\ntags: [contact]\n---\nNo final newline",
  "Projects/Plan.md": "# Not a contact\n",
};

function setUp() {
  const vault = new Vault();
  vault.seed(NOTES);
  return { vault, files: new FileManager(vault) };
}

async function plan(vault: Vault) {
  return planVaultImport(vault, ["Contacts/Grace Whitfield.md", "People/Dr Amara Nwosu.md"], defaultSettings(), { name: "contacts.vcf", bytes: VCF }, { tier: null, overwrite: false });
}

describe("importing in the vault", () => {
  it("plans against the notes as they are, then writes them as one step", async () => {
    const { vault, files } = setUp();
    const { kind, plan: p } = await plan(vault);
    expect(kind).toBe("vcard");
    expect(p.update.map((u) => u.path)).toEqual(["People/Dr Amara Nwosu.md", "Contacts/Grace Whitfield.md"]);
    expect(p.create.map((c) => c.path)).toEqual(["Contacts/Jürgen Müller.md", "Contacts/François Lefèvre.md", "Contacts/Hana Kobayashi.md", "Contacts/Tomasz Zieliński.md"]);
    expect(await applyVaultWrites(vault as never, files as never, p.writes)).toEqual({ ok: true, written: 6 });
    expect(vault.textOf("Contacts/Grace Whitfield.md")).toBe("---\r\nname: Grace Whitfield\r\ntier: C # quarterly-ish\r\nemail: grace.whitfield@example.co.uk\r\ncompany: \"Whitfield & Partners, LLP\"\r\nbirthday: \"--08-20\"\r\n---\r\nMet at the guild.\r\n");
    expect(vault.textOf("People/Dr Amara Nwosu.md").startsWith("\uFEFF---\nname: Dr. Amara Nwosu\ntags: [contact]\nemail: a.nwosu@leeds.example\n")).toBe(true);
    expect(vault.textOf("People/Dr Amara Nwosu.md").endsWith("---\nNo final newline")).toBe(true);
  });

  it("is undone byte for byte, the created notes removed", async () => {
    const { vault, files } = setUp();
    const { plan: p } = await plan(vault);
    await applyVaultWrites(vault, files, p.writes);
    expect(await applyVaultWrites(vault as never, files as never, invertWrites(p.writes))).toEqual({ ok: true, written: 6 });
    expect(Object.fromEntries(vault.getFiles().map((f) => [f.path, vault.textOf(f)]))).toEqual(NOTES);
  });

  it("rolls back whole when a note changed after the preview, and names it", async () => {
    const { vault, files } = setUp();
    const { plan: p } = await plan(vault);
    await vault.process(vault.getFileByPath("Contacts/Grace Whitfield.md")!, (t) => `${t}edited\r\n`);
    const before = Object.fromEntries(vault.getFiles().map((f) => [f.path, vault.textOf(f)]));
    const outcome = await applyVaultWrites(vault, files, p.writes);
    expect(outcome).toMatchObject({ ok: false, failed: "Contacts/Grace Whitfield.md", error: "Contacts/Grace Whitfield.md changed since; it was left as it is", notRestored: [] });
    expect(Object.fromEntries(vault.getFiles().map((f) => [f.path, vault.textOf(f)]))).toEqual(before);
  });

  it("refuses a file that is not an export, with its name", async () => {
    const { vault } = setUp();
    await expect(planVaultImport(vault as never, [], defaultSettings(), { name: "notes.txt", bytes: new TextEncoder().encode("hello") }, { tier: null, overwrite: false })).rejects.toThrow(/^notes\.txt: not a contact export we know/);
  });
});
