/**
 * Every command, in one table: stable ids (settings and hotkeys refer to them), no default
 * hotkeys. The commands about "this contact" use `checkCallback`, so the palette offers them only
 * while the active note is a contact; the ones that need the whole network wait for the index.
 *
 * Modals come in through `CommandUi`, so the commands can be tested without a DOM.
 */
import type { Command, Editor, TFile } from "obsidian";
import type { Contact } from "../core/contact";
import { newEntryInsertion } from "../core/log-entry-here";
import { dueList } from "../core/schedule";
import { triageQueue } from "../core/triage";
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
  /** The set-up check: the report and its proposed settings changes. */
  setupCheck(): void;
  /** Walks these untracked people one at a time (`triageQueue`). */
  triage(queue: readonly Contact[]): void;
  importContacts(): void;
  /** The person's open follow-ups, each with a box that ticks it. */
  showFollowUps(contact: Contact): void;
  confirm(request: ConfirmRequest): Promise<boolean>;
  notify(message: string): void;
}

export interface CommandContext {
  host: PluginContext;
  ui: CommandUi;
  /** The note the user is on (`workspace.getActiveFile()`). */
  activeFile(): TFile | null;
  openDuePanel(): Promise<void>;
  /** Opens the contact calendar, for one person (a contact's path) or the whole network (null). */
  openCalendar(person: string | null): Promise<void>;
  /** Creates the note (throws with a message for the user when it cannot) and opens it. */
  createContact(name: string, tierKey: string | null): Promise<void>;
  /** Builds the index again; resolves with the number of contacts. */
  rebuildIndex(): Promise<number>;
  /** This week's reach-outs into today's daily note (says why when it cannot). */
  insertReachOuts(): Promise<void>;
  /** Opens the due panel on a person's card. */
  showCard(path: string): Promise<void>;
}

/**
 * One command: `onContact` runs on the active note when it is a contact (and the command is
 * offered only then); `whenReady` runs only once the index is built; `run` always runs.
 */
type CommandSpec = { id: string; name: string } & (
  | { onContact(ctx: CommandContext, contact: Contact): unknown }
  | { inContactEditor(ctx: CommandContext, contact: Contact, editor: Editor): unknown }
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
    // The writer confirms the write, with an Undo button.
    onContact: ({ host }, contact) => host.actions.markTouchedToday(contact.path),
  },
  { id: "snooze", name: "Snooze this contact", onContact: (ctx, contact) => ctx.ui.snooze(contact) },
  { id: "new-contact", name: "New contact", run: (ctx) => ctx.ui.newContact((name, tierKey) => ctx.createContact(name, tierKey)) },
  {
    id: "toggle-do-not-contact",
    name: "Set or clear do-not-contact for this contact",
    onContact: (ctx, contact) => toggleDoNotContact(ctx, contact),
  },
  {
    id: "toggle-no-refer",
    name: "Set or clear no-refer for this contact",
    onContact: ({ host }, contact) => host.actions.setNoRefer(contact.path, !contact.noRefer),
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
    onContact: (ctx, contact) =>
      ctx.ui.pickTier(contact, tierChoices(contact, ctx.host.settings()), (choice) => void pickedTier(ctx, contact, choice)),
  },
  { id: "show-do-not-contact", name: "Show the do-not-contact list", whenReady: (ctx) => ctx.ui.showDoNotContact() },
  {
    id: "review-network",
    name: "Review the network",
    whenReady: (ctx) => ctx.ui.reviewNetwork((contact, tierKey) => changeTier(ctx, contact, tierKey)),
  },
  { id: "setup-check", name: "Run the set-up check", run: (ctx) => ctx.ui.setupCheck() },
  {
    id: "triage",
    name: "Triage untracked people",
    // Do-not-contact people are never offered (triageQueue leaves them out). The most mentioned come
    // first: the people you actually meet are the ones worth a tier.
    whenReady: ({ host, ui }) => {
      const touches = host.settings().countMentions ? (host.index.touchIndex?.() ?? null) : null;
      const today = host.today();
      ui.triage(triageQueue(host.index.contacts(), touches === null ? undefined : (path) => touches.mentionCount(path, today)));
    },
  },
  {
    id: "add-log-entry-here",
    name: "Add a log entry here",
    inContactEditor: (ctx, contact, editor) => addLogEntryHere(ctx, contact, editor),
  },
  // The index must be built: people are matched against every contact note.
  { id: "import-contacts", name: "Import contacts from a file…", whenReady: (ctx) => ctx.ui.importContacts() },
  { id: "open-calendar", name: "Open the contact calendar", run: (ctx) => ctx.openCalendar(null) },
  {
    id: "open-calendar-for-contact",
    name: "Open the contact calendar for this contact",
    onContact: (ctx, contact) => ctx.openCalendar(contact.path),
  },
  { id: "show-follow-ups", name: "Show follow-ups for this contact", onContact: (ctx, contact) => ctx.ui.showFollowUps(contact) },
  { id: "insert-reach-outs", name: "Insert this week's reach-outs", whenReady: (ctx) => ctx.insertReachOuts() },
  { id: "show-contact-card", name: "Show this contact's card in the due panel", onContact: (ctx, contact) => ctx.showCard(contact.path) },
] as const satisfies readonly CommandSpec[];

