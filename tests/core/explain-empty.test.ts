/**
 * The one explanation of an empty contact list, shared by the command line and the panel.
 */
import { describe, expect, it } from "vitest";
import { describeFolder, explainEmpty, lookedFor, surveyFolders, type VaultSurvey } from "../../src/core/explain-empty";

const settings = { contactsFolders: ["Contacts"], contactTags: ["contact"], contactMarkers: [] };
const survey = (over: Partial<VaultSurvey>): VaultSurvey => ({
  noteCount: 3,
  contactCount: 0,
  folders: [{ folder: "Contacts", exists: true, otherCase: null }],
  configDir: ".obsidian",
  hasConfigDir: true,
  ...over,
});

describe("explainEmpty", () => {
  it("says nothing when there are contacts", () => {
    expect(explainEmpty(settings, survey({ contactCount: 1 }))).toBeNull();
  });

  it("names the folder and the tag looked for, and that neither matched", () => {
    expect(explainEmpty(settings, survey({}))).toEqual({
      headline: "No contact notes found.",
      reasons: [
        'A contact is a note in the folder "Contacts" (subfolders included), or tagged #contact.',
        'The folder "Contacts" exists but holds no notes.',
        "None of the 3 notes carries #contact (in its tags or its text).",
      ],
      findings: ['The folder "Contacts" exists but holds no notes.', "None of the 3 notes carries #contact (in its tags or its text)."],
    });
  });

  it("points at a folder that exists only in another letter case", () => {
    const reasons =
      explainEmpty(settings, survey({ folders: [{ folder: "Contacts", exists: false, otherCase: "contacts" }] }))?.reasons ?? [];
    expect(reasons).toContain(
      'The folder "Contacts" does not exist, but "contacts" does: folder names are case-sensitive, so set the contacts folder to "contacts".',
    );
  });

  it("puts a path that is not a vault first, then an empty one", () => {
    const reasons =
      explainEmpty(
        settings,
        survey({ hasConfigDir: false, noteCount: 0, folders: [{ folder: "Contacts", exists: false, otherCase: null }] }),
      )?.reasons ?? [];
    expect(reasons.slice(0, 2)).toEqual([
      "This folder has no .obsidian folder, so it may not be an Obsidian vault: give the folder that holds .obsidian.",
      "It holds no markdown notes at all.",
    ]);
    expect(reasons).toContain('The folder "Contacts" does not exist in this vault.');
    expect(reasons.some((r) => r.startsWith("None of"))).toBe(false);
  });

  it("leaves the config folder out when the question does not arise (inside Obsidian)", () => {
    const reasons = explainEmpty(settings, survey({ hasConfigDir: null }))?.reasons ?? [];
    expect(reasons.some((r) => r.includes(".obsidian"))).toBe(false);
  });

  it("names every folder, tag and marker looked for", () => {
    const reasons =
      explainEmpty(
        { contactsFolders: ["People", "Contacts"], contactTags: ["person", "people"], contactMarkers: ["type: person"] },
        survey({ folders: [] }),
      )?.reasons ?? [];
    expect(reasons[0]).toBe(
      'A contact is a note in the folders "People" or "Contacts" (subfolders included), or tagged #person or #people, or whose frontmatter has "type: person".',
    );
  });

  it("with no contacts folder set, speaks of the tag alone", () => {
    const reasons =
      explainEmpty({ contactsFolders: [], contactTags: ["#person"], contactMarkers: [] }, survey({ folders: [] }))?.reasons ?? [];
    expect(reasons).toEqual(["A contact is a note tagged #person.", "None of the 3 notes carries #person (in its tags or its text)."]);
  });
});

describe("lookedFor and describeFolder", () => {
  it("trim slashes and the hash", () => {
    expect(lookedFor({ contactsFolders: ["/People/Work/", " "], contactTags: ["#contact"], contactMarkers: [" type: person "] })).toEqual({
      folders: ["People/Work"],
      tags: ["contact"],
      markers: ["type: person"],
    });
  });

  it("survey the folders with membership's missing-folder rule: exact names, another letter case named", () => {
    expect(surveyFolders(["Contacts", "People", "Work"], ["Contacts", "people"])).toEqual([
      { folder: "Contacts", exists: true, otherCase: null },
      { folder: "People", exists: false, otherCase: "people" },
      { folder: "Work", exists: false, otherCase: null },
    ]);
  });

  it("say nothing of a folder that exists", () => {
    expect(describeFolder({ folder: "Contacts", exists: true, otherCase: null })).toBeNull();
  });
});
