/**
 * Import contacts from a file: pick an export, see what would happen to each person (create,
 * update, unchanged, ambiguous), choose a tier for the new ones and whether to overwrite, apply.
 * The planning and the writes are the caller's (`deps`), so this stays a view.
 */
import { App, ButtonComponent, Notice, Setting } from "obsidian";
import { ContentModal, formButtons } from "./modal-helpers";
import type { ImportPlan, PreviewItem } from "../../core/import/plan";
import { KIND_LABELS, type ImportKind } from "../../core/import/person";
import type { TierDef } from "../../core/settings";
import { describeCadenceText } from "../../core/cadence";
import { errorText } from "../../lib/error-text";

export interface ImportModalDeps {
  tiers(): readonly TierDef[];
  plan(
    file: { name: string; bytes: Uint8Array },
    choice: { tier: string | null; overwrite: boolean },
  ): Promise<{ kind: ImportKind; plan: ImportPlan }>;
  /** Writes the plan as one undo step and says so; the outcome says whether every note was written. */
  apply(plan: ImportPlan, summary: string): Promise<{ ok: boolean }>;
}

/** People listed per group before "and N more": the preview stays quick for big exports. */
const SHOWN = 100;

const GROUPS: readonly { key: "create" | "update" | "unchanged" | "ambiguous"; title: string }[] = [
  { key: "create", title: "New notes" },
  { key: "update", title: "Notes filled in" },
  { key: "unchanged", title: "Unchanged" },
  { key: "ambiguous", title: "Ambiguous: not imported" },
];

function fieldsText(item: PreviewItem): string {
  return Object.entries(item.fields)
    .filter(([key]) => key !== "name")
    .map(([key, value]) => `${key}: ${value}`)
    .join(" · ");
}

export function importSummary(plan: ImportPlan): string {
  return `${plan.create.length} to create, ${plan.update.length} to update, ${plan.unchanged.length} unchanged, ${plan.ambiguous.length} ambiguous`;
}

export class ImportModal extends ContentModal {
  private file: { name: string; bytes: Uint8Array } | null = null;
  private tier: string | null = null;
  private overwrite = false;
  private current: { kind: ImportKind; plan: ImportPlan } | null = null;
  private busy = false;
  private previewEl: HTMLElement | null = null;
  private applyButton: ButtonComponent | null = null;
  /** Each new plan supersedes the ones still being made. */
  private generation = 0;

  constructor(
    app: App,
    private readonly deps: ImportModalDeps,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle("Import contacts from a file");
    contentEl.addClass("cc-import-modal");
    contentEl.createEl("p", {
      cls: "cc-import-help",
      text: "Choose a contact export: a .csv file from a contacts app or a social network, or a .vcf file. Nothing is written until you apply.",
    });
    new Setting(contentEl).setName("File").addButton((b) => {
      const input = contentEl.createEl("input", {
        cls: "cc-import-file",
        attr: { type: "file", accept: ".csv,.vcf,.vcard,text/csv,text/vcard" },
      });
      input.addEventListener("change", () => void this.pick(input.files?.[0] ?? null));
      b.setButtonText("Choose a file…").onClick(() => input.click());
    });
    new Setting(contentEl)
      .setName("Tier for new people")
      .setDesc("Without a tier they are kept in your database and never due.")
      .addDropdown((d) => {
        d.addOption("", "No tier (untracked)");
        for (const tier of this.deps.tiers()) d.addOption(tier.key, `${tier.key}: ${tier.label} (${describeCadenceText(tier.cadence)})`);
        d.setValue("");
        d.onChange((value) => {
          this.tier = value === "" ? null : value;
          void this.replan();
        });
        d.selectEl.addClass("cc-import-tier");
      });
    new Setting(contentEl)
      .setName("Overwrite values that differ")
      .setDesc("Off: only empty keys are filled in.")
      .addToggle((t) =>
        t.setValue(false).onChange((value) => {
          this.overwrite = value;
          void this.replan();
        }),
      );
    this.previewEl = contentEl.createDiv({ cls: "cc-import-preview" });
    this.applyButton = formButtons(this, "Apply", () => void this.apply()).setDisabled(true);
  }

  private async pick(file: File | null): Promise<void> {
    if (file === null) return;
    this.file = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    await this.replan();
  }

  /** Plans again with the current file and choices, and shows the preview. */
  async replan(): Promise<void> {
    if (this.file === null || this.previewEl === null) return;
    const generation = ++this.generation;
    this.current = null;
    this.applyButton?.setDisabled(true);
    this.previewEl.empty();
    this.previewEl.createDiv({ cls: "cc-import-summary", text: `Reading ${this.file.name} and your contact notes…` });
    try {
      const planned = await this.deps.plan(this.file, { tier: this.tier, overwrite: this.overwrite });
      if (generation !== this.generation) return;
      this.current = planned;
      this.render();
    } catch (e) {
      if (generation !== this.generation) return;
      this.previewEl.empty();
      this.previewEl.createDiv({ cls: "cc-modal-message mod-error", text: errorText(e) });
    }
  }

  private render(): void {
    const el = this.previewEl;
    const current = this.current;
    if (el === null || current === null) return;
    el.empty();
    const { plan } = current;
    el.createDiv({ cls: "cc-import-summary", text: `${KIND_LABELS[current.kind]}: ${importSummary(plan)}` });
    for (const group of GROUPS) {
      const items = plan[group.key];
      if (items.length === 0) continue;
      const section = el.createDiv({ cls: `cc-import-group cc-import-${group.key}` });
      section.createDiv({ cls: "cc-import-group-title", text: `${group.title} (${items.length})` });
      const list = section.createEl("ul");
      for (const item of items.slice(0, SHOWN)) {
        const li = list.createEl("li");
        li.createSpan({ cls: "cc-import-name", text: item.name });
        const detail =
          group.key === "ambiguous"
            ? `${item.reason ?? ""}${item.candidates === undefined ? "" : `: ${item.candidates.join(", ")}`}`
            : [item.path ?? "", fieldsText(item)].filter((s) => s !== "").join(" · ");
        if (detail !== "") li.createSpan({ cls: "cc-import-detail", text: detail });
      }
      if (items.length > SHOWN) list.createEl("li", { cls: "cc-import-more", text: `… and ${items.length - SHOWN} more` });
    }
    if (plan.problems.length > 0) {
      const section = el.createDiv({ cls: "cc-import-group cc-import-problems" });
      section.createDiv({ cls: "cc-import-group-title", text: `Left out (${plan.problems.length})` });
      const list = section.createEl("ul");
      for (const p of plan.problems.slice(0, SHOWN)) list.createEl("li", { text: p });
    }
    this.applyButton?.setDisabled(plan.writes.length === 0);
  }

  private async apply(): Promise<void> {
    const current = this.current;
    if (this.busy || current === null || current.plan.writes.length === 0) return;
    this.busy = true;
    this.applyButton?.setDisabled(true);
    try {
      const outcome = await this.deps.apply(
        current.plan,
        `Imported ${current.plan.create.length} new and ${current.plan.update.length} updated contacts`,
      );
      if (outcome.ok) this.close();
      else await this.replan();
    } catch (e) {
      new Notice(`Could not import: ${errorText(e)}`);
    } finally {
      this.busy = false;
    }
  }
}
