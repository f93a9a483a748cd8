/**
 * Pick a contact by fuzzy name. Do-not-contact people are never offered, whatever list the caller
 * passes: they asked not to be contacted, so they appear in no suggestion, ever.
 */
import { App, FuzzySuggestModal, renderMatches, type FuzzyMatch } from "obsidian";
import type { Contact } from "../../core/contact";
import { tierBadge } from "../tier-badge";

export class ContactPickerModal extends FuzzySuggestModal<Contact> {
  private readonly contacts: readonly Contact[];

  constructor(
    app: App,
    contacts: readonly Contact[],
    private readonly onChoose: (c: Contact) => void,
    placeholder = "Pick a contact",
  ) {
    super(app);
    this.contacts = contacts.filter((c) => !c.doNotContact).sort((a, b) => a.name.localeCompare(b.name) || a.path.localeCompare(b.path));
    this.setPlaceholder(placeholder);
    this.emptyStateText = "No contact matches.";
    this.modalEl.addClass("cc-contact-picker");
  }

  getItems(): Contact[] {
    return [...this.contacts];
  }

  getItemText(c: Contact): string {
    return c.name;
  }

  override renderSuggestion(match: FuzzyMatch<Contact>, el: HTMLElement): void {
    const c = match.item;
    el.addClass("cc-suggestion");
    const title = el.createDiv({ cls: "cc-suggestion-title" });
    renderMatches(title.createSpan({ cls: "cc-suggestion-name" }), c.name, match.match.matches);
    if (c.tier !== null) tierBadge(title, c.tier);
    el.createDiv({ cls: "cc-suggestion-note", text: c.path });
  }

  onChooseItem(c: Contact): void {
    this.onChoose(c);
  }
}
