/** Small pieces the modals share: Enter to submit, and one line for errors and warnings. */
import type { Modal } from "obsidian";
import type { Check } from "./forms";

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
