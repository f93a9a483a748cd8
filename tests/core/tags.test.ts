import { describe, expect, it } from "vitest";
import { normaliseTag, tagMatches } from "../../src/core/tags";

describe("tags", () => {
  it("compare without # and in lower case", () => {
    expect(["#Contact", "contact/Work", "#CONTACT/work/eng"].map(normaliseTag)).toEqual(["contact", "contact/work", "contact/work/eng"]);
  });

  it.each<[string, string, boolean]>([
    ["contact", "contact", true],
    ["contact/work", "contact", true],
    ["contact/work/eng", "contact/work", true],
    ["contacts", "contact", false],
    ["work/contact", "contact", false],
    ["contact-work", "contact", false],
    ["con", "contact", false],
  ])("%s is under %s: %s", (tag, wanted, matches) => {
    expect(tagMatches(tag, wanted)).toBe(matches);
  });
});
