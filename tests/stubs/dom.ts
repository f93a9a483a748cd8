/**
 * A DOM for the unit tests that need one: happy-dom's document and element classes on Node's
 * global object, with Obsidian's element helpers (`createEl`, `setText`, …) installed exactly as
 * the end-to-end page installs them in Chromium. It is made on first use (the first element, the
 * first look at `document` or `HTMLElement`), so the tests that never touch the UI do not pay for
 * loading it. Timers stay Node's own, so `vi.useFakeTimers` still governs `window.setTimeout`.
 */
import { createRequire } from "node:module";
import { installDomHelpers } from "../standin/dom";

const g = globalThis as unknown as Record<string, unknown>;
// Obsidian code may use `window.setTimeout` and friends; on Node the global object stands in.
if (g.window === undefined) g.window = globalThis;
if (g.activeWindow === undefined) g.activeWindow = globalThis;

/** What the page's window offers that plugin code and the helpers use. */
const FROM_WINDOW = [
  "document",
  "Node",
  "Element",
  "HTMLElement",
  "SVGElement",
  "DocumentFragment",
  "Text",
  "Comment",
  "HTMLDivElement",
  "HTMLSpanElement",
  "HTMLInputElement",
  "HTMLTextAreaElement",
  "HTMLSelectElement",
  "HTMLOptionElement",
  "HTMLButtonElement",
  "HTMLAnchorElement",
  "HTMLLabelElement",
  "SVGSVGElement",
  "KeyboardEvent",
  "MouseEvent",
  "FocusEvent",
  "InputEvent",
  "PointerEvent",
  "UIEvent",
  "getComputedStyle",
  "requestAnimationFrame",
  "cancelAnimationFrame",
  "ResizeObserver",
  "MutationObserver",
  "IntersectionObserver",
  "DOMParser",
  "Range",
  "Selection",
  "navigator",
];
/** Node has its own of these; once the DOM is in use, the page's must be the ones code constructs. */
const REPLACED = ["Event", "CustomEvent"];
const LAZY = [
  "createEl",
  "createDiv",
  "createSpan",
  "createSvg",
  "createFragment",
  "activeDocument",
  "fish",
  "fishAll",
  "sleep",
  "nextFrame",
  "ready",
  "isBoolean",
];

let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const { Window } = createRequire(import.meta.url)("happy-dom") as typeof import("happy-dom");
  const win = new Window({ url: "app://obsidian.md/index.html", width: 1200, height: 800 }) as unknown as Record<string, unknown>;
  for (const name of [...FROM_WINDOW, ...REPLACED]) {
    const value = win[name];
    Object.defineProperty(globalThis, name, {
      value: typeof value === "function" && /^[a-z]/.test(name) ? (value as () => unknown).bind(win) : value,
      configurable: true,
      writable: true,
    });
  }
  installDomHelpers(globalThis as unknown as Window & typeof globalThis);
}

for (const name of [...FROM_WINDOW, ...LAZY]) {
  if (name in globalThis) continue;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      install();
      return g[name];
    },
    set(value: unknown) {
      Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
    },
  });
}

/** Makes the DOM now (createApp calls this before it builds the app's elements). */
export function ensureDom(): void {
  install();
}
