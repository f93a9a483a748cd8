/**
 * Keeping the budget: touches per week over the last 26 weeks as SVG bars against a line at the
 * weekly budget. Colours come from CSS classes; sizes are SVG attributes in viewBox units.
 */
import { weeksWithinBudget, type WeekTouches } from "../../core/touches";
import { count } from "../../core/words";

const BAR = 10;
const GAP = 3;
const HEIGHT = 60;

export function drawBudgetChart(parent: HTMLElement, weeks: readonly WeekTouches[], budget: number): HTMLElement {
  const box = parent.createDiv({ cls: "cc-budget" });
  const { kept, finished } = weeksWithinBudget(weeks, budget);
  box.createDiv({ cls: "cc-budget-title", text: `Touches a week, last ${weeks.length} weeks, against the budget of ${budget}` });
  const top = Math.max(budget, ...weeks.map((w) => w.touches), 1);
  const width = weeks.length * (BAR + GAP);
  const y = (n: number): number => HEIGHT - (n / top) * HEIGHT;
  box.createSvg(
    "svg",
    {
      cls: "cc-budget-svg",
      attr: {
        viewBox: `0 0 ${width} ${HEIGHT}`,
        preserveAspectRatio: "none",
        role: "img",
        "aria-label": `Budget reached in ${kept} of ${finished} finished weeks`,
      },
    },
    (svg) => {
      weeks.forEach((w, i) => {
        const h = HEIGHT - y(w.touches);
        const rect = svg.createSvg("rect", {
          cls: w.touches >= budget ? "cc-budget-bar is-kept" : "cc-budget-bar",
          attr: {
            x: i * (BAR + GAP),
            y: HEIGHT - Math.max(h, 1),
            width: BAR,
            height: Math.max(h, 1),
            "data-start": w.start,
            "data-touches": w.touches,
          },
        });
        rect.createSvg("title").textContent = `${count(w.touches, "touch", "touches")}, week of ${w.start}`;
      });
      svg.createSvg("line", { cls: "cc-budget-line", attr: { x1: 0, x2: width, y1: y(budget), y2: y(budget) } });
    },
  );
  const current = weeks.at(-1)?.touches ?? 0;
  box.createDiv({
    cls: "cc-budget-summary",
    text: `Budget reached in ${kept} of ${finished} finished weeks; this week so far: ${current}.`,
  });
  return box;
}
