/** Small pieces the modals share: their content's lifetime, Enter to submit, Cancel and the main button, one line for errors and warnings. */
import { ButtonComponent, Modal } from "obsidian";
import type { Check } from "./forms";

/** A modal that builds its content in `onOpen` and empties it when it closes. */
export class ContentModal extends Modal {
  override onClose(): void {
    this.contentEl.empty();
  }
}

/**
 * The form's buttons: Cancel, which closes the modal, then the main action (the call to action,
 * or a warning where the action needs care). Returns the main button.
 */
export function formButtons(modal: Modal, label: string, run: () => void, warning = false): ButtonComponent {
  const buttons = modal.contentEl.createDiv({ cls: "modal-button-container" });
  new ButtonComponent(buttons).setButtonText("Cancel").onClick(() => modal.close());
  const main = new ButtonComponent(buttons).setButtonText(label).onClick(run);
  if (warning) main.buttonEl.addClass("mod-warning");
  else main.setCta();
  return main;
}

/** Enter submits the form, except on a button (which presses it) or while an IME is composing. */
export function submitOnEnter(modal: Modal, submit: () => void): void {
  modal.scope.register([], "Enter", (evt: KeyboardEvent) => {
    if (evt.isComposing || (evt.target as Partial<Element> | null)?.tagName === "BUTTON") return true;
    submit();
    return false;
  });
}

/** A line under a form that shows the current error or warning (announced to screen readers). */
export class MessageLine {
  private readonly el: HTMLElement;

  constructor(parent: HTMLElement) {
    this.el = parent.createDiv({ cls: "cc-modal-message", attr: { role: "alert" } });
  }

  /** Shows the check's error, else its warning; returns false when there is an error. */
  show(check: Check): boolean {
    this.el.toggleClass("mod-error", check.error !== undefined);
    this.el.toggleClass("mod-warning", check.error === undefined && check.warning !== undefined);
    this.el.setText(check.error ?? check.warning ?? "");
    return check.error === undefined;
  }

  error(text: string): void {
    this.show({ error: text });
  }
}
