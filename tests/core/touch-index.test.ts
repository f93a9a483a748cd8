/** The touch index: per note in, per contact out, and the contacts each change concerns. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate, type IsoDate } from "../../src/core/dates";
import type { NoteTouches } from "../../src/core/note-touches";
import { TouchIndex, type FollowUp, type Mention } from "../../src/core/touch-index";

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

/** The same answers from the notes alone, recomputed for every question: the oracle. */
function model(
  notes: ReadonlyMap<string, { date: IsoDate | null; touches: NoteTouches }>,
  due: ReadonlyMap<string, ReadonlyMap<number, IsoDate>>,
) {
  const mentions = (contact: string): Mention[] => {
    const out: Mention[] = [];
    for (const [note, { date, touches }] of notes) if (date !== null && touches.mentioned.includes(contact)) out.push({ date, note });
    return out;
  };
  const followUps = (contact: string): FollowUp[] => {
    const out: FollowUp[] = [];
    for (const [note, { touches }] of notes)
      for (const ref of touches.followUps)
        if (ref.contacts.includes(contact)) out.push({ note, line: ref.line, due: due.get(note)?.get(ref.line) ?? null });
    return out.sort((a, b) => (a.note < b.note ? -1 : a.note > b.note ? 1 : a.line - b.line));
  };
  return { mentions, followUps };
}

describe("the touch index against its notes", () => {
  const contacts = ["C/a.md", "C/b.md", "C/c.md"];
  const notePaths = ["D/1.md", "D/2.md", "D/3.md", "P/x.md"];
  const date = fc.constantFrom(...["2026-11-01", "2026-11-20", "2026-11-26", "2026-12-02"].map(isoDate));
  const touches: fc.Arbitrary<NoteTouches> = fc.record({
    mentioned: fc.subarray(contacts),
    followUps: fc.uniqueArray(fc.record({ line: fc.nat(5), contacts: fc.subarray(contacts, { minLength: 1 }) }), {
      selector: (r) => r.line,
    }),
  });
  const op = fc.oneof(
    fc.record({ kind: fc.constant("set" as const), note: fc.constantFrom(...notePaths), date: fc.option(date), touches }),
    fc.record({ kind: fc.constant("add" as const), note: fc.constantFrom(...notePaths), date: fc.option(date), touches }),
    fc.record({ kind: fc.constant("remove" as const), note: fc.constantFrom(...notePaths) }),
    fc.record({ kind: fc.constant("due" as const), note: fc.constantFrom(...notePaths), line: fc.nat(5), date }),
  );
  it("answers every question as the notes say, after any changes", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), fc.constantFrom(...["2026-11-20", "2026-11-30"].map(isoDate)), (ops, today) => {
        const index = new TouchIndex();
        const notes = new Map<string, { date: IsoDate | null; touches: NoteTouches }>();
        const due = new Map<string, Map<number, IsoDate>>();
        const concerned = (note: string): string[] => {
          const n = notes.get(note);
          if (n === undefined) return [];
          const out = new Set([...(n.date === null ? [] : n.touches.mentioned), ...n.touches.followUps.flatMap((f) => f.contacts)]);
          return [...out].sort();
        };
        const keep = (note: string, d: IsoDate | null, t: NoteTouches): void => {
          notes.delete(note);
          due.delete(note);
          if ((d !== null && t.mentioned.length > 0) || t.followUps.length > 0) notes.set(note, { date: d, touches: t });
        };
        for (const o of ops) {
          if (o.kind === "set") {
            const before = concerned(o.note);
            keep(o.note, o.date, o.touches);
            expect([...index.setNote(o.note, o.date, o.touches)].sort()).toEqual([...new Set([...before, ...concerned(o.note)])].sort());
          } else if (o.kind === "add") {
            keep(o.note, o.date, o.touches);
            index.addNote(o.note, o.date, o.touches);
          } else if (o.kind === "remove") {
            expect([...index.removeNote(o.note)].sort()).toEqual(concerned(o.note));
            notes.delete(o.note);
            due.delete(o.note);
          } else if (notes.has(o.note)) {
            const dates = new Map([[o.line, o.date]]);
            index.setDueDates(o.note, dates);
            due.set(o.note, dates);
          }
        }
        const m = model(notes, due);
        for (const c of contacts) {
          const all = m.mentions(c);
          const upToToday = all.filter((x) => x.date <= today);
          const newest = [...upToToday].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.note < b.note ? 1 : -1))[0] ?? null;
          expect(index.latestMention(c, today)).toEqual(newest);
          expect(index.mentionCount(c, today)).toBe(upToToday.length);
          expect(index.mentionsOf(c)).toEqual(
            [...all].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.note < b.note ? 1 : -1)),
          );
          expect([...index.mentionNotes(c)].sort()).toEqual(all.map((x) => [x.note, x.date] as const).sort());
          expect(index.mentionDays(c, isoDate("2026-11-15"), today).sort()).toEqual(
            [...new Set(upToToday.filter((x) => x.date >= "2026-11-15").map((x) => x.date))].sort(),
          );
          const f = m.followUps(c);
          expect(index.followUpsOf(c)).toEqual(f);
          expect(index.followUpCount(c)).toBe(f.length);
          expect(index.earliestDue(c)).toBe(
            f
              .map((x) => x.due)
              .filter((d): d is IsoDate => d !== null)
              .sort()[0] ?? null,
          );
          expect(index.notesAbout(c).sort()).toEqual([...new Set([...all.map((x) => x.note), ...f.map((x) => x.note)])].sort());
        }
        expect(index.size).toBe(notes.size);
      }),
      { numRuns: 500 },
    );
  });
});
