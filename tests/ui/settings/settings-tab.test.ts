import type * as O from "obsidian";
import { describe, expect, it, vi } from "vitest";
import { defaultSettings, SETTINGS_VERSION, type Settings } from "../../../src/core/settings";
import { ContactCadenceSettingTab } from "../../../src/ui/settings/settings-tab";
import { nextTierKey, parseList, parseNumber } from "../../../src/ui/settings/setting-text";
import {
  ExtraButtonComponent,
  settingsIn,
  TextComponent,
  ButtonComponent,
  ToggleComponent,
  createApp,
  type Setting,
} from "../../stubs/obsidian";

function open(): { tab: ContactCadenceSettingTab; saved: Settings[]; current: () => Settings; setting: (name: string) => Setting } {
  const { app } = createApp();
  let current = defaultSettings();
  const saved: Settings[] = [];
  const tab = new ContactCadenceSettingTab(app, {} as O.Plugin, {
    settings: () => current,
    saveSettings: async (next) => {
      current = next;
      saved.push(next);
    },
  });
  tab.display();
  const setting = (name: string): Setting => {
    const found = settingsIn(tab.containerEl).find((s) => s.name === name);
    if (found === undefined) throw new Error(`no setting ${name}`);
    return found;
  };
  return { tab, saved, current: () => current, setting };
}

const text = (s: Setting, i = 0): TextComponent => s.components.filter((c) => c instanceof TextComponent)[i] as TextComponent;
const message = (s: Setting): string => s.infoEl.querySelector<HTMLElement>(".cc-modal-message")?.getText() ?? "(none)";

