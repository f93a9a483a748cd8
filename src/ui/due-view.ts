/**
 * The due panel (SPEC §5): the load against the budget and this week's plan (see `plan-header.ts`),
 * filters, and a windowed list of who to reach, this week's people first and the overflow in their
 * groups after them (see `windowed-list.ts`: only the rows in view exist in the DOM).
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
  defaultCollapsed, emptyStateText, filterGroups, FlatRows, groupSchedule, hasFilters, isGroupKey, NO_FILTERS, reachCount,
  snoozeChoices, tagFromOption, tagOptions, tagToOption, tierFromOption, tierOptions, tierToOption,
  type DueFilters, type DueGroups, type DueRow, type GroupKey, type RowHintProvider,
} from "./due-model";
import { isRowAction, renderRow, type RowAction } from "./due-rows";
import { LogInteractionModal } from "./log-modal";
import { PlanHeader, type PlanInput } from "./plan-header";
import { SnoozeModal } from "./snooze-modal";
import { planGroups } from "./week-plan";
import { WindowedList } from "./windowed-list";

export const DUE_VIEW_TYPE = "contact-cadence-due";

/** Everything derived from one (revision, day, settings): rebuilt only when one of them moves. */
interface Snapshot {
  revision: number;
  today: IsoDate;
  settings: Settings;
  ready: boolean;
  scheduled: readonly ScheduledContact[];
  contactCount: number;
  /** The groups with this week's plan lifted out of them. */
  groups: DueGroups;
  plan: PlanInput;
}

export class DueView extends ItemView {
  private filters: DueFilters = { ...NO_FILTERS };
  private collapsed: Set<GroupKey> = defaultCollapsed();
  private snapshot: Snapshot | null = null;
  private filtered: DueGroups | null = null;
  private flat: FlatRows | null = null;
  private dirty = true;
  private tagsStale = true;
  private unsubscribe: (() => void) | null = null;

  /** Whether the over-budget tier moves are shown (kept in the view state). */
  private movesOpen = false;
  private planHeader!: PlanHeader;
  private tierDropdown!: DropdownComponent;
  private tagDropdown!: DropdownComponent;
  private search!: SearchComponent;
  private emptyEl!: HTMLElement;
  private list!: WindowedList<FlatRows>;

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
    this.registerInterval(window.setInterval(() => {
      if (this.snapshot !== null && this.host.today() !== this.snapshot.today) this.render();
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
    this.snapshot = null;
    this.render();
  }

  override getState(): Record<string, unknown> {
    // The search box is not kept: a forgotten search would silently hide people after a restart.
    return { ...super.getState(), tier: this.filters.tier, tag: this.filters.tag, collapsed: [...this.collapsed], movesOpen: this.movesOpen };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    if (typeof state === "object" && state !== null) {
      const s = state as Record<string, unknown>;
      if (typeof s.tier === "string" || s.tier === null) this.filters.tier = s.tier;
      if (typeof s.tag === "string" || s.tag === null) this.filters.tag = s.tag;
      if (Array.isArray(s.collapsed)) this.collapsed = new Set(s.collapsed.filter(isGroupKey));
      if (typeof s.movesOpen === "boolean") this.movesOpen = s.movesOpen;
      this.filtered = null;
      this.tagsStale = true;
    }
    await super.setState(state, result);
    if (this.snapshot === null) return;
    this.tierDropdown.setValue(tierToOption(this.filters.tier));
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
    // Listing the tags walks every contact: done when the list is opened, or right after paint.
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
    if (this.snapshot !== null && this.isCurrent(this.snapshot)) return;
    this.render();
  }

  /** Whether nothing the snapshot was built from has moved since. */
  private isCurrent(s: Snapshot): boolean {
    const index = this.host.index;
    return s.revision === index.revision && s.ready === (index.state === "ready") && s.today === this.host.today() && s.settings === this.host.settings();
  }

  private render(fromTop = false): void {
    if (!this.list.isShown) {
      this.dirty = true;
      return;
    }
    this.dirty = false;
    const snapshot = this.takeSnapshot();
    if (this.filtered === null) this.filtered = filterGroups(snapshot.groups, this.filters);
    this.flat = new FlatRows(this.filtered, this.collapsed);
    this.planHeader.render(snapshot.plan, this.movesOpen);
    const empty = emptyStateText({
      indexReady: snapshot.ready,
      contactCount: snapshot.contactCount,
      filtersActive: hasFilters(this.filters),
      reachCount: reachCount(this.filtered),
      scheduled: snapshot.scheduled,
      settings: snapshot.settings,
    });
    this.renderEmpty(empty);
    this.list.setSource(this.flat, fromTop);
    if (this.tagsStale) window.setTimeout(() => this.fillTagOptions(), 0);
  }

  private takeSnapshot(): Snapshot {
    const old = this.snapshot;
    if (old !== null && this.isCurrent(old)) return old;
    const index = this.host.index;
    const today = this.host.today();
    const settings = this.host.settings();
    const scheduled = index.scheduled(today);
    const contacts = index.contacts();
    const problems: readonly Problem[] = index.problems(today);
    const { groups, week } = planGroups(groupSchedule(scheduled, problems), scheduled, settings, today);
    this.snapshot = {
      revision: index.revision,
      today,
      settings,
      ready: index.state === "ready",
      scheduled,
      contactCount: contacts.length,
      groups,
      plan: { load: weeklyLoad(contacts), settings, week, contacts, scheduled },
    };
    this.filtered = null;
    this.tagsStale = true;
    if (old === null || old.settings !== settings) this.fillTierOptions(settings);
    return this.snapshot;
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

  private renderItem(parent: DocumentFragment, flat: FlatRows, index: number): HTMLElement {
    const row = flat.at(index);
    const hint = row.kind === "contact" && this.hints !== null ? this.hints(row.item) : null;
    return renderRow(parent, row, index, this.snapshot?.today ?? this.host.today(), hint);
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
