/** Pick a tier for one contact: every tier with its cadence, then no tier; the current one is marked. */
import { App, SuggestModal } from "obsidian";
import type { Contact } from "../../core/contact";
import type { TierChoice } from "../../ports";
import { fold } from "../../lib/text-match";

export class TierPickerModal extends SuggestModal<TierChoice> {
  constructor(
    app: App,
    contact: Contact,
    private readonly choices: readonly TierChoice[],
    private readonly onChoose: (choice: TierChoice) => void,
  ) {
    super(app);
    this.setPlaceholder(`Tier for ${contact.name}`);
    this.emptyStateText = "No tier matches.";
    this.modalEl.addClass("cc-tier-picker");
  }

  getSuggestions(query: string): TierChoice[] {
    const q = fold(query.trim());
    return this.choices.filter((c) => q === "" || fold(`${c.label} ${c.description}`).includes(q));
  }

  renderSuggestion(choice: TierChoice, el: HTMLElement): void {
    el.addClass("cc-suggestion");
    const title = el.createDiv({ cls: "cc-suggestion-title" });
    title.createSpan({ cls: "cc-suggestion-name", text: choice.label });
    if (choice.current) title.createSpan({ cls: ["cc-badge", "cc-badge-current"], text: "Current" });
    el.createDiv({ cls: "cc-suggestion-note", text: choice.description });
  }

  onChooseSuggestion(choice: TierChoice): void {
    this.onChoose(choice);
  }
}
