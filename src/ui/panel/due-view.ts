/**
 * The due panel: the load against the budget and this week's plan (see `plan-header.ts`),
 * filters, and a windowed list of who to reach, this week's people first and the overflow in their
 * groups after them (see `windowed-list.ts`: only the rows in view exist in the DOM).
 * It re-renders when the index revision, the day, the settings or the filters change, and only
 * while visible; otherwise it remembers to catch up when shown. What it draws from is derived by the
 * plugin's `PanelModelCache` (see `model-cache.ts`), which outlives the view: opening the panel
 * again, with nothing changed, only draws. The filters are filter-bar.ts, the list's keys and pointer
 * list-input.ts, what a click on a row does row-actions.ts, and when to draw refresh-schedule.ts;
 * this file keeps the view's lifecycle, its state and the drawing.
 */
import { ItemView, Platform, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { PluginContext } from "../../ports";
import type { PanelExtras } from "./panel-extras";
import { BulkBar } from "./bulk-bar";
import { FilterBar } from "./filter-bar";
import { FlatRows } from "./flat-rows";
import {
  defaultCollapsed,
  hasFilters,
  NO_FILTERS,
  type DueFilters,
  type DueGroups,
  type GroupKey,
  type RowHintProvider,
} from "./list-model";
import { PanelModelCache, type PanelModel } from "./model-cache";
import { PlanHeader } from "./plan-header";
import { ListInput } from "./list-input";
import { PanelToolbar } from "./panel-toolbar";
import type { RowActionContext } from "./row-actions";
import { DoneRows } from "./row-done";
import { readViewState, writeViewState } from "./view-state";
import { drawEmptyPanel } from "./empty-state";
import { doneRowActions } from "./row-pointer";
import { RefreshSchedule } from "./refresh-schedule";
import { renderRow } from "./row-dom";
import { WindowedList } from "./windowed-list";
import { PanelCard } from "../card/panel-card";

export const DUE_VIEW_TYPE = "contact-cadence-due";
export type { PanelExtras } from "./panel-extras";

export class DueView extends ItemView {
  filters: DueFilters = { ...NO_FILTERS };
  collapsed: Set<GroupKey> = defaultCollapsed();
  /** The model drawn last (from the plugin's cache: it outlives this view). */
  private model: PanelModel | null = null;
  private filtered: DueGroups | null = null;
  private flat: FlatRows | null = null;
  private readonly schedule: RefreshSchedule;

  /** Whether the over-budget tier moves, and the filters, are shown (kept in the view state). */
  movesOpen = false;
  filtersOpen = false;
  /** Rows just acted on, held a moment (see row-done.ts). */
  private readonly done = new DoneRows(() => this.render());
  private input!: ListInput;
  private toolbar: PanelToolbar | null = null;
  private bulkBar: BulkBar | null = null;
  private planHeader!: PlanHeader;
  private filterBar!: FilterBar;
  private emptyEl!: HTMLElement;
  private list!: WindowedList<FlatRows>;
  /** "Start with" and the person card (the command that shows a contact's card reaches it here). */
  card!: PanelCard;

  /** `models` is kept by the plugin, so that a panel opened again finds the work done. */
  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: PluginContext,
    private readonly hints: RowHintProvider | null = null,
    private readonly models: PanelModelCache = new PanelModelCache(),
    private readonly extras: PanelExtras | null = null,
  ) {
    super(leaf);
    this.schedule = new RefreshSchedule(
      this,
      host,
      () => this.model,
      () => this.render(),
    );
  }

  getViewType(): string {
    return DUE_VIEW_TYPE;
  }

  getDisplayText(): string {
    return "Contacts due";
  }

  override getIcon(): string {
    return "users";
  }

  override async onOpen(): Promise<void> {
    this.buildFrame();
    this.schedule.start();
    const offWrites = this.extras?.writes.onWrite((message, step) =>
      this.onWrite(
        message,
        step.changes.map((c) => c.path),
      ),
    );
    if (offWrites !== undefined) this.register(offWrites);
    this.register(() => this.done.stop());
    this.render();
    return Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.schedule.stop();
    this.list.destroy();
    this.contentEl.empty();
    return Promise.resolve();
  }

  /** Re-reads everything (settings changed, for instance). */
  refresh(): void {
    this.models.invalidate();
    this.render();
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), ...writeViewState(this) };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    let changed = false;
    if (typeof state === "object" && state !== null) {
      const before = JSON.stringify(this.getState());
      readViewState(state as Record<string, unknown>, this);
      // Obsidian hands every opened view a state, most often the one it already has: draw only for a real change.
      changed = JSON.stringify(this.getState()) !== before;
      if (changed) this.filtered = null;
    }
    await super.setState(state, result);
    if (!changed || this.model === null) return;
    this.filterBar.showState();
    this.showFilters();
    this.render();
  }

  // ---- building ---------------------------------------------------------------------------------

  private buildFrame(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass("cc-due-view");
    const header = root.createDiv({ cls: "cc-due-header" });
    if (this.extras !== null) this.toolbar = new PanelToolbar(header, this, this.extras.commands, () => this.toggleFilters());
    this.planHeader = new PlanHeader(header, this, this.host.actions, (open) => {
      this.movesOpen = open;
      this.app.workspace.requestSaveLayout();
    });
    this.card = new PanelCard(root, header, this, {
      app: this.app,
      host: this.host,
      rowActions: () => this.rowActions(),
      writes: this.extras?.writes ?? null,
      extras: this.extras?.card ?? null,
      list: () => this.list,
    });
    this.filterBar = new FilterBar(
      header,
      this,
      {
        filters: () => this.filters,
        model: () => this.model,
        tagOptions: (model) => this.models.tagOptions(model),
      },
      (change) => this.setFilter(change),
    );
    this.showFilters();

    const extras = this.extras;
    if (extras !== null) {
      this.bulkBar = new BulkBar(root, this, {
        listed: () => this.flat?.paths() ?? [],
        redraw: () => this.redraw(),
        app: this.app,
        context: this.host,
        applyAll: async (plan, message) => (await extras.applyAll(plan, message)).ok,
      });
    }
    this.emptyEl = root.createDiv({ cls: "cc-due-empty", attr: { role: "status" } });
    this.list = new WindowedList(root, this, {
      renderItem: (parent, flat, index) => this.renderItem(parent, flat, index),
      headerClass: "cc-group-header",
      rowClass: "cc-row",
      onShown: () => this.schedule.shown(),
    });
    this.input = new ListInput(
      this,
      { list: this.list, flat: () => this.flat, done: this.done, bulk: this.bulkBar, rowActions: () => this.rowActions() },
      DUE_VIEW_TYPE,
    );
  }

  // ---- rendering --------------------------------------------------------------------------------

  private render(fromTop = false): void {
    // A done row stays where it is for its moment: the list catches up when it ends.
    if (this.done.holding && this.flat !== null) return this.redraw();
    if (!this.schedule.shouldDraw(this.list.isShown)) return;
    const model = this.takeModel();
    this.filtered ??= this.models.filtered(model, this.filters);
    this.flat = new FlatRows(this.filtered, this.collapsed);
    const flat = this.flat;
    this.bulkBar?.keepListed(() => flat.paths());
    this.planHeader.render(model.plan, this.movesOpen);
    this.card.render(model);
    drawEmptyPanel(this.emptyEl, model, this.filtered, {
      app: this.app,
      host: this.host,
      commands: this.extras?.commands ?? null,
      filters: this.filters,
      clearFilters: () => this.clearFilters(),
    });
    this.list.setSource(this.flat, fromTop);
  }

  /** The plugin's model for now; a new one resets what this view derived from the last. */
  private takeModel(): PanelModel {
    const old = this.model;
    const model = this.models.model(this.host);
    if (model === old) return model;
    this.model = model;
    this.filtered = null;
    // The tag list is filled when it is opened (it reads every contact's tags); until then it shows the tag in force.
    this.filterBar.modelChanged(model.settings, old === null || old.settings !== model.settings);
    return model;
  }

  private renderItem(parent: DocumentFragment, flat: FlatRows, index: number): HTMLElement {
    const row = flat.at(index);
    const today = this.model?.today ?? this.host.today();
    if (row.kind !== "contact") return renderRow(parent, row, index, today, null);
    const hint = this.hints !== null ? this.hints(row.item) : null;
    const path = row.item.contact.path;
    const touches = this.host.index.touchIndex?.() ?? null;
    return renderRow(parent, row, index, today, hint, {
      followUps: touches?.followUpCount(path) ?? 0,
      followUpDue: row.group === "followUps" ? (touches?.earliestDue(path) ?? null) : null,
      done: this.done.text(path),
      active: path === this.input.activePath,
      selected: this.bulkBar?.selection.has(path) ?? false,
      focused: index === this.input.focus,
      checkbox: Platform.isMobile && this.bulkBar !== null,
    });
  }

  // ---- interaction ------------------------------------------------------------------------------

  private setFilter(change: Partial<DueFilters>): void {
    this.filters = { ...this.filters, ...change };
    this.filtered = null;
    this.app.workspace.requestSaveLayout();
    this.render(true);
  }

  private clearFilters(): void {
    this.filters = { ...NO_FILTERS };
    this.filterBar.clear();
    this.setFilter({});
  }

  /** A write landed: the rows it changed show it, with their Undo, for a moment. */
  private onWrite(message: string, paths: readonly string[]): void {
    const step = this.extras?.writes.history.peekUndo() ?? null;
    for (const path of paths) this.done.mark(path, message, step);
    this.redraw();
  }

  /** Draws the rows in view again, from the same list (their state changed, not the people). */
  private redraw(): void {
    if (this.flat !== null) this.list.setSource(this.flat);
  }

  private rowActions(): RowActionContext {
    return doneRowActions(
      {
        app: this.app,
        host: this.host,
        hints: this.hints,
        toggleGroup: (group) => this.toggleGroup(group),
        showCard: (path) => this.card.show(path),
      },
      this.done,
      () => this.redraw(),
      this.extras?.writes ?? null,
    );
  }

  private toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
    this.showFilters();
    this.app.workspace.requestSaveLayout();
  }

  private showFilters(): void {
    this.filterBar.setVisible(this.filtersOpen);
    this.toolbar?.setFilterState(this.filtersOpen, hasFilters(this.filters));
  }

  private toggleGroup(group: GroupKey): void {
    if (this.collapsed.has(group)) this.collapsed.delete(group);
    else this.collapsed.add(group);
    this.app.workspace.requestSaveLayout();
    if (this.filtered === null) return;
    this.flat = new FlatRows(this.filtered, this.collapsed);
    const flat = this.flat;
    this.bulkBar?.keepListed(() => flat.paths());
    this.list.setSource(this.flat);
  }
}
