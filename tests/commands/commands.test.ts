import type * as O from "obsidian";
import { describe, expect, it, vi, type Mock } from "vitest";
import type { Contact } from "../../src/core/contact";
import { COMMAND_IDS, registerCommands, type CommandContext, type CommandUi } from "../../src/commands/commands";
import { addContactMenuItems } from "../../src/commands/file-menu";
import { file, harness, hostFor, type Harness } from "../obsidian/helpers";
import { Menu } from "../stubs/obsidian";
import { isoDate } from "../../src/core/dates";

const TODAY = isoDate("2026-11-26");

const FILES = {
  "Contacts/Ann.md": "---\ntier: A\nlast-touch: 2026-09-01\n---\n",
  "Contacts/Bob.md": "---\ntier: D\nlast-touch: 2026-11-01\n---\n",
  "Contacts/Cy.md": "---\ntier: A\ndo-not-contact: 2026-01-05\n---\n",
  "Notes/Shopping.md": "- milk\n",
};

type Spies = {
  [K in "openDuePanel" | "openCalendar" | "createContact" | "rebuildIndex" | "insertReachOuts" | "showCard"]: Mock<CommandContext[K]>;
};
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

async function setup(
  answer = true,
  files: Record<string, string> = FILES,
  withMentions = false,
): Promise<{
  h: Harness;
  ui: MockUi;
  confirmations: string[];
  commands: Map<string, O.Command>;
  ctx: CommandContext;
  spies: Spies;
  run: (id: string) => Promise<void>;
  offered: (id: string) => boolean;
}> {
  const h = harness(files, undefined, withMentions);
  await h.ready();
  const ui = fakeUi(answer);
  const { host, confirmations } = hostFor(h, TODAY, ui);
  const spies: Spies = {
    openDuePanel: vi.fn(() => Promise.resolve()),
    openCalendar: vi.fn(() => Promise.resolve()),
    createContact: vi.fn(() => Promise.resolve()),
    rebuildIndex: vi.fn(() => Promise.resolve(h.index.contacts().length)),
    insertReachOuts: vi.fn(() => Promise.resolve()),
    showCard: vi.fn(() => Promise.resolve()),
  };
  const ctx: CommandContext = { host, ui, activeFile: () => h.app.workspace.getActiveFile(), ...spies };
  const commands = new Map<string, O.Command>();
  registerCommands({ addCommand: (c) => (commands.set(c.id, c), c) }, ctx);
  const get = (id: string): O.Command => {
    const c = commands.get(id);
    if (c === undefined) throw new Error(`no command ${id}`);
    return c;
  };
  return {
    h,
    ui,
    confirmations,
    commands,
    ctx,
    spies,
    run: async (id) => {
      const c = get(id);
      if (c.checkCallback !== undefined) expect(c.checkCallback(false)).toBe(true);
      else await c.callback?.();
      // Handlers may start async work: let it finish.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await h.index.settled();
    },
    offered: (id) => {
      const c = get(id);
      return c.checkCallback === undefined ? true : c.checkCallback(true) === true;
    },
  };
}

const openOn = (h: Harness, path: string | null): void => h.workspace.setActiveFile(path === null ? null : file(h.vault, path));
const nameOf = (c: Contact | undefined): string | undefined => c?.name;

