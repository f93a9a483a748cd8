/**
 * What the due panel keeps in the workspace (its filters, which groups are closed, whether the
 * tier moves and the filters are shown).
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
