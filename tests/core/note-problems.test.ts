import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/dates";
import { noteProblems } from "../../src/core/note-problems";
import { defaultSettings } from "../../src/core/settings";
import { contactFromText } from "../../src/core/note";
import { scheduleContact } from "../../src/core/schedule";

const settings = defaultSettings();
const TODAY = isoDate("2026-11-26");

describe("noteProblems", () => {
  it("gives each problem the line of the key it is about, in the spelling the note uses", () => {
    const text = '---\nname: Ann\ntier: B\n# a comment\ncadence: sometimes\nlast_touch: 2027-01-01\n"no-refer": maybe\n---\n# Ann\n';
    const problems = noteProblems("Contacts/Ann.md", text, settings, TODAY);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ["cadence", 4],
      ["no-refer", 6],
      ["last-touch", 5],
    ]);
    expect(problems[0]?.message).toBe(`Contacts/Ann.md: cadence "sometimes" is not a cadence (try 2w, 3m, quarterly); tier B's 3m applies`);
  });

  it("has the messages the index's contact and schedule give, only a line added", () => {
    const text = "---\ntier: Z\nsnooze-until: soon\nlast-touch: 2027-01-01\n---\n";
    const contact = contactFromText("P.md", text, settings);
    const expected = [...contact.problems, ...scheduleContact(contact, TODAY, settings.soonDays).problems];
    const got = noteProblems("P.md", text, settings, TODAY);
    expect(got.map(({ line: _line, ...p }) => p)).toEqual(expected);
    expect(got.map((p) => p.line)).toEqual([1, 2, 3]);
  });

  it("puts a frontmatter that is not valid YAML on the first line, and a fixed note has none", () => {
    const broken = noteProblems("P.md", "---\ntier: [B\n---\n# P\n", settings, TODAY);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ field: "frontmatter", line: 0 });
    expect(noteProblems("P.md", "---\ntier: B\ncadence: 2w\n---\n# P\n", settings, TODAY)).toEqual([]);
  });

  it("does not take a key's name inside another key or a nested mapping", () => {
    const text = "---\ntiers: x\nmeta:\n  tier: q\ntier: Q\n---\n";
    expect(noteProblems("P.md", text, settings, TODAY).map((p) => p.line)).toEqual([4]);
  });

  it("reads CRLF notes line by line too", () => {
    const text = "---\r\nname: Ann\r\ncadence: often\r\n---\r\n";
    expect(noteProblems("P.md", text, settings, TODAY)[0]?.line).toBe(2);
  });
});
