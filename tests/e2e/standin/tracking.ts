/**
 * Bookkeeping for the unload check: which DOM listeners and intervals are alive right now.
 * Installed before anything else runs, so it sees the plugin's listeners whether or not the plugin
 * went through `registerDomEvent`/`registerInterval`: a listener added by hand and never removed
 * shows up here as a leak.
 */
// Listeners the stand-in itself adds (Obsidian's own UI) are left out of the unload check.
import { internalListeners } from "../../standin/listen";

export { listen } from "../../standin/listen";

interface ListenerRecord {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

const listeners = new Set<ListenerRecord>();
/** Resize and mutation observers with the elements each one watches. */
const observed = new Map<ResizeObserver | MutationObserver, Set<Node>>();
const intervals = new Set<number>();

function captureOf(options: boolean | AddEventListenerOptions | EventListenerOptions | undefined): boolean {
  return typeof options === "boolean" ? options : options?.capture === true;
}

function find(
  target: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject,
  capture: boolean,
): ListenerRecord | undefined {
  for (const r of listeners) if (r.target === target && r.type === type && r.listener === listener && r.capture === capture) return r;
  return undefined;
}

let standinDepth = 0;
/** Observers the stand-in's editor made: whatever they watch later is the stand-in's too. */
const standinObservers = new WeakSet<object>();

/** Runs `build` as the stand-in's own UI (its CodeMirror editor): what it listens to or observes is not the plugin's. */
export function asStandin<T>(build: () => T): T {
  standinDepth++;
  try {
    return build();
  } finally {
    standinDepth--;
  }
}

/** Playwright's injected script listens and observes for its own checks: not the app, not the plugin. */
function fromHarness(): boolean {
  return standinDepth > 0 || (new Error().stack ?? "").includes("InjectedScript");
}

export function installTracking(win: Window & typeof globalThis): void {
  const proto = win.EventTarget.prototype;
  // The originals, always called with `.call(target, …)`.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(target)
  const add = proto.addEventListener;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(target)
  const remove = proto.removeEventListener;
  proto.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    add.call(this, type, listener, options);
    if (listener === null) return;
    const capture = captureOf(options);
    if (find(this, type, listener, capture) !== undefined) return; // the DOM ignores duplicates too
    if (fromHarness()) internalListeners.add(listener);
    const record: ListenerRecord = { target: this, type, listener, capture };
    listeners.add(record);
    if (typeof options === "object" && options.once === true) {
      // A `once` listener removes itself after it runs; forget it at the same moment.
      add.call(this, type, () => listeners.delete(record), { once: true, capture });
    }
    if (typeof options === "object" && options.signal !== undefined) {
      options.signal.addEventListener("abort", () => listeners.delete(record), { once: true });
    }
  };
  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    remove.call(this, type, listener, options);
    if (listener === null) return;
    const record = find(this, type, listener, captureOf(options));
    if (record !== undefined) listeners.delete(record);
  };

  // Observers that keep watching something on screen after unload are leaks too.
  const Resize = win.ResizeObserver;
  win.ResizeObserver = class extends Resize {
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      if (standinDepth > 0) standinObservers.add(this);
    }
    override observe(target: Element, options?: ResizeObserverOptions): void {
      super.observe(target, options);
      if (!fromHarness() && !standinObservers.has(this)) (observed.get(this) ?? observed.set(this, new Set()).get(this))?.add(target);
    }
    override unobserve(target: Element): void {
      super.unobserve(target);
      observed.get(this)?.delete(target);
    }
    override disconnect(): void {
      super.disconnect();
      observed.delete(this);
    }
  };
  const Mutation = win.MutationObserver;
  win.MutationObserver = class extends Mutation {
    constructor(callback: MutationCallback) {
      super(callback);
      if (standinDepth > 0) standinObservers.add(this);
    }
    override observe(target: Node, options?: MutationObserverInit): void {
      super.observe(target, options);
      if (!fromHarness() && !standinObservers.has(this)) (observed.get(this) ?? observed.set(this, new Set()).get(this))?.add(target);
    }
    override disconnect(): void {
      super.disconnect();
      observed.delete(this);
    }
  };

  const setInterval = win.setInterval.bind(win);
  const clearInterval = win.clearInterval.bind(win);
  win.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = setInterval(handler, timeout, ...args);
    intervals.add(id);
    return id;
  }) as typeof win.setInterval;
  win.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    clearInterval(id);
  }) as typeof win.clearInterval;
}

export interface LiveCounts {
  /** Listeners on window, document, or an element that is still in the document. */
  domListeners: number;
  intervals: number;
  /** Resize/mutation observers still watching an element that is in the document. */
  observers: number;
  /** Where the DOM listeners are, e.g. `window:keydown`, `div.cc-panel:click`, for messages. */
  domListenerSites: string[];
}

function describe(target: EventTarget): string {
  if (target === window) return "window";
  if (target === document) return "document";
  if (target instanceof Element) {
    const cls = Array.from(target.classList).slice(0, 2).join(".");
    return cls === "" ? target.tagName.toLowerCase() : `${target.tagName.toLowerCase()}.${cls}`;
  }
  return target.constructor.name;
}

export function liveCounts(): LiveCounts {
  const alive = [...listeners]
    .filter((r) => !internalListeners.has(r.listener))
    .filter((r) => r.target === window || r.target === document || (r.target instanceof Node && r.target.isConnected));
  return {
    domListeners: alive.length,
    intervals: intervals.size,
    observers: [...observed.values()].filter((targets) => [...targets].some((n) => n.isConnected)).length,
    domListenerSites: alive.map((r) => `${describe(r.target)}:${r.type}`).sort(),
  };
}
