/**
 * The index reads every note of a vault at each build, so a few readers answer the common case in
 * place (an ASCII tag, a heading of plain words, one pass over the frontmatter's keys). Each is
 * held here to the general rule it stands in for.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import { headingKey, logHeadingNames, logHeadingTest } from "../../src/core/log-heading";
import { hasPlaceholder, isContact, matchesAnyTag, membershipRules } from "../../src/core/membership";
import { defaultSettings } from "../../src/core/settings";

const FOLDERS = { configDir: ".obsidian", templateFolders: [] };

describe("a note's inline tags, compared in place", () => {
  const tagText = fc.stringMatching(/^[ #a-zA-Z/İÇç\u00a0]{0,12}$/);
  const wanted = fc.constantFrom(["contact"], ["contact", "people"], ["Contact/Work"], ["çontact"], ["i̇nfo"]);

  it("matches exactly when the normalised tag does", () => {
    fc.assert(
      fc.property(fc.array(tagText, { maxLength: 3 }), wanted, (tags, contactTags) => {
        const rules = membershipRules({ ...defaultSettings(), contactsFolders: [], contactTags: [...contactTags] }, FOLDERS);
        const expected = tags.some((t) => matchesAnyTag(t, rules.tags));
        expect(isContact("Notes/Ann.md", { frontmatter: undefined, inlineTags: tags }, rules)).toBe(expected);
        expect(isContact("Notes/Ann.md", { frontmatter: undefined, inlineTags: tags.map((tag) => ({ tag })) }, rules)).toBe(expected);
      }),
    );
  });

  it.each([
    ["#Contact", true],
    ["#CONTACT/Work", true],
    ["#contacts", false],
    ["#contact-work", false],
    ["#", false],
    [" #contact ", true],
    ["#Çontact", false],
  ])("%j under the tag contact: %s", (tag, expected) => {
    const rules = membershipRules({ ...defaultSettings(), contactsFolders: [] }, FOLDERS);
    expect(isContact("Notes/Ann.md", { frontmatter: undefined, inlineTags: [tag] }, rules)).toBe(expected);
  });
});

describe("placeholders, one look at each character", () => {
  it.each([
    [{ a: "ends with {{" }, false],
    [{ a: "{{x}}" }, true],
    [{ a: "{ {x} }" }, false],
    [{ a: "<%" }, false],
    [{ a: "<%%>" }, true],
    [{ a: "<" }, false],
    [{ a: "" }, false],
    [{ "<%key": 1 }, true],
    [{ list: [1, "<% x %>"] }, true],
  ])("%j → %s", (fm, expected) => {
    expect(hasPlaceholder(fm)).toBe(expected);
  });

  it("agrees with the pattern on any text", () => {
    const pattern = /\{\{[^}]*\}\}|<%[\s\S]*?%>/;
    fc.assert(
      fc.property(fc.stringMatching(/^[{}<%a ]{0,10}$/), (text) => {
        expect(hasPlaceholder({ v: text })).toBe(pattern.test(text));
      }),
    );
  });
});

describe("a heading of plain words, compared in place", () => {
  const setting = "Log, Interaction log, Contact log 2";
  const keys = new Set(logHeadingNames(setting).map(headingKey));

  it("names the log exactly when its reduced text is one of the names", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ LlOoGgIinteracto2:#\t📝]{0,16}$/u), (text) => {
        expect(logHeadingTest(setting)(text)).toBe(keys.has(headingKey(text)));
      }),
    );
  });

  it.each([
    ["Log", true],
    ["LOG", true],
    ["Interaction Log", true],
    ["Interaction  Log", true],
    [" Log", true],
    ["Logs", false],
    ["Contact log 2", true],
    ["Ada Lovelace", false],
  ])("%j: %s", (text, expected) => {
    expect(logHeadingTest(setting)(text)).toBe(expected);
  });
});

describe("ignore-mentions among a note's keys", () => {
  const settings = defaultSettings();
  const ignores = (frontmatter: Record<string, unknown>): boolean =>
    buildContact({ path: "Contacts/Ann.md", frontmatter, frontmatterError: undefined }, settings).ignoreMentions;

  it("reads the first of its three keys that holds a value, wherever it stands among the keys", () => {
    expect(ignores({ ignoreMentions: true, "ignore-mentions": false })).toBe(false);
    expect(ignores({ ignoreMentions: true, "ignore-mentions": null })).toBe(true);
    expect(ignores({ ignore_mentions: "yes", tier: "A" })).toBe(true);
    expect(ignores({ ignoreMentions: "yes", ignore_mentions: "no" })).toBe(false);
    expect(ignores({ "Ignore-Mentions": true })).toBe(false);
    expect(ignores({ tier: "A" })).toBe(false);
  });

  it("does not keep one contact's fields for the next", () => {
    const first = buildContact(
      { path: "Contacts/Ann.md", frontmatter: { tier: "A", cadence: "2w", name: "Ann" }, frontmatterError: undefined },
      settings,
    );
    const second = buildContact({ path: "Contacts/Bob.md", frontmatter: { tier: "B" }, frontmatterError: undefined }, settings);
    expect([first.name, first.ownCadence]).toEqual(["Ann", true]);
    expect([second.name, second.ownCadence, second.tier?.key]).toEqual(["Bob", false, "B"]);
  });
});
