/**
 * The do-not-contact list: who asked not to be contacted, and since when. An audit list, kept so
 * that nobody is contacted by mistake; choosing a name opens the note (lifting the flag is the
 * command "Set or clear do-not-contact", which asks first).
 */
import { App } from "obsidian";
import { ContentModal } from "./modal-helpers";
import type { PluginContext } from "../../ports";
import { sinceText, suppressionList, suppressionSummary } from "./review-model";

export class SuppressionModal extends ContentModal {
  constructor(
    app: App,
    private readonly host: PluginContext,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle("Do-not-contact list");
    contentEl.addClass("cc-suppression-modal");
    const people = suppressionList(this.host.index.contacts());
    contentEl.createEl("p", { cls: "cc-review-summary", text: suppressionSummary(people.length) });
    if (people.length === 0) return;
    const list = contentEl.createEl("ul", { cls: "cc-review-list" });
    for (const p of people) {
      const item = list.createEl("li", { cls: ["cc-review-item", "cc-suppressed"], attr: { "data-path": p.path } });
      const open = item.createEl("button", { cls: "cc-review-name", text: p.name, attr: { title: p.path } });
      open.addEventListener("click", () => {
        this.close();
        void this.host.actions.openNote(p.path);
      });
      item.createDiv({ cls: "cc-review-reason", text: sinceText(p) });
    }
  }
}
