/**
 * The network review, meant for every six months: long overdue, never contacted, dormant ties and
 * tier drift (`networkReview`). Each item offers its one change as a button, a tier move (checked
 * against the budget first) or a snooze; nothing here deletes anything.
 */
import { App } from "obsidian";
import { ContentModal } from "./modal-helpers";
import type { IsoDate } from "../../core/dates";
import { describeProposal, networkReview, type ReviewItem } from "../../core/review";
import { weeklyTouches } from "../../core/touches";
import type { ChangeTier, PluginContext } from "../../ports";
import { drawBudgetChart } from "../calendar/budget-chart";
import type { TouchCache } from "../calendar/calendar-data";
import { reviewSections, reviewSummary } from "./review-model";

/** Enough to work through in one sitting; the rest come back at the next review. */
const MAX_PER_SECTION = 100;

/** Keeping the budget over time, and the way to the calendar, shown at the top of the review. */
export interface ReviewPictures {
  touches: TouchCache;
  openCalendar(person: string | null): Promise<void>;
}

export class ReviewModal extends ContentModal {
  constructor(
    app: App,
    private readonly host: PluginContext,
    private readonly changeTier: ChangeTier,
    private readonly pictures?: ReviewPictures,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle("Network review");
    contentEl.addClass("cc-review-modal");
    const today = this.host.today();
    const settings = this.host.settings();
    const review = networkReview(this.host.index.scheduled(today), settings, today);
    contentEl.createEl("p", { cls: "cc-review-summary", text: reviewSummary(review) });
    if (this.pictures !== undefined) this.drawPictures(this.pictures, today, settings.weeklyBudget);
    for (const section of reviewSections(review)) {
      const el = contentEl.createDiv({ cls: "cc-review-section", attr: { "data-section": section.key } });
      const heading = el.createEl("h3", { cls: "cc-review-heading" });
      heading.createSpan({ text: section.title });
      heading.createSpan({ cls: "cc-review-count", text: String(section.items.length) });
      el.createEl("p", { cls: "cc-review-about", text: section.about });
      if (section.items.length === 0) {
        el.createEl("p", { cls: "cc-review-empty", text: "Nobody." });
        continue;
      }
      const list = el.createEl("ul", { cls: "cc-review-list" });
      for (const item of section.items.slice(0, MAX_PER_SECTION)) this.renderItem(list, item, describeProposal(item.proposal, settings));
      if (section.items.length > MAX_PER_SECTION)
        el.createEl("p", { cls: "cc-review-empty", text: `…and ${section.items.length - MAX_PER_SECTION} more.` });
    }
  }

  private drawPictures(pictures: ReviewPictures, today: IsoDate, budget: number): void {
    drawBudgetChart(
      this.contentEl,
      weeklyTouches(pictures.touches.all(this.host.index, today, this.host.settings().countMentions), today),
      budget,
    );
    const link = this.contentEl.createEl("button", { cls: "cc-review-calendar", text: "Open the contact calendar" });
    link.addEventListener("click", () => {
      this.close();
      void pictures.openCalendar(null);
    });
  }

  private renderItem(list: HTMLElement, item: ReviewItem, proposal: string): void {
    const li = list.createEl("li", { cls: "cc-review-item", attr: { "data-path": item.path } });
    const top = li.createDiv({ cls: "cc-review-top" });
    const open = top.createEl("button", { cls: "cc-review-name", text: item.name, attr: { title: item.path } });
    open.addEventListener("click", () => void this.host.actions.openNote(item.path));
    if (item.tier !== null) top.createSpan({ cls: ["cc-badge", "cc-badge-tier"], text: item.tier });
    const apply = top.createEl("button", { cls: "cc-review-apply", text: proposal, attr: { "data-kind": item.proposal.kind } });
    apply.addEventListener("click", () => void this.apply(item, apply));
    li.createDiv({ cls: "cc-review-reason", text: item.reason });
  }

  private async apply(item: ReviewItem, button: HTMLButtonElement): Promise<void> {
    if (button.disabled) return;
    button.disabled = true;
    const contact = this.host.index.get(item.path);
    let ok = false;
    if (contact === undefined) this.host.actions.openNote(item.path).catch(() => undefined);
    else if (item.proposal.kind === "tier") ok = await this.changeTier(contact, item.proposal.toTier);
    else ok = await this.host.actions.snooze(item.path, item.proposal.until);
    if (!ok) {
      button.disabled = false;
      return;
    }
    button.setText(item.proposal.kind === "tier" ? `Moved to ${item.proposal.toTier}` : `Snoozed until ${item.proposal.until}`);
    button.addClass("is-done");
  }
}
