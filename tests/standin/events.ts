/**
 * `Events` and `Component`, with Obsidian's semantics: `on` returns a ref that `offref` takes back,
 * a throwing handler is reported and does not stop the others, and a component's `unload` runs
 * everything it registered. Every `Events` object is kept in a registry so the unload check can
 * count the handlers still attached anywhere.
 */
import type * as O from "obsidian";

export interface StandinEventRef extends O.EventRef {
  e: Events;
  name: string;
  fn: (...data: unknown[]) => unknown;
  ctx: unknown;
}

const registry = new Set<{ label: string; events: Events }>();

/** Errors thrown by handlers; the harness fails the scenario when any is left unexpected. */
export const handlerErrors: string[] = [];

export class Events implements O.Events {
  private handlers = new Map<string, StandinEventRef[]>();

  /** `label` names this object in the unload check's messages (`vault`, `metadataCache`, …). */
  constructor(label?: string) {
    if (label !== undefined) registry.add({ label, events: this });
  }

  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef {
    const ref: StandinEventRef = { e: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
    const list = this.handlers.get(name) ?? [];
    list.push(ref);
    this.handlers.set(name, list);
    return ref;
  }

  off(name: string, callback: (...data: never[]) => unknown): void {
    const list = this.handlers.get(name);
    if (list === undefined) return;
    const kept = list.filter((r) => r.fn !== callback);
    if (kept.length > 0) this.handlers.set(name, kept);
    else this.handlers.delete(name);
  }

  offref(ref: O.EventRef): void {
    const r = ref as StandinEventRef;
    const list = this.handlers.get(r.name);
    if (list === undefined) return;
    const kept = list.filter((x) => x !== r);
    if (kept.length > 0) this.handlers.set(r.name, kept);
    else this.handlers.delete(r.name);
  }

  trigger(name: string, ...data: unknown[]): void {
    // A copy: a handler may unsubscribe while we iterate.
    for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: O.EventRef, args: unknown[]): void {
    const ref = evt as StandinEventRef;
    try {
      const result = ref.fn.apply(ref.ctx, args);
      if (result instanceof Promise) {
        result.catch((error: unknown) => reportHandlerError(ref.name, error));
      }
    } catch (error) {
      reportHandlerError(ref.name, error);
    }
  }

  /** How many handlers listen to `name` (stand-in only). */
  listenerCount(name: string): number {
    return this.handlers.get(name)?.length ?? 0;
  }

  /** Handlers attached, by event name (stand-in only). */
  handlerCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [name, list] of this.handlers) counts[name] = list.length;
    return counts;
  }
}

function reportHandlerError(name: string, error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  handlerErrors.push(`in a '${name}' handler: ${text}`);
  console.error(`Uncaught error in a '${name}' event handler`, error);
}

/** Handlers attached to each labelled Events object, e.g. `{ "vault:modify": 1 }`. */
export function registeredHandlers(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { label, events } of registry) {
    for (const [name, n] of Object.entries(events.handlerCounts())) out[`${label}:${name}`] = (out[`${label}:${name}`] ?? 0) + n;
  }
  return out;
}

export class Component implements O.Component {
  private loaded = false;
  private children: Component[] = [];
  private cleanups: (() => unknown)[] = [];

  /** The promise an async `onload` returned, while it runs (stand-in only). */
  loading: Promise<void> | null = null;

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const result: unknown = this.onload();
    if (result instanceof Promise) {
      this.loading = result.then(() => undefined);
      this.loading.catch((error: unknown) => console.error("Error in onload", error));
    }
    for (const child of [...this.children]) child.load();
  }

  /** Like `load`, but waits for an async `onload` (how the stand-in loads the plugin). */
  async loadAsync(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    await (this.onload() as unknown);
    for (const child of [...this.children]) child.load();
  }

  /** How many cleanups `unload` would run (stand-in only). */
  get registeredCount(): number {
    return this.cleanups.length;
  }

  isLoaded(): boolean {
    return this.loaded;
  }

  onload(): void {
    // For subclasses.
  }

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    while (this.children.length > 0) this.children.pop()?.unload();
    while (this.cleanups.length > 0) {
      const cleanup = this.cleanups.pop();
      try {
        cleanup?.();
      } catch (error) {
        console.error("Error while unloading a component", error);
      }
    }
    this.onunload();
  }

  onunload(): void {
    // For subclasses.
  }

  addChild<T extends O.Component>(component: T): T {
    const child = component as unknown as Component;
    this.children.push(child);
    if (this.loaded) child.load();
    return component;
  }

  removeChild<T extends O.Component>(component: T): T {
    const child = component as unknown as Component;
    const i = this.children.indexOf(child);
    if (i >= 0) {
      this.children.splice(i, 1);
      child.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }

  registerEvent(eventRef: O.EventRef): void {
    const ref = eventRef as StandinEventRef;
    this.register(() => ref.e.offref(ref));
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: Event) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const listener = callback;
    el.addEventListener(type, listener, options);
    this.register(() => el.removeEventListener(type, listener, options));
  }

  registerInterval(id: number): number {
    this.register(() => window.clearInterval(id));
    return id;
  }
}
