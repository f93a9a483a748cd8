import { describe, expect, it } from "vitest";
import { defaultSettings, loadSettings, SETTINGS_VERSION } from "../../src/core/settings";

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
