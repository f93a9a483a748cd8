import { describe, expect, it } from "vitest";
import { defaultSettings, loadSettings, SETTINGS_VERSION, validateSettingField } from "../../src/core/settings";

describe("loadSettings", () => {
  it("gives the defaults for nothing", () => {
    expect(loadSettings(undefined)).toEqual({ settings: defaultSettings(), warnings: [] });
    expect(loadSettings(null).settings.weeklyBudget).toBe(10);
  });

  it("keeps valid fields and normalises them", () => {
    const { settings, warnings } = loadSettings({
      version: 2,
      contactsFolders: ["/People/", " Work/Clients ", "people", ""],
      contactTags: ["#person", "People"],
      contactMarkers: [" type: person ", ""],
      logHeading: "## Interactions, Contact log",
      weeklyBudget: 6,
      soonDays: 3,
    });
    expect(warnings).toEqual([]);
    expect(settings).toMatchObject({
      contactsFolders: ["People", "Work/Clients"],
      contactTags: ["person", "People"],
      contactMarkers: ["type: person"],
      logHeading: "Interactions, Contact log",
      weeklyBudget: 6,
      soonDays: 3,
      version: SETTINGS_VERSION,
    });
  });

  it("moves version 1's single folder and tag into the lists, and its default log heading to the new one", () => {
    const { settings, warnings } = loadSettings({ version: 1, contactsFolder: "/People/", contactTag: "#person", logHeading: "Log" });
    expect(warnings).toEqual([]);
    expect(settings).toMatchObject({
      contactsFolders: ["People"],
      contactTags: ["person"],
      contactMarkers: [],
      logHeading: "Log, Interaction log, Contact log",
    });
    expect(loadSettings({ version: 1, contactsFolder: "", contactTag: "contact", logHeading: "Interactions" }).settings).toMatchObject({
      contactsFolders: [],
      contactTags: ["contact"],
      logHeading: "Interactions",
    });
    // Nothing saved at all (version 0): the defaults.
    expect(loadSettings({ soonDays: 2 }).settings).toMatchObject({ contactsFolders: ["Contacts"], contactTags: ["contact"] });
  });

  it("falls back field by field and says which", () => {
    const { settings, warnings } = loadSettings({
      weeklyBudget: "lots",
      soonDays: 3,
      tiers: [{ key: "A", label: "x", cadence: "sometimes", aliases: [] }],
    });
    expect(settings.weeklyBudget).toBe(10);
    expect(settings.soonDays).toBe(3);
    expect(settings.tiers).toEqual(defaultSettings().tiers);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^settings: tiers is invalid: not a cadence/);
    expect(warnings[1]).toMatch(/^settings: weeklyBudget is invalid/);
  });

  it("rejects duplicate tier keys and empty tags", () => {
    const dup = loadSettings({
      tiers: [
        { key: "A", label: "x", cadence: "1m" },
        { key: "a", label: "y", cadence: "2m" },
      ],
      contactTags: ["two words"],
    });
    expect(dup.settings.tiers).toEqual(defaultSettings().tiers);
    expect(dup.settings.contactTags).toEqual(["contact"]);
    expect(dup.warnings).toHaveLength(2);
  });

  it("accepts custom tiers, defaulting aliases", () => {
    const { settings } = loadSettings({ tiers: [{ key: "close", label: "Close", cadence: "2w" }] });
    expect(settings.tiers).toEqual([{ key: "close", label: "Close", cadence: "2w", aliases: [] }]);
  });

  it("migrates settings saved before versions were recorded", () => {
    const { settings } = loadSettings({ dueSoonDays: 14 });
    expect(settings.soonDays).toBe(14);
    expect(settings.version).toBe(SETTINGS_VERSION);
  });

  it("says so when data.json is not an object", () => {
    expect(loadSettings("oops").warnings).toEqual(["settings are not an object; using the defaults"]);
    expect(loadSettings([1, 2]).settings).toEqual(defaultSettings());
  });

  it("hands out fresh defaults each time", () => {
    const a = defaultSettings();
    a.tiers[0]?.aliases.push("x");
    expect(defaultSettings().tiers[0]?.aliases).toEqual(["1"]);
  });
});

describe("validateSettingField", () => {
  // zod/mini has no built-in wording: each check must say what it expects, never "Invalid input".
  it.each([
    ["weeklyBudget", "lots", "expected a number"],
    ["weeklyBudget", 0, "expected more than 0 touches a week"],
    ["weeklyBudget", 1001, "expected at most 1000 touches a week"],
    ["soonDays", 2.5, "expected a whole number of days"],
    ["soonDays", -1, "expected 0 days or more"],
    ["soonDays", 366, "expected at most 365 days"],
    // Beyond the safe integers a number is no longer whole to the day: said as such, not as "too many".
    ["soonDays", 1e20, "expected a whole number of days"],
    ["soonDays", Number.NaN, "expected a whole number of days"],
    ["soonDays", Number.POSITIVE_INFINITY, "expected a whole number of days"],
    ["keyDateDays", 367, "expected at most 366 days"],
    ["keyDateDays", "14", "expected a whole number of days"],
    ["keyDateKeys", ["birthday", " "], "a key cannot be empty"],
    ["mentionDateKeys", "date", "expected a list of keys"],
    ["weeklyBudget", -1, "expected more than 0 touches a week"],
    ["contactsFolders", 3, "expected a list of folder paths"],
    ["contactsFolders", [3], "expected a folder path"],
    ["contactTags", ["coffee chat"], "a tag is one word without spaces or commas"],
    ["contactMarkers", [": person"], "a marker is key: value (or a key alone)"],
    ["logHeading", "##", "the log heading cannot be empty"],
    ["interactionTypes", ["call", "coffee chat"], "a type is one word"],
    ["interactionTypes", [], "at least one interaction type is needed"],
    ["interactionTypes", "call", "expected a list of words"],
    ["tiers", [], "at least one tier is needed"],
    ["tiers", [{ key: " ", label: "x", cadence: "1m" }], "a tier needs a key"],
    ["tiers", [{ key: "A", label: "x", cadence: "1m", aliases: [""] }], "an alias cannot be empty"],
    ["tiers", [{ key: "A", label: "x", cadence: 3 }], "expected a cadence"],
    ["tiers", ["A"], "expected a tier { key, label, cadence, aliases }"],
  ] as const)("%s = %j: %s", (field, value, message) => {
    expect(validateSettingField(field, value)).toEqual({ ok: false, message });
  });

  it("normalises what it accepts", () => {
    expect(validateSettingField("interactionTypes", [" Call ", "E-mail"])).toEqual({ ok: true, value: ["call", "e-mail"] });
    expect(validateSettingField("contactsFolders", [" /People/Work/ ", "people/work", ""])).toEqual({ ok: true, value: ["People/Work"] });
    expect(validateSettingField("contactTags", ["#Person", "person"])).toEqual({ ok: true, value: ["Person"] });
    expect(validateSettingField("tiers", [{ key: " A ", label: " Close ", cadence: "quarterly", aliases: [" 1 "] }])).toEqual({
      ok: true,
      value: [{ key: "A", label: "Close", cadence: "quarterly", aliases: ["1"] }],
    });
  });
});
