import { describe, expect, it } from "vitest";
import { MatchIndex, nameKey } from "../../../src/core/import/match";
import { makePerson, type ImportedPerson, type ImportKey } from "../../../src/core/import/person";
import { planImport, type ImportOptions } from "../../../src/core/import/plan";
import { contactFromText, readNote } from "../../../src/core/note";
import { defaultSettings } from "../../../src/core/settings";

const OPTIONS: ImportOptions = { folder: "Contacts", tier: null, overwrite: false, logHeading: "Log", tag: null };

function person(
  name: string,
  fields: Partial<Record<ImportKey, string>> = {},
  emails: string[] = fields.email === undefined ? [] : [fields.email],
): ImportedPerson {
  const p = makePerson("row 2", name, emails, fields);
  if (p === null) throw new Error("no name");
  return p;
}

const note = (path: string, text: string) => ({ path, text });
const nothingTaken = (): boolean => false;

describe("name keys", () => {
  it.each([
    ["Sam Rivera", "Rivera, Sam"],
    ["Sam Rivera", "RIVERA sam"],
    ["Rosa Jiménez", "rosa jimenez"],
    ["Dr. Amara Nwosu", "Amara Nwosu"],
    ["Prof Amara Nwosu", "Nwosu, Amara"],
    ["Ms. Zoë Ødegård", "zoe odegard"],
    ["Jürgen Strauß", "Jurgen Strauss"],
    ["Mr Kwame Mensah Jr.", "Kwame Mensah"],
  ])("%s is %s", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ["Sam Rivera", "Sam Riviera"],
    ["Ann Lee", "Ann Leigh"],
    ["Sam Rivera", "Sam J. Rivera"],
  ])("%s is not %s", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe("matching", () => {
  const index = new MatchIndex([
    note("Contacts/Sam Rivera.md", "---\nemail: sam@example.com\n---\n"),
    note("Contacts/Samuel R.md", "---\nname: Samuel Rivera\naliases: [Sammy, Sam R]\n---\n"),
    note("Contacts/Ann Lee.md", "---\nEmail: [ann@work.example, ann@home.example]\n---\n"),
    note("Contacts/Work/Ann Lee.md", "---\nname: Ann Lee\n---\n"),
    note("People/Dr Amara Nwosu.md", "---\nname: Dr. Amara Nwosu\n---\n"),
  ]);
  const found = (p: ImportedPerson) => {
    const m = index.match(p);
    return m.kind === "one" ? [m.by, m.note.path] : m.kind === "several" ? [m.by, ...m.paths] : ["none"];
  };

  it("by email first, in any case, among a list", () => {
    expect(found(person("Someone Else", { email: "SAM@example.com" }))).toEqual(["email", "Contacts/Sam Rivera.md"]);
    expect(found(person("A. Lee", { email: "ann@home.example" }))).toEqual(["email", "Contacts/Ann Lee.md"]);
  });

  it("then by name, file name or alias, ignoring honorifics and word order", () => {
    expect(found(person("Rivera, Sam"))).toEqual(["name", "Contacts/Sam Rivera.md"]);
    expect(found(person("Sammy"))).toEqual(["name", "Contacts/Samuel R.md"]);
    expect(found(person("Prof. Amara Nwosu"))).toEqual(["name", "People/Dr Amara Nwosu.md"]);
    expect(found(person("Nobody Known", { email: "new@example.com" }))).toEqual(["none"]);
  });

  it("several notes of one name are ambiguous", () => {
    expect(found(person("ann lee"))).toEqual(["name", "Contacts/Ann Lee.md", "Contacts/Work/Ann Lee.md"]);
  });

  it("an email that matches two notes is ambiguous even when the name would decide", () => {
    const twice = new MatchIndex([note("A.md", "---\nemail: x@example.com\n---\n"), note("B.md", "---\nemail: x@example.com\n---\n")]);
    expect(twice.match(person("A", { email: "x@example.com" })).kind).toBe("several");
  });
});

describe("planning an import", () => {
  const priya = "---\nname: Priya Raman\ntier: A   # inner circle\ncompany: Lumen Health\nemail: \n---\nBody\r\n";

  it("fills only empty keys of a matched note, in place, keeping every other byte", () => {
    const plan = planImport(
      [person("Priya Raman", { email: "priya@lumen.example", company: "Other Co", role: "VP" })],
      [note("Contacts/Priya Raman.md", priya)],
      OPTIONS,
      nothingTaken,
    );
    expect(plan.update).toEqual([
      { name: "Priya Raman", path: "Contacts/Priya Raman.md", source: "row 2", fields: { email: "priya@lumen.example", role: "VP" } },
    ]);
    const write = plan.writes[0];
    expect(write?.before).toBe(priya);
    expect(write?.after).toBe(
      "---\nname: Priya Raman\ntier: A   # inner circle\ncompany: Lumen Health\nemail: priya@lumen.example \nrole: VP\n---\nBody\r\n",
    );
  });

  it("overwrites values that differ only when asked, never a list, and the name only when it differs", () => {
    const text = "---\nname: Priya R.\naliases: [Priya Raman]\ncompany: Lumen Health\nemails: [a@x.example]\n---\n";
    const plan = planImport(
      [person("Priya Raman", { email: "priya@lumen.example", company: "Other Co" })],
      [note("Contacts/Priya R.md", text)],
      { ...OPTIONS, overwrite: true },
      nothingTaken,
    );
    expect(plan.update[0]?.fields).toEqual({ name: "Priya Raman", company: "Other Co" });
    expect(readNote(plan.writes[0]?.after ?? "").frontmatter).toEqual({
      name: "Priya Raman",
      aliases: ["Priya Raman"],
      company: "Other Co",
      emails: ["a@x.example"],
    });
  });

  it("writes to the spelling the note already uses", () => {
    const text = "---\nLinkedIn URL:\nJob Title: ''\nbday: \n---\n";
    const plan = planImport(
      [person("Ann", { linkedin: "https://linkedin.com/in/ann", role: "CTO", birthday: "--04-15" })],
      [note("Contacts/Ann.md", text)],
      OPTIONS,
      nothingTaken,
    );
    expect(readNote(plan.writes[0]?.after ?? "").frontmatter).toEqual({
      "LinkedIn URL": "https://linkedin.com/in/ann",
      "Job Title": "CTO",
      bday: "--04-15",
    });
  });

  it("is unchanged when the note already says the same, written its own way", () => {
    const text =
      "---\nemail: [Ann@Example.com, other@example.com]\nphone: +1 (555) 010-0100\nlinkedin: linkedin.com/in/ann/\nbirthday: 1980-04-15\ncompany: ACME\n---\n";
    const plan = planImport(
      [
        person("Ann", {
          email: "ann@example.com",
          phone: "+15550100100",
          linkedin: "https://www.linkedin.com/in/ann",
          birthday: "--04-15",
          company: "Acme",
        }),
      ],
      [note("Contacts/Ann.md", text)],
      OPTIONS,
      nothingTaken,
    );
    expect(plan.unchanged.map((i) => i.path)).toEqual(["Contacts/Ann.md"]);
    expect(plan.writes).toEqual([]);
  });

  it("creates new notes untracked in the first folder, with safe, free file names", () => {
    const taken = (p: string): boolean => p.toLowerCase() === "contacts/ann lee.md";
    const plan = planImport([person("Ann Lee", { email: "ann2@example.com" }), person("Who: <me>?", { role: "?" })], [], OPTIONS, taken);
    expect(plan.create.map((i) => i.path)).toEqual(["Contacts/Ann Lee 2.md", "Contacts/Who me.md"]);
    expect(plan.writes[0]).toEqual({
      path: "Contacts/Ann Lee 2.md",
      before: null,
      after: "---\nname: Ann Lee\nemail: ann2@example.com\ntier: none\n---\n\n## Log\n",
    });
    const contact = contactFromText("Contacts/Ann Lee 2.md", plan.writes[0]?.after ?? "", defaultSettings());
    expect(contact.cadence).toBeNull();
    expect(contact.name).toBe("Ann Lee");
  });

  it("gives new notes the chosen tier, and the contact tag when the folder is the vault's root", () => {
    const plan = planImport([person("Ann Lee")], [], { ...OPTIONS, folder: "", tier: "B", tag: "contact" }, nothingTaken);
    const contact = contactFromText(plan.writes[0]?.path ?? "", plan.writes[0]?.after ?? "", defaultSettings());
    expect(plan.writes[0]?.path).toBe("Ann Lee.md");
    expect(contact.tier?.key).toBe("B");
    expect(contact.tags).toContain("contact");
  });

  it("never makes a do-not-contact person tracked, whatever the tier chosen", () => {
    const text = "---\ndo-not-contact: 2026-01-02\n---\n";
    const plan = planImport(
      [person("Maya Goldberg", { email: "maya@example.com" })],
      [note("Contacts/Maya Goldberg.md", text)],
      { ...OPTIONS, tier: "A", overwrite: true },
      nothingTaken,
    );
    const after = contactFromText("Contacts/Maya Goldberg.md", plan.writes[0]?.after ?? "", defaultSettings());
    expect(after.doNotContact).toBe(true);
    expect(after.cadence).toBeNull();
    expect(readNote(plan.writes[0]?.after ?? "").frontmatter).toEqual({ "do-not-contact": "2026-01-02", email: "maya@example.com" });
  });

  it("leaves ambiguous people and unreadable notes out of the writes, saying why", () => {
    const notes = [note("A/Ann Lee.md", ""), note("B/Ann Lee.md", ""), note("Contacts/Bob.md", "---\nname: [unclosed\n---\n")];
    const plan = planImport(
      [person("Ann Lee", { email: "a@example.com" }), person("Bob", { email: "b@example.com" })],
      notes,
      OPTIONS,
      nothingTaken,
    );
    expect(plan.ambiguous.map((i) => [i.name, i.candidates])).toEqual([
      ["Ann Lee", ["A/Ann Lee.md", "B/Ann Lee.md"]],
      ["Bob", ["Contacts/Bob.md"]],
    ]);
    expect(plan.ambiguous[0]?.reason).toBe("matches 2 notes by name");
    expect(plan.ambiguous[1]?.reason).toMatch(/^Contacts\/Bob\.md: frontmatter is not valid YAML .*; it is never written to$/);
    expect(plan.writes).toEqual([]);
  });

  it("makes one note of a person listed several times, by address or by name, with what each row adds", () => {
    const plan = planImport(
      [
        person("Ann Lee", { email: "ann@example.com" }),
        person("Annie L.", { phone: "+1 555", email: "ANN@example.com" }),
        person("Lee, Ann", { email: "ann.lee@home.example", role: "CTO" }),
        person("Sam Rivera"),
      ],
      [],
      OPTIONS,
      nothingTaken,
    );
    expect(plan.create.map((i) => [i.path, i.source, i.fields])).toEqual([
      ["Contacts/Ann Lee.md", "row 2, row 2, row 2", { name: "Ann Lee", email: "ann@example.com", phone: "+1 555", role: "CTO" }],
      ["Contacts/Sam Rivera.md", "row 2", { name: "Sam Rivera" }],
    ]);
    expect(plan.writes).toHaveLength(2);
  });

  it("folds two updates of one note into one write", () => {
    const text = "---\naliases: [Annie]\n---\n# Ann\n";
    const plan = planImport(
      [person("Ann Lee", { email: "ann@example.com" }), person("Annie", { phone: "+1 555" })],
      [note("Contacts/Ann Lee.md", text)],
      OPTIONS,
      nothingTaken,
    );
    expect(plan.update).toHaveLength(2);
    expect(plan.writes).toEqual([
      { path: "Contacts/Ann Lee.md", before: text, after: '---\naliases: [Annie]\nemail: ann@example.com\nphone: "+1 555"\n---\n# Ann\n' },
    ]);
  });

  it("reports a name with nothing a file name can use", () => {
    const plan = planImport([person("???")], [], OPTIONS, nothingTaken);
    expect(plan.create).toEqual([]);
    expect(plan.problems).toEqual(['row 2: the name "???" has no characters a file name can use; skipped']);
  });
});
