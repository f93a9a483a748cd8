/**
 * Reading the due panel the way a user sees it. The panel draws only the rows in view (a windowed
 * list), so reading every row means scrolling through it, as a user would.
 */
import type { Locator, Page } from "playwright-core";
import type { Session } from "./session";

export const DUE_VIEW = '.workspace-leaf-content[data-type="contact-cadence-due"]';

export interface PanelGroup {
  group: string;
  label: string;
  count: number;
  collapsed: boolean;
}

export interface PanelItem {
  /** The group the item is listed under (from the header above it). */
  group: string;
  kind: "contact" | "problem" | "keyDate";
  path: string;
  name: string;
  status: string | null;
  tier: string | null;
  noRefer: boolean;
  why: string;
  field: string | null;
}

export interface PanelContents {
  load: string;
  groups: PanelGroup[];
  items: PanelItem[];
  empty: string | null;
}

export function panel(page: Page): Locator {
  return page.locator(DUE_VIEW);
}

/** The groups of people to reach (this week's plan and the overflow below it). */
export const REACH_GROUPS = ["week", "overdue", "due", "new", "soon"];

export function groupCount(p: PanelContents, group: string): number | undefined {
  return p.groups.find((g) => g.group === group)?.count;
}

/** How many people the panel lists to reach, all groups together. */
export function reachTotal(p: PanelContents): number {
  return p.groups.filter((g) => REACH_GROUPS.includes(g.group)).reduce((n, g) => n + g.count, 0);
}

/** Names in one group, top to bottom. */
export function namesIn(p: PanelContents, group: string): string[] {
  return p.items.filter((i) => i.group === group).map((i) => i.name);
}

/** Opens the panel through the plugin's command and waits until it shows the index. */
export async function openPanel(s: Session): Promise<void> {
  await s.runCommand("open-due-panel");
  await panel(s.page).locator(".cc-group-header").first().waitFor({ state: "visible" });
}

/** Everything the panel lists, top to bottom, scrolling through the windowed list to see it all. */
export async function readPanel(page: Page): Promise<PanelContents> {
  return page.evaluate(async (selector) => {
    const view = document.querySelector(selector);
    const scroller = view?.querySelector<HTMLElement>(".cc-due-scroller");
    if (view === null || view === undefined || scroller === null || scroller === undefined) throw new Error("the due panel is not open");
    // The list redraws in its scroll handler, which the dispatched event runs at once; a turn of
    // the event loop lets any follow-up settle. (No requestAnimationFrame: it stalls when the machine is busy.)
    const frames = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
    const seen = new Map<number, Element>();
    const start = scroller.scrollTop;
    for (let y = 0; ; y += Math.max(40, Math.floor(scroller.clientHeight / 2))) {
      scroller.scrollTop = y;
      scroller.dispatchEvent(new Event("scroll"));
      await frames();
      for (const el of Array.from(scroller.querySelectorAll("[data-index]")))
        seen.set(Number(el.getAttribute("data-index")), el.cloneNode(true) as Element);
      if (y >= scroller.scrollHeight - scroller.clientHeight) break;
    }
    scroller.scrollTop = start;
    scroller.dispatchEvent(new Event("scroll"));
    await frames();
    const text = (el: Element, sel: string): string | null => el.querySelector(sel)?.textContent ?? null;
    const groups: PanelGroup[] = [];
    const items: PanelItem[] = [];
    let current = "";
    for (const [, el] of [...seen].sort((a, b) => a[0] - b[0])) {
      // The line between this week's plan and the rest is not a group.
      if (el.classList.contains("cc-divider")) continue;
      if (el.classList.contains("cc-group-header")) {
        current = el.getAttribute("data-group") ?? "";
        groups.push({
          group: current,
          label: text(el, ".cc-group-label") ?? "",
          count: Number(text(el, ".cc-group-count")),
          collapsed: el.classList.contains("is-collapsed"),
        });
      } else {
        const kind = el.classList.contains("cc-row-problem") ? "problem" : el.classList.contains("cc-row-date") ? "keyDate" : "contact";
        items.push({
          group: current,
          kind,
          path: el.getAttribute("data-path") ?? "",
          name: text(el, ".cc-row-name") ?? "",
          status: el.getAttribute("data-status"),
          tier: text(el, ".cc-badge-tier"),
          noRefer: el.querySelector(".cc-badge-norefer") !== null,
          why: text(el, ".cc-row-why") ?? "",
          field: el.getAttribute("data-field"),
        });
      }
    }
    const emptyEl = view.querySelector(".cc-due-empty:not(.cc-is-hidden)");
    return { load: view.querySelector(".cc-load-text")?.textContent ?? "", groups, items, empty: emptyEl?.textContent ?? null };
  }, DUE_VIEW);
}

/** The row of one contact (scrolled into view by searching for the name). */
export function rowOf(page: Page, path: string): Locator {
  return panel(page).locator(`.cc-row[data-path="${path.replace(/"/g, '\\"')}"]`);
}

/** Opens the filters behind the toolbar's toggle, if they are closed. */
export async function showFilters(page: Page): Promise<void> {
  const toggle = panel(page).locator(".cc-tool-filters");
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  await panel(page).locator(".cc-due-filters:not(.cc-is-hidden)").waitFor();
}

/** Narrows the panel to one person by the search box, so their row is drawn whatever the scroll. */
export async function searchPanel(page: Page, query: string): Promise<void> {
  await showFilters(page);
  const box = panel(page).locator("input.cc-filter-search");
  await box.fill(query);
}

/** Scrolls the windowed list until an item matching `selector` is drawn; false if there is none. */
export async function scrollTo(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(
    async ({ view, wanted }) => {
      const scroller = document.querySelector(view)?.querySelector<HTMLElement>(".cc-due-scroller");
      if (scroller === null || scroller === undefined) throw new Error("the due panel is not open");
      // The list redraws in its scroll handler, which the dispatched event runs at once; a turn of
      // the event loop lets any follow-up settle. (No requestAnimationFrame: it stalls when the machine is busy.)
      const frames = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
      for (let y = 0; ; y += Math.max(40, Math.floor(scroller.clientHeight / 2))) {
        scroller.scrollTop = y;
        scroller.dispatchEvent(new Event("scroll"));
        await frames();
        const el = scroller.querySelector(wanted);
        if (el !== null) {
          el.scrollIntoView({ block: "nearest" });
          await frames();
          return true;
        }
        if (y >= scroller.scrollHeight - scroller.clientHeight) return false;
      }
    },
    { view: DUE_VIEW, wanted: selector },
  );
}

/** Expands a collapsed group (Snoozed, Problems) by clicking its header. */
export async function expandGroup(page: Page, group: string): Promise<void> {
  const selector = `.cc-group-header[data-group="${group}"]`;
  if (!(await scrollTo(page, selector))) throw new Error(`the panel has no ${group} group`);
  const header = panel(page).locator(selector);
  if ((await header.getAttribute("aria-expanded")) === "false") await header.click();
  await panel(page).locator(`${selector}[aria-expanded="true"]`).waitFor();
}
