/**
 * The due panel's two ways to one person in depth: "Start with" in the header, and the card that
 * opens in place of the list. The view makes one of these and calls `render` when it draws.
 */
import type { App, Component } from "obsidian";
import type { Contact } from "../../core/contact";
import type { WriteHistory } from "../../obsidian/write-history";
import type { PluginContext } from "../../ports";
import type { RowActionContext } from "../panel/row-actions";
import type { PanelModel } from "../panel/model-cache";
import { CardPane } from "./card-pane";
import { ShownLog } from "./shown-log";
import { StartWithLine } from "./start-with-view";

/** What the plugin hands the panel for the card beyond its context. */
export interface CardExtras {
  /** Picks a new tier for one person, with the budget check (the card's Tier button). */
  changeTier(contact: Contact): void;
}

export interface PanelCardDeps {
  app: App;
  host: PluginContext;
  rowActions(): RowActionContext;
  writes: WriteHistory | null;
  extras: CardExtras | null;
  /** The list, once built: its scroller and its one tab stop. */
  list(): { scroller: HTMLElement; windowEl: HTMLElement };
}

export class PanelCard {
  private readonly start: StartWithLine;
  private pane: CardPane | null = null;
  /** The first person's log ("Start with" says their last entry), and the model it was drawn for. */
  private readonly firstLog: ShownLog;
  private model: PanelModel | null = null;

  /** `header` gets the "Start with" line now; the card itself is made on first use, in `root`. */
  constructor(
    private readonly root: HTMLElement,
    header: HTMLElement,
    private readonly owner: Component,
    private readonly deps: PanelCardDeps,
  ) {
    this.start = new StartWithLine(
      header,
      owner,
      (path) => this.show(path),
      (path, newLeaf) => deps.rowActions().open(path, newLeaf),
    );
    this.firstLog = new ShownLog(deps.host.index, () => {
      if (this.model !== null) this.render(this.model);
    });
  }

  render(model: PanelModel): void {
    this.model = model;
    const week = model.groups.contacts.week;
    const first = week.length > 0 ? week.at(0) : undefined;
    this.start.render(first, model.today, first === undefined ? null : this.firstLog.entries(first.contact.path));
  }

  show(path: string): void {
    if (this.pane === null) {
      const { scroller, windowEl } = this.deps.list();
      const changeTier = this.deps.extras === null ? null : (c: Contact): void => this.deps.extras?.changeTier(c);
      this.pane = new CardPane(this.root, this.owner, { ...this.deps, changeTier, scroller, listFocus: windowEl });
    }
    this.pane.show(path);
  }
}
