/**
 * The set-up check in Obsidian: the report, and a button per proposed settings change. Nothing
 * changes until a button is pressed, and then only the settings (never a note).
 */
import { App } from "obsidian";
import { ContentModal } from "./modal-helpers";
import { diagnose, type VaultShape } from "../../core/doctor";
import { doctorLines, findingLines, proposalLine } from "../../core/doctor-text";
import type { Settings } from "../../core/settings";

export interface DoctorHost {
  survey(): VaultShape;
  settings(): Settings;
  saveSettings(next: Settings): Promise<void>;
}

export class DoctorModal extends ContentModal {
  constructor(
    app: App,
    private readonly host: DoctorHost,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle("Set-up check");
    this.contentEl.addClass("cc-doctor");
    this.draw();
  }

  private draw(): void {
    const el = this.contentEl;
    el.empty();
    const settings = this.host.settings();
    const report = diagnose(this.host.survey(), settings);
    // The proposals get buttons below; the text gives the rest of the report.
    el.createEl("pre", {
      cls: "cc-doctor-report",
      text: (report.proposals.length === 0 ? doctorLines(report, "") : findingLines(report)).join("\n"),
    });
    if (report.proposals.length === 0) return;
    el.createEl("h3", { text: "Settings changes that would fix it" });
    el.createEl("p", {
      cls: "cc-doctor-about",
      text: "Each is counted on top of the ones above it. Applying one changes the settings only, never a note.",
    });
    const list = el.createEl("ul", { cls: "cc-doctor-proposals" });
    for (const proposal of report.proposals) {
      const li = list.createEl("li");
      li.createSpan({ text: proposalLine(proposal) });
      const button = li.createEl("button", { cls: "mod-cta", text: "Apply" });
      button.addEventListener("click", () => {
        button.disabled = true;
        void this.host.saveSettings({ ...this.host.settings(), ...proposal.change }).then(() => this.draw());
      });
    }
  }
}
