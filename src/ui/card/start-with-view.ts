/**
 * "Start with" in the panel's header: one line with the first person of this week's plan and
 * something to say to them (the note's reminder, else their last logged summary; both are in the
 * tooltip). A click opens their card; the icon beside it opens the note. Hidden with an empty plan.
 */
import { Keymap, setIcon, setTooltip, type Component, type PaneType } from "obsidian";
import type { IsoDate } from "../../core/dates";
import type { LogEntry } from "../../core/log";
import type { ScheduledContact } from "../../core/schedule";
import { startWith } from "./start-with-model";

export class StartWithLine {
  private readonly el: HTMLElement;
  private readonly main: HTMLButtonElement;
  private readonly nameEl: HTMLElement;
  private readonly sayEl: HTMLElement;
  private path: string | null = null;

  constructor(
    parent: HTMLElement,
    owner: Component,
    showCard: (path: string) => void,
    openNote: (path: string, newLeaf: PaneType | boolean) => void,
  ) {
    this.el = parent.createDiv({ cls: ["cc-start", "cc-is-hidden"] });
    this.main = this.el.createEl("button", { cls: "cc-start-main" });
    this.main.createSpan({ cls: "cc-start-label", text: "Start with" });
    this.nameEl = this.main.createSpan({ cls: "cc-start-name" });
    this.sayEl = this.main.createSpan({ cls: "cc-start-say" });
    const open = this.el.createEl("button", { cls: ["clickable-icon", "cc-start-open"], attr: { "aria-label": "Open the note" } });
    setIcon(open, "file-text");
    owner.registerDomEvent(this.main, "click", () => {
      if (this.path !== null) showCard(this.path);
    });
    owner.registerDomEvent(open, "click", (evt) => {
      if (this.path !== null) openNote(this.path, Keymap.isModEvent(evt));
    });
  }

  /** `log`: the first person's log entries (`null` while they are read). */
  render(first: ScheduledContact | undefined, today: IsoDate, log: readonly LogEntry[] | null): void {
    const s = startWith(first, today, log);
    this.el.toggleClass("cc-is-hidden", s === null);
    this.path = s?.path ?? null;
    if (s === null) return;
    this.el.setAttr("data-path", s.path);
    this.nameEl.setText(s.name);
    const say = [s.reminder, s.last].filter((t): t is string => t !== null);
    this.sayEl.setText(say.length === 0 ? "" : ` · ${say[0] ?? ""}`);
    const whole = `Start with ${s.name}${say.map((t) => `\n${t}`).join("")}\nShow the card`;
    setTooltip(this.main, whole);
    this.main.setAttr("aria-label", whole);
  }
}
