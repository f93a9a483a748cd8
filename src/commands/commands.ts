/**
 * Every command of the plugin, one small handler each. Ids are stable (settings and hotkeys refer to
 * them); there are no default hotkeys. The commands about "this contact" use `checkCallback`, so
 * the palette offers them only while the active note is a contact.
 *
 * Modals come in through `CommandUi`, so the commands can be tested without a DOM.
 */
import type { Command, TFile } from "obsidian";
import type { Contact } from "../core/contact";
import { dueList } from "../core/schedule";
import type { PanelHost } from "../obsidian/services";
import type { ConfirmRequest } from "../obsidian/note-writer";

export interface CommandUi {
  logInteraction(contact: Contact): void;
  snooze(contact: Contact): void;
  pickContact(contacts: readonly Contact[], onChoose: (contact: Contact) => void, placeholder: string): void;
  findReferral(): void;
  showProblems(): void;
  newContact(onCreate: (name: string, tierKey: string | null) => Promise<void>): void;
  confirm(request: ConfirmRequest): Promise<boolean>;
  notify(message: string): void;
}

export interface CommandContext {
  host: PanelHost;
  ui: CommandUi;
  /** The note the user is on (`workspace.getActiveFile()`). */
  activeFile(): TFile | null;
  openDuePanel(): Promise<void>;
  /** Creates the note (throws with a message for the user when it cannot) and opens it. */
  createContact(name: string, tierKey: string | null): Promise<void>;
  /** Builds the index again; resolves with the number of contacts. */
  rebuildIndex(): Promise<number>;
}

/** The stable ids, for tests and the README. */
export const COMMAND_IDS = [
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
] as const;

export function registerCommands(plugin: { addCommand(command: Command): Command }, ctx: CommandContext): void {
  const { host, ui } = ctx;

  /** A `checkCallback` that offers the command only on a contact note. */
  const onThisContact = (run: (contact: Contact) => unknown) => (checking: boolean): boolean => {
    const file = ctx.activeFile();
    const contact = file === null ? undefined : host.index.get(file.path);
    if (contact === undefined) return false;
    if (!checking) void run(contact);
    return true;
  };

  plugin.addCommand({
    id: "open-due-panel",
    name: "Open the due panel",
    callback: () => ctx.openDuePanel(),
  });

  plugin.addCommand({
    id: "log-interaction",
    name: "Log an interaction with this contact",
    checkCallback: onThisContact((contact) => ui.logInteraction(contact)),
  });

  plugin.addCommand({
    id: "log-interaction-with",
    name: "Log an interaction with…",
    callback: () => {
      if (!indexReady(ctx)) return;
      // Do-not-contact people are never suggested; logging with one goes through their note.
      const candidates = host.index.contacts().filter((c) => !c.doNotContact);
      ui.pickContact(candidates, (contact) => ui.logInteraction(contact), "Log an interaction with…");
    },
  });

  plugin.addCommand({
    id: "mark-touched-today",
    name: "Mark this contact as touched today",
    checkCallback: onThisContact(async (contact) => {
      if (await host.actions.markTouchedToday(contact.path)) ui.notify(`${contact.name}: touched today.`);
    }),
  });

  plugin.addCommand({
    id: "snooze",
    name: "Snooze this contact",
    checkCallback: onThisContact((contact) => ui.snooze(contact)),
  });

  plugin.addCommand({
    id: "new-contact",
    name: "New contact",
    callback: () => ui.newContact((name, tierKey) => ctx.createContact(name, tierKey)),
  });

  plugin.addCommand({
    id: "toggle-do-not-contact",
    name: "Set or clear do-not-contact for this contact",
    checkCallback: onThisContact((contact) => toggleDoNotContact(ctx, contact)),
  });

  plugin.addCommand({
    id: "toggle-no-refer",
    name: "Set or clear no-refer for this contact",
    checkCallback: onThisContact(async (contact) => {
      const on = !contact.noRefer;
      if (await host.actions.setNoRefer(contact.path, on)) ui.notify(on ? `${contact.name}: no-refer set.` : `${contact.name}: no-refer cleared.`);
    }),
  });

  plugin.addCommand({
    id: "find-referral",
    name: "Find someone to refer",
    callback: () => {
      if (indexReady(ctx)) ui.findReferral();
    },
  });

  plugin.addCommand({
    id: "open-next-due",
    name: "Open the next due contact",
    callback: () => openNextDue(ctx),
  });

  plugin.addCommand({
    id: "show-problems",
    name: "Show contact problems",
    callback: () => {
      if (indexReady(ctx)) ui.showProblems();
    },
  });

  plugin.addCommand({
    id: "rebuild-index",
    name: "Rebuild the contact index",
    callback: async () => {
      const count = await ctx.rebuildIndex();
      ui.notify(`Contact index rebuilt: ${count} ${count === 1 ? "contact" : "contacts"}.`);
    },
  });
}

function indexReady(ctx: CommandContext): boolean {
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
  if (!indexReady(ctx)) return;
  const next = dueList(ctx.host.index.scheduled(ctx.host.today()))[0];
  if (next === undefined) ctx.ui.notify("No one is due: everyone is within their cadence.");
  else await ctx.host.actions.openNote(next.contact.path);
}
