/** The due panel's list as one flat sequence of group headers and rows, what the windowed list draws from. */
import type { Problem } from "../../core/contact";
import type { ScheduledContact } from "../../core/schedule";
import type { Section } from "../../lib/list-geometry";
import { GROUPS, REACH_GROUPS, type ComingUpItem, type ContactGroupKey, type DueGroups, type GroupKey } from "./list-model";

/** The line between this week's plan and the groups below it, which hold the people beyond its budget. */
export const BEYOND_LABEL = "Beyond this week's budget";

export type DueRow =
  | { kind: "header"; group: GroupKey; label: string; count: number; collapsed: boolean }
  | { kind: "divider"; label: string; count: number }
  | { kind: "contact"; group: ContactGroupKey; item: ScheduledContact }
  | { kind: "keyDate"; group: "comingUp"; item: ComingUpItem }
  | { kind: "problem"; group: "problems"; problem: Problem };

export interface FlatSection extends Section {
  /** A group's header and rows, or the divider (a header-high line with no rows). */
  kind: "group" | "divider";
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
 * its rows; after this week's plan, a divider above the groups of people beyond its budget. Rows
 * are materialised only when read, so building it costs nothing per row.
 */
export class FlatRows {
  readonly sections: readonly FlatSection[];
  readonly length: number;

  constructor(
    private readonly groups: DueGroups,
    collapsed: ReadonlySet<GroupKey>,
  ) {
    const sections: FlatSection[] = [];
    let start = 0;
    for (const info of GROUPS) {
      const count =
        info.key === "problems"
          ? groups.problems.length
          : info.key === "comingUp"
            ? groups.comingUp.length
            : groups.contacts[info.key].length;
      if (count === 0) continue;
      const isCollapsed = collapsed.has(info.key);
      const rows = isCollapsed ? 0 : count;
      sections.push({ kind: "group", group: info.key, label: info.label, count, collapsed: isCollapsed, start, rows });
      start += 1 + rows;
      if (info.key === "week") {
        let beyond = 0;
        for (const key of REACH_GROUPS) beyond += groups.contacts[key].length;
        if (beyond > 0) {
          sections.push({ kind: "divider", group: "week", label: BEYOND_LABEL, count: beyond, collapsed: false, start, rows: 0 });
          start += 1;
        }
      }
    }
    this.sections = sections;
    this.length = start;
  }

  at(index: number): DueRow {
    for (const s of this.sections) {
      if (index === s.start) {
        if (s.kind === "divider") return { kind: "divider", label: s.label, count: s.count };
        return { kind: "header", group: s.group, label: s.label, count: s.count, collapsed: s.collapsed };
      }
      const k = index - s.start - 1;
      if (k >= 0 && k < s.rows) {
        if (s.group === "problems") return { kind: "problem", group: "problems", problem: this.groups.problems.at(k) };
        if (s.group === "comingUp") return { kind: "keyDate", group: "comingUp", item: this.groups.comingUp.at(k) };
        return { kind: "contact", group: s.group, item: this.groups.contacts[s.group].at(k) };
      }
    }
    throw new RangeError(`row ${index} is outside 0..${this.length - 1}`);
  }

  /** The path of every person listed, in order (open groups only): what "Select all" takes. */
  paths(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.length; i++) {
      const row = this.at(i);
      if (row.kind === "contact") out.push(row.item.contact.path);
    }
    return out;
  }

  /** Flat index of a group's header, or -1 when the group is empty. */
  headerIndex(group: GroupKey): number {
    return this.sections.find((s) => s.kind === "group" && s.group === group)?.start ?? -1;
  }
}
