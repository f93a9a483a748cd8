import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NoteTextIndex, referralCandidates, searchReferrals } from "../../../src/ui/modals/refer-search";
import { fold, foldKeepingLength } from "../../../src/lib/text-match";
import { contact } from "../helpers";

const ann = contact("Ann Lee", { tier: "B" }, { tags: ["contact", "fintech"] });
const bea = contact("Bea Stone", { tier: "A" }, { tags: ["contact", "work/design"] });
const cal = contact("Cal Fintech", { tier: "C" });
const dnc = contact("Dana Fintech", { tier: "A", "do-not-contact": true }, { tags: ["fintech"] });
const taker = contact("Eve Fintech", { tier: "A", "no-refer": "2026-03-01" }, { tags: ["fintech"] });
const jose = contact("José Ortiz", { tier: "D" });
const all = [ann, bea, cal, dnc, taker, jose];

const texts = new NoteTextIndex();
texts.set(ann.path, "---\ntier: B\n---\nMet at the payments summit.\n");
texts.set(bea.path, "Runs a design studio in Lisbon. Knows everyone in Fintech.\n");
texts.set(dnc.path, "fintech founder, payments");
texts.set(taker.path, "payments, payments, payments");
texts.set(jose.path, "Café owner in Montréal; payments at the till.");

const names = (query: string): string[] => searchReferrals(referralCandidates(all), query, texts).map((m) => m.contact.name);

describe("finding someone to refer", () => {
  it("never offers do-not-contact or no-refer people, whatever the query", () => {
    expect(referralCandidates(all).map((c) => c.name)).toEqual(["Ann Lee", "Bea Stone", "Cal Fintech", "José Ortiz"]);
    for (const q of ["", "fintech", "payments", "#fintech", "dana", "eve"]) {
      expect(names(q)).not.toContain("Dana Fintech");
      expect(names(q)).not.toContain("Eve Fintech");
    }
    // Even when the caller forgets to narrow the list first.
    expect(searchReferrals(all, "fintech", texts).map((m) => m.contact.name)).not.toContain("Dana Fintech");
  });

  it("never offers them for any query either, from the whole network", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.constantFrom("", "fin", "#fintech", "payments", "dana eve", "#"), (random, word) => {
        for (const q of [random, word, `${word} ${random}`]) {
          for (const m of searchReferrals(all, q, texts)) {
            expect(m.contact.doNotContact).toBe(false);
            expect(m.contact.noRefer).toBe(false);
          }
        }
      }),
    );
  });

  it("ranks a name above a tag above the note's text", () => {
    expect(names("fintech")).toEqual(["Cal Fintech", "Ann Lee", "Bea Stone"]);
    const bea = searchReferrals(referralCandidates(all), "fintech", texts)[2];
    expect(bea?.snippet?.text).toMatch(/Knows everyone in Fintech/);
    expect(searchReferrals(referralCandidates(all), "fintech", texts)[1]?.tags).toEqual(["fintech"]);
  });

  it("needs every word to match somewhere", () => {
    expect(names("payments ann")).toEqual(["Ann Lee"]);
    expect(names("payments bea")).toEqual([]);
  });

  it("treats #words as tags, nested ones and prefixes included", () => {
    expect(names("#work")).toEqual(["Bea Stone"]);
    expect(names("#fin")).toEqual(["Ann Lee"]);
    expect(names("#payments")).toEqual([]);
  });

  it("matches the display name from the frontmatter, not the file's name", () => {
    const sam = contact("sam", { name: "Sam Rivera", tier: "C" }, { path: "Contacts/sam.md" });
    expect(searchReferrals([sam], "RIVERA", new NoteTextIndex()).map((m) => m.contact.name)).toEqual(["Sam Rivera"]);
  });

  it("ignores case and accents in names and text, and shows the original text", () => {
    expect(names("jose")).toEqual(["José Ortiz"]);
    expect(names("montreal")).toEqual(["José Ortiz"]);
    expect(searchReferrals(referralCandidates(all), "cafe", texts)[0]?.snippet?.text).toMatch(/^Café owner in Montréal/);
  });

  it("lists everyone by tier, then name, for an empty query, up to the limit", () => {
    expect(names("")).toEqual(["Bea Stone", "Ann Lee", "Cal Fintech", "José Ortiz"]);
    expect(searchReferrals(referralCandidates(all), "", texts, 2).map((m) => m.contact.name)).toEqual(["Bea Stone", "Ann Lee"]);
  });

  it("finds nothing in notes it has not read yet", () => {
    expect(searchReferrals([jose], "montreal", new NoteTextIndex())).toEqual([]);
  });
});

describe("folding text", () => {
  it("folds case and accents", () => {
    expect(fold("Zoë ÉLODIE Ångström")).toBe("zoe elodie angstrom");
  });

  it("keeps positions, so a match in folded text points into the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        const folded = foldKeepingLength(s);
        if (folded.length === s.length) {
          // Every ASCII character folds to its lower case at the same place.
          for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 128) expect(folded[i]).toBe(s[i]?.toLowerCase());
        }
      }),
    );
    const text = "Café in Montréal";
    expect(foldKeepingLength(text)).toBe("cafe in montreal");
    expect(text.slice(foldKeepingLength(text).indexOf("montreal"))).toBe("Montréal");
  });
});

describe("what a result shows of the note", () => {
  it("never shows the frontmatter or a rule, and marks every query word found in the piece", () => {
    const index = new NoteTextIndex();
    index.set(ann.path, "---\ntier: B\nrole: payments lead\n---\n# About\n\n---\n- Met at the **payments** summit in [[Lisbon|Lisboa]].\n");
    const [match] = searchReferrals([ann], "payments summit", index, 10);
    expect(match?.snippet?.text).toBe("About Met at the payments summit in Lisboa.");
    const marked = (match?.snippet?.ranges ?? []).map(([a, b]) => match?.snippet?.text.slice(a, b));
    expect(marked).toEqual(["payments", "summit"]);
  });

  it("finds a person by the role or company the result shows, not by other frontmatter", () => {
    const index = new NoteTextIndex();
    index.set(cal.path, "---\ncompany: Kestrel Labs\nlocation: Porto\n---\nNo body to speak of.\n", "Staff engineer · Kestrel Labs");
    expect(searchReferrals([cal], "kestrel", index, 10).map((m) => m.contact.name)).toEqual(["Cal Fintech"]);
    expect(searchReferrals([cal], "staff", index, 10)[0]?.snippet).toBeNull();
    expect(searchReferrals([cal], "porto", index, 10)).toEqual([]);
  });

  it("does not offer the log's reciprocity tags or the contact tags as topics", () => {
    const asker = contact("Gil Asker", { tier: "B" }, { tags: ["contact", "asked", "gave/intro", "design"] });
    expect(searchReferrals([asker], "#ask", new NoteTextIndex(), 10, ["contact"])).toEqual([]);
    expect(searchReferrals([asker], "#gave", new NoteTextIndex(), 10, ["contact"])).toEqual([]);
    expect(searchReferrals([asker], "#contact", new NoteTextIndex(), 10, ["contact"])).toEqual([]);
    expect(searchReferrals([asker], "#des", new NoteTextIndex(), 10, ["contact"])[0]?.tags).toEqual(["design"]);
  });
});
