/**
 * Obsidian's DOM helpers, installed on the prototypes the way Obsidian's runtime does it
 * (`createEl`, `setText`, `addClass`, …), with the signatures declared globally by obsidian.d.ts.
 * The plugin's UI code calls these on every element, so each one behaves like Obsidian's: text
 * goes in as text (never parsed as HTML), `cls` may be a list, `attr: { x: null }` removes.
 */
import { installLanguageHelpers } from "./language";

type Attrs = { [key: string]: string | number | boolean | null };

function define<T extends object>(proto: T, members: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(members)) {
    Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false });
  }
}

function classesOf(cls: string | string[] | undefined): string[] {
  if (cls === undefined) return [];
  const list = Array.isArray(cls) ? cls : [cls];
  return list.flatMap((c) => c.split(/\s+/)).filter((c) => c !== "");
}

function setAttr(el: Element, name: string, value: string | number | boolean | null): void {
  if (value === null || value === false) el.removeAttribute(name);
  else el.setAttribute(name, value === true ? "" : String(value));
}

function applyInfo(el: HTMLElement, o: DomElementInfo | string | undefined): void {
  const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
  const classes = classesOf(info.cls);
  if (classes.length > 0) el.classList.add(...classes);
  if (info.text !== undefined) el.setText(info.text);
  if (info.attr !== undefined) for (const [k, v] of Object.entries(info.attr)) setAttr(el, k, v);
  if (info.title !== undefined) el.title = info.title;
  if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
  if (info.type !== undefined && "type" in el) (el as HTMLInputElement).type = info.type;
  if (info.placeholder !== undefined && "placeholder" in el) (el as HTMLInputElement).placeholder = info.placeholder;
  if (info.href !== undefined && "href" in el) (el as HTMLAnchorElement).href = info.href;
}

function create<K extends keyof HTMLElementTagNameMap>(
  parent: Node | null,
  tag: K,
  o?: DomElementInfo | string,
  callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
  const doc = parent?.ownerDocument ?? document;
  // This is createEl itself, so it has to start from the document's own factory.
  const createElement: (this: Document, tag: K) => HTMLElementTagNameMap[K] = Reflect.get(doc, "createElement");
  const el = createElement.call(doc, tag);
  applyInfo(el, o);
  const info = typeof o === "string" || o === undefined ? undefined : o;
  const target = info?.parent ?? parent;
  if (target !== null && target !== undefined) {
    if (info?.prepend === true) target.insertBefore(el, target.firstChild);
    else target.appendChild(el);
  }
  callback?.(el);
  return el;
}

function createSvgIn<K extends keyof SVGElementTagNameMap>(
  parent: Node | null,
  tag: K,
  o?: SvgElementInfo | string,
  callback?: (el: SVGElementTagNameMap[K]) => void,
): SVGElementTagNameMap[K] {
  const doc = parent?.ownerDocument ?? document;
  // This is createSvg itself, so it has to start from the document's own factory.
  const createElementNS = doc.createElementNS.bind(doc);
  const el = createElementNS("http://www.w3.org/2000/svg", tag);
  const info: SvgElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
  const classes = classesOf(info.cls);
  if (classes.length > 0) el.classList.add(...classes);
  if (info.attr !== undefined) for (const [k, v] of Object.entries(info.attr)) setAttr(el, k, v);
  const target = info.parent ?? parent;
  if (target !== null && target !== undefined) {
    if (info.prepend === true) target.insertBefore(el, target.firstChild);
    else target.appendChild(el);
  }
  callback?.(el);
  return el;
}

/** Delegated listeners (`el.on(type, selector, listener)`), kept so `off` can find them. */
const delegated = new WeakMap<
  EventTarget,
  { type: string; selector: string; listener: unknown; callback: EventListener; options?: boolean | AddEventListenerOptions }[]
>();

