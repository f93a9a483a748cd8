/**
 * The due panel (SPEC §5): the load against the budget, filters, and a windowed list of who to
 * reach. Only the rows in view (plus a few) exist in the DOM; headers and rows have fixed heights,
 * measured once per width, so any scroll position maps to rows without touching the others.
 * It re-renders when the index revision, the day, the settings or the filters change, and only
 * while visible; otherwise it remembers to catch up when shown.
 */
import { DropdownComponent, ItemView, Menu, Notice, SearchComponent, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { Problem } from "../core/contact";
import type { IsoDate } from "../core/dates";
import { weeklyLoad, type ScheduledContact } from "../core/schedule";
import type { Settings } from "../core/settings";
import type { PanelHost } from "../obsidian/services";
import {
  defaultCollapsed, emptyStateText, filterGroups, FlatRows, groupSchedule, hasFilters, isGroupKey, loadSummary, NO_FILTERS, reachCount,
  snoozeChoices, tagFromOption, tagOptions, tagToOption, tierFromOption, tierOptions, tierToOption,
  type DueFilters, type DueGroups, type DueRow, type GroupKey, type RowHintProvider,
} from "./due-model";
import { isRowAction, renderRow, type RowAction } from "./due-rows";
import { LogInteractionModal } from "./log-modal";
import { SnoozeModal } from "./snooze-modal";
import { windowRange, type RowHeights } from "./window";

export const DUE_VIEW_TYPE = "contact-cadence-due";

/** Rows rendered beyond each edge of the viewport, so a short scroll never shows a gap. */
const OVERSCAN = 6;
/** First guesses, replaced by the measured heights after the first rows are drawn. */
const ESTIMATED_HEIGHTS: RowHeights = { header: 32, row: 64 };

/** Everything derived from one (revision, day, settings): rebuilt only when one of them moves. */
interface Snapshot {
  revision: number;
  today: IsoDate;
  settings: Settings;
  ready: boolean;
  scheduled: readonly ScheduledContact[];
  contactCount: number;
  groups: DueGroups;
  load: number;
}

export class DueView extends ItemView {
  private filters: DueFilters = { ...NO_FILTERS };
  private collapsed: Set<GroupKey> = defaultCollapsed();
  private snapshot: Snapshot | null = null;
  private filtered: DueGroups | null = null;
  private flat: FlatRows | null = null;
  private heights: RowHeights = { ...ESTIMATED_HEIGHTS };
  private needsMeasure = true;
  /** Rendered items by flat index, for the current `flat` only. */
  private rendered = new Map<number, HTMLElement>();
  private dirty = true;
  private tagsStale = true;
  private unsubscribe: (() => void) | null = null;
  private resizeObserver: ResizeObserver | null = null;

  private loadEl!: HTMLElement;
  private loadTextEl!: HTMLElement;
  private tierDropdown!: DropdownComponent;
  private tagDropdown!: DropdownComponent;
  private search!: SearchComponent;
  private emptyEl!: HTMLElement;
  private scroller!: HTMLElement;
  private sizer!: HTMLElement;
  private windowEl!: HTMLElement;

  constructor(leaf: WorkspaceLeaf, private readonly host: PanelHost, private readonly hints: RowHintProvider | null = null) {
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
    // Catches both a new width (re-measure) and being shown after being hidden (catch up).
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(this.scroller);
    this.registerInterval(window.setInterval(() => {
      if (this.snapshot !== null && this.host.today() !== this.snapshot.today) this.render();
    }, 60_000));
    this.render();
    return Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.stopListening();
    this.rendered.clear();
    this.contentEl.empty();
    return Promise.resolve();
  }

  /** Re-reads everything (settings changed, for instance). */
  refresh(): void {
    this.snapshot = null;
    this.render();
  }

  override onResize(): void {
    this.needsMeasure = true;
    if (this.dirty) this.render();
    else this.updateWindow();
  }

  override getState(): Record<string, unknown> {
    // The search box is not kept: a forgotten search would silently hide people after a restart.
    return { ...super.getState(), tier: this.filters.tier, tag: this.filters.tag, collapsed: [...this.collapsed] };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    if (typeof state === "object" && state !== null) {
      const s = state as Record<string, unknown>;
      if (typeof s.tier === "string" || s.tier === null) this.filters.tier = s.tier;
      if (typeof s.tag === "string" || s.tag === null) this.filters.tag = s.tag;
      if (Array.isArray(s.collapsed)) this.collapsed = new Set(s.collapsed.filter(isGroupKey));
      this.filtered = null;
      this.tagsStale = true;
    }
    await super.setState(state, result);
    if (this.snapshot !== null) this.render();
  }

  // ---- building ---------------------------------------------------------------------------------

  private buildFrame(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass("cc-due-view");
    const header = root.createDiv({ cls: "cc-due-header" });
    this.loadEl = header.createDiv({ cls: "cc-load", attr: { role: "meter", "aria-valuemin": "0" } });
    this.loadTextEl = this.loadEl.createDiv({ cls: "cc-load-text" });
    this.loadEl.createDiv({ cls: "cc-load-meter" }).createDiv({ cls: "cc-load-meter-fill" });

    const filters = header.createDiv({ cls: "cc-due-filters" });
    this.tierDropdown = new DropdownComponent(filters).onChange((value) => this.setFilter({ tier: tierFromOption(value) }));
    this.tierDropdown.selectEl.addClass("cc-filter-tier");
    this.tierDropdown.selectEl.setAttr("aria-label", "Filter by tier");
    this.tagDropdown = new DropdownComponent(filters).onChange((value) => this.setFilter({ tag: tagFromOption(value) }));
    this.tagDropdown.selectEl.addClass("cc-filter-tag");
    this.tagDropdown.selectEl.setAttr("aria-label", "Filter by tag");
    // Listing the tags walks every contact: done when the list is opened, or right after paint.
    this.registerDomEvent(this.tagDropdown.selectEl, "focus", () => this.fillTagOptions());
    this.registerDomEvent(this.tagDropdown.selectEl, "pointerdown", () => this.fillTagOptions());
    this.search = new SearchComponent(filters).setPlaceholder("Search by name").onChange((value) => this.setFilter({ search: value }));
    this.search.inputEl.addClass("cc-filter-search");
    this.search.inputEl.setAttr("aria-label", "Search by name");

    this.emptyEl = root.createDiv({ cls: "cc-due-empty", attr: { role: "status" } });
    this.scroller = root.createDiv({ cls: "cc-due-scroller" });
    this.sizer = this.scroller.createDiv({ cls: "cc-due-sizer" });
    this.windowEl = this.sizer.createDiv({ cls: "cc-due-window" });
    this.registerDomEvent(this.scroller, "scroll", () => this.updateWindow(), { passive: true });
    this.registerDomEvent(this.windowEl, "click", (evt) => this.onListEvent(evt));
    this.registerDomEvent(this.windowEl, "keydown", (evt) => {
      if (evt.key !== "Enter" && evt.key !== " ") return;
      // Buttons already turn Enter and Space into clicks; headers and hints are not buttons.
      if (evt.target instanceof HTMLElement && evt.target.tagName === "BUTTON") return;
      this.onListEvent(evt);
    });
  }

  private stopListening(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  // ---- rendering --------------------------------------------------------------------------------

  private onIndexChange(): void {
    const s = this.snapshot;
    if (s !== null && s.revision === this.host.index.revision && s.today === this.host.today() && s.settings === this.host.settings()) return;
    this.render();
  }

  private isVisible(): boolean {
    return this.containerEl.isShown();
  }

  private render(): void {
    if (!this.isVisible()) {
      this.dirty = true;
      return;
    }
    this.dirty = false;
    const snapshot = this.takeSnapshot();
    if (this.filtered === null) this.filtered = filterGroups(snapshot.groups, this.filters);
    this.flat = new FlatRows(this.filtered, this.collapsed);
    this.renderHeader(snapshot);
    const empty = emptyStateText({
      indexReady: snapshot.ready,
      contactCount: snapshot.contactCount,
      filtersActive: hasFilters(this.filters),
      reachCount: reachCount(this.filtered),
      scheduled: snapshot.scheduled,
      settings: snapshot.settings,
    });
    this.renderEmpty(empty);
    this.resetWindow();
    if (this.tagsStale) window.setTimeout(() => this.fillTagOptions(), 0);
  }

  private takeSnapshot(): Snapshot {
    const index = this.host.index;
    const today = this.host.today();
    const settings = this.host.settings();
    const old = this.snapshot;
    if (old !== null && old.revision === index.revision && old.today === today && old.settings === settings) return old;
    const scheduled = index.scheduled(today);
    const contacts = index.contacts();
    const problems: readonly Problem[] = index.problems(today);
    this.snapshot = {
      revision: index.revision,
      today,
      settings,
      ready: index.state === "ready",
      scheduled,
      contactCount: contacts.length,
      groups: groupSchedule(scheduled, problems),
      load: weeklyLoad(contacts),
    };
    this.filtered = null;
    this.tagsStale = true;
    if (old === null || old.settings !== settings) this.fillTierOptions(settings);
    return this.snapshot;
  }

  private renderHeader(s: Snapshot): void {
    const budget = s.settings.weeklyBudget;
    const summary = loadSummary(s.load, budget);
    this.loadTextEl.setText(summary.text);
    this.loadEl.toggleClass("cc-over-budget", summary.over);
    this.loadEl.setAttrs({ "aria-valuemax": String(budget), "aria-valuenow": s.load.toFixed(1), "aria-valuetext": summary.text });
    this.loadEl.setCssProps({ "--cc-load-fraction": String(summary.fraction) });
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

  private fillTagOptions(): void {
    if (!this.tagsStale || this.snapshot === null) return;
    this.tagsStale = false;
    const options = tagOptions(this.host.index.contacts(), this.snapshot.settings.contactTag);
    const current = tagToOption(this.filters.tag);
    // A chosen tag that no longer exists stays listed, so the filter in force is never hidden.
    if (!options.some((o) => o.value === current)) options.push({ value: current, label: `#${this.filters.tag ?? ""}` });
    this.tagDropdown.selectEl.empty();
    for (const o of options) this.tagDropdown.addOption(o.value, o.label);
    this.tagDropdown.setValue(current);
  }

  /** Drops every rendered item and draws the window afresh (the flat list changed). */
  private resetWindow(): void {
    const focus = this.focusedAction();
    this.rendered.clear();
    this.windowEl.empty();
    this.updateWindow();
    if (focus !== null) this.restoreFocus(focus);
  }

  /** Brings the rendered items in line with the scroll position, keeping those still in view. */
  private updateWindow(): void {
    const flat = this.flat;
    if (flat === null || this.snapshot === null) return;
    const viewport = this.scroller.clientHeight > 0 ? this.scroller.clientHeight : 600;
    const range = windowRange(flat.sections, this.heights, this.scroller.scrollTop, viewport, OVERSCAN);
    this.sizer.setCssProps({ "--cc-list-height": `${range.total}px` });
    this.windowEl.setCssProps({ "--cc-window-top": `${range.top}px` });

    let firstKept: HTMLElement | null = null;
    for (const [i, el] of this.rendered) {
      if (i < range.start || i >= range.end) {
        el.remove();
        this.rendered.delete(i);
      } else if (firstKept === null || i < Number(firstKept.dataset.index)) {
        firstKept = el;
      }
    }
    const today = this.snapshot.today;
    const above = createFragment();
    const below = createFragment();
    const firstKeptIndex = firstKept === null ? Infinity : Number(firstKept.dataset.index);
    for (let i = range.start; i < range.end; i++) {
      if (this.rendered.has(i)) continue;
      const row = flat.at(i);
      const hint = row.kind === "contact" && this.hints !== null ? this.hints(row.item) : null;
      this.rendered.set(i, renderRow(i < firstKeptIndex ? above : below, row, i, today, hint));
    }
    // New items go before or after the kept ones; kept ones never move, so focus stays put.
    if (firstKept !== null) this.windowEl.insertBefore(above, firstKept);
    else this.windowEl.append(above);
    this.windowEl.append(below);

    if (this.needsMeasure && this.measure()) this.updateWindow();
  }

  /** Reads the real header and row heights; true when they differ from those in use. */
  private measure(): boolean {
    let header = this.heights.header;
    let row = this.heights.row;
    let sawRow = false;
    let sawHeader = false;
    for (const el of this.rendered.values()) {
      const h = el.getBoundingClientRect().height;
      if (h <= 0) continue;
      if (!sawHeader && el.hasClass("cc-group-header")) {
        header = h;
        sawHeader = true;
      } else if (!sawRow && el.hasClass("cc-row")) {
        row = h;
        sawRow = true;
      }
      if (sawHeader && sawRow) break;
    }
    if (sawHeader && sawRow) this.needsMeasure = false;
    const changed = Math.abs(header - this.heights.header) > 0.5 || Math.abs(row - this.heights.row) > 0.5;
    this.heights = { header, row };
    return changed;
  }

  private focusedAction(): { path: string | null; group: string | null; action: string } | null {
    const active = this.windowEl.doc.activeElement;
    if (!(active instanceof HTMLElement) || !this.windowEl.contains(active)) return null;
    const item = active.closest<HTMLElement>("[data-index]");
    return { path: item?.dataset.path ?? null, group: item?.dataset.group ?? null, action: active.dataset.action ?? "" };
  }

  private restoreFocus(focus: { path: string | null; group: string | null; action: string }): void {
    for (const el of this.rendered.values()) {
      if ((focus.path !== null && el.dataset.path === focus.path) || (focus.group !== null && el.dataset.group === focus.group)) {
        const target = el.dataset.action === focus.action ? el : el.querySelector<HTMLElement>(`[data-action="${focus.action}"]`);
        target?.focus();
        return;
      }
    }
  }

  // ---- interaction ------------------------------------------------------------------------------

  private setFilter(change: Partial<DueFilters>): void {
    this.filters = { ...this.filters, ...change };
    this.filtered = null;
    this.scroller.scrollTop = 0;
    this.app.workspace.requestSaveLayout();
    this.render();
  }

  private clearFilters(): void {
    this.filters = { ...NO_FILTERS };
    this.tierDropdown.setValue(tierToOption(null));
    this.tagDropdown.setValue(tagToOption(null));
    this.search.setValue("");
    this.setFilter({});
  }

  private onListEvent(evt: MouseEvent | KeyboardEvent): void {
    if (!(evt.target instanceof HTMLElement) || this.flat === null) return;
    const actionEl = evt.target.closest<HTMLElement>("[data-action]");
    const itemEl = evt.target.closest<HTMLElement>("[data-index]");
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
      this.flat = this.filtered === null ? null : new FlatRows(this.filtered, this.collapsed);
      this.resetWindow();
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
