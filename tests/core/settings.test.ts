import { describe, expect, it } from "vitest";
import { defaultSettings, loadSettings, SETTINGS_VERSION, validateSettingField } from "../../src/core/settings";

describe("loadSettings", () => {
  it("gives the defaults for nothing", () => {
    expect(loadSettings(undefined)).toEqual({ settings: defaultSettings(), warnings: [] });
    expect(loadSettings(null).settings.weeklyBudget).toBe(10);
  });

  it("keeps valid fields and normalises them", () => {
    const { settings, warnings } = loadSettings({ version: 1, contactsFolder: "/People/", contactTag: "#person", logHeading: "## Interactions", weeklyBudget: 6, soonDays: 3 });
    expect(warnings).toEqual([]);
    expect(settings).toMatchObject({ contactsFolder: "People", contactTag: "person", logHeading: "Interactions", weeklyBudget: 6, soonDays: 3, version: SETTINGS_VERSION });
  });

  it("falls back field by field and says which", () => {
    const { settings, warnings } = loadSettings({ weeklyBudget: "lots", soonDays: 3, tiers: [{ key: "A", label: "x", cadence: "sometimes", aliases: [] }] });
    expect(settings.weeklyBudget).toBe(10);
    expect(settings.soonDays).toBe(3);
    expect(settings.tiers).toEqual(defaultSettings().tiers);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^settings: tiers is invalid: not a cadence/);
    expect(warnings[1]).toMatch(/^settings: weeklyBudget is invalid/);
  });

  it("rejects duplicate tier keys and empty tags", () => {
    const dup = loadSettings({ tiers: [{ key: "A", label: "x", cadence: "1m" }, { key: "a", label: "y", cadence: "2m" }], contactTag: "#" });
    expect(dup.settings.tiers).toEqual(defaultSettings().tiers);
    expect(dup.settings.contactTag).toBe("contact");
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
    ["contactsFolder", 3, "expected a folder path"],
    ["contactTag", " # ", "the contact tag cannot be empty"],
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
    expect(validateSettingField("contactsFolder", " /People/Work/ ")).toEqual({ ok: true, value: "People/Work" });
    expect(validateSettingField("tiers", [{ key: " A ", label: " Close ", cadence: "quarterly", aliases: [" 1 "] }])).toEqual({
      ok: true,
      value: [{ key: "A", label: "Close", cadence: "quarterly", aliases: ["1"] }],
    });
  });
});