describe("the commands", () => {
  it("registers every command with stable ids, sentence-case names and no hotkeys", async () => {
    const { commands } = await setup();
    // Written out: users bind hotkeys to these ids, so a rename must fail here.
    const ids = [
      "open-due-panel",
      "log-interaction",
      "log-interaction-with",
      "mark-touched-today",
      "snooze",
      "new-contact",
      "toggle-do-not-contact",
      "toggle-no-refer",
      "find-referral",
      "open-next-due",
      "show-problems",
      "rebuild-index",
      "change-tier",
      "show-do-not-contact",
      "review-network",
      "setup-check",
      "triage",
      "add-log-entry-here",
      "import-contacts",
      "open-calendar",
      "open-calendar-for-contact",
      "show-follow-ups",
      "insert-reach-outs",
      "show-contact-card",
    ];
    expect([...commands.keys()]).toEqual(ids);
    expect(COMMAND_IDS).toEqual(ids);
    expect([...commands.values()].map((c) => c.name)).toEqual([
      "Open the due panel",
      "Log an interaction with this contact",
      "Log an interaction with…",
      "Mark this contact as touched today",
      "Snooze this contact",
      "New contact",
      "Set or clear do-not-contact for this contact",
      "Set or clear no-refer for this contact",
      "Find someone to refer",
      "Open the next due contact",
      "Show contact problems",
      "Rebuild the contact index",
      "Change this contact's tier",
      "Show the do-not-contact list",
      "Review the network",
      "Run the set-up check",
      "Triage untracked people",
      "Add a log entry here",
      "Import contacts from a file…",
      "Open the contact calendar",
      "Open the contact calendar for this contact",
      "Show follow-ups for this contact",
      "Insert this week's reach-outs",
      "Show this contact's card in the due panel",
    ]);
    for (const c of commands.values()) {
      expect(c.hotkeys).toBeUndefined();
      expect(c.id).not.toMatch(/command|contact-cadence/);
      expect(c.name).not.toMatch(/command|contact cadence/i);
    }
  });

  it("hands triage the untracked people, never a do-not-contact one", async () => {
    const files = {
      ...FILES,
      "Contacts/Dee.md": "---\ndnc: true\n---\n",
      "Contacts/Eli.md": "---\nname: Eli\n---\n",
      "Contacts/Fay.md": "---\nunsubscribed: yes\nprm-tier: close\n---\n",
    };
    const { ui, run } = await setup(true, files);
    await run("triage");
    expect(ui.triage.mock.calls[0]?.[0].map((c) => c.path)).toEqual(["Contacts/Eli.md"]);
  });

  it("shows the card of the contact whose note is open", async () => {
    const { h, spies, run } = await setup();
    openOn(h, "Contacts/Bob.md");
    await run("show-contact-card");
    expect(spies.showCard.mock.calls).toEqual([["Contacts/Bob.md"]]);
  });

  it("hands triage the most mentioned first when daily notes mention people, else by name", async () => {
    const files = {
      ...FILES,
      "Contacts/Zoë.md": "---\nname: Zoë\n---\n",
      "Contacts/eli.md": "---\nname: eli\n---\n",
      "Contacts/Mo.md": "---\nname: Mo\n---\n",
      "2026-11-20.md": "Lunch with [[Zoë]], and [[Mo]]\n",
      "2026-11-21.md": "Call with [[Zoë]]\n",
      // After today: not a touch yet, so not counted.
      "2026-12-24.md": "[[Mo]] [[eli]]\n",
    };
    const mentioned = await setup(true, files, true);
    await mentioned.run("triage");
    expect(mentioned.ui.triage.mock.calls[0]?.[0].map((c) => c.name)).toEqual(["Zoë", "Mo", "eli"]);
    // The same people without mentions tracked: by name, ignoring case.
    const plain = await setup(true, files);
    await plain.run("triage");
    expect(plain.ui.triage.mock.calls[0]?.[0].map((c) => c.name)).toEqual(["eli", "Mo", "Zoë"]);
    // With mentions turned off in the settings: by name again.
    mentioned.h.settings = { ...mentioned.h.settings, countMentions: false };
    await mentioned.run("triage");
    expect(mentioned.ui.triage.mock.calls[1]?.[0].map((c) => c.name)).toEqual(["eli", "Mo", "Zoë"]);
  });

  it("offers the 'this contact' commands only on a contact note", async () => {
    const { h, offered } = await setup();
    const thisContact = [
      "log-interaction",
      "mark-touched-today",
      "snooze",
      "toggle-do-not-contact",
      "toggle-no-refer",
      "show-follow-ups",
      "show-contact-card",
    ];
    openOn(h, null);
    expect(thisContact.filter(offered)).toEqual([]);
    openOn(h, "Notes/Shopping.md");
    expect(thisContact.filter(offered)).toEqual([]);
    openOn(h, "Contacts/Ann.md");
    expect(thisContact.filter(offered)).toEqual(thisContact);
    expect(offered("open-due-panel")).toBe(true);
  });

  it("opens the import modal once the index is built", async () => {
    const { ui, run } = await setup();
    await run("import-contacts");
    expect(ui.importContacts).toHaveBeenCalledTimes(1);
  });

  it("opens the log and snooze modals for the contact on screen", async () => {
    const { h, ui, run } = await setup();
    openOn(h, "Contacts/Bob.md");
    await run("log-interaction");
    await run("snooze");
    expect(nameOf(ui.logInteraction.mock.calls[0]?.[0])).toBe("Bob");
    expect(nameOf(ui.snooze.mock.calls[0]?.[0])).toBe("Bob");
  });

  it("shows the follow-ups of the contact on screen", async () => {
    const { h, ui, run } = await setup();
    openOn(h, "Contacts/Bob.md");
    await run("show-follow-ups");
    expect(nameOf(ui.showFollowUps.mock.calls[0]?.[0])).toBe("Bob");
  });

  it("marks the contact as touched today", async () => {
    const { h, run, confirmations } = await setup();
    openOn(h, "Contacts/Ann.md");
    await run("mark-touched-today");
    expect(h.vault.textOf("Contacts/Ann.md")).toBe("---\ntier: A\nlast-touch: 2026-11-26\n---\n");
    // Confirmed once, by the writer, with an Undo button.
    expect(confirmations).toEqual(["Ann: touched today. Undo"]);
  });

  it("sets do-not-contact only after confirming, with today's date, and clears it the same way", async () => {
    const declined = await setup(false);
    openOn(declined.h, "Contacts/Ann.md");
    await declined.run("toggle-do-not-contact");
    expect(declined.ui.confirm).toHaveBeenCalledTimes(1);
    expect(declined.h.vault.textOf("Contacts/Ann.md")).toBe(FILES["Contacts/Ann.md"]);

    const { h, run, ui } = await setup(true);
    openOn(h, "Contacts/Ann.md");
    await run("toggle-do-not-contact");
    expect(h.vault.textOf("Contacts/Ann.md")).toBe("---\ntier: A\nlast-touch: 2026-09-01\ndo-not-contact: 2026-11-26\n---\n");
    expect(h.index.get("Contacts/Ann.md")?.doNotContact).toBe(true);
    await run("toggle-do-not-contact");
    expect(h.vault.textOf("Contacts/Ann.md")).toContain("do-not-contact: false");
    expect(ui.confirm.mock.calls.map(([r]) => r.cta)).toEqual(["Set do-not-contact", "Clear do-not-contact"]);
  });

  it("adds a log entry in the editor of a contact note only, as one insertion, the cursor after the date", async () => {
    const { h, commands, ui } = await setup();
    const command = commands.get("add-log-entry-here");
    const check = command?.editorCheckCallback;
    if (check === undefined) throw new Error("not an editor command");
    const shopping = fakeEditor("- milk\n");
    expect(check(true, shopping.editor, { file: file(h.vault, "Notes/Shopping.md") } as O.MarkdownView)).toBe(false);
    const ann = fakeEditor("---\ntier: A\n---\n# Ann\n\n## Log\n- 2026-11-20 call\n\n## Notes\n");
    expect(check(false, ann.editor, { file: file(h.vault, "Contacts/Ann.md") } as O.MarkdownView)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ann.text()).toBe(`---\ntier: A\n---\n# Ann\n\n## Log\n- 2026-11-20 call\n- ${TODAY}\n\n## Notes\n`);
    expect(ann.edits).toBe(1);
    expect(ann.cursor()).toEqual({ line: 7, ch: 12 });
    expect(ui.confirm).not.toHaveBeenCalled();
  });

  it("asks before adding a log entry for a do-not-contact person, and adds nothing when declined", async () => {
    const { h, commands, ui } = await setup(false);
    const cy = fakeEditor("---\ntier: A\n---\n");
    commands
      .get("add-log-entry-here")
      ?.editorCheckCallback?.(false, cy.editor, { file: file(h.vault, "Contacts/Cy.md") } as O.MarkdownView);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ui.confirm).toHaveBeenCalledTimes(1);
    expect(cy.edits).toBe(0);
  });

  it("toggles no-refer without asking", async () => {
    const { h, run, ui } = await setup();
    openOn(h, "Contacts/Bob.md");
    await run("toggle-no-refer");
    expect(h.index.get("Contacts/Bob.md")?.noReferSince).toBe(TODAY);
    await run("toggle-no-refer");
    expect(h.index.get("Contacts/Bob.md")?.noRefer).toBe(false);
    expect(ui.confirm).not.toHaveBeenCalled();
  });

  it("never offers do-not-contact people in the contact picker", async () => {
    const { ui, run } = await setup();
    await run("log-interaction-with");
    const [offered, choose] = ui.pickContact.mock.calls[0] ?? [[], () => undefined];
    expect(offered.map((c) => c.name)).toEqual(["Ann", "Bob"]);
    const bob = offered[1];
    if (bob === undefined) throw new Error("Bob is not offered");
    choose(bob);
    expect(nameOf(ui.logInteraction.mock.calls[0]?.[0])).toBe("Bob");
  });

  it("opens the most overdue contact's note, and says when no one is due", async () => {
    const { h, run, ui } = await setup();
    await run("open-next-due");
    expect(h.workspace.getActiveFile()?.path).toBe("Contacts/Ann.md");
    h.settings = { ...h.settings, tiers: h.settings.tiers.map((t) => ({ ...t, cadence: "5y" })) };
    await h.index.rebuild();
    await run("open-next-due");
    expect(ui.notify).toHaveBeenCalledWith("No one is due: everyone is within their cadence.");
  });

  it("waits for the index before listing people", async () => {
    const h = harness(FILES);
    const ui = fakeUi();
    const commands = new Map<string, O.Command>();
    registerCommands(
      { addCommand: (c) => (commands.set(c.id, c), c) },
      {
        host: { index: h.index, actions: {} as never, settings: () => h.settings, today: () => TODAY },
        ui,
        activeFile: () => null,
        openDuePanel: vi.fn(),
        openCalendar: vi.fn(),
        createContact: vi.fn(),
        rebuildIndex: vi.fn(),
        insertReachOuts: vi.fn(),
        showCard: vi.fn(),
      },
    );
    await commands.get("find-referral")?.callback?.();
    await commands.get("show-problems")?.callback?.();
    expect(ui.findReferral).not.toHaveBeenCalled();
    expect(ui.showProblems).not.toHaveBeenCalled();
    expect(ui.notify).toHaveBeenCalledTimes(2);
  });

  it("wires the remaining commands to their handlers", async () => {
    const { spies, ui, run } = await setup();
    await run("open-due-panel");
    await run("find-referral");
    await run("show-problems");
    await run("new-contact");
    await run("rebuild-index");
    await run("open-calendar");
    await run("insert-reach-outs");
    expect(spies.insertReachOuts).toHaveBeenCalledTimes(1);
    expect(spies.openDuePanel).toHaveBeenCalledTimes(1);
    expect(spies.openCalendar).toHaveBeenCalledWith(null);
    expect(ui.findReferral).toHaveBeenCalledTimes(1);
    expect(ui.showProblems).toHaveBeenCalledTimes(1);
    await ui.newContact.mock.calls[0]?.[0]("Di", "B");
    expect(spies.createContact).toHaveBeenCalledWith("Di", "B");
    expect(ui.notify).toHaveBeenCalledWith("Contact index rebuilt: 3 contacts.");
  });
});

