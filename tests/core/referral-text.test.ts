import { describe, expect, it } from "vitest";
import { isLogTag, matchRanges, plainBody, roleAndCompany, snippetAround, topicTags } from "../../src/core/referral-text";
import { foldKeepingLength } from "../../src/lib/text-match";

describe("a note's body as plain text", () => {
  it("drops the frontmatter, rules, comments and code fences", () => {
    const note =
      "---\ntier: B\nname: Ann\n---\nIntro line\n\n---\n***\n%% private %%\n<!-- hidden -->\n```\ncode here\n```\n| a | b |\n|---|:-:|\n| c | d |\n";
    expect(plainBody(note)).toBe("Intro line code here a b c d");
  });

  it("keeps a note without frontmatter whole, and a BOM or CRLF changes nothing", () => {
    expect(plainBody("\uFEFF---\r\ntier: A\r\n---\r\nHello\r\nthere")).toBe("Hello there");
    expect(plainBody("Just text")).toBe("Just text");
  });

  it("drops markdown marks and keeps what a reader sees", () => {
    expect(
      plainBody(
        "## Work\n> [!note] Met at\n> **Web Summit** in _Lisbon_\n- [x] sent `deck`\n1. call [[People/Sam Lee|Sam]] and [[Ann Lee]] about [the post](https://x.y)\n![[photo.png]] ==big== ~~old~~",
      ),
    ).toBe("Work Met at Web Summit in Lisbon sent deck call Sam and Ann Lee about the post big old");
  });

  it("leaves underscores inside words and lone asterisks alone", () => {
    expect(plainBody("snake_case_name costs 2 * 3")).toBe("snake_case_name costs 2 * 3");
  });
});

describe("where the query's words are", () => {
  it("finds every occurrence of every term and merges overlaps", () => {
    expect(matchRanges("payments and pay", ["pay"])).toEqual([
      [0, 3],
      [13, 16],
    ]);
    expect(matchRanges("payments summit", ["payments", "ments sum"])).toEqual([[0, 12]]);
    expect(matchRanges("abc", ["", "x"])).toEqual([]);
  });

  it("cuts a piece at whole words around the match, with the ranges in the piece's own positions", () => {
    const plain = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";
    const at = plain.indexOf("eight");
    const s = snippetAround(plain, foldKeepingLength(plain), at, 5, ["eight", "nine"], 15);
    expect(s.text).toBe("…five six seven eight nine ten…");
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(["eight", "nine"]);
  });

  it("cuts inside one long word down to the match, and says so at both ends", () => {
    const plain = `${"x".repeat(60)}needle${"y".repeat(60)}`;
    const s = snippetAround(plain, foldKeepingLength(plain), 60, 6, ["needle"]);
    expect(s.text).toBe("…needle…");
    expect(s.ranges).toEqual([[1, 7]]);
  });

  it("highlights an accented word found by its folded form", () => {
    const plain = "Café owner in Montréal";
    const s = snippetAround(plain, foldKeepingLength(plain), plain.indexOf("Montréal"), 8, ["montreal"]);
    expect(s.text).toBe(plain);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(["Montréal"]);
  });
});

describe("topic tags", () => {
  it("leaves out the reciprocity tags, nested ones too, and the contact tags", () => {
    expect(isLogTag("asked")).toBe(true);
    expect(isLogTag("gave/intro")).toBe(true);
    expect(isLogTag("asker")).toBe(false);
    expect(topicTags(["contact", "asked", "noreply", "declined", "gave/intro", "fintech", "contact/work"], ["#Contact"])).toEqual([
      "fintech",
      "contact/work",
    ]);
  });
});

describe("role and company", () => {
  it("reads the keys the forgiving way, either alone", () => {
    expect(roleAndCompany({ Role: "CTO", company: "Acme" })).toBe("CTO · Acme");
    expect(roleAndCompany({ job_title: "Designer" })).toBe("Designer");
    expect(roleAndCompany({ organization: "Globex", role: " " })).toBe("Globex");
    expect(roleAndCompany({ tier: "A" })).toBeNull();
    expect(roleAndCompany(undefined)).toBeNull();
  });
});
