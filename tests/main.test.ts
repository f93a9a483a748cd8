import type * as O from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { COMMAND_IDS } from "../src/commands/commands";
import { SETTINGS_VERSION } from "../src/core/settings";
import ContactCadencePlugin from "../src/main";
import { ContactCadenceSettingTab } from "../src/ui/settings/settings-tab";
import { DUE_VIEW_TYPE, DueView } from "../src/ui/panel/due-view";
import { ContactTypingSuggest } from "../src/ui/editor/typing-suggest";
import { createApp, loadComponent, notices, Platform, settingsIn, type Plugin as StubPlugin, type TextComponent } from "./stubs/obsidian";

const MANIFEST: O.PluginManifest = {
  id: "contact-cadence",
  name: "Contact Cadence",
  author: "",
  version: "0.1.0",
  minAppVersion: "1.7.2",
  description: "",
};

const FILES = {
  "Contacts/Ann.md": "---\ntier: A\nlast-touch: 2026-09-01\n---\n",
  "Contacts/Bob.md": "---\ntier: A\n---\n",
  "Contacts/Cy.md": "---\ntier: A\ndo-not-contact: true\n---\n",
  "People/Di.md": "---\ntier: A\n---\n",
};

/** Lets builds finish and debounced work run (the index notifies after 250 ms, settings rebuild after 500 ms). */
const settle = (): Promise<unknown> => vi.advanceTimersByTimeAsync(1000);

