/**
 * A windowed (virtualised) list: a scroller, a sizer as tall as the whole list, and a window that
 * holds only the items in view plus a few on each side (added once the list has painted, so the
 * first paint draws only what is seen). Items are group headers and rows, each kind with one fixed
 * height, so any scroll position maps to items through `list-geometry.ts` without touching the others,
 * and the DOM stays the same size whatever the count.
 *
 * Nothing here forces a synchronous layout: the viewport, a header's and a row's heights come
 * from ResizeObservers, which report after layout and before paint, so a wrong first guess is put
 * right within the same frame. The same observer says when the list is hidden (no size).
 */
import type { Component } from "obsidian";
import { offsetOf, windowRange, type RowHeights, type Section } from "../../lib/list-geometry";

export interface ListSource {
  readonly sections: readonly Section[];
  readonly length: number;
}

export interface WindowedListOptions<S extends ListSource> {
  /** Draws item `index` of `source` into `parent`; returns its element (which carries `data-index`). */
  renderItem(parent: DocumentFragment, source: S, index: number): HTMLElement;
  /** The class of header items and of row items, to measure one of each. */
  headerClass: string;
  rowClass: string;
  /** Called when the list is shown after being hidden (a sidebar tab brought forward). */
  onShown(): void;
}

/**
 * Items drawn beyond each edge of the viewport, so a short scroll never shows a gap. A new source
 * is drawn without them, and they are added once it has painted: the first paint draws only what
 * is seen.
 */
const OVERSCAN = 4;

/** The heights last measured by any list: a good first guess for the next one. */
let knownHeights: RowHeights = { header: 32, row: 72 };
/** The viewport height last measured by any list (0: none yet), likewise. */
let knownViewport = 0;

export class WindowedList<S extends ListSource> {
  readonly scroller: HTMLElement;
  /** Holds the drawn items; listen for clicks here. */
  readonly windowEl: HTMLElement;
  private readonly sizer: HTMLElement;
  private source: S | null = null;
  /** Drawn items by index, for the current source only. */
  private readonly rendered = new Map<number, HTMLElement>();
  private heights: RowHeights = { ...knownHeights };
  /** Until the observer reports, the list assumes it is shown. */
  private shown = true;
  private viewport = knownViewport;
  /** Items drawn beyond the viewport: none until the current source has painted. */
  private overscan = 0;
  private topUpPending = false;
  private scrollTop = 0;
  private resizeObserver: ResizeObserver | null;
  private probeObserver: ResizeObserver | null;
  private readonly probes: { header: HTMLElement | null; row: HTMLElement | null } = { header: null, row: null };

  constructor(
    parent: HTMLElement,
    owner: Component,
    private readonly opts: WindowedListOptions<S>,
  ) {
    this.scroller = parent.createDiv({ cls: "cc-due-scroller" });
    this.sizer = this.scroller.createDiv({ cls: "cc-due-sizer" });
    this.windowEl = this.sizer.createDiv({ cls: "cc-due-window" });
    owner.registerDomEvent(
      this.scroller,
      "scroll",
      () => {
        this.scrollTop = this.scroller.scrollTop;
        this.update();
      },
      { passive: true },
    );
    this.resizeObserver = new ResizeObserver((entries) => this.onScrollerResize(entries));
    this.resizeObserver.observe(this.scroller);
    this.probeObserver = new ResizeObserver((entries) => this.onProbeResize(entries));
    owner.register(() => this.destroy());
  }

  get isShown(): boolean {
    return this.shown;
  }

  /** Shows a new list. Keeps the scroll position unless `fromTop`, and the focus when it can. */
  setSource(source: S, fromTop = false): void {
    if (fromTop) {
      this.scroller.scrollTop = 0;
      this.scrollTop = 0;
    }
    const focus = this.focusedAction();
    this.source = source;
    this.rendered.clear();
    this.windowEl.empty();
    this.overscan = 0;
    this.update();
    if (focus !== null) this.restoreFocus(focus);
    this.topUpAfterPaint();
  }

  /**
   * Adds the items beyond the viewport once the frame that shows the list has been painted: asked
   * for from that frame, in the idle time after it (or the next task where there is no idle
   * callback, as in Safari).
   */
  private topUpAfterPaint(): void {
    if (this.topUpPending) return;
    this.topUpPending = true;
    const win = this.scroller.win;
    const topUp = (): void => {
      this.topUpPending = false;
      if (this.source === null) return;
      this.overscan = OVERSCAN;
      this.update();
    };
    win.requestAnimationFrame(() => {
      if (typeof win.requestIdleCallback === "function") win.requestIdleCallback(topUp, { timeout: 200 });
      else win.setTimeout(topUp, 0);
    });
  }

