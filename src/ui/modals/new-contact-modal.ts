/** A new contact: a name and a tier. Creating the note (file name, folder) is the caller's job. */
import { App, Setting } from "obsidian";
import type { PluginContext } from "../../ports";
import { checkNewContactName, defaultNewTier } from "./forms";
import { ContentModal, formButtons, MessageLine, submitOnEnter } from "./modal-helpers";
import { describeCadenceText } from "../../core/cadence";
import { errorText } from "../../lib/error-text";

export class NewContactModal extends ContentModal {
  private name = "";
  private tierKey: string | null;
  private busy = false;
  private message: MessageLine | null = null;
  private nameInput: HTMLInputElement | null = null;

  constructor(
    app: App,
    private readonly host: PluginContext,
    private readonly onCreate: (name: string, tierKey: string | null) => Promise<void>,
  ) {
    super(app);
    this.tierKey = defaultNewTier(host.settings().tiers);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle("New contact");
    contentEl.addClass("cc-new-contact-modal");
    new Setting(contentEl).setName("Name").addText((t) => {
      t.setPlaceholder("Full name").onChange((value) => {
        this.name = value;
        this.message?.show(value.trim() === "" ? {} : checkNewContactName(value, this.host.index.contacts()));
      });
      t.inputEl.addClass("cc-new-contact-name");
      this.nameInput = t.inputEl;
    });
    new Setting(contentEl)
      .setName("Tier")
      .setDesc("Sets how often to keep in touch. Without a tier the contact is kept but never due.")
      .addDropdown((d) => {
        for (const tier of this.host.settings().tiers)
          d.addOption(tier.key, `${tier.key}: ${tier.label} (${describeCadenceText(tier.cadence)})`);
        d.addOption("", "No tier (untracked)");
        d.setValue(this.tierKey ?? "");
        d.onChange((value) => (this.tierKey = value === "" ? null : value));
        d.selectEl.addClass("cc-new-contact-tier");
      });
    this.message = new MessageLine(contentEl);
    formButtons(this, "Create", () => void this.submit());
    submitOnEnter(this, () => void this.submit());
    this.nameInput?.focus();
  }

  private async submit(): Promise<void> {
    if (this.busy || this.message === null) return;
    const name = this.name.trim();
    if (!this.message.show(checkNewContactName(name, this.host.index.contacts()))) return;
    this.busy = true;
    try {
      await this.onCreate(name, this.tierKey);
      this.close();
    } catch (e) {
      this.message.error(`Could not create the contact: ${errorText(e)}`);
    } finally {
      this.busy = false;
    }
  }
}
