/**
 * A person's year in the card: one cell per month, the last twelve, shaded like the contact
 * calendar (the same level classes, so the same CSS variables and theme). The whole strip is one
 * button that opens the calendar for the person; each cell says what it holds to a screen reader.
 */
import { shadeLevels, shadeOf } from "../../core/calendar";
import type { MonthCell } from "./card-model";
import { count } from "../../core/words";

export function drawYearStrip(parent: HTMLElement, months: readonly MonthCell[], name: string): HTMLButtonElement {
  const total = months.reduce((n, m) => n + m.count, 0);
  const button = parent.createEl("button", {
    cls: "cc-card-year",
    attr: {
      "data-action": "calendar",
      "aria-label": `${count(total, "touch", "touches")} in the last twelve months: open the calendar for ${name}`,
    },
  });
  const strip = button.createDiv({ cls: "cc-card-year-cells", attr: { role: "list" } });
  const levels = shadeLevels(months.map((m) => m.count));
  for (const m of months) {
    const cell = strip.createDiv({ cls: "cc-card-year-month", attr: { role: "listitem", "aria-label": m.aria, title: m.aria } });
    cell.createSpan({ cls: ["cc-card-year-cell", `cc-level-${shadeOf(m.count, levels)}`] });
    cell.createSpan({ cls: "cc-card-year-label", text: m.label.slice(0, 1) });
  }
  return button;
}
