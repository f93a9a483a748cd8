import { describe, expect, it } from "vitest";
import { hasPlaceholder, isContact, markerValue, membershipRules, missingFolders, parseMarker } from "../../src/core/membership";
import { defaultSettings, type Settings } from "../../src/core/settings";

const FOLDERS = { configDir: ".obsidian", templateFolders: ["Templates", "Meta/Templater"] };

function rules(change: Partial<Settings> = {}) {
  return membershipRules({ ...defaultSettings(), ...change }, FOLDERS);
}

/** [path, frontmatter, inline tags, settings change, is a contact] */
const CASES: ReadonlyArray<[string, Record<string, unknown>, string[], Partial<Settings>, boolean]> = [
  ["Contacts/Ann.md", {}, [], {}, true],
  ["Contacts/Work/Ann.md", {}, [], {}, true],
  ["People/Ann.md", {}, [], {}, false],
  ["People/Ann.md", {}, [], { contactsFolders: ["Contacts", "People"] }, true],
  ["Atlas/People/Ann.md", {}, [], { contactsFolders: ["Atlas/People"] }, true],
  ["Notes/Ann.md", {}, ["#contact"], {}, true],
  ["Notes/Ann.md", {}, ["#contact/work"], {}, true],
  ["Notes/Ann.md", { tags: ["People"] }, [], { contactTags: ["contact", "people"] }, true],
  ["Notes/Ann.md", { tags: "work, person" }, [], { contactTags: ["person"] }, true],
  ["Notes/Ann.md", {}, ["#personal"], { contactTags: ["person"] }, false],
  // markers: a value, a list element, a link, plain text, any value
  ["Notes/Ann.md", { type: "person" }, [], { contactMarkers: ["type: person"] }, true],
  ["Notes/Ann.md", { Type: "Person" }, [], { contactMarkers: ["type: person"] }, true],
  ["Notes/Ann.md", { type: "project" }, [], { contactMarkers: ["type: person"] }, false],
  ["Notes/Ann.md", { categories: ["[[People]]", "[[Work]]"] }, [], { contactMarkers: ['categories: "[[People]]"'] }, true],
  ["Notes/Ann.md", { categories: "[[People|folks]]" }, [], { contactMarkers: ["categories: People"] }, true],
  ["Notes/Ann.md", { categories: ["People"] }, [], { contactMarkers: ["categories: [[People]]"] }, true],
  ["Notes/Ann.md", { "prm-tier": "close" }, [], { contactMarkers: ["prm-tier"] }, true],
  ["Notes/Ann.md", { "prm-tier": "" }, [], { contactMarkers: ["prm-tier"] }, false],
  // never contacts
  [".obsidian/Ann.md", {}, ["#contact"], {}, false],
  [".trash/Ann.md", {}, ["#contact"], {}, false],
  ["Templates/Person.md", {}, ["#contact"], {}, false],
  ["Meta/Templater/Person.md", { type: "person" }, [], { contactMarkers: ["type: person"] }, false],
  ["Contacts/Template.md", { name: "{{title}}" }, [], {}, false],
  ["Contacts/Template.md", { created: "<% tp.date.now() %>" }, [], {}, false],
  ["Contacts/Template.md", { aliases: ["{{alias}}"] }, [], {}, false],
  ["Contacts/Ann.md", { note: "uses {curly} braces" }, [], {}, true],
  ["Contacts/Ann.txt", {}, [], {}, false],
  ["Contacts/Ann.MD", {}, [], {}, true],
];

describe("isContact", () => {
  it.each(CASES)("%s %j %j %j → %s", (path, frontmatter, inlineTags, change, expected) => {
    expect(isContact(path, { frontmatter, inlineTags }, rules(change))).toBe(expected);
  });
});

describe("markers", () => {
  it.each([
    ["type: person", { key: "type", value: "person" }],
    ['categories: "[[People]]"', { key: "categories", value: "people" }],
    ["Note Type: #Person", { key: "notetype", value: "person" }],
    ["prm-tier", { key: "prmtier", value: null }],
    ["prm-tier:", { key: "prmtier", value: null }],
    [": person", null],
  ])("parses %j", (text, marker) => {
    expect(parseMarker(text)).toEqual(marker);
  });

  it("reads a link's target", () => {
    expect(markerValue("[[People/Index#top|all]]")).toBe("people/index");
    expect(markerValue("'Person'")).toBe("person");
  });
});

describe("placeholders", () => {
  it.each([
    [{ name: "{{title}}" }, true],
    [{ d: "<%tp.file.title%>" }, true],
    [{ "{{key}}": 1 }, true],
    [{ name: "Ann {Anna}" }, false],
    [{ n: 3 }, false],
    [{ list: ["a", "{{b}}"] }, true],
  ])("%j → %s", (fm, expected) => {
    expect(hasPlaceholder(fm)).toBe(expected);
  });
});

describe("missingFolders", () => {
  it("names a missing folder and one that exists only in another letter case", () => {
    expect(missingFolders(["Contacts", "people", "Work/Clients", ""], ["People", "Work", "Work/Clients"])).toEqual([
      { folder: "Contacts", message: 'the contacts folder "Contacts" does not exist', actual: null },
      { folder: "people", message: 'the contacts folder "people" does not exist; "People" does (letter case differs)', actual: "People" },
    ]);
  });
});