export function installDomHelpers(win: Window & typeof globalThis): void {
  define(win.Node.prototype, {
    detach(this: Node) {
      this.parentNode?.removeChild(this);
    },
    empty(this: Node) {
      while (this.firstChild !== null) this.removeChild(this.firstChild);
    },
    insertAfter<T extends Node>(this: Node, node: T, child: Node | null): T {
      this.insertBefore(node, child === null ? this.firstChild : child.nextSibling);
      return node;
    },
    indexOf(this: Node, other: Node) {
      return Array.prototype.indexOf.call(this.childNodes, other);
    },
    setChildrenInPlace(this: Node, children: Node[]) {
      const wanted = new Set(children);
      for (const child of Array.from(this.childNodes)) if (!wanted.has(child)) this.removeChild(child);
      children.forEach((child, i) => {
        if (this.childNodes[i] !== child) this.insertBefore(child, this.childNodes[i] ?? null);
      });
    },
    appendText(this: Node, val: string) {
      this.appendChild((this.ownerDocument ?? document).createTextNode(val));
    },
    instanceOf(this: Node, type: new () => unknown) {
      return Object.prototype.isPrototypeOf.call(type.prototype, this);
    },
    createEl<K extends keyof HTMLElementTagNameMap>(
      this: Node,
      tag: K,
      o?: DomElementInfo | string,
      cb?: (el: HTMLElementTagNameMap[K]) => void,
    ) {
      return create(this, tag, o, cb);
    },
    createDiv(this: Node, o?: DomElementInfo | string, cb?: (el: HTMLDivElement) => void) {
      return create(this, "div", o, cb);
    },
    createSpan(this: Node, o?: DomElementInfo | string, cb?: (el: HTMLSpanElement) => void) {
      return create(this, "span", o, cb);
    },
    createSvg<K extends keyof SVGElementTagNameMap>(
      this: Node,
      tag: K,
      o?: SvgElementInfo | string,
      cb?: (el: SVGElementTagNameMap[K]) => void,
    ) {
      return createSvgIn(this, tag, o, cb);
    },
  });
  for (const [name, get] of Object.entries({
    doc(this: Node) {
      return this.ownerDocument ?? document;
    },
    win(this: Node) {
      return (this.ownerDocument ?? document).defaultView ?? window;
    },
    constructorWin(this: Node) {
      return (this.ownerDocument ?? document).defaultView ?? window;
    },
  })) {
    Object.defineProperty(win.Node.prototype, name, { get, configurable: true, enumerable: false });
  }

  define(win.Element.prototype, {
    getText(this: Element) {
      return this.textContent ?? "";
    },
    setText(this: Element, val: string | DocumentFragment) {
      if (typeof val === "string") this.textContent = val;
      else {
        this.empty();
        this.appendChild(val);
      }
    },
    addClass(this: Element, ...classes: string[]) {
      this.classList.add(...classesOf(classes));
    },
    addClasses(this: Element, classes: string[]) {
      this.classList.add(...classesOf(classes));
    },
    removeClass(this: Element, ...classes: string[]) {
      this.classList.remove(...classesOf(classes));
    },
    removeClasses(this: Element, classes: string[]) {
      this.classList.remove(...classesOf(classes));
    },
    toggleClass(this: Element, classes: string | string[], value: boolean) {
      for (const c of classesOf(classes)) this.classList.toggle(c, value);
    },
    hasClass(this: Element, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: Element, name: string, value: string | number | boolean | null) {
      setAttr(this, name, value);
    },
    setAttrs(this: Element, obj: Attrs) {
      for (const [k, v] of Object.entries(obj)) setAttr(this, k, v);
    },
    getAttr(this: Element, name: string) {
      return this.getAttribute(name);
    },
    matchParent(this: Element, selector: string, lastParent?: Element) {
      if (this.matches(selector)) return this;
      let el: Element | null = this.parentElement;
      while (el !== null && el !== lastParent) {
        if (el.matches(selector)) return el;
        el = el.parentElement;
      }
      return null;
    },
    getCssPropertyValue(this: Element, property: string, pseudoElement?: string) {
      return getComputedStyle(this, pseudoElement).getPropertyValue(property);
    },
    isActiveElement(this: Element) {
      return this.ownerDocument.activeElement === this;
    },
    find(this: Element, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: Element, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    },
    findAllSelf(this: Element, selector: string) {
      const all = Array.from(this.querySelectorAll(selector));
      return this.matches(selector) ? [this, ...all] : all;
    },
  });

  define(win.HTMLElement.prototype, {
    show(this: HTMLElement) {
      this.setCssProps({ display: "" });
    },
    hide(this: HTMLElement) {
      this.setCssProps({ display: "none" });
    },
    toggle(this: HTMLElement, show: boolean) {
      if (show) this.show();
      else this.hide();
    },
    toggleVisibility(this: HTMLElement, visible: boolean) {
      this.setCssProps({ visibility: visible ? "" : "hidden" });
    },
    isShown(this: HTMLElement) {
      return this.offsetParent !== null;
    },
    setCssStyles(this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
      Object.assign(this.style, styles);
    },
    setCssProps(this: HTMLElement, props: Record<string, string>) {
      for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
    },
    on(
      this: HTMLElement,
      type: string,
      selector: string,
      listener: (this: HTMLElement, ev: Event, target: HTMLElement) => unknown,
      options?: boolean | AddEventListenerOptions,
    ) {
      const callback: EventListener = (ev) => {
        const target = ev.target instanceof Element ? ev.target.closest(selector) : null;
        if (target instanceof HTMLElement && this.contains(target)) listener.call(this, ev, target);
      };
      const list = delegated.get(this) ?? [];
      list.push({ type, selector, listener, callback, options });
      delegated.set(this, list);
      this.addEventListener(type, callback, options);
    },
    off(this: HTMLElement, type: string, selector: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
      const list = delegated.get(this) ?? [];
      const i = list.findIndex((d) => d.type === type && d.selector === selector && d.listener === listener);
      const found = list[i];
      if (found === undefined) return;
      list.splice(i, 1);
      this.removeEventListener(type, found.callback, options);
    },
    onClickEvent(this: HTMLElement, listener: (this: HTMLElement, ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
      this.addEventListener("click", listener, options);
      this.addEventListener("auxclick", listener, options);
    },
    onNodeInserted(this: HTMLElement, listener: () => unknown, once?: boolean) {
      // Obsidian watches an animation on insertion; a MutationObserver on the document is enough here.
      let done = false;
      const observer = new MutationObserver(() => {
        if (!this.isConnected || done) return;
        listener();
        if (once === true) {
          done = true;
          observer.disconnect();
        }
      });
      observer.observe(this.ownerDocument, { childList: true, subtree: true });
      return () => observer.disconnect();
    },
    onWindowMigrated(this: HTMLElement) {
      // There is one window only.
      return () => undefined;
    },
    trigger(this: HTMLElement, eventType: string) {
      this.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true }));
    },
  });
  for (const [name, get] of Object.entries({
    innerWidth(this: HTMLElement) {
      return this.clientWidth;
    },
    innerHeight(this: HTMLElement) {
      return this.clientHeight;
    },
  })) {
    Object.defineProperty(win.HTMLElement.prototype, name, { get, configurable: true, enumerable: false });
  }
  define(win.SVGElement.prototype, {
    setCssStyles(this: SVGElement, styles: Partial<CSSStyleDeclaration>) {
      Object.assign(this.style, styles);
    },
    setCssProps(this: SVGElement, props: Record<string, string>) {
      for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
    },
  });
  define(win.DocumentFragment.prototype, {
    find(this: DocumentFragment, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: DocumentFragment, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    },
  });

  // Globals Obsidian defines on window.
  define(win, {
    createEl: <K extends keyof HTMLElementTagNameMap>(tag: K, o?: DomElementInfo | string, cb?: (el: HTMLElementTagNameMap[K]) => void) =>
      create(null, tag, o, cb),
    createDiv: (o?: DomElementInfo | string, cb?: (el: HTMLDivElement) => void) => create(null, "div", o, cb),
    createSpan: (o?: DomElementInfo | string, cb?: (el: HTMLSpanElement) => void) => create(null, "span", o, cb),
    createSvg: <K extends keyof SVGElementTagNameMap>(tag: K, o?: SvgElementInfo | string, cb?: (el: SVGElementTagNameMap[K]) => void) =>
      createSvgIn(null, tag, o, cb),
    createFragment: (cb?: (el: DocumentFragment) => void) => {
      // This is createFragment itself.
      const createDocumentFragment = document.createDocumentFragment.bind(document);
      const frag = createDocumentFragment();
      cb?.(frag);
      return frag;
    },
    sleep: (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)),
    nextFrame: () => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve())),
    fish: (selector: string) => document.querySelector<HTMLElement>(selector),
    fishAll: (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector)),
    isBoolean: (obj: unknown) => typeof obj === "boolean",
    ready: (fn: () => unknown) => {
      if (document.readyState === "loading")
        document.addEventListener("DOMContentLoaded", () => fn(), { once: true }); // the page's own start-up
      else fn();
    },
  });
  define(win, { activeWindow: win, activeDocument: win.document });

  installLanguageHelpers(win);
}
