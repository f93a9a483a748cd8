import { describe, expect, it } from "vitest";
import { networkReview } from "../../../src/core/review";
import { contactLinkResolver } from "../../../src/ui/modals/referral-link";
import { referralWarning } from "../../../src/core/referral";
import { reviewSections, reviewSummary, sinceText, suppressionList, suppressionSummary } from "../../../src/ui/modals/review-model";
import { contact, person, settings, TODAY } from "../helpers";

describe("the do-not-contact list", () => {
  const kev = contact("Kevin", { tier: "C", doNotContact: "2026-03-04" });
  const maya = contact("Maya", { tier: "B", "do-not-contact": true });
  const abe = contact("Abe", { "do-not-contact": "2025-01-10" });
  const zed = contact("Zed", { "do-not-contact": "yes" });
  const ann = contact("Ann", { tier: "A", "do-not-contact": false });

  it("lists only do-not-contact people, the longest-standing first, undated ones last by name", () => {
    expect(suppressionList([ann, zed, kev, maya, abe]).map((p) => [p.name, p.since])).toEqual([
      ["Abe", "2025-01-10"],
      ["Kevin", "2026-03-04"],
      ["Maya", null],
      ["Zed", null],
    ]);
  });

  it("says since when, or that the note records no date", () => {
    const [abeRow, , mayaRow] = suppressionList([kev, maya, abe]);
    expect(abeRow && sinceText(abeRow)).toBe("Since 2025-01-10");
    expect(mayaRow && sinceText(mayaRow)).toBe("Since: not recorded (the note says yes, without a date)");
    expect(suppressionSummary(0)).toBe("Nobody is marked do-not-contact.");
    expect(suppressionSummary(1)).toMatch(/^1 person asked not to be contacted\./);
    expect(suppressionSummary(3)).toMatch(
      /^3 people asked not to be contacted\. They stay in the vault and are never listed as due, planned, suggested or offered for a referral\./,
    );
  });
});

describe("the review's sections", () => {
  it("keeps the core's four lists in review order, and never a do-not-contact person", () => {
    const far = person("Far", { tier: "B", "last-touch": "2026-01-02" }); // 328 days overdue on 3m: more than twice
    const fresh = person("Fresh", { tier: "C" }); // never contacted
    const dormant = person("Dormant", { tier: "none", "last-touch": "2022-06-01" });
    const gone = person("Gone", { tier: "A", "last-touch": "2025-01-01", "do-not-contact": "2025-06-01" });
    const review = networkReview([gone, far, fresh, dormant], settings, TODAY);
    const sections = reviewSections(review);
    expect(sections.map((s) => [s.key, s.title, s.items.map((i) => i.name)])).toEqual([
      ["longOverdue", "Long overdue", ["Far"]],
      ["neverContacted", "Never contacted", ["Fresh"]],
      ["reconnect", "Dormant ties", ["Dormant"]],
      ["tierDrift", "Tier drift", []],
    ]);
    expect(reviewSummary(review)).toMatch(/nothing is ever deleted/);
    expect(reviewSummary(networkReview([gone], settings, TODAY))).toMatch(/^Nothing to review/);
  });
});

describe("resolving a log summary's links to contacts", () => {
  const sam = contact("Sam Lee", { name: "Sam Lee", "no-refer": true }, { path: "People/Sam.md" });
  const other = contact("Sam Lee", {}, { path: "Archive/Sam Lee.md" });
  const notes: Record<string, string> = { sam: "People/Sam.md", "sam lee": "Archive/Sam Lee.md", shopping: "Notes/Shopping.md" };
  const byPath = new Map([sam, other].map((c) => [c.path, c]));
  const resolver = contactLinkResolver(
    { resolvePath: (link) => notes[link.toLowerCase()] ?? null, get: (p) => byPath.get(p), contacts: () => [sam, other] },
    "Contacts/Ann.md",
  );
  const warn = (summary: string, type = "intro") => referralWarning({ type, summary }, resolver);

  it("follows the link to the note Obsidian would open", () => {
    expect(warn("Introduced [[Sam]] to Kai")).toBe("Private note: Sam Lee is marked no-refer.");
    // [[Sam Lee]] is the archived namesake's file, who may be referred to: no warning.
    expect(warn("Introduced [[Sam Lee]] to Kai")).toBeNull();
    // A link to a note that is not a contact is nobody.
    expect(warn("See [[Shopping]]")).toBeNull();
  });

  it("falls back to the contacts' names for a link to no note", () => {
    const only = contactLinkResolver({ resolvePath: () => null, get: () => undefined, contacts: () => [sam] }, "Contacts/Ann.md");
    expect(referralWarning({ type: "referral", summary: "Sent [[sam lee]] a CV" }, only)).toBe("Private note: Sam Lee is marked no-refer.");
    expect(referralWarning({ type: "referral", summary: "Sent [[People/Sam.md]] a CV" }, only)).toBe(
      "Private note: Sam Lee is marked no-refer.",
    );
    expect(referralWarning({ type: "call", summary: "Sent [[sam lee]] a CV" }, only)).toBeNull();
  });
});
