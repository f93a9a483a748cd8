/**
 * Draws a calendar grid as DOM: one button per period, shaded by level through CSS classes (the
 * colours are CSS variables in styles.css), a hollow cell for an empty period, and a key.
 */
import { cellLabel, type CalendarCell, type CalendarGrid } from "../../core/calendar";
import { count } from "../../core/words";

export function drawHeatmap(parent: HTMLElement, grid: CalendarGrid, onPick: (cell: CalendarCell, el: HTMLElement) => void): HTMLElement {
  const scroller = parent.createDiv({ cls: "cc-cal-scroll" });
  const table = scroller.createDiv({
    cls: ["cc-cal-grid", `cc-cal-${grid.scale}`],
    attr: { role: "grid", "aria-label": `Touches by ${grid.scale}` },
  });
  const head = table.createDiv({ cls: "cc-cal-row cc-cal-head", attr: { role: "row" } });
  head.createSpan({ cls: "cc-cal-rowlabel" });
  for (const label of grid.columns) head.createSpan({ cls: "cc-cal-colhead", text: label });
  for (const row of grid.rows) {
    const rowEl = table.createDiv({ cls: "cc-cal-row", attr: { role: "row" } });
    rowEl.createSpan({ cls: "cc-cal-rowlabel", text: row.label });
    for (const cell of row.cells) {
      if (cell === null) {
        rowEl.createSpan({ cls: "cc-cal-cell cc-cal-none" });
        continue;
      }
      const el = rowEl.createEl("button", {
        cls: ["cc-cal-cell", `cc-level-${cell.level}`],
        attr: {
          role: "gridcell",
          "aria-label": cellLabel(grid.scale, cell),
          "data-start": String(cell.start),
          "data-end": String(cell.end),
          "data-count": String(cell.count),
        },
      });
      el.addEventListener("click", () => onPick(cell, el));
    }
  }
  drawKey(parent, grid);
  return scroller;
}

function drawKey(parent: HTMLElement, grid: CalendarGrid): void {
  const key = parent.createDiv({ cls: "cc-cal-key", attr: { "aria-label": "Key" } });
  key.createSpan({ cls: "cc-cal-key-text", text: `${count(grid.total, "touch", "touches")} · ` });
  const item = (level: number, text: string): void => {
    const el = key.createSpan({ cls: "cc-cal-key-item" });
    el.createSpan({ cls: ["cc-cal-cell", `cc-level-${level}`] });
    el.createSpan({ text });
  };
  item(0, "none");
  for (const k of grid.levels.key) item(k.level, k.to === null ? `${k.from}+` : k.from === k.to ? String(k.from) : `${k.from}–${k.to}`);
}
