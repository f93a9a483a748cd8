/**
 * Every command, in one table: stable ids (settings and hotkeys refer to them), no default
 * hotkeys. The commands about "this contact" use `checkCallback`, so the palette offers them only
 * while the active note is a contact; the ones that need the whole network wait for the index.
 *
 * Modals come in through `CommandUi`, so the commands can be tested without a DOM.
 */
import type { Command, TFile } from "obsidian";
import type { Contact } from "../core/contact";
import { dueList } from "../core/schedule";
import type { ChangeTier, ConfirmRequest, PluginContext, TierChoice } from "../ports";
import { changeTier, pickedTier, tierChoices } from "./tier-change";
import { count } from "../core/words";

/** The modals and notices the commands open: one port, implemented by `modalUi` in the plugin. */
export interface CommandUi {
  logInteraction(contact: Contact): void;
  snooze(contact: Contact): void;
  pickContact(contacts: readonly Contact[], onChoose: (contact: Contact) => void, placeholder: string): void;
  findReferral(): void;
  showProblems(): void;
  newContact(onCreate: (name: string, tierKey: string | null) => Promise<void>): void;
  pickTier(contact: Contact, choices: readonly TierChoice[], onChoose: (choice: TierChoice) => void): void;
  showDoNotContact(): void;
  reviewNetwork(changeTier: ChangeTier): void;
  importContacts(): void;
  confirm(request: ConfirmRequest): Promise<boolean>;
  notify(message: string): void;
}

export interface CommandContext {
  host: PluginContext;
  ui: CommandUi;
  /** The note the user is on (`workspace.getActiveFile()`). */
  activeFile(): TFile | null;
  openDuePanel(): Promise<void>;
  /** Creates the note (throws with a message for the user when it cannot) and opens it. */
  createContact(name: string, tierKey: string | null): Promise<void>;
  /** Builds the index again; resolves with the number of contacts. */
  rebuildIndex(): Promise<number>;
}

/**
 * One command: `onContact` runs on the active note when it is a contact (and the command is
 * offered only then); `whenReady` runs only once the index is built; `run` always runs.
 */
type CommandSpec = { id: string; name: string } & (
  | { onContact(ctx: CommandContext, contact: Contact): unknown }
  | { whenReady(ctx: CommandContext): unknown }
  | { run(ctx: CommandContext): unknown }
);

const COMMANDS = [
  { id: "open-due-panel", name: "Open the due panel", run: (ctx) => ctx.openDuePanel() },
  { id: "log-interaction", name: "Log an interaction with this contact", onContact: (ctx, contact) => ctx.ui.logInteraction(contact) },
  {
    id: "log-interaction-with",
    name: "Log an interaction with…",
    whenReady: ({ host, ui }) => {
      // Do-not-contact people are never suggested; logging with one goes through their note.
      const candidates = host.index.contacts().filter((c) => !c.doNotContact);
      ui.pickContact(candidates, (contact) => ui.logInteraction(contact), "Log an interaction with…");
    },
  },
  {
    id: "mark-touched-today",
    name: "Mark this contact as touched today",
    onContact: async ({ host, ui }, contact) => {
      if (await host.actions.markTouchedToday(contact.path)) ui.notify(`${contact.name}: touched today.`);
    },
  },
  { id: "snooze", name: "Snooze this contact", onContact: (ctx, contact) => ctx.ui.snooze(contact) },
  { id: "new-contact", name: "New contact", run: (ctx) => ctx.ui.newContact((name, tierKey) => ctx.createContact(name, tierKey)) },
  { id: "toggle-do-not-contact", name: "Set or clear do-not-contact for this contact", onContact: (ctx, contact) => toggleDoNotContact(ctx, contact) },
  {
    id: "toggle-no-refer",
    name: "Set or clear no-refer for this contact",
    onContact: async ({ host, ui }, contact) => {
      const on = !contact.noRefer;
      if (await host.actions.setNoRefer(contact.path, on)) ui.notify(on ? `${contact.name}: no-refer set.` : `${contact.name}: no-refer cleared.`);
    },
  },
  { id: "find-referral", name: "Find someone to refer", whenReady: (ctx) => ctx.ui.findReferral() },
  { id: "open-next-due", name: "Open the next due contact", whenReady: (ctx) => openNextDue(ctx) },
  { id: "show-problems", name: "Show contact problems", whenReady: (ctx) => ctx.ui.showProblems() },
  {
    id: "rebuild-index",
    name: "Rebuild the contact index",
    run: async (ctx) => {
      const contacts = await ctx.rebuildIndex();
      ctx.ui.notify(`Contact index rebuilt: ${count(contacts, "contact")}.`);
    },
  },
  {
    id: "change-tier",
    name: "Change this contact's tier",
    onContact: (ctx, contact) => ctx.ui.pickTier(contact, tierChoices(contact, ctx.host.settings()), (choice) => void pickedTier(ctx, contact, choice)),
  },
  { id: "show-do-not-contact", name: "Show the do-not-contact list", whenReady: (ctx) => ctx.ui.showDoNotContact() },
  { id: "review-network", name: "Review the network", whenReady: (ctx) => ctx.ui.reviewNetwork((contact, tierKey) => changeTier(ctx, contact, tierKey)) },
  // The index must be built: people are matched against every contact note.
  { id: "import-contacts", name: "Import contacts from a file…", whenReady: (ctx) => ctx.ui.importContacts() },
] as const satisfies readonly CommandSpec[];

