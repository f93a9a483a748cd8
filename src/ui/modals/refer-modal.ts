/**
 * Find someone to refer: a search over the network by name, tag or note text. Do-not-contact and
 * no-refer people are never offered. Names and tags answer at once; the notes' text is read in
 * the background when the modal opens, and the results refresh when it is in.
 */
import { App, SuggestModal } from "obsidian";
import type { Contact } from "../../core/contact";
import type { PluginContext } from "../../ports";
import { NoteTextIndex, referralCandidates, searchReferrals, type ReferralMatch } from "./refer-search";

/** Notes read at once while indexing the text. */
const BATCH = 64;

export class FindReferralModal extends SuggestModal<ReferralMatch> {
  private readonly candidates: Contact[];
  private readonly texts = new NoteTextIndex();
  private reading = false;
  private closed = false;

  constructor(app: App, private readonly host: PluginContext, private readonly noteText: (path: string) => Promise<string>) {
    super(app);
    this.candidates = referralCandidates(host.index.contacts());
    this.limit = 100;
    this.setPlaceholder("Search by name, #tag or words in the note");
    this.emptyStateText = "No one to refer matches.";
    this.modalEl.addClass("cc-refer-modal");
    this.setInstructions([
      { command: "↵", purpose: "open the note" },
      { command: "esc", purpose: "dismiss" },
    ]);
  }

  override onOpen(): void {
    void super.onOpen();
    void this.readTexts();
  }

  override onClose(): void {
    this.closed = true;
    super.onClose();
  }

  getSuggestions(query: string): ReferralMatch[] {
    return searchReferrals(this.candidates, query, this.texts, this.limit);
  }

  renderSuggestion(m: ReferralMatch, el: HTMLElement): void {
    const c = m.contact;
    el.addClass("cc-suggestion");
    const title = el.createDiv({ cls: "cc-suggestion-title" });
    title.createSpan({ cls: "cc-suggestion-name", text: c.name });
    if (c.tier !== null) title.createSpan({ cls: ["cc-badge", "cc-badge-tier"], text: c.tier.key, attr: { "aria-label": `Tier ${c.tier.key}: ${c.tier.label}` } });
    for (const tag of m.tags) title.createSpan({ cls: ["cc-badge", "cc-badge-tag"], text: `#${tag}` });
    el.createDiv({ cls: "cc-suggestion-note", text: m.snippet ?? c.path });
  }

  onChooseSuggestion(m: ReferralMatch): void {
    void this.host.actions.openNote(m.contact.path);
  }

  private async readTexts(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    const total = this.candidates.length;
    for (let i = 0; i < total && !this.closed; i += BATCH) {
      const batch = this.candidates.slice(i, i + BATCH);
      const texts = await Promise.all(batch.map((c) => this.noteText(c.path).catch(() => "")));
      batch.forEach((c, k) => this.texts.set(c.path, texts[k] ?? ""));
      if (total > BATCH * 4 && !this.closed) this.setStatus(`Reading notes: ${Math.min(i + BATCH, total)} of ${total}`);
    }
    if (this.closed) return;
    this.setStatus(null);
    // Run the current query again, now that the notes' text can match.
    if (this.inputEl.value.trim() !== "") this.inputEl.dispatchEvent(new Event("input"));
  }

  private setStatus(status: string | null): void {
    const instructions = [
      { command: "↵", purpose: "open the note" },
      { command: "esc", purpose: "dismiss" },
    ];
    if (status !== null) instructions.push({ command: "…", purpose: status });
    this.setInstructions(instructions);
  }
}
