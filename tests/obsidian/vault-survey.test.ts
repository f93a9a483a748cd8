/**
 * The panel's view of the contacts folder, from the vault's file tree, fed to the shared
 * explanation of an empty contact list.
 */
import { describe, expect, it } from "vitest";
import { Vault } from "obsidian";
import { explainEmpty } from "../../src/core/explain-empty";
import { undecodableTextReason } from "../../src/core/text-check";
import { surveyVault, surveyVaultFolders } from "../../src/obsidian/vault-survey";

const settings = { contactsFolders: ["People/Work"], contactTags: ["contact"], contactMarkers: [] };

describe("surveyVaultFolders", () => {
  it("finds the folder by its exact path", async () => {
    const vault = new Vault();
    await vault.createFolder("People/Work");
    expect(surveyVaultFolders(vault, settings)).toEqual([{ folder: "People/Work", exists: true, otherCase: null }]);
  });

  it("names a folder that exists only in another letter case", async () => {
    const vault = new Vault();
    await vault.create("people/work/Ann.md", "hi");
    expect(surveyVaultFolders(vault, settings)).toEqual([{ folder: "People/Work", exists: false, otherCase: "people/work" }]);
  });

  it("says a missing folder is missing, and a file of that name is no folder", async () => {
    const vault = new Vault();
    await vault.create("People/Work", "a file, not a folder");
    expect(surveyVaultFolders(vault, settings)).toEqual([{ folder: "People/Work", exists: false, otherCase: null }]);
    expect(surveyVaultFolders(vault, { contactsFolders: [], contactTags: ["contact"], contactMarkers: [] })).toEqual([]);
  });

  it("gives the panel the same explanation as the command line, without the vault question", async () => {
    const vault = new Vault();
    await vault.create("people/work/Ann.md", "hi");
    const explanation = explainEmpty(settings, surveyVault(vault, settings, 0));
    expect(explanation?.reasons).toEqual([
      'A contact is a note in the folder "People/Work" (subfolders included), or tagged #contact.',
      'The folder "People/Work" does not exist, but "people/work" does: folder names are case-sensitive, so set the contacts folder to "people/work".',
      "The one note in the vault does not carry #contact (in its tags or its text).",
    ]);
  });
});

describe("undecodableTextReason", () => {
  it("flags text Obsidian decoded with replacement characters, and NUL bytes", () => {
    expect(undecodableTextReason("Caf\uFFFD")).toContain("not UTF-8 text");
    expect(undecodableTextReason("PNG\u0000\u0001")).toContain("NUL bytes");
    expect(undecodableTextReason("---\ntier: A\n---\nCafé ☕ 東京\n")).toBeNull();
  });
});