/** The stable ids, for tests and the README. */
export const COMMAND_IDS: readonly string[] = COMMANDS.map((c) => c.id);

export function registerCommands(plugin: { addCommand(command: Command): Command }, ctx: CommandContext): void {
  for (const spec of COMMANDS as readonly CommandSpec[]) {
    const { id, name } = spec;
    if ("onContact" in spec) plugin.addCommand({ id, name, checkCallback: onThisContact(ctx, (contact) => spec.onContact(ctx, contact)) });
    else if ("whenReady" in spec) plugin.addCommand({ id, name, callback: () => void (indexReady(ctx) ? spec.whenReady(ctx) : undefined) });
    else plugin.addCommand({ id, name, callback: () => spec.run(ctx) });
  }
}

/** A `checkCallback` that offers the command only on a contact note. */
function onThisContact(ctx: Pick<CommandContext, "host" | "activeFile">, run: (contact: Contact) => unknown): (checking: boolean) => boolean {
  return (checking) => {
    const file = ctx.activeFile();
    const contact = file === null ? undefined : ctx.host.index.get(file.path);
    if (contact === undefined) return false;
    if (!checking) void run(contact);
    return true;
  };
}

/** True once the index is built; otherwise tells the user to wait. */
function indexReady(ctx: Pick<CommandContext, "host" | "ui">): boolean {
  if (ctx.host.index.state === "ready") return true;
  ctx.ui.notify("The contact index is still being built; try again in a moment.");
  return false;
}

async function toggleDoNotContact(ctx: CommandContext, contact: Contact): Promise<void> {
  const on = !contact.doNotContact;
  const ok = await ctx.ui.confirm(
    on
      ? {
          title: `Mark ${contact.name} as do-not-contact?`,
          message: `${contact.name} will never be listed as due, suggested, or offered for a referral. The note stays, and records today's date as when they asked.`,
          cta: "Set do-not-contact",
        }
      : {
          title: `Clear do-not-contact for ${contact.name}?`,
          message: `${contact.name} will be scheduled again like anyone else. Do this only if they told you they are happy to hear from you.`,
          cta: "Clear do-not-contact",
          warning: true,
        },
  );
  if (!ok) return;
  if (await ctx.host.actions.setDoNotContact(contact.path, on)) {
    ctx.ui.notify(on ? `${contact.name} is now do-not-contact.` : `${contact.name} is no longer do-not-contact.`);
  }
}

async function openNextDue(ctx: CommandContext): Promise<void> {
  const next = dueList(ctx.host.index.scheduled(ctx.host.today()))[0];
  if (next === undefined) ctx.ui.notify("No one is due: everyone is within their cadence.");
  else await ctx.host.actions.openNote(next.contact.path);
}
