import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import type { Contact } from "../../src/core/contact";
import { contactsByLink, isReferable, linkTargets, referralWarning } from "../../src/core/referral";
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

describe("isReferable", () => {
  it("offers neither do-not-contact nor no-refer people", () => {
    expect(cast.filter(isReferable).map((c) => c.name)).toEqual(["Joan Park", "Ann Lee", "Hannah Cho", "Dana Fox", "Sam Ortiz"]);
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
