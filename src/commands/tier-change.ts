/**
 * Changing a contact's tier from a command or the review: the choices offered, and the budget
 * check before the write (it says so first when the change pushes the load over the weekly budget).
 */
import { describeCadence } from "../core/cadence";
import type { Contact } from "../core/contact";
import { tierCadence } from "../core/tiers";
import { tierChangeWarning } from "../core/load";
import type { Settings } from "../core/settings";
import type { ConfirmRequest, PluginContext, TierChoice } from "../ports";

/** What the tier change needs of the command context. */
export interface TierChangeContext {
  host: PluginContext;
  ui: { confirm(request: ConfirmRequest): Promise<boolean>; notify(message: string): void };
}

/** Every tier in the settings' order, then untracked. */
export function tierChoices(contact: Contact, settings: Pick<Settings, "tiers">): TierChoice[] {
  const choices: TierChoice[] = settings.tiers.map((t) => {
    const cadence = tierCadence(t);
    return {
      key: t.key,
      label: `${t.key}: ${t.label}`,
      description: contact.ownCadence
        ? `${t.label} · the note's own cadence stays`
        : cadence === null
          ? t.label
          : `${t.label} · ${describeCadence(cadence)}`,
      current: contact.tier?.key === t.key,
    };
  });
  const own = contact.ownCadence && contact.cadence !== null ? `the note's own cadence (${describeCadence(contact.cadence)}) stays` : null;
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
export async function changeTier(ctx: TierChangeContext, contact: Contact, tierKey: string): Promise<boolean> {
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

/** The user picked `choice` for `contact`: change the tier, or say it already is. */
export async function pickedTier(ctx: TierChangeContext, contact: Contact, choice: TierChoice): Promise<void> {
  if (choice.current) {
    ctx.ui.notify(`${contact.name} is already ${choice.key === "none" ? "untracked" : `tier ${choice.key}`}.`);
    return;
  }
  // The writer confirms the write, with an Undo button.
  await changeTier(ctx, contact, choice.key);
}
