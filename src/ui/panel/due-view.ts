/**
 * The due panel: the load against the budget and this week's plan (see `plan-header.ts`),
 * filters, and a windowed list of who to reach, this week's people first and the overflow in their
 * groups after them (see `windowed-list.ts`: only the rows in view exist in the DOM).
 * It re-renders when the index revision, the day, the settings or the filters change, and only
 * while visible; otherwise it remembers to catch up when shown. What it draws from is derived by the
 * plugin's `PanelModelCache` (see `model-cache.ts`), which outlives the view: opening the panel
 * again, with nothing changed, only draws. The filters are filter-bar.ts, and what a click on a row
 * does is row-actions.ts; this file keeps the view's lifecycle, its state and the drawing.
 */
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { PluginContext } from "../../ports";
import { FilterBar } from "./filter-bar";
import { FlatRows } from "./flat-rows";
import { explainEmpty } from "../../core/explain-empty";
import { surveyVault } from "../../obsidian/vault-survey";
import { defaultCollapsed, emptyStateReasons, emptyStateText, hasFilters, isGroupKey, NO_FILTERS, reachCount, type DueFilters, type DueGroups, type GroupKey, type RowHintProvider } from "./list-model";
import { isCurrent, PanelModelCache, type PanelModel } from "./model-cache";
import { PlanHeader } from "./plan-header";
import { eventElement, rowActionAt, runRowAction, type RowActionContext } from "./row-actions";
import { renderRow } from "./row-dom";
import { WindowedList } from "./windowed-list";

export const DUE_VIEW_TYPE = "contact-cadence-due";

export class DueView extends ItemView {
  private filters: DueFilters = { ...NO_FILTERS };
  private collapsed: Set<GroupKey> = defaultCollapsed();
  /** The model drawn last (from the plugin's cache: it outlives this view). */
  private model: PanelModel | null = null;
  private filtered: DueGroups | null = null;
  private flat: FlatRows | null = null;
  private dirty = true;
  private unsubscribe: (() => void) | null = null;

  /** Whether the over-budget tier moves are shown (kept in the view state). */
  private movesOpen = false;
  private planHeader!: PlanHeader;
  private filterBar!: FilterBar;
  private emptyEl!: HTMLElement;
  private list!: WindowedList<FlatRows>;