  /** Brings the drawn items in line with the scroll position, keeping those still in view. */
  update(): void {
    const source = this.source;
    if (source === null) return;
    const viewport = this.viewport > 0 ? this.viewport : activeWindow.innerHeight;
    const range = windowRange(source.sections, this.heights, this.scrollTop, viewport, this.overscan);
    this.sizer.setCssProps({ "--cc-list-height": `${range.total}px` });
    this.windowEl.setCssProps({ "--cc-window-top": `${range.top}px` });

    let firstKept = Infinity;
    for (const [i, el] of this.rendered) {
      if (i < range.start || i >= range.end) {
        el.remove();
        this.rendered.delete(i);
      } else if (i < firstKept) {
        firstKept = i;
      }
    }
    const above = createFragment();
    const below = createFragment();
    for (let i = range.start; i < range.end; i++) {
      if (!this.rendered.has(i)) this.rendered.set(i, this.opts.renderItem(i < firstKept ? above : below, source, i));
    }
    // New items go before or after the kept ones; kept ones never move, so the focus stays put.
    const anchor = this.rendered.get(firstKept);
    if (anchor !== undefined) this.windowEl.insertBefore(above, anchor);
    else this.windowEl.append(above);
    this.windowEl.append(below);
    this.watchProbes();
  }

  /** Scrolls just enough for item `index` to be wholly in view (the keyboard's row). */
  reveal(index: number): void {
    const source = this.source;
    if (source === null) return;
    const top = offsetOf(source.sections, this.heights, index);
    const bottom = offsetOf(source.sections, this.heights, index + 1);
    const viewport = this.viewport > 0 ? this.viewport : this.scroller.clientHeight;
    let next = this.scrollTop;
    if (top < next) next = top;
    else if (bottom > next + viewport) next = bottom - viewport;
    if (next === this.scrollTop) return;
    this.scroller.scrollTop = next;
    this.scrollTop = next;
    this.update();
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.probeObserver?.disconnect();
    this.probeObserver = null;
    this.rendered.clear();
    this.source = null;
  }

  /** A hidden list (a background sidebar tab, a collapsed sidebar) has no size. */
  private onScrollerResize(entries: ResizeObserverEntry[]): void {
    const box = entries[entries.length - 1]?.contentRect;
    if (box === undefined) return;
    const wasShown = this.shown;
    this.shown = box.width > 0 && box.height > 0;
    if (!this.shown) return;
    // A new width alone changes nothing here (a row that wraps differently reports through its probe).
    if (wasShown && box.height === this.viewport) return;
    this.viewport = box.height;
    knownViewport = box.height;
    if (!wasShown) this.opts.onShown();
    this.update();
  }

  /** A header or row changed height (first layout, a new width, a new font size). */
  private onProbeResize(entries: ResizeObserverEntry[]): void {
    let { header, row } = this.heights;
    for (const entry of entries) {
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
      // A probe that left the DOM reports 0: that says nothing about the others.
      if (height <= 0) continue;
      if (entry.target === this.probes.header) header = height;
      else if (entry.target === this.probes.row) row = height;
    }
    if (Math.abs(header - this.heights.header) < 0.5 && Math.abs(row - this.heights.row) < 0.5) return;
    this.heights = { header, row };
    knownHeights = this.heights;
    this.update();
  }

  /** Keeps one drawn header and one drawn row under the probe observer. */
  private watchProbes(): void {
    const observer = this.probeObserver;
    if (observer === null) return;
    for (const kind of ["header", "row"] as const) {
      const current = this.probes[kind];
      if (current?.isConnected) continue;
      if (current) observer.unobserve(current);
      const cls = kind === "header" ? this.opts.headerClass : this.opts.rowClass;
      let next: HTMLElement | null = null;
      for (const el of this.rendered.values()) {
        if (el.hasClass(cls)) {
          next = el;
          break;
        }
      }
      this.probes[kind] = next;
      if (next !== null) observer.observe(next);
    }
  }

  /** Items name themselves with `data-path` (people, problems) or `data-group` (headers). */
  private focusedAction(): { key: string; action: string } | null {
    const active = this.windowEl.doc.activeElement;
    if (active === null || !this.windowEl.contains(active)) return null;
    const item = active.closest("[data-index]");
    const key = item?.getAttribute("data-path") ?? item?.getAttribute("data-group") ?? null;
    return key === null ? null : { key, action: active.getAttribute("data-action") ?? "" };
  }

  private restoreFocus(focus: { key: string; action: string }): void {
    for (const el of this.rendered.values()) {
      if ((el.getAttribute("data-path") ?? el.getAttribute("data-group")) !== focus.key) continue;
      const target =
        el.getAttribute("data-action") === focus.action ? el : el.querySelector<HTMLElement>(`[data-action="${focus.action}"]`);
      target?.focus();
      return;
    }
  }
}
