/**
 * Suggestions while typing in a contact note: Obsidian's `EditorSuggest` over the pure trigger in
 * core/typing-suggest.ts. It shows the items and, when one is picked, writes its text over what
 * was typed; nothing else in the note changes.
 */
import {
  EditorSuggest,
  type App,
  type Editor,
  type EditorPosition,
  type EditorSuggestContext,
  type EditorSuggestTriggerInfo,
  type TFile,
} from "obsidian";
import type { IsoDate } from "../../core/dates";
import { splitLines } from "../../core/log";
import type { Settings } from "../../core/settings";
import { suggestionsFor, suggestTrigger, type Suggestion, type SuggestTrigger } from "../../core/typing-suggest";

export interface TypingHost {
  /** Whether the note is a contact, by the index's membership. */
  isContact(path: string): boolean;
  settings(): Settings;
  today(): IsoDate;
}

export class ContactTypingSuggest extends EditorSuggest<Suggestion> {
  // Not `trigger`: Obsidian's EditorSuggest has an internal method of that name.
  private pending: SuggestTrigger | null = null;

  constructor(
    app: App,
    private readonly host: TypingHost,
  ) {
    super(app);
  }

  onTrigger(cursor: EditorPosition, editor: Editor, file: TFile | null): EditorSuggestTriggerInfo | null {
    this.pending = null;
    if (file === null || !this.host.isContact(file.path)) return null;
    const settings = this.host.settings();
    const today = this.host.today();
    const trigger = suggestTrigger({ lines: splitLines(editor.getValue()), cursor, settings, today });
    if (trigger === null || suggestionsFor(trigger, settings, today).length === 0) return null;
    this.pending = trigger;
    return { start: trigger.start, end: trigger.end, query: trigger.query };
  }

  getSuggestions(_context: EditorSuggestContext): Suggestion[] {
    return this.pending === null ? [] : suggestionsFor(this.pending, this.host.settings(), this.host.today());
  }

  renderSuggestion(item: Suggestion, el: HTMLElement): void {
    el.addClass("cc-suggest-item");
    el.createDiv({ cls: "cc-suggest-label", text: item.label });
    if (item.detail !== undefined) el.createDiv({ cls: "cc-suggest-detail", text: item.detail });
  }

  selectSuggestion(item: Suggestion, _evt: MouseEvent | KeyboardEvent): void {
    const context = this.context;
    if (context === null) return;
    // Only the typed range is replaced; the editor's change then asks for the next suggestions (a type after the date).
    context.editor.replaceRange(item.text, context.start, context.end);
    context.editor.setCursor({ line: context.start.line, ch: context.start.ch + item.text.length });
  }
}
