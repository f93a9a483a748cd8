/**
 * The contact calendar: touches as a heat map in the main area, for the whole network or one
 * person, by day, week or month. A click on a period lists who was touched then and from which
 * note. The network mode shows the budget chart under it; the person mode their last twelve months.
 */
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { basename } from "../../core/contact";
import { calendarGrid, cellLabel, monthStrip, shadeLevels, shadeOf, type CalendarCell, type CalendarScale } from "../../core/calendar";
import { toIsoDate, type IsoDate } from "../../core/dates";
import { weeklyTouches, type Touch } from "../../core/touches";
import type { PluginContext } from "../../ports";
import { ContactPickerModal } from "../modals/contact-picker";
import { drawBudgetChart } from "./budget-chart";
import type { TouchCache } from "./calendar-data";
import { drawHeatmap } from "./heatmap";
import { count } from "../../core/words";

export const CALENDAR_VIEW_TYPE = "contact-cadence-calendar";
const SCALES: readonly [CalendarScale, string][] = [
  ["day", "Days"],
  ["week", "Weeks"],
  ["month", "Months"],
];
const SOURCE_TEXT: Record<Touch["source"], string> = {
  log: "logged in their note",
  frontmatter: "last touch in their note",
  mention: "mentioned in",
};

export interface CalendarState {
  /** A contact's path, or null for the whole network. */
  person: string | null;
  scale: CalendarScale;
}

