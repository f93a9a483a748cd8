/** The due panel's list as one flat sequence of group headers and rows, what the windowed list draws from. */
import type { Problem } from "../../core/contact";
import type { ScheduledContact } from "../../core/schedule";
import type { Section } from "../../lib/list-geometry";
import { GROUPS, type ComingUpItem, type ContactGroupKey, type DueGroups, type GroupKey } from "./list-model";

export type DueRow =
  | { kind: "header"; group: GroupKey; label: string; count: number; collapsed: boolean }
  | { kind: "contact"; group: ContactGroupKey; item: ScheduledContact }
  | { kind: "keyDate"; group: "comingUp"; item: ComingUpItem }
  | { kind: "problem"; group: "problems"; problem: Problem };

export interface FlatSection extends Section {
  group: GroupKey;
  label: string;
  /** Items in the group (shown or not). */
  count: number;
  collapsed: boolean;
  /** Flat index of the group's header. */
  start: number;
}

/**
 * The panel's list as one flat sequence: each non-empty group's header, then (unless collapsed)
 * its rows. Rows are materialised only when read, so building it costs nothing per row.
 */
export class FlatRows {
  readonly sections: readonly FlatSection[];
  readonly length: number;

  constructor(private readonly groups: DueGroups, collapsed: ReadonlySet<GroupKey>) {
    const sections: FlatSection[] = [];
    let start = 0;
    for (const info of GROUPS) {
      const count = info.key === "problems" ? groups.problems.length : info.key === "comingUp" ? groups.comingUp.length : groups.contacts[info.key].length;
      if (count === 0) continue;
      const isCollapsed = collapsed.has(info.key);
      const rows = isCollapsed ? 0 : count;
      sections.push({ group: info.key, label: info.label, count, collapsed: isCollapsed, start, rows });
      start += 1 + rows;
    }
    this.sections = sections;
    this.length = start;
  }

  at(index: number): DueRow {
    for (const s of this.sections) {
      if (index === s.start) return { kind: "header", group: s.group, label: s.label, count: s.count, collapsed: s.collapsed };
      const k = index - s.start - 1;
      if (k >= 0 && k < s.rows) {
        if (s.group === "problems") return { kind: "problem", group: "problems", problem: this.groups.problems.at(k) };
        if (s.group === "comingUp") return { kind: "keyDate", group: "comingUp", item: this.groups.comingUp.at(k) };
        return { kind: "contact", group: s.group, item: this.groups.contacts[s.group].at(k) };
      }
    }
    throw new RangeError(`row ${index} is outside 0..${this.length - 1}`);
  }

  /** Flat index of a group's header, or -1 when the group is empty. */
  headerIndex(group: GroupKey): number {
    return this.sections.find((s) => s.group === group)?.start ?? -1;
  }
}
