/**
 * The due panel: the load against the budget and this week's plan (see `plan-header.ts`),
 * filters, and a windowed list of who to reach, this week's people first and the overflow in their
 * groups after them (see `windowed-list.ts`: only the rows in view exist in the DOM).
 * It re-renders when the index revision, the day, the settings or the filters change, and only
 * while visible; otherwise it remembers to catch up when shown. What it draws from is derived by the
 * plugin's `PanelModelCache` (see `panel-model.ts`), which outlives the view: opening the panel
 * again, with nothing changed, only draws.
 */
import { DropdownComponent, ItemView, Menu, Notice, SearchComponent, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { ScheduledContact } from "../core/schedule";
import type { Settings } from "../core/settings";
import type { PanelHost } from "../obsidian/services";
import {
  defaultCollapsed, emptyStateText, FlatRows, hasFilters, isGroupKey, NO_FILTERS, reachCount, snoozeChoices, tagFromOption,
  tagToOption, tierFromOption, tierOptions, tierToOption,
  type DueFilters, type DueGroups, type DueRow, type GroupKey, type Option, type RowHintProvider,
} from "./due-model";
import { LogInteractionModal } from "./log-modal";
import { isCurrent, PanelModelCache, type PanelModel } from "./panel-model";
import { PlanHeader } from "./plan-header";
import { isRowAction, renderRow, type RowAction } from "./row-dom";
import { SnoozeModal } from "./snooze-modal";
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
  /** The model whose tags the tag list holds, or `null` while it holds only "All tags" and the tag in force. */
  private tagsFor: PanelModel | null = null;
  private unsubscribe: (() => void) | null = null;

  /** Whether the over-budget tier moves are shown (kept in the view state). */
  private movesOpen = false;
  private planHeader!: PlanHeader;
  private tierDropdown!: DropdownComponent;
  private tagDropdown!: DropdownComponent;
  private search!: SearchComponent;
  private emptyEl!: HTMLElement;
  private list!: WindowedList<FlatRows>;

  /** `models` is kept by the plugin, so that a panel opened again finds the work done. */
  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: PanelHost,
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
    this.tierDropdown.setValue(tierToOption(this.filters.tier));
    this.showTagChoices();
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

    const filters = header.createDiv({ cls: "cc-due-filters" });
    this.tierDropdown = new DropdownComponent(filters).onChange((value) => this.setFilter({ tier: tierFromOption(value) }));
    this.tierDropdown.selectEl.addClass("cc-filter-tier");
    this.tierDropdown.selectEl.setAttr("aria-label", "Filter by tier");
    this.tagDropdown = new DropdownComponent(filters).onChange((value) => this.setFilter({ tag: tagFromOption(value) }));
    this.tagDropdown.selectEl.addClass("cc-filter-tag");
    this.tagDropdown.selectEl.setAttr("aria-label", "Filter by tag");
    // Listing the tags reads every contact's tags: done only when the list is opened.
    this.registerDomEvent(this.tagDropdown.selectEl, "focus", () => this.fillTagOptions());
    this.registerDomEvent(this.tagDropdown.selectEl, "pointerdown", () => this.fillTagOptions());
    this.search = new SearchComponent(filters).setPlaceholder("Search by name").onChange((value) => this.setFilter({ search: value }));
    this.search.inputEl.addClass("cc-filter-search");
    this.search.inputEl.setAttr("aria-label", "Search by name");

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
    const empty = emptyStateText({
      indexReady: model.ready,
      contactCount: model.contacts.length,
      filtersActive: hasFilters(this.filters),
      reachCount: reachCount(this.filtered),
      scheduled: model.scheduled,
      settings: model.settings,
    });
    this.renderEmpty(empty);
    this.list.setSource(this.flat, fromTop);
  }

  /** The plugin's model for now; a new one resets what this view derived from the last. */
  private takeModel(): PanelModel {
    const old = this.model;
    const model = this.models.model(this.host);
    if (model === old) return model;
    this.model = model;
    this.filtered = null;
    if (old === null || old.settings !== model.settings) this.fillTierOptions(model.settings);
    // The tag list is filled when it is opened (it reads every contact's tags); until then it shows the tag in force.
    this.showTagChoices();
    if (this.tagDropdown.selectEl === this.tagDropdown.selectEl.doc.activeElement) window.setTimeout(() => this.fillTagOptions(), 0);
    return model;
  }

  private renderEmpty(text: string | null): void {
    this.emptyEl.empty();
    this.emptyEl.toggleClass("cc-is-hidden", text === null);
    if (text === null) return;
    this.emptyEl.createDiv({ cls: "cc-due-empty-text", text });
    if (hasFilters(this.filters)) {
      const clear = this.emptyEl.createEl("button", { cls: "cc-due-clear-filters", text: "Clear filters" });
      clear.addEventListener("click", () => this.clearFilters());
    }
  }

  private fillTierOptions(settings: Settings): void {
    const select = this.tierDropdown.selectEl;
    select.empty();
    for (const o of tierOptions(settings.tiers)) this.tierDropdown.addOption(o.value, o.label);
    this.tierDropdown.setValue(tierToOption(this.filters.tier));
  }

  /** The tag list before it is opened: "All tags" and the tag in force, if any. */
  private showTagChoices(): void {
    this.tagsFor = null;
    const all = tagToOption(null);
    this.setTagOptions([{ value: all, label: "All tags" }]);
  }

  /** The whole tag list, for the current model (done when the list is focused or pressed). */
  private fillTagOptions(): void {
    const model = this.model;
    if (model === null || this.tagsFor === model) return;
    this.tagsFor = model;
    this.setTagOptions(this.models.tagOptions(model));
  }

  private setTagOptions(choices: readonly Option[]): void {
    const options = [...choices];
    const current = tagToOption(this.filters.tag);
    // A chosen tag that is not listed stays listed, so the filter in force is never hidden.
    if (!options.some((o) => o.value === current)) options.push({ value: current, label: `#${this.filters.tag ?? ""}` });
    this.tagDropdown.selectEl.empty();
    for (const o of options) this.tagDropdown.addOption(o.value, o.label);
    this.tagDropdown.setValue(current);
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
    this.tierDropdown.setValue(tierToOption(null));
    this.tagDropdown.setValue(tagToOption(null));
    this.search.setValue("");
    this.setFilter({});
  }

  private onListEvent(evt: MouseEvent | KeyboardEvent): void {
    const target = eventElement(evt);
    if (target === null || this.flat === null) return;
    // The target may be an icon's <svg> or <path>, not the button itself.
    const actionEl = target.closest<HTMLElement>("[data-action]");
    const itemEl = target.closest<HTMLElement>("[data-index]");
    const action = actionEl?.dataset.action;
    if (actionEl === null || itemEl === null || !isRowAction(action)) return;
    const index = Number(itemEl.dataset.index);
    if (!Number.isInteger(index) || index < 0 || index >= this.flat.length) return;
    evt.preventDefault();
    this.runAction(action, this.flat.at(index), actionEl);
  }

  private runAction(action: RowAction, row: DueRow, el: HTMLElement): void {
    if (row.kind === "header") {
      if (action !== "toggle") return;
      if (this.collapsed.has(row.group)) this.collapsed.delete(row.group);
      else this.collapsed.add(row.group);
      this.app.workspace.requestSaveLayout();
      if (this.filtered === null) return;
      this.flat = new FlatRows(this.filtered, this.collapsed);
      this.list.setSource(this.flat);
      return;
    }
    if (row.kind === "problem") {
      if (action === "open") void this.host.actions.openNote(row.problem.path);
      return;
    }
    const s = row.item;
    switch (action) {
      case "open":
        void this.host.actions.openNote(s.contact.path);
        break;
      case "log":
        new LogInteractionModal(this.app, this.host, s.contact).open();
        break;
      case "touched":
        void this.host.actions.markTouchedToday(s.contact.path);
        break;
      case "snooze":
        this.showSnoozeMenu(s, el);
        break;
      case "hint": {
        const hint = this.hints?.(s);
        if (hint) new Notice(`${s.contact.name}: ${hint.text}`);
        break;
      }
      case "toggle":
        break;
    }
  }

  private showSnoozeMenu(s: ScheduledContact, anchor: HTMLElement): void {
    const today = this.host.today();
    const menu = new Menu();
    for (const choice of snoozeChoices(today)) {
      menu.addItem((item) =>
        item.setTitle(`${choice.label} (until ${choice.until})`).setIcon("alarm-clock").onClick(() => {
          void this.host.actions.snooze(s.contact.path, choice.until);
        }),
      );
    }
    menu.addItem((item) => item.setTitle("A date…").setIcon("calendar").onClick(() => new SnoozeModal(this.app, this.host, s.contact).open()));
    const rect = anchor.getBoundingClientRect();
    menu.showAtPosition({ x: rect.left, y: rect.bottom }, anchor.doc);
  }
}

/** The element an event happened on. Duck-typed: `instanceof Element` fails in a popout window. */
function eventElement(evt: Event): Element | null {
  const target = evt.target as Partial<Element> | null;
  return target !== null && typeof target.closest === "function" ? (target as Element) : null;
}
