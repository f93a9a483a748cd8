import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactFromText } from "../../src/core/note";
import { defaultSettings } from "../../src/core/settings";
import { createContactNote, freePath, newContactText, safeFileName } from "../../src/obsidian/new-contact";
import { harness } from "./helpers";

describe("safeFileName", () => {
  it.each([
    ["Ann Lee", "Ann Lee"],
    ["  Ann   Lee  ", "Ann Lee"],
    ["AT&T / Bob: CEO?", "AT&T Bob CEO"],
    ['a\\b*c"d<e>f|g', "a b c d e f g"],
    ["[[Ann]] #vip ^x", "Ann vip x"],
    ["...hidden.", "hidden"],
    ["tab\there\u0000", "tabhere"],
    ["CON", "CON_"],
    ["lpt1.notes", "lpt1.notes_"],
    ["Zoë Ünal", "Zoë Ünal"],
    ["///", ""],
  ])("%j → %j", (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it("never yields a character a platform refuses, nor an edge dot or space, and stays short", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (name) => {
        const base = safeFileName(name);
        expect(base).not.toMatch(/[\\/:*?"<>|#^[\]\p{Cc}]/u);
        expect(base).not.toMatch(/^[\s.]|[\s.]$/);
        expect(base.length).toBeLessThanOrEqual(121);
        expect(/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base.split(".")[0] ?? "")).toBe(false);
      }),
    );
  });
});

describe("new contact notes", () => {
  it("holds the tier, the real name when the file name lost some of it, and an empty log", () => {
    const settings = defaultSettings();
    const text = newContactText("Ann: CEO", "Ann CEO", "B", settings);
    expect(text).toBe('---\nname: "Ann: CEO"\ntier: B\n---\n\n## Log\n');
    const ann = contactFromText("Contacts/Ann CEO.md", text, settings);
    expect([ann.name, ann.tier?.key, ann.logFacts.size, ann.problems]).toEqual(["Ann: CEO", "B", 0, []]);
    expect(newContactText("Bob", "Bob", null, settings)).toBe("---\ntier: none\n---\n\n## Log\n");
  });

  it("quotes a name or tier that another YAML reader would take for a boolean", () => {
    const settings = defaultSettings();
    expect(newContactText("Yes", "Yes Inc", "y", settings)).toBe('---\nname: "Yes"\ntier: "y"\n---\n\n## Log\n');
  });

  it("carries the contact tag when there is no contacts folder", () => {
    const settings = { ...defaultSettings(), contactsFolders: [] };
    expect(newContactText("Bob", "Bob", "A", settings)).toBe("---\ntier: A\ntags: [contact]\n---\n\n## Log\n");
  });

  it("numbers the file when the name is taken", () => {
    const taken = new Set(["Contacts/Ann.md", "Contacts/Ann 2.md"]);
    expect(freePath("Contacts", "Ann", (p) => taken.has(p))).toBe("Contacts/Ann 3.md");
    expect(freePath("", "Ann", () => false)).toBe("Ann.md");
  });

  it("creates the note inside the contacts folder (creating it), never over an existing file", async () => {
    const h = harness({ "Contacts/ann lee.md": "mine\n", "Elsewhere/Bob.md": "" });
    await h.ready();
    const first = await createContactNote(h.app.vault, h.settings, "  Ann Lee ", "A");
    expect(first.path).toBe("Contacts/Ann Lee 2.md");
    expect(h.vault.textOf("Contacts/ann lee.md")).toBe("mine\n");
    expect(h.vault.textOf(first)).toBe("---\nname: Ann Lee\ntier: A\n---\n\n## Log\n");
    expect(h.index.get("Contacts/Ann Lee 2.md")?.name).toBe("Ann Lee");

    h.settings = { ...h.settings, contactsFolders: ["People/Work", "Contacts"] };
    const second = await createContactNote(h.app.vault, h.settings, "../Bob", null);
    expect(second.path).toBe("People/Work/Bob.md");
  });

  it("refuses a name with nothing a file name can use", async () => {
    const h = harness({});
    await h.ready();
    await expect(createContactNote(h.app.vault, h.settings, " /// ", "A")).rejects.toThrow('"///" has no characters a file name can use');
    expect(h.vault.getFiles()).toEqual([]);
  });
});