describe("the settings tab", () => {
  it("shows every setting, under headings", () => {
    const { tab } = open();
    const settings = settingsIn(tab.containerEl);
    expect(settings.filter((s) => s.heading).map((s) => s.name)).toEqual([
      "Contact notes",
      "Tiers",
      "Schedule",
      "Dates that matter",
      "Interaction log",
      "Daily and meeting notes",
    ]);
    expect(settings.filter((s) => !s.heading && s.name !== "").map((s) => s.name)).toEqual([
      "Contacts folders",
      "Contact tags",
      "Contact markers",
      "Tier 1",
      "Tier 2",
      "Tier 3",
      "Tier 4",
      "Add a tier",
      "Due soon",
      "Weekly budget",
      "Key date keys",
      "Key date days",
      "Log headings",
      "Interaction types",
      "Log entries as chips",
      "Count mentions",
      "Date keys",
      "Reach-out heading",
      "Reach-outs in a new daily note",
    ]);
    expect(text(settings.find((s) => s.name === "Interaction types") as Setting).getValue()).toBe(
      "call, email, message, meeting, meal, event, card, gift, intro, referral, help, note",
    );
  });

  it("describes the same rows for Obsidian's declarative settings (1.13+), so they are searchable", () => {
    const { tab } = open();
    const groups = tab.getSettingDefinitions();
    expect(groups.map((g) => [g.type, g.heading, g.items.length])).toEqual([
      ["group", "Contact notes", 3],
      ["group", "Tiers", 5],
      ["group", "Schedule", 2],
      ["group", "Dates that matter", 2],
      ["group", "Interaction log", 3],
      ["group", "Daily and meeting notes", 4],
    ]);
    const drawn = settingsIn(tab.containerEl)
      .filter((s) => !s.heading)
      .map((s) => [s.name, s.desc]);
    expect(groups.flatMap((g) => g.items.map((i) => [i.name, i.desc]))).toEqual(drawn);
  });

  it("rejects a bad number inline, keeps the last good value, and saves a good one", async () => {
    const { setting, saved, current } = open();
    const soon = setting("Due soon");
    await text(soon).input("-1");
    expect(message(soon)).toBe("Not saved: Enter days: a whole number from 0 to 365.");
    expect(text(soon).inputEl.getAttribute("aria-invalid")).toBe("true");
    await text(soon).input("2.5");
    expect(saved).toEqual([]);
    await text(soon).input("14");
    expect(message(soon)).toBe("");
    expect(text(soon).inputEl.getAttribute("aria-invalid")).toBeNull();
    expect(current()).toMatchObject({ soonDays: 14, version: SETTINGS_VERSION });
  });

  it("checks text settings with the settings schema", async () => {
    const { setting, saved, current } = open();
    await text(setting("Contact tags")).input("contact, two words");
    expect(message(setting("Contact tags"))).toBe("Not saved: a tag is one word without spaces or commas.");
    await text(setting("Contact tags")).input("contact, #person");
    await text(setting("Contacts folders")).input("/People/, Contacts");
    await text(setting("Contact markers")).input("type: person; categories: [[People]]");
    await text(setting("Interaction types")).input("call, c@ll");
    expect(message(setting("Interaction types"))).toBe("Not saved: a type is one word.");
    await text(setting("Interaction types")).input("Call coffee, lunch");
    expect(saved).toHaveLength(4);
    expect(current()).toMatchObject({
      contactTags: ["contact", "person"],
      contactsFolders: ["People", "Contacts"],
      contactMarkers: ["type: person", "categories: [[People]]"],
      interactionTypes: ["call", "coffee", "lunch"],
    });
  });

  it("turns the log chips off and on, on by default, saving the rest as it was", async () => {
    const { setting, current, saved } = open();
    const toggle = setting("Log entries as chips").components.find((c) => c instanceof ToggleComponent) as ToggleComponent;
    expect(toggle.getValue()).toBe(true);
    await toggle.input(false);
    expect(saved).toEqual([{ ...defaultSettings(), logChips: false }]);
    await toggle.input(true);
    expect(current().logChips).toBe(true);
  });

  it("edits the daily and meeting notes' settings, checked like the others", async () => {
    const { setting, current, saved } = open();
    const toggle = (name: string) => setting(name).components.find((c) => c instanceof ToggleComponent) as ToggleComponent;
    expect([toggle("Count mentions").getValue(), toggle("Reach-outs in a new daily note").getValue()]).toEqual([true, false]);
    expect([text(setting("Date keys")).getValue(), text(setting("Reach-out heading")).getValue()]).toEqual(["date", "Reach out"]);
    await text(setting("Reach-out heading")).input("  ## ");
    expect(message(setting("Reach-out heading"))).toBe("Not saved: the reach-out heading cannot be empty.");
    expect(saved).toEqual([]);
    // No key at all is allowed: then no note is dated by its frontmatter.
    await text(setting("Date keys")).input("");
    expect(current().mentionDateKeys).toEqual([]);
    await text(setting("Reach-out heading")).input("## People to reach");
    await text(setting("Date keys")).input("date, meeting-date");
    await toggle("Count mentions").input(false);
    await toggle("Reach-outs in a new daily note").input(true);
    expect(current()).toEqual({
      ...defaultSettings(),
      reachOutHeading: "People to reach",
      mentionDateKeys: ["date", "meeting-date"],
      countMentions: false,
      reachOutsInNewDailyNote: true,
    });
  });

  it("edits the dates that matter: the keys as a list, the days within bounds", async () => {
    const { setting, current } = open();
    expect(text(setting("Key date keys")).getValue()).toBe("birthday, anniversary");
    await text(setting("Key date keys")).input("birthday, anniversary work-anniversary");
    await text(setting("Key date days")).input("400");
    expect(message(setting("Key date days"))).toBe("Not saved: Enter days: a whole number from 0 to 366.");
    await text(setting("Key date days")).input("30");
    expect(current()).toMatchObject({ keyDateKeys: ["birthday", "anniversary", "work-anniversary"], keyDateDays: 30 });
  });

  it("saves a tier edit only when the tiers are valid", async () => {
    const { setting, current, saved } = open();
    const tier2 = setting("Tier 2");
    await text(tier2, 2).input("sometimes");
    expect(message(tier2)).toBe("Not saved: not a cadence (try 2w, 3m, quarterly).");
    expect(saved).toEqual([]);
    await text(tier2, 2).input("2m");
    await text(tier2, 1).input("Busy");
    await text(tier2, 3).input("2, active b");
    expect(current().tiers[1]).toEqual({ key: "B", label: "Busy", cadence: "2m", aliases: ["2", "active", "b"] });
    await text(tier2, 0).input("a");
    expect(message(tier2)).toBe("Not saved: tier keys must be unique.");
    expect(current().tiers[1]?.key).toBe("B");
  });

  it("adds and removes tiers, but never the last one", async () => {
    const { tab, current, setting } = open();
    const buttons = settingsIn(tab.containerEl)
      .flatMap((s) => s.components)
      .filter((c) => c instanceof ButtonComponent);
    await (buttons[0] as ButtonComponent).click();
    expect(current().tiers.map((t) => [t.key, t.cadence])).toEqual([
      ["A", "1m"],
      ["B", "3m"],
      ["C", "6m"],
      ["D", "1y"],
      ["E", "1y"],
    ]);
    const remove = (name: string): Promise<void> =>
      (setting(name).components.find((c) => c instanceof ExtraButtonComponent) as ExtraButtonComponent).click();
    for (let n = 5; n > 1; n--) await remove("Tier 1");
    expect(current().tiers.map((t) => t.key)).toEqual(["E"]);
    await remove("Tier 1");
    expect(message(setting("Tier 1"))).toBe("Not removed: at least one tier is needed.");
    expect(current().tiers).toHaveLength(1);
  });
});

describe("settings tab redraws", () => {
  it("asks Obsidian 1.13+ to redraw with update() when it has one", async () => {
    const { tab, current } = open();
    const update = vi.fn();
    Object.assign(tab, { update });
    const add = settingsIn(tab.containerEl)
      .flatMap((s) => s.components)
      .find((c) => c instanceof ButtonComponent) as ButtonComponent;
    await add.click();
    expect(update).toHaveBeenCalledTimes(1);
    expect(current().tiers).toHaveLength(5);
    // display() did not run again: the tab still shows the four tiers it drew first.
    expect(settingsIn(tab.containerEl).filter((s) => s.name.startsWith("Tier ")).length).toBe(4);
  });
});

describe("settings tab helpers", () => {
  it("parses lists and bounded numbers", () => {
    expect(parseList(" call,email  meal ,")).toEqual(["call", "email", "meal"]);
    expect(parseNumber("10", { min: 1, max: 20, integer: true, what: "x" })).toEqual({ ok: true, value: 10 });
    expect(parseNumber("0.5", { min: 0.1, max: 20, integer: false, what: "x" })).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber("", { min: 1, max: 20, integer: true, what: "x" }).ok).toBe(false);
    expect(parseNumber("21", { min: 1, max: 20, integer: true, what: "x" }).ok).toBe(false);
  });

  it("picks the next free tier key", () => {
    expect(nextTierKey(defaultSettings().tiers)).toBe("E");
    expect(nextTierKey([{ key: "a", label: "", cadence: "1m", aliases: [] }])).toBe("B");
  });
});