  /** `models` is kept by the plugin, so that a panel opened again finds the work done. */
  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: PluginContext,
    private readonly hints: RowHintProvider | null = null,
    private readonly models: PanelModelCache = new PanelModelCache(),
  ) {
    super(leaf);
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
    this.unsubscribe = this.host.index.onChange(() => this.onIndexChange());
    this.register(() => this.stopListening());
    this.registerInterval(window.setInterval(() => {
      if (this.model !== null && this.host.today() !== this.model.today) this.render();
    }, 60_000));
    this.render();
    return Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.stopListening();
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
    // The search box is not kept: a forgotten search would silently hide people after a restart.
    return { ...super.getState(), tier: this.filters.tier, tag: this.filters.tag, collapsed: [...this.collapsed], movesOpen: this.movesOpen };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    let changed = false;
    if (typeof state === "object" && state !== null) {
      const s = state as Record<string, unknown>;
      const before = JSON.stringify(this.getState());
      if (typeof s.tier === "string" || s.tier === null) this.filters.tier = s.tier;
      if (typeof s.tag === "string" || s.tag === null) this.filters.tag = s.tag;
      if (Array.isArray(s.collapsed)) this.collapsed = new Set(s.collapsed.filter(isGroupKey));
      if (typeof s.movesOpen === "boolean") this.movesOpen = s.movesOpen;
      // Obsidian hands every opened view a state, most often the one it already has: draw only for a real change.
      changed = JSON.stringify(this.getState()) !== before;
      if (changed) this.filtered = null;
    }
    await super.setState(state, result);
    if (!changed || this.model === null) return;
    this.filterBar.showState();
    this.render();
  }

  // ---- building ---------------------------------------------------------------------------------

  private buildFrame(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass("cc-due-view");
    const header = root.createDiv({ cls: "cc-due-header" });
    this.planHeader = new PlanHeader(header, this, this.host.actions, (open) => {
      this.movesOpen = open;
      this.app.workspace.requestSaveLayout();
    });

    this.filterBar = new FilterBar(header, this, {
      filters: () => this.filters,
      model: () => this.model,
      tagOptions: (model) => this.models.tagOptions(model),
    }, (change) => this.setFilter(change));

    this.emptyEl = root.createDiv({ cls: "cc-due-empty", attr: { role: "status" } });
    this.list = new WindowedList(root, this, {
      renderItem: (parent, flat, index) => this.renderItem(parent, flat, index),
      headerClass: "cc-group-header",
      rowClass: "cc-row",
      onShown: () => {
        if (this.dirty) this.render();
      },
    });
    this.registerDomEvent(this.list.windowEl, "click", (evt) => this.onListEvent(evt));
    this.registerDomEvent(this.list.windowEl, "keydown", (evt) => {
      if (evt.key !== "Enter" && evt.key !== " ") return;
      // Buttons already turn Enter and Space into clicks; headers and hints are not buttons.
      if (eventElement(evt)?.tagName === "BUTTON") return;
      this.onListEvent(evt);
    });
  }

  private stopListening(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  // ---- rendering --------------------------------------------------------------------------------

  private onIndexChange(): void {
    if (this.model !== null && isCurrent(this.model, this.host.index, this.host.today(), this.host.settings())) return;
    this.render();
  }

  private render(fromTop = false): void {
    if (!this.list.isShown) {
      this.dirty = true;
      return;
    }
    this.dirty = false;
    const model = this.takeModel();
    this.filtered ??= this.models.filtered(model, this.filters);
    this.flat = new FlatRows(this.filtered, this.collapsed);
    this.planHeader.render(model.plan, this.movesOpen);
    const input = { indexReady: model.ready, contactCount: model.contacts.length, filtersActive: hasFilters(this.filters), reachCount: reachCount(this.filtered), scheduled: model.scheduled, settings: model.settings };
    // The folder survey walks the vault's tree: only when there is no contact to show.
    const reasons = emptyStateReasons(input, () => explainEmpty(model.settings, surveyVault(this.app.vault, model.settings, 0)));
    this.renderEmpty(emptyStateText(input), reasons);
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

  private renderEmpty(text: string | null, reasons: readonly string[]): void {
    this.emptyEl.empty();
    this.emptyEl.toggleClass("cc-is-hidden", text === null);
    if (text === null) return;
    this.emptyEl.createDiv({ cls: "cc-due-empty-text", text });
    if (reasons.length > 0) {
      const list = this.emptyEl.createEl("ul", { cls: "cc-due-empty-reasons" });
      for (const reason of reasons) list.createEl("li", { text: reason });
    }
    if (hasFilters(this.filters)) {
      const clear = this.emptyEl.createEl("button", { cls: "cc-due-clear-filters", text: "Clear filters" });
      clear.addEventListener("click", () => this.clearFilters());
    }
  }

  private renderItem(parent: DocumentFragment, flat: FlatRows, index: number): HTMLElement {
    const row = flat.at(index);
    const hint = row.kind === "contact" && this.hints !== null ? this.hints(row.item) : null;
    return renderRow(parent, row, index, this.model?.today ?? this.host.today(), hint);
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

  private onListEvent(evt: MouseEvent | KeyboardEvent): void {
    if (this.flat === null) return;
    const hit = rowActionAt(evt, this.flat);
    if (hit === null) return;
    evt.preventDefault();
    runRowAction(this.rowActions(), hit.action, hit.row, hit.el);
  }

  private rowActions(): RowActionContext {
    return { app: this.app, host: this.host, hints: this.hints, toggleGroup: (group) => this.toggleGroup(group) };
  }

  private toggleGroup(group: GroupKey): void {
    if (this.collapsed.has(group)) this.collapsed.delete(group);
    else this.collapsed.add(group);
    this.app.workspace.requestSaveLayout();
    if (this.filtered === null) return;
    this.flat = new FlatRows(this.filtered, this.collapsed);
    this.list.setSource(this.flat);
  }
}
