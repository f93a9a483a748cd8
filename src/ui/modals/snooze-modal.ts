/** Snooze a contact: a week, a month, or until a date picked in the calendar. */
import { App, Setting } from "obsidian";
import type { Contact } from "../../core/contact";
import { addDays, isIsoDate } from "../../core/dates";
import type { PluginContext } from "../../ports";
import { snoozeChoices } from "../panel/list-model";
import { checkSnoozeDate } from "./forms";
import { ContentModal, formButtons, MessageLine, submitOnEnter } from "./modal-helpers";
import { errorText } from "../../lib/error-text";

export class SnoozeModal extends ContentModal {
  private date: string;
  private busy = false;
  /** The field that gets the focus when the modal opens. */
  private focusEl: HTMLInputElement | null = null;
  private message: MessageLine | null = null;

  constructor(
    app: App,
    private readonly host: PluginContext,
    private readonly contact: Contact,
  ) {
    super(app);
    const today = host.today();
    const current = contact.snoozeUntil;
    this.date = current !== null && current > today ? current : addDays(today, 14);
  }

  override onOpen(): void {
    const { contentEl } = this;
    const today = this.host.today();
    this.setTitle(`Snooze ${this.contact.name}`);
    contentEl.addClass("cc-snooze-modal");
    const current = this.contact.snoozeUntil;
    contentEl.createEl("p", {
      text:
        current !== null && current > today
          ? `Snoozed until ${current}. Pick a new date.`
          : "They will not be listed as due before the date you pick.",
    });

    const quick = new Setting(contentEl).setName("For");
    for (const choice of snoozeChoices(today)) {
      quick.addButton((b) => b.setButtonText(`${choice.label} (${choice.until})`).onClick(() => void this.snooze(choice.until)));
    }
    new Setting(contentEl).setName("Until").addText((t) => {
      t.inputEl.type = "date";
      t.inputEl.addClass("cc-snooze-date");
      t.inputEl.min = addDays(today, 1);
      t.setValue(this.date).onChange((value) => {
        this.date = value;
        this.message?.show(checkSnoozeDate(value, this.host.today()));
      });
      this.focusEl = t.inputEl;
    });
    this.message = new MessageLine(contentEl);

    formButtons(this, "Snooze", () => void this.snooze(this.date));
    submitOnEnter(this, () => void this.snooze(this.date));
    this.focusEl?.focus();
  }

  private async snooze(until: string): Promise<void> {
    if (this.busy || this.message === null) return;
    const date = until.trim();
    if (!this.message.show(checkSnoozeDate(date, this.host.today())) || !isIsoDate(date)) return;
    this.busy = true;
    try {
      if (await this.host.actions.snooze(this.contact.path, date)) this.close();
      else this.message.error("Nothing was written to the note.");
    } catch (e) {
      this.message.error(`Could not snooze: ${errorText(e)}`);
    } finally {
      this.busy = false;
    }
  }
}
