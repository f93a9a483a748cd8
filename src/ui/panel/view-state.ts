/**
 * What the due panel keeps in the workspace (its filters, which groups are closed, whether the
 * tier moves and the filters are shown), and its empty state's DOM.
 */
import type { DueFilters, GroupKey } from "./list-model";
import { isGroupKey } from "./list-model";

export interface PanelViewState {
  filters: DueFilters;
  collapsed: Set<GroupKey>;
  movesOpen: boolean;
  filtersOpen: boolean;
}

export function writeViewState(v: PanelViewState): Record<string, unknown> {
  // The search box is not kept: a forgotten search would silently hide people after a restart.
  return { tier: v.filters.tier, tag: v.filters.tag, collapsed: [...v.collapsed], movesOpen: v.movesOpen, filtersOpen: v.filtersOpen };
}

/** Takes what is valid from a saved state; anything else keeps its value. */
export function readViewState(s: Record<string, unknown>, v: PanelViewState): void {
  if (typeof s.tier === "string" || s.tier === null) v.filters.tier = s.tier;
  if (typeof s.tag === "string" || s.tag === null) v.filters.tag = s.tag;
  if (Array.isArray(s.collapsed)) v.collapsed = new Set(s.collapsed.filter(isGroupKey));
  if (typeof s.movesOpen === "boolean") v.movesOpen = s.movesOpen;
  if (typeof s.filtersOpen === "boolean") v.filtersOpen = s.filtersOpen;
}

/** The sentence above the list when nobody is there to reach, with "Clear filters" when filters hide people. */
export function renderEmptyState(el: HTMLElement, text: string | null, reasons: readonly string[], clearFilters: (() => void) | null, setupCheck: (() => void) | null = null): void {
  el.empty();
  el.toggleClass("cc-is-hidden", text === null);
  if (text === null) return;
  el.createDiv({ cls: "cc-due-empty-text", text });
  if (reasons.length > 0) {
    const list = el.createEl("ul", { cls: "cc-due-empty-reasons" });
    for (const reason of reasons) list.createEl("li", { text: reason });
  }
  if (setupCheck !== null) el.createEl("button", { cls: "cc-due-setup-check", text: "Run the set-up check" }).addEventListener("click", setupCheck);
  if (clearFilters !== null) el.createEl("button", { cls: "cc-due-clear-filters", text: "Clear filters" }).addEventListener("click", clearFilters);
}
