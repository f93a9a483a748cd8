import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makePerson, type ImportedPerson } from "../../../src/core/import/person";
import { planImport } from "../../../src/core/import/plan";
import { readNote } from "../../../src/core/note";

const OPTIONS = { folder: "Contacts", tier: null, overwrite: false, logHeading: "Log", tag: null };

// Small pools, so that people and notes collide by name and email as they do in real exports.
const names = fc.constantFrom("Ann Lee", "Lee, Ann", "Dr. Ann Lee", "Sam Rivera", "Rosa Jiménez", "rosa jimenez", "Zoë O'Brien", "李 小龙");
const emails = fc.constantFrom("ann@example.com", "ANN@example.com", "sam@example.com", "rosa@example.es", "zoe@example.ie");
const value = fc.constantFrom("Acme", "ACME", "+1 555 0100", "15550100", "Lisbon, Portugal", 'Designer, "Core"', "--04-15", "1980-04-15");

const person = fc
  .record({
    name: names,
    emails: fc.array(emails, { maxLength: 2 }),
    company: fc.option(value),
    phone: fc.option(value),
    birthday: fc.option(fc.constantFrom("--04-15", "1980-04-15", "2000-02-29")),
  })
  .map(
    (r) =>
      makePerson("row 2", r.name, r.emails, {
        company: r.company ?? undefined,
        phone: r.phone ?? undefined,
        birthday: r.birthday ?? undefined,
      }) as ImportedPerson,
  );

const existing = fc.uniqueArray(
  fc.record({ base: names.map((n) => n.replace(/[^\p{L} ]/gu, "").trim()), email: fc.option(emails), company: fc.option(value) }),
  { selector: (n) => n.base.toLowerCase(), maxLength: 4 },
);

function noteText(n: { email: string | null; company: string | null }): string {
  const lines = [n.email === null ? null : `email: ${n.email}`, n.company === null ? null : `company: ${JSON.stringify(n.company)}`].filter(
    (l) => l !== null,
  );
  return lines.length === 0 ? "Some text\n" : `---\n${lines.join("\n")}\n---\nSome text\n`;
}

describe("planning an import (properties)", () => {
  it("after applying its writes, the same import writes nothing more", () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 8 }), existing, (people, notes) => {
        const vault = new Map(notes.map((n) => [`Contacts/${n.base}.md`, noteText(n)]));
        const first = planImport(
          people,
          [...vault].map(([path, text]) => ({ path, text })),
          OPTIONS,
          (p) => vault.has(p),
        );
        for (const w of first.writes) {
          expect(vault.get(w.path) ?? null).toBe(w.before);
          vault.set(w.path, w.after ?? "");
        }
        const second = planImport(
          people,
          [...vault].map(([path, text]) => ({ path, text })),
          OPTIONS,
          (p) => vault.has(p),
        );
        expect(second.create).toEqual([]);
        expect(second.writes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("an update only adds keys: every key the note had keeps its value", () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 6 }), existing, (people, notes) => {
        const texts = notes.map((n) => ({ path: `Contacts/${n.base}.md`, text: noteText(n) }));
        const plan = planImport(people, texts, OPTIONS, () => false);
        for (const w of plan.writes.filter((x) => x.before !== null)) {
          const before = readNote(w.before ?? "").frontmatter;
          const after = readNote(w.after ?? "").frontmatter;
          for (const [key, v] of Object.entries(before)) expect(after[key]).toEqual(v);
          expect(readNote(w.after ?? "").body).toBe(readNote(w.before ?? "").body);
        }
      }),
      { numRuns: 300 },
    );
  });
});
