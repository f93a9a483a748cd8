import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import type { Contact } from "../../src/core/contact";
import { contactsByLink, linkTargets, referralCandidates, referralWarning } from "../../src/core/referral";
import { defaultSettings } from "../../src/core/settings";

const DEFAULTS = defaultSettings();

function contact(file: string, frontmatter: Record<string, unknown>, tags: string[] = []): Contact {
  return buildContact({ path: `Contacts/${file}.md`, frontmatter, tags }, DEFAULTS);
}

const cast = [
  contact("Joan Park", { tier: "B" }, ["contact", "design"]),
  contact("Ann Lee", { tier: "A" }, ["contact", "investor"]),
  contact("Hannah Cho", { tier: "C" }, ["contact"]),
  contact("Dana Fox", { tier: "B" }, ["contact", "recruiter"]),
  contact("Ann Taker", { tier: "B", "no-refer": "2026-03-01" }, ["investor"]),
  contact("Annika Quiet", { tier: "A", "do-not-contact": true }, ["investor"]),
  contact("sam", { name: "Sam Ortiz", tier: "C" }),
];

const text = new Map([
  [
    "Contacts/Dana Fox.md",
    "---\ntier: B\nnote: Ann mentioned\n---\nMet at a conference.\n\nShe knows every seed investor in Lisbon and likes hard problems.\n",
  ],
  ["Contacts/Hannah Cho.md", "Runs the design guild."],
  ["Contacts/Ann Taker.md", "Ann Taker: the investor everyone asks."],
]);

const found = (query: string, notes?: ReadonlyMap<string, string>) =>
  referralCandidates(cast, query, notes).map((c) => `${c.contact.name}:${c.match}`);

describe("referralCandidates", () => {
  it("ranks names (word starts first), then tags, then note text", () => {
    // "an": Ann Lee (a word starts with it), then Dana Fox, Hannah Cho, Joan Park (inside a word).
    expect(found("an")).toEqual(["Ann Lee:name", "Dana Fox:name", "Hannah Cho:name", "Joan Park:name"]);
    // "investor": Ann Lee's tag, then Dana Fox's note; never Ann Taker (no-refer) or Annika (do-not-contact).
    expect(found("investor", text)).toEqual(["Ann Lee:tag", "Dana Fox:text"]);
    expect(found("design", text)).toEqual(["Joan Park:tag", "Hannah Cho:text"]);
  });

  it("matches case-insensitively, tags with or without #, names by their display name", () => {
    expect(found("ANN LEE")).toEqual(["Ann Lee:name"]);
    expect(found("#Recruit")).toEqual(["Dana Fox:tag"]);
    expect(found("ortiz")).toEqual(["Sam Ortiz:name"]);
  });

  it("says what matched: the tag, or the words around the text", () => {
    const [tag] = referralCandidates(cast, "invest");
    expect(tag?.detail).toBe("#investor");
    const hits = referralCandidates(cast, "LISBON", text);
    expect(hits.map((c) => c.match)).toEqual(["text"]);
    const [lisbon] = hits;
    // 40 characters before "Lisbon" start inside "conference."; the partial word is dropped.
    expect(lisbon?.detail).toBe("…She knows every seed investor in Lisbon and likes hard problems.");
    const long = new Map([["Contacts/Hannah Cho.md", `${"word ".repeat(20)}needle${" more".repeat(20)}`]]);
    expect(referralCandidates(cast, "needle", long)[0]?.detail).toBe(`…${"word ".repeat(8)}needle${" more".repeat(8)}…`); // cut at spaces: whole words kept
    const inWord = new Map([["Contacts/Hannah Cho.md", `${"x".repeat(60)}needle${"y".repeat(60)}`]]);
    expect(referralCandidates(cast, "needle", inWord)[0]?.detail).toBe("…needle…"); // a match inside one long word
  });

  it("does not search the frontmatter", () => {
    expect(found("tier: b", text)).toEqual([]);
    expect(found("mentioned", text)).toEqual([]);
  });

  it("lists everyone referable for an empty query, by name", () => {
    expect(found("  ")).toEqual(["Ann Lee:name", "Dana Fox:name", "Hannah Cho:name", "Joan Park:name", "Sam Ortiz:name"]);
  });

  it("never offers do-not-contact or no-refer people, whatever the query", () => {
    const texts = new Map(cast.map((c) => [c.path, `${c.name} investor design ${c.tags.join(" ")}`]));
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.constantFrom("", "ann", "#investor", "Taker", "quiet"), (random, word) => {
        for (const q of [random, word]) {
          for (const c of referralCandidates(cast, q, texts)) {
            expect(c.contact.noRefer).toBe(false);
            expect(c.contact.doNotContact).toBe(false);
          }
        }
      }),
    );
  });
});

describe("referralWarning", () => {
  const byLink = contactsByLink(cast);

  it("warns privately when an intro or referral links a no-refer contact", () => {
    expect(referralWarning({ type: "intro", summary: "Introduced [[Ann Taker]] to Dana" }, byLink)).toBe(
      "Private note: Ann Taker is marked no-refer.",
    );
    expect(referralWarning({ type: "Referral", summary: "sent [[Contacts/Ann Taker|Ann]] a lead" }, byLink)).toBe(
      "Private note: Ann Taker is marked no-refer.",
    );
    expect(referralWarning({ type: "intro", summary: "[[ann taker#Work]] and [[Ann Taker]] again" }, byLink)).toBe(
      "Private note: Ann Taker is marked no-refer.",
    );
  });

  it("also warns for do-not-contact, naming each flag", () => {
    const both = [...cast, contact("Zed", { tier: "B", "no-refer": true, "do-not-contact": true })];
    expect(referralWarning({ type: "intro", summary: "[[Annika Quiet]] meets [[Zed]]" }, contactsByLink(both))).toBe(
      "Private note: Annika Quiet is marked do-not-contact; Zed is marked do-not-contact and no-refer.",
    );
  });

  it("stays quiet for other types, unlinked names, unknown links and referable people", () => {
    expect(referralWarning({ type: "call", summary: "[[Ann Taker]]" }, byLink)).toBeNull();
    expect(referralWarning({ type: null, summary: "[[Ann Taker]]" }, byLink)).toBeNull();
    expect(referralWarning({ type: "intro", summary: "Ann Taker, no link" }, byLink)).toBeNull();
    expect(referralWarning({ type: "intro", summary: "[[Nobody]] and [[Ann Lee]]" }, byLink)).toBeNull();
  });

  it("takes a resolver function as well as a map", () => {
    const resolve = (link: string) => cast.find((c) => c.path === `Contacts/${link}.md`);
    expect(referralWarning({ type: "referral", summary: "to [[Ann Taker]]" }, resolve)).toBe("Private note: Ann Taker is marked no-refer.");
  });

  it("reads link targets without alias or heading", () => {
    expect(linkTargets("[[A|alias]], [[B#h]], [[C#h|x]], [[ ]], [[D]]")).toEqual(["A", "B", "C", "D"]);
  });
});
