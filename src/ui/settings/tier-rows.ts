/**
 * One tier's row in the settings tab: key, label, cadence and aliases, each with its label (shown
 * above the box on a phone, where the row stacks so every field is on screen), and a delete button
 * that asks first when contacts use the tier, naming how many.
 */
import type { Setting, TextComponent } from "obsidian";
import type { TierDef } from "../../core/settings";
import { tierDeleteQuestion } from "../../core/tier-usage";
import { MessageLine } from "../modals/modal-helpers";

export interface TierRowHost {
  /** The tier as typed (a draft that may not validate yet). */
  tier(): TierDef | undefined;
  /** Applies an edit to the draft and saves it when the tiers validate. */
  edit(change: (t: TierDef) => void, message: MessageLine): Promise<void>;
  /** How many contacts use the tier (by key or alias) now. */
  usage(): number;
  /** Asks a yes-or-no question; resolves to the answer. */
  confirm(title: string, message: string, cta: string): Promise<boolean>;
  /** Removes the tier (validated and saved), or says why not in `message`. */
  remove(message: MessageLine): Promise<void>;
}

const FIELDS = [
  { part: "key", label: "Key", show: (t: TierDef) => t.key },
  { part: "label", label: "Label", show: (t: TierDef) => t.label },
  { part: "cadence", label: "Cadence", show: (t: TierDef) => t.cadence },
  { part: "aliases", label: "Aliases", show: (t: TierDef) => t.aliases.join(", ") },
] as const;

type Part = (typeof FIELDS)[number]["part"];

export function renderTierRow(setting: Setting, host: TierRowHost, parseList: (text: string) => string[]): void {
  const tier = host.tier();
  if (tier === undefined) return;
  setting.settingEl.addClass("cc-tier-setting");
  const message = new MessageLine(setting.infoEl);
  const apply =
    (part: Part, value: string) =>
    (t: TierDef): void => {
      if (part === "aliases") t.aliases = parseList(value);
      else t[part] = value;
    };
  for (const f of FIELDS) {
    setting.addText((text) => {
      text.setPlaceholder(f.label).setValue(f.show(tier));
      text.onChange((value) => host.edit(apply(f.part, value), message));
      labelled(setting, text, f.label, f.part);
    });
  }
  setting.addExtraButton((b) =>
    b
      .setIcon("trash")
      .setTooltip("Remove this tier")
      .onClick(async () => {
        const current = host.tier() ?? tier;
        const question = tierDeleteQuestion(current, host.usage());
        if (question !== null && !(await host.confirm(`Remove tier ${current.key}?`, question, "Remove tier"))) return;
        await host.remove(message);
      }),
  );
  setting.controlEl.lastElementChild?.addClass("cc-tier-remove");
}

/** Puts a text box inside a label with its name, so it keeps its name when the row stacks. */
function labelled(setting: Setting, text: TextComponent, label: string, part: string): void {
  const wrap = setting.controlEl.createEl("label", { cls: ["cc-tier-field", `cc-tier-${part}`] });
  wrap.createSpan({ cls: "cc-tier-field-label", text: label });
  wrap.appendChild(text.inputEl);
  text.inputEl.setAttr("aria-label", label);
}
