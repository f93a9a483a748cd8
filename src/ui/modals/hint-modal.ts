/**
 * A reciprocity hint opened from its row: the sentence that says who asked whom, and its choices
 * (the suggested action, or "not now"). It stays until answered, unlike a notice.
 */
import { App, ButtonComponent } from "obsidian";
import { ContentModal } from "./modal-helpers";
import type { RowHint } from "../panel/list-model";

export class HintModal extends ContentModal {
  constructor(
    app: App,
    private readonly name: string,
    private readonly hint: RowHint,
    /** Runs the hint's offer (the panel marks the row while it writes). */
    private readonly accept: () => void,
    /** "Not now" was chosen (the panel draws the row again, without the hint). */
    private readonly putOff: () => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(`${this.name}: give and take`);
    this.contentEl.addClass("cc-hint-modal");
    this.contentEl.createEl("p", { cls: "cc-hint-text", text: this.hint.text });
    this.contentEl.createEl("p", {
      cls: "cc-hint-private",
      text: "Only you see this; nothing changes in the note unless you choose an action.",
    });
    const buttons = this.contentEl.createDiv({ cls: "modal-button-container" });
    if (this.hint.dismiss !== undefined) {
      const dismiss = this.hint.dismiss;
      new ButtonComponent(buttons)
        .setButtonText("Not now")
        .setClass("cc-hint-later")
        .onClick(() => {
          dismiss();
          this.close();
          this.putOff();
        });
    }
    const offer = this.hint.offer;
    if (offer !== undefined) {
      const b = new ButtonComponent(buttons)
        .setButtonText(offer.label)
        .setCta()
        .setClass("cc-hint-offer")
        .onClick(() => {
          this.close();
          this.accept();
        });
      b.buttonEl.focus();
    }
  }
}
