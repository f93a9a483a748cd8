/**
 * The person card inside the due panel. It opens in place of the list (the panel's toolbar and
 * week line stay), as a drill-down: Space or → on a row, the row's menu, or "Start with" open it;
 * the back button, Escape, ← or Backspace return to the list at the same row and scroll position.
 *
 * Its actions are the row's own (`runRowAction` through the same port), so the do-not-contact guard,
 * the done state and undo behave exactly as on the row. It draws again when the index moves.
 */
import { Component, Keymap, MarkdownRenderer, TFile, type App, type PaneType } from "obsidian";
import type { Contact } from "../../core/contact";
import type { HistoryStep } from "../../core/history";
import type { ScheduledContact } from "../../core/schedule";
import type { WriteHistory } from "../../obsidian/write-history";
import type { PluginContext } from "../../ports";
import { openCalendar } from "../calendar/open-calendar";
import { eventElement, runRowAction, type RowActionContext } from "../panel/row-actions";
import type { RowAction } from "../panel/row-dom";
import { cardModel, openingLines } from "./card-model";
import { renderFollowUps } from "../modals/follow-ups-modal";
import { drawCard, showDone, type CardParts } from "./card-view";
import { ShownLog } from "./shown-log";

export interface CardPaneDeps {
  app: App;
  host: PluginContext;
  /** The row's actions: the card acts as the row does. */
  rowActions(): RowActionContext;
  writes: WriteHistory | null;
  /** Picks a new tier for the person (with the budget check), or null where the panel has none. */
  changeTier: ((contact: Contact) => void) | null;
  /** The list the card stands in for: its scroller (hidden meanwhile) and its one tab stop. */
  scroller: HTMLElement;
  listFocus: HTMLElement;
}

const ROW_KEYS: Readonly<Record<string, RowAction>> = { l: "log", t: "touched", s: "snooze" };

export class CardPane {
  readonly el: HTMLElement;
  private path: string | null = null;
  private drawnKey = "";
  private parts: CardParts | null = null;
  private renderer: Component | null = null;
  private savedScroll = 0;
  /** The last write for the person shown, offered for undo until the card moves on. */
  private done: { message: string; step: HistoryStep } | null = null;
  /** Their log's entries, read from the note: the card is drawn once they are at hand. */
  private readonly log: ShownLog;

  constructor(
    private readonly root: HTMLElement,
    owner: Component,
    private readonly deps: CardPaneDeps,
  ) {
    this.el = root.createDiv({ cls: "cc-card", attr: { role: "region", tabindex: "-1" } });
    this.log = new ShownLog(deps.host.index, () => this.draw());
    owner.registerDomEvent(this.el, "click", (evt) => this.onClick(evt));
    owner.registerDomEvent(this.el, "keydown", (evt) => this.onKey(evt));
    owner.register(deps.host.index.onChange(() => this.refresh()));
    const off = deps.writes?.onWrite((message, step) => this.onWrite(message, step));
    if (off !== undefined) owner.register(off);
    owner.register(() => this.unloadRenderer());
  }

  show(path: string): void {
    if (this.path === null) this.savedScroll = this.deps.scroller.scrollTop;
    if (this.path !== path) this.done = null;
    this.path = path;
    this.root.addClass("cc-card-open");
    this.drawnKey = "";
    this.draw();
    this.el.focus();
  }

  close(): void {
    if (this.path === null) return;
    this.path = null;
    this.done = null;
    this.unloadRenderer();
    this.el.empty();
    this.root.removeClass("cc-card-open");
    // The list was hidden: put it back where it was, and the keyboard with it.
    this.deps.scroller.scrollTop = this.savedScroll;
    this.deps.scroller.dispatchEvent(new Event("scroll"));
    this.deps.listFocus.focus();
  }

  /** Draws again when what the card shows may have moved (the index, the day). */
  refresh(): void {
    if (this.path !== null) this.draw();
  }

  private scheduled(path: string): ScheduledContact | undefined {
    return this.deps.host.index.scheduled(this.deps.host.today()).find((s) => s.contact.path === path);
  }