export class CalendarView extends ItemView {
  private state: CalendarState = { person: null, scale: "day" };
  private drawnKey = "";

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: PluginContext,
    private readonly touches: TouchCache,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return CALENDAR_VIEW_TYPE;
  }

  getDisplayText(): string {
    const person = this.state.person === null ? undefined : this.host.index.get(this.state.person);
    return person === undefined ? "Contact calendar" : `Contact calendar: ${person.name}`;
  }

  override getIcon(): string {
    return "calendar-days";
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass("cc-calendar-view");
    this.register(this.host.index.onChange(() => this.render()));
    this.registerInterval(window.setInterval(() => this.render(), 60_000));
    this.render();
    return Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.contentEl.empty();
    return Promise.resolve();
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), person: this.state.person, scale: this.state.scale };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    if (typeof state === "object" && state !== null) {
      const s = state as Record<string, unknown>;
      if (typeof s.person === "string" || s.person === null) this.state.person = s.person;
      if (s.scale === "day" || s.scale === "week" || s.scale === "month") this.state.scale = s.scale;
    }
    await super.setState(state, result);
    this.render();
  }

  private show(next: Partial<CalendarState>): void {
    this.state = { ...this.state, ...next };
    this.app.workspace.requestSaveLayout();
    this.render();
  }

  /** Draws everything at once, and only when the data, the day or the choice moved. */
  private render(): void {
    const index = this.host.index;
    const today = this.host.today();
    const key = `${index.revision}|${today}|${this.state.person ?? ""}|${this.state.scale}|${index.state}|${String(this.host.settings().countMentions)}`;
    if (key === this.drawnKey || !this.contentEl.isConnected) return;
    this.drawnKey = key;
    const root = this.contentEl;
    root.empty();
    if (index.state !== "ready") {
      root.createDiv({ cls: "cc-empty", text: "Indexing contacts…" });
      this.drawnKey = "";
      return;
    }
    const person = this.state.person === null ? undefined : index.get(this.state.person);
    const { countMentions, weeklyBudget } = this.host.settings();
    const days = this.touches.daysOf(index, today, countMentions, person?.path ?? null);
    this.drawHeader(
      root,
      person?.name ?? null,
      person === undefined ? [] : this.touches.of(index, today, countMentions, person.path),
      today,
    );
    const grid = calendarGrid(days, this.state.scale, today);
    const list = root.createDiv({ cls: "cc-cal-list", attr: { "aria-live": "polite" } });
    const scroller = drawHeatmap(root, grid, (cell, el) => {
      root.findAll(".cc-cal-cell.is-selected").forEach((e) => e.removeClass("is-selected"));
      el.addClass("is-selected");
      this.drawList(list, grid.scale, cell, days.touchesIn(cell));
    });
    root.appendChild(list);
    if (person === undefined) drawBudgetChart(root, weeklyTouches(this.touches.all(index, today, countMentions), today), weeklyBudget);
    scrollToToday(scroller);
  }

  private drawHeader(root: HTMLElement, name: string | null, touches: readonly Touch[], today: IsoDate): void {
    const header = root.createDiv({ cls: "cc-cal-header" });
    header.createEl("h2", { cls: "cc-cal-title", text: name ?? "The whole network" });
    const who = header.createDiv({ cls: "cc-cal-controls" });
    const network = who.createEl("button", { text: "Whole network", cls: this.state.person === null ? "is-active" : "" });
    network.addEventListener("click", () => this.show({ person: null }));
    const pick = who.createEl("button", { text: "Choose a person…", cls: "cc-cal-pick" });
    pick.addEventListener("click", () =>
      new ContactPickerModal(this.app, this.host.index.contacts(), (c) => this.show({ person: c.path }), "Show the calendar of…").open(),
    );
    const scales = who.createDiv({ cls: "cc-cal-scales", attr: { role: "group", "aria-label": "Period" } });
    for (const [scale, label] of SCALES) {
      const b = scales.createEl("button", {
        text: label,
        cls: scale === this.state.scale ? "is-active" : "",
        attr: { "aria-pressed": String(scale === this.state.scale), "data-scale": scale },
      });
      b.addEventListener("click", () => this.show({ scale }));
    }
    if (name !== null) drawYear(header, monthStrip(touches, today));
  }

  private drawList(list: HTMLElement, scale: CalendarScale, cell: CalendarCell, touches: readonly Touch[]): void {
    list.empty();
    list.createEl("h3", { cls: "cc-cal-list-title", text: cellLabel(scale, cell) });
    if (touches.length === 0) return;
    const ul = list.createEl("ul", { cls: "cc-cal-touches" });
    for (const t of touches) {
      const li = ul.createEl("li", {
        cls: "cc-cal-touch",
        attr: { "data-path": t.path, "data-date": toIsoDate(t.day), "data-source": t.source, "data-note": t.note },
      });
      const name = this.host.index.get(t.path)?.name ?? t.path;
      li.createEl("button", { cls: "cc-cal-touch-name", text: name }).addEventListener(
        "click",
        () => void this.host.actions.openNote(t.path),
      );
      li.createSpan({ cls: "cc-cal-touch-date", text: toIsoDate(t.day) });
      li.createSpan({ cls: "cc-cal-touch-source", text: SOURCE_TEXT[t.source] });
      if (t.source === "mention") {
        const title = basename(t.note);
        li.createEl("button", { cls: "cc-cal-touch-note", text: title, attr: { "aria-label": `Open ${t.note}` } }).addEventListener(
          "click",
          () => void this.app.workspace.openLinkText(t.note, "", false),
        );
      }
    }
  }
}

/** A person's year: one cell per month, the last twelve, shaded like the calendar. */
function drawYear(parent: HTMLElement, months: ReturnType<typeof monthStrip>): void {
  const levels = shadeLevels(months.map((m) => m.count));
  const strip = parent.createDiv({ cls: "cc-year", attr: { role: "list", "aria-label": "Touches in the last twelve months" } });
  for (const m of months) {
    const level = shadeOf(m.count, levels);
    const el = strip.createDiv({
      cls: ["cc-year-month", `cc-level-${level}`],
      attr: { role: "listitem", "aria-label": `${count(m.count, "touch", "touches")}, ${m.label}` },
    });
    el.createSpan({ cls: "cc-year-label", text: m.label.slice(0, 1) });
  }
}

/** Today is at the end of the day grid and in the top row of the others: bring its column into view. */
function scrollToToday(scroller: HTMLElement): void {
  const cells = scroller.findAll("button.cc-cal-cell");
  let latest: HTMLElement | null = null;
  for (const c of cells) if (latest === null || Number(c.dataset.start) > Number(latest.dataset.start)) latest = c;
  if (latest === null) return;
  scroller.scrollLeft = Math.max(0, latest.offsetLeft + latest.offsetWidth - scroller.clientWidth + 8);
}
