/**
 * Several people selected in the panel: a bar that logs one interaction with each, marks them all
 * touched, snoozes them or changes their tier, as one write plan, so one undo takes the whole action back.
 */
import { Menu, Notice, type App, type Component } from "obsidian";
import { setTier, snooze } from "../../core/actions";
import type { EditResult } from "../../core/edits";
import type { WritePlan } from "../../obsidian/write-plan";
import { people } from "../../obsidian/write-labels";
import { Selection } from "../../lib/selection";
import { addSnoozeChoices, showMenuBelow } from "./row-actions";
import type { NewLogEntry, PluginContext } from "../../ports";
import { LogInteractionModal } from "../modals/log-modal";
import { bulkLogPlan, bulkTouchedPlan } from "./bulk-outreach";

export interface BulkHost {
  /** Every person the list shows now, in its order (for "Select all"). */
  listed(): string[];
  /** Draws the rows again (their selected state changed). */
  redraw(): void;
  app: App;
  /** The plugin: today, the settings, the index (do-not-contact and names), and the log modal's host. */
  context: PluginContext;
  /** Writes the plan as one undo step, with `message` and an Undo in the notice; true when it was written. */
  applyAll(plan: WritePlan, message: string): Promise<boolean>;
}

export class BulkBar {
  readonly selection = new Selection();
  private readonly el: HTMLElement;
  private readonly countEl: HTMLElement;

  constructor(
    parent: HTMLElement,
    owner: Component,
    private readonly host: BulkHost,
  ) {
    this.el = parent.createDiv({ cls: ["cc-bulk-bar", "cc-is-hidden"], attr: { role: "toolbar", "aria-label": "Selected people" } });
    this.countEl = this.el.createSpan({ cls: "cc-bulk-count" });
    const button = (cls: string, text: string, run: (el: HTMLElement) => void): void => {
      const el = this.el.createEl("button", { cls, text });
      owner.registerDomEvent(el, "click", () => run(el));
    };
    button("cc-bulk-log", "Log", () => this.log());
    button("cc-bulk-touched", "Touched", () => this.touched());
    button("cc-bulk-snooze", "Snooze", (el) => this.snoozeMenu(el));
    button("cc-bulk-tier", "Tier", (el) => this.tierMenu(el));
    button("cc-bulk-all", "Select all", () => this.change(() => this.selection.addAll(host.listed())));
    button("cc-bulk-clear", "Clear", () => this.change(() => this.selection.clear()));
  }

  /**
   * A click that selects rather than opens: Shift (a range from the last click) or Ctrl/Cmd away
   * from the name (one row on or off), or a phone's checkbox. Returns whether it was one.
   */
  click(evt: MouseEvent, action: string, index: number, path: string, keyAt: (index: number) => string | null, onName: boolean): boolean {
    const mod = evt.ctrlKey || evt.metaKey;
    if (action === "select" || (action === "open" && mod && !onName)) this.change(() => this.selection.click(index, path, "toggle", keyAt));
    else if (action === "open" && evt.shiftKey) this.change(() => this.selection.click(index, path, "range", keyAt));
    else return false;
    return true;
  }

  /**
   * Drops the people the list no longer shows (a filter hides them, or a write moved them out), so
   * that an action never reaches someone the user cannot see. Cheap when nothing is selected.
   */
  keepListed(listed: () => readonly string[]): void {
    if (this.selection.size === 0) return;
    const shown = new Set(listed());
    this.selection.retain((path) => shown.has(path));
    this.showCount();
  }

  private change(change: () => void): void {
    change();
    this.showCount();
    this.host.redraw();
  }

  private showCount(): void {
    const count = this.selection.size;
    this.el.toggleClass("cc-is-hidden", count === 0);
    this.countEl.setText(`${count} selected`);
  }

  private run(label: string, message: string, edit: (text: string) => EditResult): void {
    const paths = this.selection.values();
    if (paths.length === 0) return;
    void this.host
      .applyAll(
        { label: `${label} (${people(paths.length)})`, items: paths.map((path) => ({ path, edit })) },
        `${people(paths.length)}: ${message}.`,
      )
      .then(() => this.change(() => this.selection.clear()));
  }

  /** One date, type and summary for everyone selected; do-not-contact people are refused and named. */
  private log(): void {
    const paths = this.selection.values();
    if (paths.length === 0) return;
    const { app, context } = this.host;
    const log = async (entry: NewLogEntry): Promise<boolean> => {
      const { plan, message } = bulkLogPlan({
        paths,
        contact: (p) => context.index.get(p),
        entry,
        settings: context.settings(),
        today: context.today(),
      });
      if (plan === null) {
        new Notice(message);
        return false;
      }
      const written = await this.host.applyAll(plan, message);
      if (written) this.change(() => this.selection.clear());
      return written;
    };
    new LogInteractionModal(app, context, { kind: "many", count: paths.length, log }).open();
  }

  /** As one row's "Mark touched", for everyone selected; do-not-contact people are refused and named, as in a bulk log. */
  private touched(): void {
    const paths = this.selection.values();
    if (paths.length === 0) return;
    const { context } = this.host;
    const { plan, message } = bulkTouchedPlan({
      paths,
      contact: (p) => context.index.get(p),
      settings: context.settings(),
      today: context.today(),
    });
    if (plan === null) {
      new Notice(message);
      return;
    }
    void this.host.applyAll(plan, message).then(() => this.change(() => this.selection.clear()));
  }

  private snoozeMenu(anchor: HTMLElement): void {
    const menu = new Menu();
    addSnoozeChoices(menu, this.host.context.today(), (until) =>
      this.run(`snooze until ${until}`, `snoozed until ${until}`, (text) => snooze(text, { until })),
    );
    showMenuBelow(menu, anchor);
  }

  private tierMenu(anchor: HTMLElement): void {
    const menu = new Menu();
    for (const tier of this.host.context.settings().tiers) {
      menu.addItem((item) =>
        item
          .setTitle(`${tier.key}: ${tier.label}`)
          .onClick(() => this.run(`move to tier ${tier.key}`, `now tier ${tier.key}`, (text) => setTier(text, { tierKey: tier.key }))),
      );
    }
    menu.addItem((item) =>
      item
        .setTitle("No tier (untracked)")
        .onClick(() => this.run("untrack", "now untracked", (text) => setTier(text, { tierKey: "none" }))),
    );
    showMenuBelow(menu, anchor);
  }
}
