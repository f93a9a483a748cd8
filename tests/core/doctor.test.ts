import { describe, expect, it } from "vitest";
import { diagnose, type VaultNote } from "../../src/core/doctor";
import { defaultSettings } from "../../src/core/settings";

const note = (path: string, frontmatter: Record<string, unknown> = {}, inlineTags: string[] = []): VaultNote => ({
  path,
  frontmatter,
  inlineTags,
});
const shape = (notes: VaultNote[], folders: string[]) => ({ notes, folders, configDir: ".obsidian", templateFolders: ["Templates"] });

describe("diagnose", () => {
  it("says why contacts are not tracked, with counts and the unknown tier ids", () => {
    const notes = [
      note("Contacts/A.md", { tier: "close" }),
      note("Contacts/B.md", { tier: "close" }),
      note("Contacts/C.md", { tier: "casual" }),
      note("Contacts/D.md"),
      note("Contacts/E.md", { tier: "none" }),
      note("Contacts/F.md", { tier: "A", paused: true }),
      note("Contacts/G.md", { tier: "A", dnc: true }),
      note("Contacts/H.md", { tier: "B" }),
      note("Contacts/I.md", { cadence: "1.5w" }),
    ];
    const report = diagnose(shape(notes, ["Contacts"]), defaultSettings());
    expect(report.counts).toEqual({ contacts: 9, tracked: 1 });
    expect(report.untracked).toEqual([
      "3 use tier ids unknown here: close, casual",
      "1 is do-not-contact",
      "1 is paused",
      "1 have a cadence that cannot be read and no tier",
      "1 is untracked on purpose (tier none or database, or cadence never)",
      "1 have neither a tier nor a cadence",
    ]);
  });

  it("finds people by folder name, tag and type, proposes each change with its counts, and leaves out templates", () => {
    const notes = [
      note("Areas/People/Ann.md"),
      note("Areas/People/Bo.md"),
      note("Notes/Cy.md", {}, ["#person"]),
      note("Notes/Di.md", { type: "Person" }),
      note("Notes/Eve.md", { "prm-tier": "close" }),
      note("Templates/Person.md", { type: "person" }),
      note("People/Tpl.md", { name: "{{title}}" }),
      note("Notes/Plain.md"),
    ];
    const report = diagnose(shape(notes, ["Areas", "Areas/People", "Notes", "People", "Templates", "contacts"]), defaultSettings());
    expect(report.missingFolders).toEqual(['the contacts folder "Contacts" does not exist; "contacts" does (letter case differs)']);
    expect(report.elsewhere).toEqual([
      '2 notes in the folder "Areas/People", which is not a contacts folder',
      "1 note tagged #person, which is not a contact tag",
      '1 note with "type: person" in their frontmatter',
      "1 note elsewhere with contact keys (prm-tier)",
    ]);
    expect(report.proposals.map((p) => [p.title, p.before.contacts, p.after.contacts])).toEqual([
      ['Add the folder "Areas/People" to the contacts folders', 0, 2],
      ["Add the tag #person to the contact tags", 2, 3],
      ['Add the marker "type: person" to the contact markers', 3, 4],
      ['Add the marker "prm-tier" (any value) to the contact markers', 4, 5],
      ["Use Personal CRM's tiers: inner (14d), close (30d), casual (90d), warm (180d), dormant (365d)", 5, 5],
    ]);
    expect(report.proposals[4]?.after.tracked).toBe(1);
  });

  it("adds another tool's tiers beside ours when notes use ours", () => {
    const notes = [note("Contacts/A.md", { tier: "B" }), note("Contacts/B.md", { "prm-tier": "warm" })];
    const report = diagnose(shape(notes, ["Contacts"]), defaultSettings());
    expect(report.proposals).toHaveLength(1);
    expect(report.proposals[0]?.title).toMatch(/^Add Personal CRM's tiers/);
    expect(report.proposals[0]?.change.tiers?.map((t) => t.key)).toEqual([
      "A",
      "B",
      "C",
      "D",
      "inner",
      "close",
      "casual",
      "warm",
      "dormant",
    ]);
    expect(report.proposals[0]).toMatchObject({ before: { tracked: 1 }, after: { tracked: 2 } });
  });

  it("offers another tool's tiers when most unknown ids are its own, and leaves the others a problem", () => {
    const notes = [
      note("Contacts/A.md", { tier: "B" }),
      note("Contacts/B.md", { "prm-tier": "warm" }),
      note("Contacts/C.md", { "prm-tier": "close" }),
      note("Contacts/D.md", { tier: "VIP" }),
    ];
    const report = diagnose(shape(notes, ["Contacts"]), defaultSettings());
    expect(report.untracked).toEqual(["3 use tier ids unknown here: warm, close, VIP"]);
    expect(report.proposals.map((p) => p.title)).toEqual([
      "Add Personal CRM's tiers: inner (14d), close (30d), casual (90d), warm (180d), dormant (365d)",
    ]);
    expect(report.proposals[0]).toMatchObject({ before: { tracked: 1 }, after: { tracked: 3 } });
  });

  it("never offers a note named a template, even in a folder no templates plugin names", () => {
    const notes = [
      note("Contacts/A.md", { tier: "B" }),
      note("Templates/Contact template.md", { tier: "B", name: null }),
      note("Notes/Contact Template.md", { cadence: "2w" }),
    ];
    const report = diagnose(shape(notes, ["Contacts", "Templates", "Notes"]), { ...defaultSettings(), contactsFolders: ["Contacts"] });
    expect(report.elsewhere).toEqual([]);
    expect(report.proposals).toEqual([]);
  });

  it("proposes nothing for tier ids no known tool uses", () => {
    const report = diagnose(shape([note("Contacts/A.md", { tier: "gold" })], ["Contacts"]), defaultSettings());
    expect(report.untracked).toEqual(["1 use tier ids unknown here: gold"]);
    expect(report.proposals).toEqual([]);
  });
});
