/**
 * Listeners the stand-in adds for Obsidian's own UI (a button's click, a text field's input):
 * marked so that the end-to-end unload check, which counts every listener left alive, leaves them
 * out and counts only the plugin's.
 */
export const internalListeners = new WeakSet<object>();

/** Adds a listener on behalf of the stand-in (not the plugin). */
export function listen<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  listener: (ev: HTMLElementEventMap[K]) => unknown,
  options?: boolean | AddEventListenerOptions,
): void {
  internalListeners.add(listener);
  target.addEventListener(type, listener as EventListener, options);
}
