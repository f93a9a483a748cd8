/**
 * A yes-or-no question as a promise. Closing the modal any other way (Escape, the close button,
 * clicking outside) answers no.
 */
import { App, ButtonComponent, Modal } from "obsidian";
import { submitOnEnter } from "./modal-helpers";

export interface ConfirmOptions {
  title: string;
  message: string;
  /** The confirming button's text, e.g. "Set do-not-contact". */
  cta: string;
  /** Styles the button as destructive and puts the focus on Cancel instead. */
  warning?: boolean;
}

export function confirmAction(app: App, opts: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => new ConfirmModal(app, opts, resolve).open());
}

class ConfirmModal extends Modal {
  private answered = false;

  constructor(
    app: App,
    private readonly opts: ConfirmOptions,
    private readonly resolve: (ok: boolean) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.opts.title);
    this.contentEl.addClass("cc-confirm-modal");
    for (const paragraph of this.opts.message.split(/\n{2,}/)) this.contentEl.createEl("p", { text: paragraph });
    const buttons = this.contentEl.createDiv({ cls: "modal-button-container" });
    const cancel = new ButtonComponent(buttons).setButtonText("Cancel").onClick(() => this.answer(false));
    const confirm = new ButtonComponent(buttons).setButtonText(this.opts.cta).onClick(() => this.answer(true));
    // What setWarning (deprecated) and setDestructive (1.13, newer than the plugin's minAppVersion) both do.
    if (this.opts.warning) confirm.buttonEl.addClass("mod-warning");
    else confirm.setCta();
    confirm.buttonEl.addClass("cc-confirm-cta");
    // A destructive question is never answered yes by a stray Enter: Enter presses the focused button.
    if (!this.opts.warning) submitOnEnter(this, () => this.answer(true));
    (this.opts.warning ? cancel : confirm).buttonEl.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
    if (!this.answered) {
      this.answered = true;
      this.resolve(false);
    }
  }

  private answer(ok: boolean): void {
    if (this.answered) return;
    this.answered = true;
    this.resolve(ok);
    this.close();
  }
}