/** The stable ids, for tests and the README. */
export const COMMAND_IDS: readonly string[] = COMMANDS.map((c) => c.id);

/**
 * Registers every command; returns a function that runs one of those not about "this contact" by
 * id, for the panel's toolbar (the same handler, so the two can never differ).
 */
export function registerCommands(plugin: { addCommand(command: Command): Command }, ctx: CommandContext): (id: string) => void {
  const runners = new Map<string, () => unknown>();
  for (const spec of COMMANDS as readonly CommandSpec[]) {
    const { id, name } = spec;
    if ("onContact" in spec) {
      plugin.addCommand({ id, name, checkCallback: onThisContact(ctx, (contact) => spec.onContact(ctx, contact)) });
      continue;
    }
    if ("inContactEditor" in spec) {
      plugin.addCommand({
        id,
        name,
        editorCheckCallback: (checking, editor, view) =>
          onThisContact({ ...ctx, activeFile: () => view.file }, (contact) => spec.inContactEditor(ctx, contact, editor))(checking),
      });
      continue;
    }
    const callback = "whenReady" in spec ? () => void (indexReady(ctx) ? spec.whenReady(ctx) : undefined) : () => spec.run(ctx);
    runners.set(id, callback);
    plugin.addCommand({ id, name, callback });
  }
  return (id) => void runners.get(id)?.();
}

/** A `checkCallback` that offers the command only on a contact note. */
function onThisContact(
  ctx: Pick<CommandContext, "host" | "activeFile">,
  run: (contact: Contact) => unknown,
): (checking: boolean) => boolean {
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
  // The writer confirms the write, with an Undo button.
  if (ok) await ctx.host.actions.setDoNotContact(contact.path, on);
}

async function openNextDue(ctx: CommandContext): Promise<void> {
  const next = dueList(ctx.host.index.scheduled(ctx.host.today()))[0];
  if (next === undefined) ctx.ui.notify("No one is due: everyone is within their cadence.");
  else await ctx.host.actions.openNote(next.contact.path);
}

/**
 * A new entry at the end of the log, dated today, made in the editor as one insertion (one undo
 * step), the cursor after the date. Asks first for a do-not-contact person, as logging does.
 */
async function addLogEntryHere(ctx: CommandContext, contact: Contact, editor: Editor): Promise<void> {
  if (contact.doNotContact) {
    const ok = await ctx.ui.confirm({
      title: `${contact.name} asked not to be contacted`,
      message: `Add a log entry for ${contact.name} anyway? Only do this for an interaction they started.`,
      cta: "Add the entry",
      warning: true,
    });
    if (!ok) return;
  }
  const result = newEntryInsertion(editor.getValue(), { heading: ctx.host.settings().logHeading, date: ctx.host.today() });
  if (!result.ok) {
    ctx.ui.notify(`${contact.path}: no entry added: ${result.error}.`);
    return;
  }
  const { at, insert, cursor } = result.insertion;
  editor.replaceRange(insert, editor.offsetToPos(at));
  editor.setCursor(cursor);
  editor.focus();
}