async function start(data: unknown = null, ready = true) {
  const { app, vault, metadataCache, workspace } = createApp();
  vault.seed(FILES);
  const plugin = new ContactCadencePlugin(app, MANIFEST);
  const stub = plugin as unknown as StubPlugin;
  stub.data = data;
  await loadComponent(plugin);
  if (ready) workspace.setLayoutReady();
  // Let the build finish, then the debounced notifications run.
  await settle();
  return { app, vault, metadataCache, workspace, plugin, stub };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 10, 26, 12, 0) });
  notices.length = 0;
  Platform.isMobile = false;
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the plugin", () => {
  it("registers the commands, the view, the ribbon icon and the settings tab", async () => {
    const { stub, workspace } = await start();
    // Every command the README lists (other modules may add their own), none with a default hotkey.
    expect([...stub.commands.keys()]).toEqual(expect.arrayContaining([...COMMAND_IDS]));
    expect([...stub.commands.values()].filter((c) => c.hotkeys !== undefined)).toEqual([]);
    expect(workspace.viewCreators.has(DUE_VIEW_TYPE)).toBe(true);
    expect(stub.ribbonIcons.map((r) => r.title)).toEqual(["Open the due panel"]);
    expect(stub.settingTabs[0]).toBeInstanceOf(ContactCadenceSettingTab);
    expect(stub.editorSuggests[0]).toBeInstanceOf(ContactTypingSuggest);
    expect([stub.editorExtensions.length, stub.postProcessors.length]).toEqual([1, 1]);
  });

  it("opens the due panel once, in the right sidebar, from the ribbon", async () => {
    const { stub, workspace } = await start();
    stub.ribbonIcons[0]?.el.click();
    await settle();
    stub.ribbonIcons[0]?.el.click();
    await settle();
    const leaves = workspace.getLeavesOfType(DUE_VIEW_TYPE);
    expect(leaves).toHaveLength(1);
    expect(leaves[0]?.view).toBeInstanceOf(DueView);
    expect(workspace.revealed.map((l) => l.side)).toEqual(["right", "right"]);
  });

  it("counts contacts due in the status bar, live, never counting do-not-contact people", async () => {
    const { stub, vault, workspace } = await start(null, false);
    const bar = stub.statusBarItems[0];
    expect(bar?.getText()).toBe("Contacts: indexing…");
    workspace.setLayoutReady();
    await settle();
    // Ann overdue, Bob never contacted; Cy is do-not-contact; Di is not in the contacts folder.
    expect(bar?.getText()).toBe("1 overdue · 1 new");
    const bob = vault.getFileByPath("Contacts/Bob.md");
    if (bob === null) throw new Error("no Bob");
    await vault.modify(bob, "---\ntier: A\nlast-touch: 2026-11-20\n---\n");
    await settle();
    expect(bar?.getText()).toBe("1 overdue");
  });

  it("shows no status bar item on mobile", async () => {
    Platform.isMobile = true;
    const { stub } = await start();
    expect(stub.statusBarItems).toEqual([]);
  });

  it("offers log and snooze in a contact note's file menu", async () => {
    const { workspace, vault } = await start();
    const ann = vault.getFileByPath("Contacts/Ann.md");
    const di = vault.getFileByPath("People/Di.md");
    if (ann === null || di === null) throw new Error("missing notes");
    expect(workspace.openFileMenu(ann).map((i) => i.title)).toEqual(["Log an interaction", "Snooze contact"]);
    expect(workspace.openFileMenu(di)).toEqual([]);
  });

  it("cleans up on unload, without detaching the panel", async () => {
    const { stub, vault, metadataCache, workspace } = await start();
    stub.ribbonIcons[0]?.el.click();
    await settle();
    stub.unload();
    expect(stub.commands.size).toBe(0);
    expect(["create", "rename", "delete"].map((e) => vault.listenerCount(e))).toEqual([0, 0, 0]);
    expect(["changed", "deleted", "resolved"].map((e) => metadataCache.listenerCount(e))).toEqual([0, 0, 0]);
    expect(workspace.listenerCount("file-menu")).toBe(0);
    expect(workspace.getLeavesOfType(DUE_VIEW_TYPE)).toHaveLength(1);
    // The leaf stays and shows an empty view; the panel's view closes (and stops its timer) a moment later.
    await settle();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("the reach-out block in a new daily note", () => {
  const BLOCK = "# Thursday\n\n## Reach out\n- [ ] [[Ann]] — 56 days overdue\n- [ ] [[Bob]] — never contacted\n";

  it("is added to today's daily note created once the layout is ready, never to one found at start-up", async () => {
    const { app, vault, workspace } = await start({ reachOutsInNewDailyNote: true }, false);
    // Before the layout is ready, Obsidian reports every note it finds as created.
    await vault.create("2026-11-26.md", "# Thursday\n");
    workspace.setLayoutReady();
    await settle();
    await settle();
    expect(vault.textOf("2026-11-26.md")).toBe("# Thursday\n");
    await app.fileManager.trashFile(app.vault.getFileByPath("2026-11-26.md") as O.TFile);
    await vault.create("2026-11-26.md", "# Thursday\n");
    await settle();
    await settle();
    expect(vault.textOf("2026-11-26.md")).toBe(BLOCK);
  });

  it("is not added with the setting off (the default)", async () => {
    const { vault } = await start();
    await vault.create("2026-11-26.md", "# Thursday\n");
    await settle();
    await settle();
    expect(vault.textOf("2026-11-26.md")).toBe("# Thursday\n");
  });
});

describe("the plugin's settings", () => {
  it("warns about a bad value, uses the default for it, and leaves data.json for the user to fix", async () => {
    const data = { version: SETTINGS_VERSION, soonDays: -3, contactTags: ["person"] };
    const { stub } = await start(data);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Contact Cadence settings: soonDays is invalid/);
    expect(stub.data).toEqual(data);
  });

  it("records a migration from an older data.json", async () => {
    const { stub } = await start({ dueSoonDays: 3 });
    expect(stub.data).toMatchObject({ version: SETTINGS_VERSION, soonDays: 3 });
    expect(stub.data).not.toHaveProperty("dueSoonDays");
  });

  it("takes settings a sync rewrote, and rebuilds the index from them", async () => {
    const { stub, plugin } = await start();
    const countIn = (): string | undefined => stub.statusBarItems[0]?.getText();
    expect(countIn()).toBe("1 overdue · 1 new");
    stub.data = { version: SETTINGS_VERSION, contactsFolders: ["People"] };
    await plugin.onExternalSettingsChange();
    await settle();
    expect(countIn()).toBe("1 new");
  });

  it("saves what the settings tab changes, keeping the version", async () => {
    const { stub } = await start();
    const tab = stub.settingTabs[0] as ContactCadenceSettingTab;
    tab.display();
    const budget = settingsIn(tab.containerEl).find((s) => s.name === "Weekly budget");
    await (budget?.components[0] as TextComponent).input("4");
    expect(stub.data).toMatchObject({ version: SETTINGS_VERSION, weeklyBudget: 4 });
  });
});
