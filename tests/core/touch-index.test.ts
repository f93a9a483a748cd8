/** The touch index: per note in, per contact out, and the contacts each change concerns. */
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/dates";
import { TouchIndex } from "../../src/core/touch-index";

const SAM = "Contacts/Sam.md";
const ANN = "Contacts/Ann.md";

describe("the touch index", () => {
  it("gives the latest mention up to today, ignoring later ones", () => {
    const index = new TouchIndex();
    index.setNote("Daily/2026-11-20.md", isoDate("2026-11-20"), { mentioned: [SAM], followUps: [] });
    index.setNote("Daily/2026-11-30.md", isoDate("2026-11-30"), { mentioned: [SAM], followUps: [] });
    index.setNote("Meetings/2026-11-18 Offsite.md", isoDate("2026-11-18"), { mentioned: [SAM, ANN], followUps: [] });
    expect(index.latestMention(SAM, isoDate("2026-11-26"))).toEqual({ date: isoDate("2026-11-20"), note: "Daily/2026-11-20.md" });
    expect(index.latestMention(SAM, isoDate("2026-12-01"))).toEqual({ date: isoDate("2026-11-30"), note: "Daily/2026-11-30.md" });
    expect(index.latestMention(ANN, isoDate("2026-11-17"))).toBeNull();
    expect(index.mentionDays(SAM, isoDate("2026-11-16"), isoDate("2026-11-22")).sort()).toEqual([
      isoDate("2026-11-18"),
      isoDate("2026-11-20"),
    ]);
  });

  it("says which contacts a change concerns: those mentioned before and after", () => {
    const index = new TouchIndex();
    expect([...index.setNote("Daily/d.md", isoDate("2026-11-20"), { mentioned: [SAM], followUps: [] })]).toEqual([SAM]);
    expect([...index.setNote("Daily/d.md", isoDate("2026-11-20"), { mentioned: [ANN], followUps: [] })].sort()).toEqual([ANN, SAM]);
    expect(index.latestMention(SAM, isoDate("2026-11-26"))).toBeNull();
    expect([...index.removeNote("Daily/d.md")]).toEqual([ANN]);
    expect(index.latestMention(ANN, isoDate("2026-11-26"))).toBeNull();
    expect(index.size).toBe(0);
  });

  it("keeps follow-ups by contact, with due dates once read, and forgets them with the note", () => {
    const index = new TouchIndex();
    index.setNote("Projects/P.md", null, {
      mentioned: [SAM],
      followUps: [
        { line: 3, contacts: [SAM, ANN] },
        { line: 7, contacts: [SAM] },
      ],
    });
    // An undated note's links are not mentions.
    expect(index.latestMention(SAM, isoDate("2026-11-26"))).toBeNull();
    expect(index.followUpCount(SAM)).toBe(2);
    expect(index.followUpsOf(ANN)).toEqual([{ note: "Projects/P.md", line: 3, due: null }]);
    expect([...index.setDueDates("Projects/P.md", new Map([[7, isoDate("2026-11-25")]]))].sort()).toEqual([ANN, SAM]);
    expect(index.followUpsOf(SAM)).toEqual([
      { note: "Projects/P.md", line: 3, due: null },
      { note: "Projects/P.md", line: 7, due: isoDate("2026-11-25") },
    ]);
    expect(index.earliestDue(SAM)).toBe(isoDate("2026-11-25"));
    expect(index.notesAbout(SAM)).toEqual(["Projects/P.md"]);
    index.removeNote("Projects/P.md");
    expect(index.followUpCount(SAM)).toBe(0);
    expect(index.earliestDue(SAM)).toBeNull();
  });
});
