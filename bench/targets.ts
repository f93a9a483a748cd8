/** The speed targets (bench/README.md), at 10,000 contacts in a 50,000-note vault, and how each figure is judged. */

export interface Figures {
  contacts: number;
  notes: number;
  indexBuildMs: number | null;
  indexFloorMs: number | null;
  indexRatio: number | null;
  indexRulesFloorMs: number | null;
  indexRulesRatio: number | null;
  longestTaskMs: number | null;
  settledMs: number | null;
  coldStartMs: number | null;
  noteUpdateMs: number | null;
  scheduleMs: number | null;
  calendarBuildMs: number | null;
  indexHeapMB: number | null;
  pluginLoadMs: number | null;
  editToPanelMs: number | null;
  firstPaintMs: number | null;
  domNodes: number | null;
  cliMs: number | null;
  cliFloorMs: number | null;
  cliRatio: number | null;
}

export type FigureKey = Exclude<keyof Figures, "contacts" | "notes">;

export interface Target {
  key: FigureKey;
  label: string;
  unit: string;
  /** The target's ceiling, or null for a figure reported without one. */
  max: number | null;
  text: string;
}

export const TARGETS: readonly Target[] = [
  { key: "indexBuildMs", label: "index build, mentions included", unit: "ms", max: null, text: "" },
  { key: "indexFloorMs", label: "floor: every note's cache, tags + links", unit: "ms", max: null, text: "" },
  { key: "indexRatio", label: "index build / floor", unit: "×", max: 2, text: "≤ 2" },
  { key: "indexRulesFloorMs", label: "floor + what the mention rules read", unit: "ms", max: null, text: "" },
  { key: "indexRulesRatio", label: "index build / that floor", unit: "×", max: null, text: "" },
  { key: "longestTaskMs", label: "longest task, build + idle reading", unit: "ms", max: 49.999, text: "< 50 ms" },
  { key: "settledMs", label: "build + idle reading (warm)", unit: "ms", max: null, text: "" },
  { key: "coldStartMs", label: "the same, texts read from disk", unit: "ms", max: null, text: "" },
  { key: "noteUpdateMs", label: "one note's update", unit: "ms", max: 0.1, text: "≤ 0.1 ms" },
  { key: "scheduleMs", label: "schedule (all contacts)", unit: "ms", max: null, text: "" },
  { key: "calendarBuildMs", label: "contact calendar data (touches + 3 grids)", unit: "ms", max: null, text: "" },
  { key: "indexHeapMB", label: "index heap", unit: "MB", max: null, text: "" },
  { key: "pluginLoadMs", label: "plugin load (main.js + onload)", unit: "ms", max: null, text: "" },
  { key: "editToPanelMs", label: "an edit until the open panel shows it", unit: "ms", max: 100, text: "≤ 100 ms" },
  { key: "firstPaintMs", label: "due panel first paint", unit: "ms", max: 16, text: "≤ 16 ms" },
  { key: "domNodes", label: "due panel DOM nodes", unit: "", max: null, text: "flat in the count" },
  { key: "cliMs", label: "due --json", unit: "ms", max: null, text: "" },
  { key: "cliFloorMs", label: "floor: read + parse YAML", unit: "ms", max: null, text: "" },
  { key: "cliRatio", label: "CLI / floor", unit: "×", max: 1.5, text: "≤ 1.5" },
];

export interface Verdict {
  key: FigureKey;
  pass: boolean | null;
}

/**
 * Pass or fail for the largest size. The DOM target is about growth, so it is judged across the
 * curve: the largest vault may not have more nodes than the smallest (a windowed list has a
 * constant count, give or take a group header).
 */
export function verdicts(main: Figures, curve: readonly Figures[]): Verdict[] {
  return TARGETS.map(({ key, max }) => {
    const value = main[key];
    if (key === "domNodes") {
      const smallest = curve[0]?.domNodes;
      if (value === null || smallest === null || smallest === undefined) return { key, pass: null };
      return { key, pass: value <= smallest * 1.1 + 10 };
    }
    if (max === null) return { key, pass: null };
    return { key, pass: value === null ? null : value <= max };
  });
}