  private draw(): void {
    const { host } = this.deps;
    const path = this.path;
    if (path === null) return;
    const today = host.today();
    const key = `${host.index.revision}|${today}|${path}`;
    if (key === this.drawnKey) return;
    const s = this.scheduled(path);
    if (s === undefined) return this.close();
    // Drawn once the log is read (a moment): the card never shows entries of another revision.
    const log = this.log.entries(path);
    if (log === null) return;
    this.drawnKey = key;
    const touch = host.index.touchIndex?.() ?? null;
    const model = cardModel(
      s,
      {
        log,
        mentions: touch?.mentionsOf(path) ?? [],
        followUps: touch?.followUpCount(path) ?? 0,
        countMentions: host.settings().countMentions,
      },
      today,
    );
    // Keep the keyboard on the same control across a redraw.
    const focused = this.el.contains(this.el.doc.activeElement) ? (this.el.doc.activeElement?.getAttribute("data-action") ?? "") : null;
    this.unloadRenderer();
    this.parts = drawCard(this.el, model);
    showDone(this.parts.doneEl, this.done?.message ?? null);
    if (focused !== null) (this.el.querySelector<HTMLElement>(`[data-action="${focused}"]`) ?? this.el).focus();
    // The follow-ups list reads its lines and ticks through the port, as in the follow-ups modal.
    if (this.parts.followEl !== null) void renderFollowUps(this.parts.followEl, { app: this.deps.app, host }, s.contact);
    void this.renderOpening(path);
  }

  /** The note's opening lines, as markdown through Obsidian's renderer (a child component unloaded with the card). */
  private async renderOpening(path: string): Promise<void> {
    const parts = this.parts;
    if (parts === null) return;
    const key = this.drawnKey;
    const text = await this.read(path);
    if (key !== this.drawnKey) return;
    const opening = openingLines(text);
    if (opening !== "") {
      const renderer = new Component();
      renderer.load();
      this.renderer = renderer;
      await MarkdownRenderer.render(this.deps.app, opening, parts.noteEl, path, renderer);
    }
  }

  private async read(path: string): Promise<string> {
    const file = this.deps.app.vault.getAbstractFileByPath(path);
    return file instanceof TFile ? this.deps.app.vault.cachedRead(file) : "";
  }

  private unloadRenderer(): void {
    this.renderer?.unload();
    this.renderer = null;
  }

  private onWrite(message: string, step: HistoryStep): void {
    if (this.path === null || !step.changes.some((c) => c.path === this.path)) return;
    this.done = { message, step };
    if (this.parts !== null) showDone(this.parts.doneEl, message);
  }

  private act(action: RowAction, anchor: HTMLElement): void {
    const s = this.path === null ? undefined : this.scheduled(this.path);
    if (s !== undefined) runRowAction(this.deps.rowActions(), action, { kind: "contact", group: "week", item: s }, anchor);
  }

  private onClick(evt: MouseEvent): void {
    const el = eventElement(evt)?.closest<HTMLElement>("[data-action]");
    const action = el?.dataset.action;
    const path = this.path;
    if (el === null || el === undefined || action === undefined || path === null) return;
    evt.preventDefault();
    const newTab = Keymap.isModEvent(evt);
    switch (action) {
      case "back":
        return this.close();
      case "open":
        return this.deps.rowActions().open(path, newTab);
      case "log":
      case "touched":
      case "snooze":
        return this.act(action, el);
      case "tier": {
        const contact = this.deps.host.index.get(path);
        if (contact !== undefined) this.deps.changeTier?.(contact);
        return;
      }
      case "calendar":
        return void openCalendar(this.deps.app.workspace, { person: path });
      case "note":
        return void this.openAt(el.dataset.note ?? path, el.dataset.line, newTab);
      case "undo": {
        const step = this.done?.step;
        this.done = null;
        if (this.parts !== null) showDone(this.parts.doneEl, null);
        if (step !== undefined) void this.deps.writes?.undoStep(step);
        return;
      }
    }
  }

  /** Opens a note at a line (a log entry, a follow-up), as a search result opens. */
  private async openAt(note: string, line: string | undefined, newTab: PaneType | boolean): Promise<void> {
    const file = this.deps.app.vault.getAbstractFileByPath(note);
    if (!(file instanceof TFile)) return;
    const at = line === undefined ? NaN : Number(line);
    await this.deps.app.workspace.getLeaf(newTab).openFile(file, Number.isInteger(at) ? { eState: { line: at } } : {});
  }

  private onKey(evt: KeyboardEvent): void {
    const target = eventElement(evt);
    if (target?.tagName === "INPUT" && evt.key !== "Escape") return;
    if (evt.ctrlKey || evt.metaKey || evt.altKey) return;
    if (evt.key === "Escape" || evt.key === "ArrowLeft" || evt.key === "Backspace") {
      evt.preventDefault();
      this.close();
      return;
    }
    const action = evt.shiftKey ? undefined : ROW_KEYS[evt.key.toLowerCase()];
    if (action === undefined) return;
    evt.preventDefault();
    this.act(action, this.el.querySelector<HTMLElement>(`[data-action="${action}"]`) ?? this.el);
  }
}
