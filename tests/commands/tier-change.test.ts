import type * as O from "obsidian";
import { describe, expect, it, vi, type Mock } from "vitest";
import { registerCommands, type CommandContext, type CommandUi } from "../../src/commands/commands";
import { changeTier, tierChoices } from "../../src/commands/tier-change";
import type { TierChoice } from "../../src/ports";
import { defaultSettings } from "../../src/core/settings";
import { file, harness, hostFor, type Harness } from "../obsidian/helpers";
import { isoDate } from "../../src/core/dates";

const TODAY = isoDate("2026-11-26");

// Load 1.249: Ann A 7/30.44 = 0.230, Bob D 7/365.25 = 0.019, Dee her own 1w = 1. Cy and Fay are
// do-not-contact and Eve's tier is unknown (untracked): no load.
const FILES = {
  "Contacts/Ann.md": "---\ntier: A\nlast-touch: 2026-09-01\n---\n",
  "Contacts/Bob.md": "---\ntier: D # loose\nlast-touch: 2026-11-01\n---\nNotes.\n",
  "Contacts/Cy.md": "---\ntier: A\ndo-not-contact: 2026-01-05\n---\n",
  "Contacts/Dee.md": "---\ntier: B\ncadence: 1w\n---\n",
  "Contacts/Eve.md": "---\ntier: VIP\n---\n",
  "Contacts/Fay.md": "---\ndoNotContact: true\n---\n",
  "Notes/Shopping.md": "- milk\n",
};

const PLANNING_COMMAND_IDS = ["change-tier", "show-do-not-contact", "review-network"];

type MockUi = { [K in keyof CommandUi]: Mock<CommandUi[K]> };

function fakeUi(answer = true): MockUi {
  return {
    logInteraction: vi.fn<CommandUi["logInteraction"]>(),
    snooze: vi.fn<CommandUi["snooze"]>(),
    setupCheck: vi.fn<CommandUi["setupCheck"]>(),
    triage: vi.fn<CommandUi["triage"]>(),
    pickContact: vi.fn<CommandUi["pickContact"]>(),
    findReferral: vi.fn<CommandUi["findReferral"]>(),
    showProblems: vi.fn<CommandUi["showProblems"]>(),
    newContact: vi.fn<CommandUi["newContact"]>(),
    pickTier: vi.fn<CommandUi["pickTier"]>(),
    showDoNotContact: vi.fn<CommandUi["showDoNotContact"]>(),
    reviewNetwork: vi.fn<CommandUi["reviewNetwork"]>(),
    importContacts: vi.fn<CommandUi["importContacts"]>(),
    showFollowUps: vi.fn<CommandUi["showFollowUps"]>(),
    confirm: vi.fn<CommandUi["confirm"]>(() => Promise.resolve(answer)),
    notify: vi.fn<CommandUi["notify"]>(),
  };
}

function contextFor(host: CommandContext["host"], ui: CommandUi, activeFile: CommandContext["activeFile"]): CommandContext {
  const unused = (): Promise<never> => Promise.reject(new Error("not used by the planning commands"));
  return {
    host,
    ui,
    activeFile,
    openDuePanel: unused,
    openCalendar: unused,
    createContact: unused,
    rebuildIndex: unused,
    insertReachOuts: unused,
    showCard: unused,
  };
}

async function setup(
  budget: number,
  answer = true,
): Promise<{
  h: Harness;
  ui: MockUi;
  confirmations: string[];
  ctx: CommandContext;
  commands: Map<string, O.Command>;
  run: (id: string) => Promise<void>;
}> {
  const h = harness(FILES, { ...defaultSettings(), weeklyBudget: budget });
  await h.ready();
  const ui = fakeUi(answer);
  const { host, confirmations } = hostFor(h, TODAY, ui);
  const ctx = contextFor(host, ui, () => h.app.workspace.getActiveFile());
  const commands = new Map<string, O.Command>();
  registerCommands({ addCommand: (c) => (commands.set(c.id, c), c) }, ctx);
  const run = async (id: string): Promise<void> => {
    const c = commands.get(id);
    if (c === undefined) throw new Error(`no command ${id}`);
    if (c.checkCallback !== undefined) expect(c.checkCallback(false)).toBe(true);
    else await c.callback?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await h.index.settled();
  };
  return { h, ui, confirmations, ctx, commands, run };
}

