/**
 * The due panel's filters: a tier list, a tag list and a name search. The tag list is filled only
 * when it is opened (it reads every contact's tags); until then it shows the tag in force.
 */
import { DropdownComponent, SearchComponent, type Component } from "obsidian";
import type { Settings } from "../../core/settings";
import { type DueFilters } from "./list-model";
import { tagFromOption, tagToOption, tierFromOption, tierOptions, tierToOption, type Option } from "./filter-options";
import type { PanelModel } from "./model-cache";

export interface FilterSource {
  filters(): DueFilters;
  /** The model drawn last, or `null` before the first draw. */
  model(): PanelModel | null;
  /** The tag list's choices for a model (kept by the plugin's model cache). */
  tagOptions(model: PanelModel): readonly Option[];
}

export class FilterBar {
  private readonly tierDropdown: DropdownComponent;
  private readonly tagDropdown: DropdownComponent;
  private readonly search: SearchComponent;
  private readonly el: HTMLElement;
  /** The model whose tags the tag list holds, or `null` while it holds only "All tags" and the tag in force. */
  private tagsFor: PanelModel | null = null;

  constructor(
    parent: HTMLElement,
    owner: Component,
    private readonly source: FilterSource,
    onChange: (change: Partial<DueFilters>) => void,
  ) {
    const filters = parent.createDiv({ cls: "cc-due-filters" });
    this.el = filters;
    this.tierDropdown = new DropdownComponent(filters).onChange((value) => onChange({ tier: tierFromOption(value) }));
    this.tierDropdown.selectEl.addClass("cc-filter-tier");
    this.tierDropdown.selectEl.setAttr("aria-label", "Filter by tier");
    this.tagDropdown = new DropdownComponent(filters).onChange((value) => onChange({ tag: tagFromOption(value) }));
    this.tagDropdown.selectEl.addClass("cc-filter-tag");
    this.tagDropdown.selectEl.setAttr("aria-label", "Filter by tag");
    // Listing the tags reads every contact's tags: done only when the list is opened.
    owner.registerDomEvent(this.tagDropdown.selectEl, "focus", () => this.fillTagOptions());
    owner.registerDomEvent(this.tagDropdown.selectEl, "pointerdown", () => this.fillTagOptions());
    this.search = new SearchComponent(filters).setPlaceholder("Search by name").onChange((value) => onChange({ search: value }));
    this.search.inputEl.addClass("cc-filter-search");
    this.search.inputEl.setAttr("aria-label", "Search by name");
  }

  /** Shows or hides the filters (behind the toolbar's toggle). */
  setVisible(open: boolean): void {
    this.el.toggleClass("cc-is-hidden", !open);
  }

  /** The filters were set from the view's saved state. */
  showState(): void {
    this.tierDropdown.setValue(tierToOption(this.source.filters().tier));
    this.showTagChoices();
  }

  /** A new model is drawn: new tier choices when the settings changed, and the tag list to fill again. */
  modelChanged(settings: Settings, settingsChanged: boolean): void {
    if (settingsChanged) this.fillTierOptions(settings);
    this.showTagChoices();
    if (this.tagDropdown.selectEl === this.tagDropdown.selectEl.doc.activeElement) window.setTimeout(() => this.fillTagOptions(), 0);
  }

  /** Shows no filter (the caller resets the filters themselves). */
  clear(): void {
    this.tierDropdown.setValue(tierToOption(null));
    this.tagDropdown.setValue(tagToOption(null));
    this.search.setValue("");
  }

  private fillTierOptions(settings: Settings): void {
    const select = this.tierDropdown.selectEl;
    select.empty();
    for (const o of tierOptions(settings.tiers)) this.tierDropdown.addOption(o.value, o.label);
    this.tierDropdown.setValue(tierToOption(this.source.filters().tier));
  }

  /** The tag list before it is opened: "All tags" and the tag in force, if any. */
  private showTagChoices(): void {
    this.tagsFor = null;
    const all = tagToOption(null);
    this.setTagOptions([{ value: all, label: "All tags" }]);
  }

  /** The whole tag list, for the current model (done when the list is focused or pressed). */
  private fillTagOptions(): void {
    const model = this.source.model();
    if (model === null || this.tagsFor === model) return;
    this.tagsFor = model;
    this.setTagOptions(this.source.tagOptions(model));
  }

  private setTagOptions(choices: readonly Option[]): void {
    const options = [...choices];
    const tag = this.source.filters().tag;
    const current = tagToOption(tag);
    // A chosen tag that is not listed stays listed, so the filter in force is never hidden.
    if (!options.some((o) => o.value === current)) options.push({ value: current, label: `#${tag ?? ""}` });
    this.tagDropdown.selectEl.empty();
    for (const o of options) this.tagDropdown.addOption(o.value, o.label);
    this.tagDropdown.setValue(current);
  }
}