describe("the file menu", () => {
  it("offers log and snooze on contact notes only", async () => {
    const { h, ui } = await setup();
    const itemsFor = (path: string): Menu => {
      const menu = new Menu();
      addContactMenuItems(menu, file(h.vault, path), h.index, ui);
      return menu;
    };
    expect(itemsFor("Notes/Shopping.md").items).toEqual([]);
    const menu = itemsFor("Contacts/Bob.md");
    expect(menu.items.map((i) => i.title)).toEqual(["Log an interaction", "Snooze contact"]);
    await menu.items[0]?.click();
    await menu.items[1]?.click();
    expect(nameOf(ui.logInteraction.mock.calls[0]?.[0])).toBe("Bob");
    expect(nameOf(ui.snooze.mock.calls[0]?.[0])).toBe("Bob");
    const folder = h.vault.getFolderByPath("Contacts");
    if (folder === null) throw new Error("no folder");
    const none = new Menu();
    addContactMenuItems(none, folder, h.index, ui);
    expect(none.items).toEqual([]);
  });
});

/** The part of Obsidian's editor the log-entry command uses, over a string. */
function fakeEditor(initial: string): { editor: O.Editor; text: () => string; cursor: () => O.EditorPosition; edits: number } {
  let text = initial;
  let cursor: O.EditorPosition = { line: 0, ch: 0 };
  const state = { edits: 0 };
  const offsetToPos = (offset: number): O.EditorPosition => {
    const before = text.slice(0, offset).split("\n");
    return { line: before.length - 1, ch: before[before.length - 1]?.length ?? 0 };
  };
  const posToOffset = (pos: O.EditorPosition): number =>
    text
      .split("\n")
      .slice(0, pos.line)
      .reduce((n, l) => n + l.length + 1, 0) + pos.ch;
  const editor = {
    getValue: () => text,
    offsetToPos,
    replaceRange: (insert: string, from: O.EditorPosition) => {
      const at = posToOffset(from);
      text = text.slice(0, at) + insert + text.slice(at);
      state.edits++;
    },
    setCursor: (pos: O.EditorPosition) => (cursor = pos),
    focus: () => undefined,
  } as unknown as O.Editor;
  return {
    editor,
    text: () => text,
    cursor: () => cursor,
    get edits() {
      return state.edits;
    },
  };
}