const openOn = (h: Harness, path: string | null): void => h.workspace.setActiveFile(path === null ? null : file(h.vault, path));

/** Runs "Change this contact's tier" on `path` and picks `key`. */
async function pickTier(s: Awaited<ReturnType<typeof setup>>, path: string, key: string): Promise<void> {
  openOn(s.h, path);
  await s.run("change-tier");
  const call = s.ui.pickTier.mock.calls.at(-1);
  const choice = call?.[1].find((c) => c.key === key);
  if (call === undefined || choice === undefined) throw new Error(`tier ${key} was not offered`);
  call[2](choice);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await s.h.index.settled();
}

describe("the planning commands", () => {
  it("registers stable ids with sentence-case names and no hotkeys", async () => {
    const { commands } = await setup(10);
    const planning = PLANNING_COMMAND_IDS.map((id) => commands.get(id));
    expect(planning.map((c) => c?.name)).toEqual(["Change this contact's tier", "Show the do-not-contact list", "Review the network"]);
    for (const c of planning) expect(c?.hotkeys).toBeUndefined();
  });

  it("offers the tier change only on a contact note", async () => {
    const { h, commands } = await setup(10);
    const offered = (): boolean | undefined => commands.get("change-tier")?.checkCallback?.(true) as boolean | undefined;
    openOn(h, null);
    expect(offered()).toBe(false);
    openOn(h, "Notes/Shopping.md");
    expect(offered()).toBe(false);
    openOn(h, "Contacts/Bob.md");
    expect(offered()).toBe(true);
  });

  it("asks before raising a tier pushes the load over the budget, and writes nothing when told no", async () => {
    // Load 1.249; Bob D → A adds 0.230 − 0.019: 1.460, over a budget of 1.3.
    const declined = await setup(1.3, false);
    await pickTier(declined, "Contacts/Bob.md", "A");
    expect(declined.ui.confirm).toHaveBeenCalledTimes(1);
    const request = declined.ui.confirm.mock.calls[0]?.[0];
    expect(request?.message).toMatch(/^Moving Bob to tier A \(monthly\) raises the load to 1\.5 touches a week, over the budget of 1\.3\./);
    expect(request?.cta).toBe("Change the tier");
    expect(declined.h.vault.textOf("Contacts/Bob.md")).toBe(FILES["Contacts/Bob.md"]);

    const accepted = await setup(1.3, true);
    await pickTier(accepted, "Contacts/Bob.md", "A");
    expect(accepted.h.vault.textOf("Contacts/Bob.md")).toBe("---\ntier: A # loose\nlast-touch: 2026-11-01\n---\nNotes.\n");
    expect(accepted.confirmations).toEqual(["Bob is now tier A. Undo"]);
  });

  it("raises a tier without asking when the load stays within the budget", async () => {
    const s = await setup(1.5);
    await pickTier(s, "Contacts/Bob.md", "A");
    expect(s.ui.confirm).not.toHaveBeenCalled();
    expect(s.h.index.get("Contacts/Bob.md")?.tier?.key).toBe("A");
  });

  it("never asks to lower a tier or untrack, even over the budget", async () => {
    const s = await setup(0.1);
    await pickTier(s, "Contacts/Ann.md", "B");
    await pickTier(s, "Contacts/Bob.md", "none");
    expect(s.ui.confirm).not.toHaveBeenCalled();
    expect(s.h.vault.textOf("Contacts/Ann.md")).toBe("---\ntier: B\nlast-touch: 2026-09-01\n---\n");
    expect(s.h.vault.textOf("Contacts/Bob.md")).toBe("---\ntier: none # loose\nlast-touch: 2026-11-01\n---\nNotes.\n");
    expect(s.confirmations.at(-1)).toBe("Bob is now untracked. Undo");
  });

  it("writes nothing when the tier picked is the current one", async () => {
    const s = await setup(10);
    await pickTier(s, "Contacts/Ann.md", "A");
    expect(s.h.vault.textOf("Contacts/Ann.md")).toBe(FILES["Contacts/Ann.md"]);
    expect(s.ui.notify).toHaveBeenCalledWith("Ann is already tier A.");
  });

  it("opens the do-not-contact list and the review once the index is ready, with the budget-checked tier change", async () => {
    const s = await setup(1.3, false);
    await s.run("show-do-not-contact");
    await s.run("review-network");
    expect(s.ui.showDoNotContact).toHaveBeenCalledTimes(1);
    const change = s.ui.reviewNetwork.mock.calls[0]?.[0];
    const bob = s.h.index.get("Contacts/Bob.md");
    if (change === undefined || bob === undefined) throw new Error("no review");
    // The review's tier moves go through the same check: declined here, so nothing is written.
    expect(await change(bob, "A")).toBe(false);
    expect(s.ui.confirm).toHaveBeenCalledTimes(1);
    expect(s.h.vault.textOf("Contacts/Bob.md")).toBe(FILES["Contacts/Bob.md"]);
  });

  it("waits for the index before listing anyone", async () => {
    const h = harness(FILES);
    const ui = fakeUi();
    const commands = new Map<string, O.Command>();
    registerCommands(
      { addCommand: (c) => (commands.set(c.id, c), c) },
      contextFor({ index: h.index, actions: {} as never, settings: () => h.settings, today: () => TODAY }, ui, () => null),
    );
    await commands.get("show-do-not-contact")?.callback?.();
    await commands.get("review-network")?.callback?.();
    expect(ui.showDoNotContact).not.toHaveBeenCalled();
    expect(ui.reviewNetwork).not.toHaveBeenCalled();
    expect(ui.notify).toHaveBeenCalledTimes(2);
  });
});

