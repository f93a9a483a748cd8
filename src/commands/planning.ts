/**
 * The network-planning commands: change this contact's tier (saying so first when that
 * pushes the load over the weekly budget), show the do-not-contact list, review the network.
 * Ids are stable and there are no default hotkeys, as for the other commands; the modals come in
 * through `PlanningUi`, so the handlers are tested without a DOM.
 */
import type { Command, TFile } from "obsidian";
import { formatCadence } from "../core/cadence";
import type { Contact } from "../core/contact";
import { tierCadence, tierChangeWarning } from "../core/planning";
import type { Settings } from "../core/settings";
import type { ConfirmRequest } from "../obsidian/note-writer";
import type { PanelHost } from "../obsidian/services";

/** One tier to pick, or `none` (untracked). */
export interface TierChoice {
  /** What `setTier` writes: a tier key, or `none`. */
  key: string;
  label: string;
  /** e.g. "Inner circle · every 1m", "In the database, never due". */
  description: string;
  /** The contact's tier now. */
  current: boolean;
}

/** Changes a contact's tier after the budget check; what the review modal uses for its tier moves. */
export type ChangeTier = (contact: Contact, tierKey: string) => Promise<boolean>;

export interface PlanningUi {
  pickTier(contact: Contact, choices: readonly TierChoice[], onChoose: (choice: TierChoice) => void): void;
  showDoNotContact(): void;
  reviewNetwork(changeTier: ChangeTier): void;
  confirm(request: ConfirmRequest): Promise<boolean>;
  notify(message: string): void;
}

export interface PlanningContext {
  host: PanelHost;
  ui: PlanningUi;
  /** The note the user is on (`workspace.getActiveFile()`). */
  activeFile(): TFile | null;
}

/** The stable ids, for tests and the README. */
export const PLANNING_COMMAND_IDS = ["change-tier", "show-do-not-contact", "review-network"] as const;

/** Every tier in the settings' order, then untracked. */
export function tierChoices(contact: Contact, settings: Pick<Settings, "tiers">): TierChoice[] {
  const choices: TierChoice[] = settings.tiers.map((t) => {
    const cadence = tierCadence(t);
    return {
      key: t.key,
      label: `${t.key}: ${t.label}`,
      description: contact.ownCadence
        ? `${t.label} · the note's own cadence stays`
        : cadence === null ? t.label : `${t.label} · every ${formatCadence(cadence)}`,
      current: contact.tier?.key === t.key,
    };
  });
  const own = contact.ownCadence && contact.cadence !== null ? `the note's own cadence (every ${formatCadence(contact.cadence)}) stays` : null;
  choices.push({
    key: "none",
    label: own === null ? "No tier (untracked)" : "No tier",
    description: own ?? "Stays in the vault, never due",
    // An unknown tier is no tier too, but writing `none` is how to fix it: not offered as current.
    current: contact.tier === null && !contact.problems.some((p) => p.field === "tier"),
  });
  return choices;
}

/**
 * Writes the new tier. When the change raises the load above the budget (or further above it),
 * asks first, with `tierChangeWarning`'s sentence; lowering a tier never asks.
 */
export async function changeTier(ctx: Pick<PlanningContext, "host" | "ui">, contact: Contact, tierKey: string): Promise<boolean> {
  const { host, ui } = ctx;
  const warning = tierChangeWarning(host.index.contacts(), host.settings(), contact.path, tierKey);
  if (warning !== null) {
    const ok = await ui.confirm({
      title: "Over the weekly budget",
      message: `${warning}\n\nThe cadences will then ask for more touches than the budget allows: the week plan keeps to the budget, and the rest waits.`,
      cta: "Change the tier",
      warning: true,
    });
    if (!ok) return false;
  }
  return host.actions.setTier(contact.path, tierKey);
}

export function registerPlanningCommands(plugin: { addCommand(command: Command): Command }, ctx: PlanningContext): void {
  const { host, ui } = ctx;

  plugin.addCommand({
    id: "change-tier",
    name: "Change this contact's tier",
    checkCallback: (checking) => {
      const file = ctx.activeFile();
      const contact = file === null ? undefined : host.index.get(file.path);
      if (contact === undefined) return false;
      if (!checking) ui.pickTier(contact, tierChoices(contact, host.settings()), (choice) => void pickedTier(ctx, contact, choice));
      return true;
    },
  });

  plugin.addCommand({
    id: "show-do-not-contact",
    name: "Show the do-not-contact list",
    callback: () => {
      if (indexReady(ctx)) ui.showDoNotContact();
    },
  });

  plugin.addCommand({
    id: "review-network",
    name: "Review the network",
    callback: () => {
      if (indexReady(ctx)) ui.reviewNetwork((contact, tierKey) => changeTier(ctx, contact, tierKey));
    },
  });
}

async function pickedTier(ctx: PlanningContext, contact: Contact, choice: TierChoice): Promise<void> {
  if (choice.current) {
    ctx.ui.notify(`${contact.name} is already ${choice.key === "none" ? "untracked" : `tier ${choice.key}`}.`);
    return;
  }
  if (await changeTier(ctx, contact, choice.key)) {
    ctx.ui.notify(choice.key === "none" ? `${contact.name} is now untracked.` : `${contact.name} is now tier ${choice.key}.`);
  }
}

function indexReady(ctx: PlanningContext): boolean {
  if (ctx.host.index.state === "ready") return true;
  ctx.ui.notify("The contact index is still being built; try again in a moment.");
  return false;
}
