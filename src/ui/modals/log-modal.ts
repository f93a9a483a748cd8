/**
 * Log an interaction: type (from the settings), date (today by default) and a summary. The write
 * goes through the host's actions, which run the do-not-contact guard and append the entry.
 * An `intro` or `referral` whose summary links a no-refer (or do-not-contact) contact gets a
 * private warning, in the modal while typing and as a notice once logged; it never blocks.
 */
import { App, ButtonComponent, Modal, Notice, Setting } from "obsidian";
import type { Contact } from "../../core/contact";
import { isIsoDate } from "../../core/dates";
import { referralWarning } from "../../core/referral";
import type { NewLogEntry, PluginContext } from "../../ports";
import { checkLogDate } from "./forms";
import { MessageLine, submitOnEnter } from "./modal-helpers";
import { contactLinkResolver } from "./referral-link";

export class LogInteractionModal extends Modal {
  private type: string | null;
  private date: string;
  private summary: string;
  private busy = false;
  /** The field that gets the focus when the modal opens. */
  private focusEl: HTMLInputElement | null = null;
  private message: MessageLine | null = null;
  private submitButton: ButtonComponent | null = null;
  private referralEl: HTMLElement | null = null;
  private readonly resolveLink: (link: string) => Contact | undefined;

  constructor(app: App, private readonly host: PluginContext, private readonly contact: Contact, defaults: Partial<NewLogEntry> = {}) {
    super(app);
    const types = host.settings().interactionTypes;
    this.type = defaults.type !== undefined ? defaults.type : (types[0] ?? null);
    this.date = defaults.date ?? host.today();
    this.summary = defaults.summary ?? "";
    this.resolveLink = contactLinkResolver(
      {
        resolvePath: (link, source) => app.metadataCache.getFirstLinkpathDest(link, source)?.path ?? null,
        get: (path) => host.index.get(path),
        contacts: () => host.index.contacts(),
      },
      contact.path,
    );
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle(`Log an interaction with ${this.contact.name}`);
    contentEl.addClass("cc-log-modal");
    if (this.contact.doNotContact) {
      contentEl.createEl("p", { cls: "cc-modal-caution", text: "They asked not to be contacted. Log only what they started, such as a reply or an incoming call." });
    }

    const types = this.host.settings().interactionTypes;
    new Setting(contentEl).setName("Type").addDropdown((d) => {
      d.addOption("", "No type");
      for (const t of types) d.addOption(t, t);
      if (this.type !== null && !types.includes(this.type)) d.addOption(this.type, this.type);
      d.setValue(this.type ?? "");
      d.onChange((value) => {
        this.type = value === "" ? null : value;
        this.showReferralWarning();
      });
      d.selectEl.addClass("cc-log-type");
    });
    new Setting(contentEl).setName("Date").addText((t) => {
      t.inputEl.type = "date";
      t.inputEl.addClass("cc-log-date");
      t.setValue(this.date);
      t.onChange((value) => {
        this.date = value;
        this.message?.show(checkLogDate(value, this.host.today()));
      });
    });
    new Setting(contentEl)
      .setName("Summary")
      .setDesc("Tags such as #gave, #asked, #declined or #noreply feed the reciprocity hints.")
      .addText((t) => {
        t.setPlaceholder("What happened").setValue(this.summary).onChange((value) => {
          this.summary = value;
          this.showReferralWarning();
        });
        t.inputEl.addClass("cc-log-summary");
        this.focusEl = t.inputEl;
      });
    this.message = new MessageLine(contentEl);
    this.message.show(checkLogDate(this.date, this.host.today()));
    this.referralEl = contentEl.createDiv({ cls: ["cc-modal-message", "mod-warning", "cc-referral-warning"], attr: { role: "status" } });
    this.showReferralWarning();

    const buttons = contentEl.createDiv({ cls: "modal-button-container" });
    new ButtonComponent(buttons).setButtonText("Cancel").onClick(() => this.close());
    this.submitButton = new ButtonComponent(buttons).setButtonText("Log").setCta().onClick(() => void this.submit());
    submitOnEnter(this, () => void this.submit());
    this.focusEl?.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private async submit(): Promise<void> {
    if (this.busy || this.message === null) return;
    const date = this.date.trim();
    if (!this.message.show(checkLogDate(date, this.host.today())) || !isIsoDate(date)) return;
    this.setBusy(true);
    try {
      const entry: NewLogEntry = { date, type: this.type, summary: this.summary.trim() };
      if (await this.host.actions.logInteraction(this.contact.path, entry)) {
        const warning = this.currentReferralWarning();
        if (warning !== null) new Notice(warning, 8000);
        this.close();
        return;
      }
      this.message.error("Nothing was written to the note.");
    } catch (e) {
      this.message.error(`Could not log: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.setBusy(false);
    }
  }

  private currentReferralWarning(): string | null {
    return referralWarning({ type: this.type, summary: this.summary }, this.resolveLink);
  }

  private showReferralWarning(): void {
    if (this.referralEl === null) return;
    const warning = this.currentReferralWarning();
    this.referralEl.setText(warning ?? "");
    this.referralEl.toggleClass("cc-is-hidden", warning === null);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.submitButton?.setDisabled(busy);
  }
}