describe("tier choices", () => {
  it("lists every tier with its cadence, then no tier, marking the current one", async () => {
    const { h } = await setup(10);
    const bob = h.index.get("Contacts/Bob.md");
    if (bob === undefined) throw new Error("no Bob");
    const rows = (choices: TierChoice[]) => choices.map((c) => [c.key, c.label, c.description, c.current]);
    expect(rows(tierChoices(bob, h.settings))).toEqual([
      ["A", "A: Inner circle", "Inner circle · monthly", false],
      ["B", "B: Active", "Active · every 3 months", false],
      ["C", "C: Maintain", "Maintain · every 6 months", false],
      ["D", "D: Annual", "Annual · yearly", true],
      ["none", "No tier (untracked)", "Stays in the vault, never due", false],
    ]);
  });

  it("says when the note's own cadence stays, and offers none as the fix for an unknown tier", async () => {
    const { h } = await setup(10);
    const dee = h.index.get("Contacts/Dee.md");
    const eve = h.index.get("Contacts/Eve.md");
    if (dee === undefined || eve === undefined) throw new Error("missing contacts");
    const deeChoices = tierChoices(dee, h.settings);
    expect(deeChoices[0]?.description).toBe("Inner circle · the note's own cadence stays");
    expect(deeChoices.at(-1)).toEqual({
      key: "none",
      label: "No tier",
      description: "the note's own cadence (weekly) stays",
      current: false,
    });
    // Eve's tier "VIP" is unknown: no tier is not marked current, so writing none fixes it.
    expect(tierChoices(eve, h.settings).filter((c) => c.current)).toEqual([]);
  });
});

describe("changeTier", () => {
  it("counts a do-not-contact person as no load either way", async () => {
    const s = await setup(0.1);
    const fay = s.h.index.get("Contacts/Fay.md");
    if (fay === undefined) throw new Error("no Fay");
    expect(await changeTier(s.ctx, fay, "A")).toBe(true);
    expect(s.ui.confirm).not.toHaveBeenCalled();
    expect(s.h.vault.textOf("Contacts/Fay.md")).toBe("---\ndoNotContact: true\ntier: A\n---\n");
  });
});
