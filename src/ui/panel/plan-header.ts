/**
 * The top of the due panel: the load meter against the weekly budget, a line about this week's
 * plan, and, only when the cadences ask for more than the budget, a collapsible list of the fewest
 * tier moves that would fit it, each applied with one click.
 *
 * The moves are worked out only while the list is open, and after the panel has painted: the
 * search behind them sorts the whole network, which the first paint must not wait for.
 */
import { setIcon, setTooltip, type Component } from "obsidian";
import { pressable } from "../press";
import { eventElement } from "./row-actions";
import type { TierMovePlan } from "../../core/tier-moves";
import type { ContactActions } from "../../ports";
import { loadSummary } from "./list-model";
import type { PlanInput } from "./model-cache";
import { moveAction, moveLabel, moveSaving, movesSummary, moveTierKey, weekDetail, weekSummary } from "./week-plan";

/** Enough to act on; a plan that needs more moves than this is shown in part. */
const MAX_MOVES_SHOWN = 50;

export class PlanHeader {
  private readonly loadEl: HTMLElement;
  private readonly loadTextEl: HTMLElement;
  private readonly weekEl: HTMLElement;
  private readonly movesEl: HTMLElement;
  private readonly toggleEl: HTMLElement;
  private readonly bodyEl: HTMLElement;
  private input: PlanInput | null = null;
  private pending = false;
  private open = false;

  /** `onToggle` is told when the user opens or closes the list of moves, to keep it in the view's state. */
  constructor(
    parent: HTMLElement,
    owner: Component,
    private readonly actions: Pick<ContactActions, "setTier" | "openNote">,
    private readonly onToggle: (open: boolean) => void,
  ) {
    // One quiet line: the week, then the load meter (its figures are its tooltip and its accessible text).
    const line = parent.createDiv({ cls: "cc-week-line" });
    this.weekEl = line.createDiv({ cls: "cc-week-summary" });
    this.loadEl = line.createDiv({ cls: "cc-load", attr: { role: "meter", "aria-valuemin": "0" } });
    this.loadTextEl = this.loadEl.createDiv({ cls: "cc-load-text" });
    this.loadEl.createDiv({ cls: "cc-load-meter" }).createDiv({ cls: "cc-load-meter-fill" });

    this.movesEl = parent.createDiv({ cls: ["cc-moves", "cc-is-hidden"] });
    this.toggleEl = this.movesEl.createDiv({ cls: "cc-moves-toggle", attr: { role: "button", tabindex: "0", "aria-expanded": "false" } });
    setIcon(this.toggleEl.createSpan({ cls: "cc-moves-chevron" }), "chevron-down");
    this.toggleEl.createSpan({ cls: "cc-moves-title", text: "Tier moves that fit the budget" });
    this.bodyEl = this.movesEl.createDiv({ cls: "cc-moves-body" });
    pressable(owner, this.toggleEl, () => this.setOpen(!this.open));
    owner.registerDomEvent(this.bodyEl, "click", (evt) => this.onBodyClick(evt));
  }

  /** Draws the header for `input`, with the list of moves open or closed as the view's state says. */
  render(input: PlanInput, open: boolean): void {
    this.input = input;
    this.open = open;
    const budget = input.settings.weeklyBudget;
    const summary = loadSummary(input.load, budget);
    this.loadTextEl.setText(summary.text);
    this.loadEl.toggleClass("cc-over-budget", summary.over);
    this.loadEl.setAttrs({ "aria-valuemax": String(budget), "aria-valuenow": input.load.toFixed(1), "aria-valuetext": summary.text });
    this.loadEl.setCssProps({ "--cc-load-fraction": String(summary.fraction) });
    setTooltip(this.loadEl, summary.text);
    this.weekEl.setText(weekSummary(input.week));
    setTooltip(this.weekEl, weekDetail(input.week));

    // Over budget in the numbers shown, as the meter says: no list of moves for a load of 6.04 / 6.
    this.movesEl.toggleClass("cc-is-hidden", !summary.over);
    this.movesEl.toggleClass("is-collapsed", !this.open);
    this.toggleEl.setAttr("aria-expanded", String(this.open));
    if (!summary.over || !this.open) {
      this.bodyEl.empty();
      return;
    }
    const moves = input.moves.peek();
    if (moves !== null) {
      this.drawMoves(moves);
      return;
    }
    if (this.bodyEl.childElementCount === 0) this.bodyEl.createDiv({ cls: "cc-moves-summary", text: "Working out the fewest tier moves…" });
    this.scheduleMoves();
  }

  private setOpen(open: boolean): void {
    this.onToggle(open);
    if (this.input !== null) this.render(this.input, open);
  }

  /** Works the moves out after this frame, once, for whatever input is current by then. */
  private scheduleMoves(): void {
    if (this.pending) return;
    this.pending = true;
    window.setTimeout(() => {
      this.pending = false;
      const input = this.input;
      if (input === null || !this.open) return;
      input.moves.get();
      this.render(input, this.open);
    }, 0);
  }

  private drawMoves(plan: TierMovePlan): void {
    const body = this.bodyEl;
    body.empty();
    body.createDiv({ cls: "cc-moves-summary", text: movesSummary(plan) });
    if (plan.suggestions.length === 0 || !plan.withinBudget) return;
    const list = body.createEl("ul", { cls: "cc-moves-list" });
    for (const m of plan.suggestions.slice(0, MAX_MOVES_SHOWN)) {
      const item = list.createEl("li", { cls: "cc-move", attr: { "data-path": m.path } });
      item.createEl("button", { cls: "cc-move-name", text: m.name, attr: { "data-action": "open", title: m.path } });
      item.createSpan({ cls: "cc-move-label", text: moveLabel(m) });
      item.createSpan({ cls: "cc-move-saving", text: moveSaving(m) });
      item.createEl("button", {
        cls: "cc-move-apply",
        text: moveAction(m),
        attr: { "data-action": "apply", "data-tier": moveTierKey(m), "aria-label": `${moveAction(m)}: ${m.name}, ${moveLabel(m)}` },
      });
    }
    if (plan.suggestions.length > MAX_MOVES_SHOWN) {
      body.createDiv({
        cls: "cc-moves-more",
        text: `…and ${plan.suggestions.length - MAX_MOVES_SHOWN} more. Apply some, and the list is worked out again.`,
      });
    }
  }

  private onBodyClick(evt: MouseEvent): void {
    const button = eventElement(evt)?.closest<HTMLButtonElement>("button[data-action]");
    const path = button?.closest<HTMLElement>("[data-path]")?.dataset.path;
    if (button === null || button === undefined || path === undefined) return;
    evt.preventDefault();
    if (button.dataset.action === "open") {
      void this.actions.openNote(path);
      return;
    }
    const tier = button.dataset.tier;
    if (button.dataset.action !== "apply" || tier === undefined || button.disabled) return;
    // One click, one edit of `tier`; the panel redraws (and the list is worked out again) when the index sees it.
    button.disabled = true;
    void this.actions.setTier(path, tier).then((ok) => {
      if (!ok) button.disabled = false;
    });
  }
}
