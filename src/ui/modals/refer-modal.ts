/**
 * Find someone to refer: a search over the network by name, tag or note text. Do-not-contact and
 * no-refer people are never offered. Names and tags answer at once; the notes' text is read in
 * the background when the modal opens, and the results refresh when it is in. Each result says
 * who the person is (role · company), where the query matched (highlighted as text, never HTML),
 * and offers its actions: insert a link at the cursor, or log an intro.
 */
import { App, Platform, SuggestModal, type Instruction } from "obsidian";
import type { Contact } from "../../core/contact";
import { matchRanges, roleAndCompany, type Snippet } from "../../core/referral-text";
import { foldKeepingLength, queryTerms } from "../../lib/text-match";
import type { PluginContext } from "../../ports";
import { insertContactLink, logIntro, recentEditor } from "./refer-actions";
import { NoteTextIndex, referralCandidates, searchReferrals, type ReferralMatch } from "./refer-search";
import { tierBadge } from "../tier-badge";

/** Text with the `[start, end)` ranges wrapped in highlight spans, built as DOM (a note's text is never HTML). */
export function renderHighlighted(parent: HTMLElement, snippet: Snippet): void {
  let at = 0;
  for (const [start, end] of snippet.ranges) {
    if (start > at) parent.appendText(snippet.text.slice(at, start));
    parent.createSpan({ cls: "cc-match", text: snippet.text.slice(start, end) });
    at = end;
  }
  if (at < snippet.text.length) parent.appendText(snippet.text.slice(at));
}

/** Notes read at once while indexing the text. */
const BATCH = 64;

export class FindReferralModal extends SuggestModal<ReferralMatch> {
  private readonly candidates: Contact[];
  private readonly texts = new NoteTextIndex();
  private reading = false;
  private closed = false;
  /** The query's words (not its #tags), for highlighting. */
  private words: string[] = [];
  /** Whether a note was being written when the modal opened (a link can go into it). */
  private readonly canInsert: boolean;

  constructor(
    app: App,
    private readonly host: PluginContext,
    private readonly noteText: (path: string) => Promise<string>,
  ) {
    super(app);
    this.candidates = referralCandidates(host.index.contacts());
    this.limit = 100;
    this.setPlaceholder("Search by name, #tag or words in the note");
    this.emptyStateText = "No one to refer matches.";
    this.modalEl.addClass("cc-refer-modal");
    this.canInsert = recentEditor(app) !== null;
    this.setStatus(null);
    // Keys for the two actions on the selected result, beside Enter (open).
    this.scope.register(["Mod"], "Enter", (evt) => this.runOnSelected(evt, "link"));
    this.scope.register(["Shift"], "Enter", (evt) => this.runOnSelected(evt, "intro"));
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
    this.words = queryTerms(query).filter((t) => !t.startsWith("#"));
    return searchReferrals(this.candidates, query, this.texts, this.limit, this.host.settings().contactTags);
  }

  renderSuggestion(m: ReferralMatch, el: HTMLElement): void {
    const c = m.contact;
    el.addClass("cc-suggestion");
    const title = el.createDiv({ cls: "cc-suggestion-title" });
    title.createSpan({ cls: "cc-suggestion-name", text: c.name });
    if (c.tier !== null) tierBadge(title, c.tier);
    for (const tag of m.tags) title.createSpan({ cls: ["cc-badge", "cc-badge-tag"], text: `#${tag}` });
    const who = this.who(c.path);
    if (who !== null)
      renderHighlighted(el.createDiv({ cls: "cc-suggestion-who" }), { text: who, ranges: matchRanges(foldKeepingLength(who), this.words) });
    const note = el.createDiv({ cls: "cc-suggestion-note" });
    if (m.snippet !== null) renderHighlighted(note, m.snippet);
    else note.setText(c.path);
    const actions = el.createDiv({ cls: "cc-refer-actions" });
    const action = (cls: string, text: string, run: () => void): void => {
      const button = actions.createEl("button", { cls, text });
      // The row itself opens the note: a button's click stays the button's.
      button.addEventListener("click", (evt) => {
        evt.stopPropagation();
        evt.preventDefault();
        this.close();
        run();
      });
    };
    if (this.canInsert) action("cc-refer-insert", "Insert link", () => insertContactLink(this.app, c));
    action("cc-refer-intro", "Log an intro", () => logIntro(this.app, this.host, c));
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
      batch.forEach((c, k) => this.texts.set(c.path, texts[k] ?? "", this.who(c.path)));
      if (total > BATCH * 4 && !this.closed) this.setStatus(`Reading notes: ${Math.min(i + BATCH, total)} of ${total}`);
    }
    if (this.closed) return;
    this.setStatus(null);
    // Run the current query again, now that the notes' text can match.
    if (this.inputEl.value.trim() !== "") this.inputEl.dispatchEvent(new Event("input"));
  }

  /** "Role · company" from the note's frontmatter in the metadata cache. */
  private who(path: string): string | null {
    return roleAndCompany(this.app.metadataCache.getCache(path)?.frontmatter);
  }

  private runOnSelected(evt: KeyboardEvent, what: "link" | "intro"): boolean {
    const selected = this.resultContainerEl.querySelector(`.suggestion-item.is-selected .cc-refer-${what === "link" ? "insert" : "intro"}`);
    if (selected instanceof HTMLElement) {
      evt.preventDefault();
      selected.click();
    }
    return false;
  }

  private setStatus(status: string | null): void {
    const instructions: Instruction[] = [{ command: "↵", purpose: "open the note" }];
    if (this.canInsert) instructions.push({ command: Platform.isMacOS ? "⌘ ↵" : "ctrl ↵", purpose: "insert a link" });
    instructions.push({ command: "shift ↵", purpose: "log an intro" }, { command: "esc", purpose: "dismiss" });
    if (status !== null) instructions.push({ command: "…", purpose: status });
    this.setInstructions(instructions);
  }
}
