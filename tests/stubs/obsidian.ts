/**
 * A runtime stand-in for the parts of `obsidian` the plugin uses, for unit tests on Node (vitest
 * aliases `obsidian` to this file). Each class is checked against the real `obsidian.d.ts` with
 * `implements`/`satisfies`, so a drift in the API shows up as a type error here.
 *
 * Besides the API it offers an in-memory vault, metadata cache and workspace that tests drive by
 * hand: `vault.create/modify/rename/delete` fire events in Obsidian's order (vault event first,
 * then the metadata cache's), and the cache can be held back (`metadataCache.hold()`) to model
 * Obsidian indexing a file later than the vault reports it.
 *
 * Node has no DOM: elements here are `FakeElement`s, enough for constructors and simple text
 * checks. Rendering is covered by the browser end-to-end suite, not by these tests.
 */
import type * as O from "obsidian";
import { parse as parseYaml, stringify as toYaml } from "yaml";

// Obsidian code may use `window.setTimeout` and friends; on Node the global object stands in.
const g = globalThis as unknown as Record<string, unknown>;
if (g.window === undefined) g.window = globalThis;
if (g.activeWindow === undefined) g.activeWindow = globalThis;

// ---------------------------------------------------------------------------------------------
// Fake DOM

type DomInfo = { cls?: string | string[]; text?: string | DocumentFragment; attr?: Record<string, string | number | boolean | null>; title?: string; value?: string; type?: string; placeholder?: string; href?: string; prepend?: boolean };

/** Just enough of an element for code that builds UI with `createEl`, `setText` and classes. */
export class FakeElement {
  readonly children: FakeElement[] = [];
  parent: FakeElement | null = null;
  readonly classes = new Set<string>();
  readonly attrs = new Map<string, string>();
  private text = "";
  value = "";
  placeholder = "";
  type = "";
  checked = false;
  disabled = false;
  hidden = false;
  /** What created this element (a `Setting`, a component): lets tests find it again. */
  owner: unknown = undefined;
  private readonly listeners = new Map<string, Array<(ev: unknown) => unknown>>();

  constructor(readonly tagName: string = "div") {}

  static of(el: unknown): FakeElement {
    if (!(el instanceof FakeElement)) throw new Error("not a FakeElement");
    return el;
  }

  createEl(tag: string, o?: DomInfo | string, callback?: (el: never) => void): never {
    return this.make(tag, o, callback);
  }
  private make(tag: string, o?: DomInfo | string, callback?: (el: never) => void): never {
    const el = new FakeElement(tag);
    const info: DomInfo = typeof o === "string" ? { cls: o } : (o ?? {});
    if (info.cls !== undefined) for (const c of Array.isArray(info.cls) ? info.cls : info.cls.split(/\s+/)) if (c !== "") el.classes.add(c);
    if (typeof info.text === "string") el.text = info.text;
    if (info.attr !== undefined) for (const [k, v] of Object.entries(info.attr)) if (v !== null) el.attrs.set(k, String(v));
    if (info.title !== undefined) el.attrs.set("title", info.title);
    if (info.value !== undefined) el.value = info.value;
    if (info.type !== undefined) el.type = info.type;
    if (info.placeholder !== undefined) el.placeholder = info.placeholder;
    el.parent = this;
    if (info.prepend === true) this.children.unshift(el);
    else this.children.push(el);
    callback?.(el as never);
    return el as never;
  }
  createDiv(o?: DomInfo | string, callback?: (el: never) => void): never {
    return this.make("div", o, callback);
  }
  createSpan(o?: DomInfo | string, callback?: (el: never) => void): never {
    return this.make("span", o, callback);
  }
  appendChild<T>(child: T): T {
    const el = FakeElement.of(child);
    el.detach();
    el.parent = this;
    this.children.push(el);
    return child;
  }
  setText(text: string): void {
    this.text = text;
    this.children.length = 0;
  }
  appendText(text: string): void {
    this.text += text;
  }
  getText(): string {
    return this.text + this.children.map((c) => c.getText()).join("");
  }
  get textContent(): string {
    return this.getText();
  }
  set textContent(text: string) {
    this.setText(text);
  }
  empty(): void {
    for (const c of this.children) c.parent = null;
    this.children.length = 0;
    this.text = "";
  }
  detach(): void {
    if (this.parent === null) return;
    const i = this.parent.children.indexOf(this);
    if (i >= 0) this.parent.children.splice(i, 1);
    this.parent = null;
  }
  remove(): void {
    this.detach();
  }
  addClass(...classes: string[]): void {
    for (const c of classes) this.classes.add(c);
  }
  addClasses(classes: string[]): void {
    this.addClass(...classes);
  }
  removeClass(...classes: string[]): void {
    for (const c of classes) this.classes.delete(c);
  }
  toggleClass(classes: string | string[], on: boolean): void {
    for (const c of Array.isArray(classes) ? classes : [classes]) if (on) this.classes.add(c);
    else this.classes.delete(c);
  }
  hasClass(c: string): boolean {
    return this.classes.has(c);
  }
  setAttr(name: string, value: string | number | boolean | null): void {
    if (value === null) this.attrs.delete(name);
    else this.attrs.set(name, String(value));
  }
  setAttrs(attrs: Record<string, string | number | boolean | null>): void {
    for (const [k, v] of Object.entries(attrs)) this.setAttr(k, v);
  }
  getAttr(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attrs.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.getAttr(name);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  show(): void {
    this.hidden = false;
  }
  hide(): void {
    this.hidden = true;
  }
  toggle(show: boolean): void {
    this.hidden = !show;
  }
  isShown(): boolean {
    return !this.hidden;
  }
  addEventListener(type: string, listener: (ev: unknown) => unknown): void {
    const list = this.listeners.get(type) ?? [];
    list.push(listener);
    this.listeners.set(type, list);
  }
  removeEventListener(type: string, listener: (ev: unknown) => unknown): void {
    const list = this.listeners.get(type);
    if (list !== undefined) this.listeners.set(type, list.filter((l) => l !== listener));
  }
  onClickEvent(listener: (ev: unknown) => unknown): void {
    this.addEventListener("click", listener);
  }
  /** Test helper: calls the element's listeners for `type`. */
  dispatch(type: string, ev: unknown = {}): void {
    for (const l of [...(this.listeners.get(type) ?? [])]) l.call(this, ev);
  }
  click(): void {
    this.dispatch("click");
  }
  focus(): void {}
  blur(): void {}
  select(): void {}
  /** Test helper: every element below this one (depth first) that passes `test`. */
  findAll(test: (el: FakeElement) => boolean): FakeElement[] {
    const out: FakeElement[] = [];
    const walk = (el: FakeElement): void => {
      for (const c of el.children) {
        if (test(c)) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out;
  }
}

function fakeEl<T = HTMLElement>(tag = "div"): T {
  return new FakeElement(tag) as unknown as T;
}

// ---------------------------------------------------------------------------------------------
// Events and components

interface StubEventRef extends O.EventRef {
  emitter: Events;
  name: string;
  fn: (...data: unknown[]) => unknown;
  ctx: unknown;
}

export class Events implements O.Events {
  private handlers = new Map<string, StubEventRef[]>();

  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef {
    const ref: StubEventRef = { emitter: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
    return ref;
  }
  off(name: string, callback: (...data: never[]) => unknown): void {
    this.handlers.set(name, (this.handlers.get(name) ?? []).filter((r) => r.fn !== callback));
  }
  offref(ref: O.EventRef): void {
    const r = ref as StubEventRef;
    this.handlers.set(r.name, (this.handlers.get(r.name) ?? []).filter((h) => h !== r));
  }
  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }
  tryTrigger(ref: O.EventRef, args: unknown[]): void {
    const r = ref as StubEventRef;
    r.fn.apply(r.ctx, args);
  }
  /** Test helper: how many handlers listen to `name`. */
  listenerCount(name: string): number {
    return this.handlers.get(name)?.length ?? 0;
  }
}

export class Component implements O.Component {
  private loaded = false;
  private children: Component[] = [];
  private cleanups: Array<() => unknown> = [];
  /** Stub only: the promise an async `onload` returned (see `loadComponent`). */
  loading: Promise<void> | null = null;

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const result = this.onload() as unknown;
    if (result instanceof Promise) this.loading = result.then(() => undefined);
    for (const child of this.children) child.load();
  }
  onload(): void {}
  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const child of this.children.splice(0)) child.unload();
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.onunload();
  }
  onunload(): void {}
  addChild<T extends O.Component>(component: T): T {
    this.children.push(component as unknown as Component);
    if (this.loaded) component.load();
    return component;
  }
  removeChild<T extends O.Component>(component: T): T {
    const i = this.children.indexOf(component as unknown as Component);
    if (i >= 0) {
      this.children.splice(i, 1);
      component.unload();
    }
    return component;
  }
  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }
  registerEvent(ref: O.EventRef): void {
    this.register(() => (ref as StubEventRef).emitter.offref(ref));
  }
  registerDomEvent(el: unknown, type: string, callback: (ev: never) => unknown): void {
    const target = el as FakeElement;
    const listener = callback as (ev: unknown) => unknown;
    target.addEventListener(type, listener);
    this.register(() => target.removeEventListener(type, listener));
  }
  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
  /** Test helper: how many cleanups unload would run. */
  get registeredCount(): number {
    return this.cleanups.length;
  }
}

/** Loads a component and waits for an async `onload` to finish, as Obsidian does for plugins. */
export async function loadComponent(component: O.Component): Promise<void> {
  component.load();
  await (component as unknown as Component).loading;
}

// ---------------------------------------------------------------------------------------------
// Files

export abstract class TAbstractFile implements O.TAbstractFile {
  vault: O.Vault;
  path: string;
  name: string;
  parent: O.TFolder | null = null;

  constructor(vault: unknown, path: string) {
    this.vault = vault as O.Vault;
    this.path = path;
    this.name = path.slice(path.lastIndexOf("/") + 1);
  }
  /** Stub only: moves the file object to a new path, as Obsidian does on rename. */
  setPath(path: string): void {
    this.path = path;
    this.name = path.slice(path.lastIndexOf("/") + 1);
  }
}

export class TFile extends TAbstractFile implements O.TFile {
  stat: O.FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = "";
  extension = "";

  constructor(vault: unknown, path: string) {
    super(vault, path);
    this.setPath(path);
  }
  override setPath(path: string): void {
    super.setPath(path);
    const dot = this.name.lastIndexOf(".");
    this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
    this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
  }
}

export class TFolder extends TAbstractFile implements O.TFolder {
  children: O.TAbstractFile[] = [];
  isRoot(): boolean {
    return this.path === "/";
  }
}

// ---------------------------------------------------------------------------------------------
// The metadata cache: a small imitation of Obsidian's parser, enough for frontmatter, headings,
// tags and list items (with positions), computed from the note's text.

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

function pos(starts: number[], line: number, lineText: string): O.Pos {
  const offset = starts[line] ?? 0;
  return { start: { line, col: 0, offset }, end: { line, col: lineText.length, offset: offset + lineText.length } };
}

/** What Obsidian's metadata cache would hold for a markdown note's text. */
export function computeCache(text: string): O.CachedMetadata {
  const clean = text.replace(/^\uFEFF/, "");
  const lines = clean.split("\n").map((l) => l.replace(/\r$/, ""));
  const starts = lineStarts(clean);
  const cache: O.CachedMetadata = {};
  const sections: O.SectionCache[] = [];
  let first = 0;
  if (lines[0] === "---") {
    const close = lines.findIndex((l, i) => i > 0 && (l === "---" || l === "..."));
    if (close > 0) {
      cache.frontmatterPosition = { start: pos(starts, 0, "---").start, end: pos(starts, close, lines[close] ?? "").end };
      sections.push({ type: "yaml", position: cache.frontmatterPosition });
      first = close + 1;
      try {
        const data: unknown = parseYaml(lines.slice(1, close).join("\n"), { schema: "core" });
        if (data !== null && typeof data === "object" && !Array.isArray(data)) cache.frontmatter = data;
      } catch {
        // Obsidian keeps the block's position but has no frontmatter for invalid YAML.
      }
    }
  }
  const headings: O.HeadingCache[] = [];
  const tags: O.TagCache[] = [];
  const listItems: O.ListItemCache[] = [];
  // A fence closes only with the same character, at least as long (CommonMark).
  let fence: string | null = null;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (f !== undefined) {
      if (fence === null) fence = f;
      else if (f[0] === fence[0] && f.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (h !== null) {
      headings.push({ heading: h[2] ?? "", level: (h[1] ?? "").length, position: pos(starts, i, line) });
      sections.push({ type: "heading", position: pos(starts, i, line) });
    }
    if (/^\s*(?:[-*+]|\d+[.)])\s/.test(line)) listItems.push({ parent: -1, position: pos(starts, i, line) });
    for (const m of line.replace(/`[^`]*`/g, "").matchAll(/(?:^|\s)#([^\s#.,;:!?"'()[\]{}]+)/g)) {
      if (m[1] !== undefined && !/^\d+$/.test(m[1])) tags.push({ tag: `#${m[1]}`, position: pos(starts, i, line) });
    }
  }
  if (headings.length > 0) cache.headings = headings;
  if (tags.length > 0) cache.tags = tags;
  if (listItems.length > 0) cache.listItems = listItems;
  if (sections.length > 0) cache.sections = sections;
  return cache;
}

export class MetadataCache extends Events implements Pick<O.MetadataCache, "getFileCache" | "getCache" | "on" | "resolvedLinks" | "unresolvedLinks" | "getFirstLinkpathDest" | "fileToLinktext"> {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  private caches = new Map<string, O.CachedMetadata>();
  private held = false;
  private queue: Array<{ file: TFile; text: string }> = [];

  constructor(private readonly vault: Vault) {
    super();
  }

  getFileCache(file: O.TFile): O.CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }
  getCache(path: string): O.CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }
  getFirstLinkpathDest(linkpath: string): O.TFile | null {
    return this.vault.getMarkdownFiles().find((f) => f.basename === linkpath || f.path === linkpath || f.path === `${linkpath}.md`) ?? null;
  }
  fileToLinktext(file: O.TFile): string {
    return file.basename;
  }

  /** Stub only: from now on, indexing waits for `flush()` (Obsidian parses in a worker). */
  hold(): void {
    this.held = true;
  }
  /** Stub only: indexes every file the vault reported since `hold()`, firing `changed` for each. */
  flush(): void {
    this.held = false;
    const queue = this.queue.splice(0);
    for (const { file, text } of queue) this.index(file, text);
    if (queue.length > 0) this.trigger("resolved");
  }
  /** Stub only: sets a file's cache without firing anything (a cache restored at startup). */
  prime(file: TFile, text: string): void {
    this.caches.set(file.path, computeCache(text));
  }

  /** Called by the vault after a create or a modify. */
  fileWritten(file: TFile, text: string): void {
    if (this.held) {
      this.queue = this.queue.filter((q) => q.file !== file);
      this.queue.push({ file, text });
      return;
    }
    this.index(file, text);
    this.trigger("resolved");
  }
  fileRenamed(file: TFile, oldPath: string): void {
    const cache = this.caches.get(oldPath);
    this.caches.delete(oldPath);
    if (cache !== undefined) this.caches.set(file.path, cache);
  }
  fileDeleted(file: TFile): void {
    const prev = this.caches.get(file.path) ?? null;
    this.caches.delete(file.path);
    this.queue = this.queue.filter((q) => q.file !== file);
    this.trigger("deleted", file, prev);
  }

  private index(file: TFile, text: string): void {
    if (this.vault.getAbstractFileByPath(file.path) !== file) return;
    if (file.extension !== "md") return;
    const cache = computeCache(text);
    this.caches.set(file.path, cache);
    this.trigger("changed", file, text, cache);
    this.trigger("resolve", file);
  }
}

export class Vault extends Events implements Pick<O.Vault, "configDir" | "getName" | "getMarkdownFiles" | "getFiles" | "getAllLoadedFiles" | "getAbstractFileByPath" | "getFileByPath" | "getFolderByPath" | "getRoot" | "read" | "cachedRead" | "create" | "createFolder" | "modify" | "process" | "rename" | "delete" | "trash" | "on"> {
  configDir = ".obsidian";
  readonly metadataCache: MetadataCache;
  private readonly files = new Map<string, { file: TAbstractFile; text: string }>();
  private readonly root: TFolder;
  /** Stub only: calls to `process`, for tests that count writes. */
  processCalls = 0;
  /** Stub only: runs inside `process` before the callback, to model a change racing a write. */
  beforeProcess: ((file: O.TFile) => void) | null = null;

  constructor() {
    super();
    this.root = new TFolder(this, "/");
    this.root.name = "";
    this.metadataCache = new MetadataCache(this);
  }

  getName(): string {
    return "Test vault";
  }
  getRoot(): O.TFolder {
    return this.root;
  }
  getAbstractFileByPath(path: string): O.TAbstractFile | null {
    if (path === "/" || path === "") return this.root;
    return this.files.get(path)?.file ?? null;
  }
  getFileByPath(path: string): O.TFile | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFile ? f : null;
  }
  getFolderByPath(path: string): O.TFolder | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFolder ? f : null;
  }
  getFiles(): O.TFile[] {
    return [...this.files.values()].map((e) => e.file).filter((f): f is TFile => f instanceof TFile);
  }
  getMarkdownFiles(): O.TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }
  getAllLoadedFiles(): O.TAbstractFile[] {
    return [this.root, ...[...this.files.values()].map((e) => e.file)];
  }
  async read(file: O.TFile): Promise<string> {
    return this.textOf(file);
  }
  async cachedRead(file: O.TFile): Promise<string> {
    return this.textOf(file);
  }
  /** Stub only: a file's current text, synchronously. */
  textOf(file: O.TFile | string): string {
    const path = typeof file === "string" ? file : file.path;
    const entry = this.files.get(path);
    if (entry === undefined || !(entry.file instanceof TFile)) throw new Error(`ENOENT: ${path}`);
    return entry.text;
  }

  /**
   * Stub only: adds files as they are when Obsidian starts: no events, and the metadata cache
   * already knows them (restored from its store), unless `cached` is false.
   */
  seed(files: Record<string, string>, cached = true): void {
    for (const [path, text] of Object.entries(files)) {
      const file = this.add(path, text);
      if (cached) this.metadataCache.prime(file, text);
    }
  }

  async create(path: string, data: string): Promise<O.TFile> {
    if (this.files.has(path)) throw new Error("File already exists.");
    const file = this.add(path, data);
    this.trigger("create", file);
    this.metadataCache.fileWritten(file, data);
    return file;
  }
  async createFolder(path: string): Promise<O.TFolder> {
    if (this.files.has(path)) throw new Error("Folder already exists.");
    return this.ensureFolder(path, true);
  }
  async modify(file: O.TFile, data: string): Promise<void> {
    this.write(file, data);
  }
  async process(file: O.TFile, fn: (data: string) => string): Promise<string> {
    this.processCalls++;
    // Obsidian reads, runs fn and writes with nothing in between; a change before the read wins.
    this.beforeProcess?.(file);
    const data = fn(this.textOf(file));
    this.write(file, data);
    return data;
  }
  async rename(file: O.TAbstractFile, newPath: string): Promise<void> {
    if (this.files.has(newPath)) throw new Error("Destination file already exists!");
    const moved: Array<[TAbstractFile, string]> = [];
    const oldPath = file.path;
    for (const [path, entry] of [...this.files]) {
      if (path === oldPath || path.startsWith(`${oldPath}/`)) {
        this.files.delete(path);
        const target = newPath + path.slice(oldPath.length);
        entry.file.setPath(target);
        this.files.set(target, entry);
        moved.push([entry.file, path]);
      }
    }
    const stub = file as TAbstractFile;
    this.detachFromParent(stub);
    const parent = this.ensureFolder(parentPath(newPath), false);
    stub.parent = parent;
    parent.children.push(stub);
    for (const [f, old] of moved) if (f instanceof TFile) this.metadataCache.fileRenamed(f, old);
    // The folder first, then each file in it, as Obsidian reports a folder move.
    for (const [f, old] of moved) this.trigger("rename", f, old);
  }
  async delete(file: O.TAbstractFile): Promise<void> {
    this.removeFile(file);
  }
  async trash(file: O.TAbstractFile): Promise<void> {
    this.removeFile(file);
  }

  /** Stub only: what every deletion comes down to (events in Obsidian's order). */
  removeFile(file: O.TAbstractFile): void {
    const removed = [...this.files].filter(([path]) => path === file.path || path.startsWith(`${file.path}/`)).reverse();
    for (const [path, entry] of removed) {
      this.files.delete(path);
      this.detachFromParent(entry.file);
      this.trigger("delete", entry.file);
      if (entry.file instanceof TFile) this.metadataCache.fileDeleted(entry.file);
    }
  }

  private write(file: O.TFile, data: string): void {
    const entry = this.files.get(file.path);
    if (entry === undefined || !(entry.file instanceof TFile)) throw new Error(`ENOENT: ${file.path}`);
    entry.text = data;
    entry.file.stat = { ...entry.file.stat, mtime: entry.file.stat.mtime + 1, size: data.length };
    this.trigger("modify", entry.file);
    this.metadataCache.fileWritten(entry.file, data);
  }
  private add(path: string, text: string): TFile {
    const file = new TFile(this, path);
    file.stat = { ctime: 0, mtime: 0, size: text.length };
    const parent = this.ensureFolder(parentPath(path), false);
    file.parent = parent;
    parent.children.push(file);
    this.files.set(path, { file, text });
    return file;
  }
  private ensureFolder(path: string, announce: boolean): TFolder {
    if (path === "" || path === "/") return this.root;
    const existing = this.files.get(path)?.file;
    if (existing instanceof TFolder) return existing;
    const parent = this.ensureFolder(parentPath(path), announce);
    const folder = new TFolder(this, path);
    folder.parent = parent;
    parent.children.push(folder);
    this.files.set(path, { file: folder, text: "" });
    if (announce) this.trigger("create", folder);
    return folder;
  }
  private detachFromParent(file: TAbstractFile): void {
    const parent = file.parent as TFolder | null;
    if (parent !== null) parent.children = parent.children.filter((c) => c !== file);
  }
}

function parentPath(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

// ---------------------------------------------------------------------------------------------
// Workspace and views

export class WorkspaceLeaf extends Events implements Pick<O.WorkspaceLeaf, "view" | "openFile" | "setViewState" | "getViewState" | "detach" | "getDisplayText" | "setPinned" | "togglePinned"> {
  view: O.View;
  /** Stub only: the files opened in this leaf, in order. */
  readonly opened: O.TFile[] = [];
  private state: O.ViewState = { type: "empty" };

  constructor(readonly workspace: Workspace, readonly side: "main" | "right" | "left" = "main") {
    super();
    this.view = { getViewType: () => "empty" } as unknown as O.View;
  }
  get app(): O.App {
    return this.workspace.app;
  }
  async openFile(file: O.TFile): Promise<void> {
    this.opened.push(file);
    this.state = { type: "markdown", state: { file: file.path } };
    this.workspace.setActiveFile(file);
  }
  /** Creates the view from the registered creator; it does not call `onOpen` (no DOM here). */
  async setViewState(viewState: O.ViewState): Promise<void> {
    this.state = viewState;
    const creator = this.workspace.viewCreators.get(viewState.type);
    if (creator !== undefined) this.view = creator(this as unknown as O.WorkspaceLeaf);
  }
  getViewState(): O.ViewState {
    return this.state;
  }
  detach(): void {
    this.workspace.leaves = this.workspace.leaves.filter((l) => l !== this);
  }
  getDisplayText(): string {
    return this.state.type;
  }
  setPinned(): void {}
  togglePinned(): void {}
}

export class Workspace extends Events implements Pick<O.Workspace, "layoutReady" | "onLayoutReady" | "getActiveFile" | "getLeaf" | "getLeavesOfType" | "getRightLeaf" | "getLeftLeaf" | "revealLeaf" | "detachLeavesOfType" | "on" | "iterateAllLeaves"> {
  layoutReady = false;
  leaves: WorkspaceLeaf[] = [];
  readonly viewCreators = new Map<string, O.ViewCreator>();
  /** Stub only: leaves passed to `revealLeaf`, in order. */
  readonly revealed: WorkspaceLeaf[] = [];
  private activeFile: O.TFile | null = null;
  private readyCallbacks: Array<() => unknown> = [];
  app!: O.App;

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.readyCallbacks.push(callback);
  }
  /** Stub only: the layout is ready; runs the callbacks waiting for it. */
  setLayoutReady(): void {
    this.layoutReady = true;
    for (const cb of this.readyCallbacks.splice(0)) cb();
    this.trigger("layout-ready");
  }
  getActiveFile(): O.TFile | null {
    return this.activeFile;
  }
  /** Stub only: what the user has open. */
  setActiveFile(file: O.TFile | null): void {
    this.activeFile = file;
    this.trigger("file-open", file);
  }
  getLeaf(): O.WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this, "main");
    this.leaves.push(leaf);
    return leaf as unknown as O.WorkspaceLeaf;
  }
  getRightLeaf(): O.WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this, "right");
    this.leaves.push(leaf);
    return leaf as unknown as O.WorkspaceLeaf;
  }
  getLeftLeaf(): O.WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this, "left");
    this.leaves.push(leaf);
    return leaf as unknown as O.WorkspaceLeaf;
  }
  getLeavesOfType(viewType: string): O.WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.getViewState().type === viewType) as unknown as O.WorkspaceLeaf[];
  }
  async revealLeaf(leaf: O.WorkspaceLeaf): Promise<void> {
    this.revealed.push(leaf as unknown as WorkspaceLeaf);
  }
  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }
  iterateAllLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
    for (const leaf of this.leaves) callback(leaf as unknown as O.WorkspaceLeaf);
  }
  /** Stub only: builds a file menu for `file` the way a right-click does, and returns its items. */
  openFileMenu(file: O.TAbstractFile): MenuItem[] {
    const menu = new Menu();
    this.trigger("file-menu", menu, file, "file-explorer-context-menu");
    return menu.items;
  }
}

export class FileManager implements Pick<O.FileManager, "trashFile" | "renameFile"> {
  constructor(private readonly vault: Vault) {}
  async trashFile(file: O.TAbstractFile): Promise<void> {
    this.vault.removeFile(file);
  }
  async renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
    await this.vault.rename(file, newPath);
  }
}

export class App implements Pick<O.App, "vault" | "metadataCache" | "workspace" | "fileManager"> {
  readonly stubVault = new Vault();
  readonly stubWorkspace = new Workspace();
  vault: O.Vault = this.stubVault as unknown as O.Vault;
  metadataCache: O.MetadataCache = this.stubVault.metadataCache;
  workspace: O.Workspace = this.stubWorkspace as unknown as O.Workspace;
  fileManager: O.FileManager = new FileManager(this.stubVault) as unknown as O.FileManager;
  constructor() {
    this.stubWorkspace.app = this as unknown as O.App;
  }
}

/** Stub only: an app with an empty vault, typed as the real thing, plus its stub parts. */
export function createApp(): { app: O.App; vault: Vault; metadataCache: MetadataCache; workspace: Workspace } {
  const app = new App();
  return { app: app as unknown as O.App, vault: app.stubVault, metadataCache: app.stubVault.metadataCache, workspace: app.stubWorkspace };
}

export abstract class View extends Component implements Pick<O.View, "app" | "icon" | "navigation" | "leaf" | "containerEl" | "getViewType" | "getDisplayText" | "getIcon" | "getState" | "setState" | "onResize"> {
  app: O.App;
  icon = "";
  navigation = false;
  leaf: O.WorkspaceLeaf;
  containerEl: HTMLElement = fakeEl();
  constructor(leaf: O.WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = (leaf as unknown as WorkspaceLeaf).app;
  }
  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}
  abstract getViewType(): string;
  abstract getDisplayText(): string;
  getIcon(): string {
    return this.icon;
  }
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(): Promise<void> {}
  onResize(): void {}
}

export abstract class ItemView extends View implements Pick<O.ItemView, "contentEl" | "addAction"> {
  contentEl: HTMLElement = fakeEl();
  addAction(): HTMLElement {
    return fakeEl();
  }
}

export abstract class FileView extends ItemView {
  file: O.TFile | null = null;
  allowNoFile = false;
}

export class MarkdownView extends FileView {
  getViewType(): string {
    return "markdown";
  }
  getDisplayText(): string {
    return this.file?.basename ?? "";
  }
}

// ---------------------------------------------------------------------------------------------
// Plugin and settings

export abstract class Plugin extends Component implements Pick<O.Plugin, "app" | "manifest" | "addRibbonIcon" | "addStatusBarItem" | "addCommand" | "removeCommand" | "addSettingTab" | "registerView" | "loadData" | "saveData"> {
  app: O.App;
  manifest: O.PluginManifest;
  /** Stub only: what the plugin registered. */
  readonly commands = new Map<string, O.Command>();
  readonly ribbonIcons: Array<{ icon: string; title: string; el: FakeElement }> = [];
  readonly statusBarItems: FakeElement[] = [];
  readonly settingTabs: O.PluginSettingTab[] = [];
  data: unknown = null;

  constructor(app: O.App, manifest: O.PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }
  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = new FakeElement("div");
    el.addEventListener("click", callback as (ev: unknown) => unknown);
    this.ribbonIcons.push({ icon, title, el });
    this.register(() => el.detach());
    return el as unknown as HTMLElement;
  }
  addStatusBarItem(): HTMLElement {
    const el = new FakeElement("div");
    this.statusBarItems.push(el);
    this.register(() => el.detach());
    return el as unknown as HTMLElement;
  }
  addCommand(command: O.Command): O.Command {
    // Obsidian prefixes the id with the plugin id; the command goes away on unload.
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.commands.set(command.id, full);
    this.register(() => this.commands.delete(command.id));
    return full;
  }
  removeCommand(commandId: string): void {
    this.commands.delete(commandId);
  }
  addSettingTab(settingTab: O.PluginSettingTab): void {
    this.settingTabs.push(settingTab);
  }
  registerView(type: string, viewCreator: O.ViewCreator): void {
    const workspace = this.app.workspace as unknown as Workspace;
    workspace.viewCreators.set(type, viewCreator);
    this.register(() => workspace.viewCreators.delete(type));
  }
  async loadData(): Promise<unknown> {
    return this.data === null ? null : structuredClone(this.data);
  }
  async saveData(data: unknown): Promise<void> {
    this.data = structuredClone(data);
  }
}

export abstract class SettingTab implements Pick<O.SettingTab, "app" | "containerEl" | "display" | "hide"> {
  app: O.App;
  containerEl: HTMLElement = fakeEl();
  constructor(app: O.App) {
    this.app = app;
  }
  abstract display(): void;
  hide(): void {}
}

export abstract class PluginSettingTab extends SettingTab {
  constructor(app: O.App, readonly plugin: O.Plugin) {
    super(app);
  }
}

export abstract class BaseComponent implements O.BaseComponent {
  disabled = false;
  then(cb: (component: this) => unknown): this {
    cb(this);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

export class ButtonComponent extends BaseComponent implements Pick<O.ButtonComponent, "buttonEl" | "setCta" | "removeCta" | "setWarning" | "setTooltip" | "setButtonText" | "setIcon" | "setClass" | "onClick"> {
  buttonEl: HTMLButtonElement;
  text = "";
  cta = false;
  warning = false;
  private handler: ((evt: MouseEvent) => unknown) | null = null;
  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = FakeElement.of(containerEl).createEl("button");
    FakeElement.of(this.buttonEl).owner = this;
  }
  setCta(): this {
    this.cta = true;
    return this;
  }
  removeCta(): this {
    this.cta = false;
    return this;
  }
  setWarning(): this {
    this.warning = true;
    return this;
  }
  setTooltip(): this {
    return this;
  }
  setButtonText(name: string): this {
    this.text = name;
    FakeElement.of(this.buttonEl).setText(name);
    return this;
  }
  setIcon(): this {
    return this;
  }
  setClass(cls: string): this {
    FakeElement.of(this.buttonEl).addClass(cls);
    return this;
  }
  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.handler = callback;
    return this;
  }
  /** Stub only: presses the button. */
  async click(): Promise<void> {
    await this.handler?.({} as MouseEvent);
  }
}

export class ExtraButtonComponent extends BaseComponent implements Pick<O.ExtraButtonComponent, "extraSettingsEl" | "setTooltip" | "setIcon" | "onClick"> {
  extraSettingsEl: HTMLElement;
  icon = "";
  tooltip = "";
  private handler: (() => unknown) | null = null;
  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = FakeElement.of(containerEl).createDiv();
    FakeElement.of(this.extraSettingsEl).owner = this;
  }
  setTooltip(tooltip: string): this {
    this.tooltip = tooltip;
    return this;
  }
  setIcon(icon: string): this {
    this.icon = icon;
    return this;
  }
  onClick(callback: () => unknown): this {
    this.handler = callback;
    return this;
  }
  async click(): Promise<void> {
    await this.handler?.();
  }
}

export abstract class ValueComponent<T> extends BaseComponent {
  registerOptionListener(): this {
    return this;
  }
  abstract getValue(): T;
  abstract setValue(value: T): this;
}

abstract class InputComponent<T> extends ValueComponent<T> {
  protected value: T;
  private handler: ((value: T) => unknown) | null = null;
  constructor(initial: T) {
    super();
    this.value = initial;
  }
  getValue(): T {
    return this.value;
  }
  setValue(value: T): this {
    this.value = value;
    return this;
  }
  onChange(callback: (value: T) => unknown): this {
    this.handler = callback;
    return this;
  }
  /** Stub only: the user changes the value (calls the `onChange` handler, as typing does). */
  async input(value: T): Promise<void> {
    this.setValue(value);
    await this.handler?.(value);
  }
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends InputComponent<string> implements Pick<O.AbstractTextComponent<T>, "inputEl" | "getValue" | "setValue" | "setPlaceholder" | "onChange" | "onChanged"> {
  inputEl: T;
  placeholder = "";
  constructor(inputEl: T) {
    super("");
    this.inputEl = inputEl;
    FakeElement.of(inputEl).owner = this;
  }
  override setValue(value: string): this {
    FakeElement.of(this.inputEl).value = value;
    return super.setValue(value);
  }
  setPlaceholder(placeholder: string): this {
    this.placeholder = placeholder;
    return this;
  }
  onChanged(): void {}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    super(FakeElement.of(containerEl).createEl("input"));
  }
}
export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    super(FakeElement.of(containerEl).createEl("textarea"));
  }
}
export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
  clearButtonEl: HTMLElement = fakeEl();
  constructor(containerEl: HTMLElement) {
    super(FakeElement.of(containerEl).createEl("input"));
  }
}

export class ToggleComponent extends InputComponent<boolean> implements Pick<O.ToggleComponent, "toggleEl" | "getValue" | "setValue" | "setTooltip" | "onChange"> {
  toggleEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super(false);
    this.toggleEl = FakeElement.of(containerEl).createDiv();
    FakeElement.of(this.toggleEl).owner = this;
  }
  setTooltip(): this {
    return this;
  }
  onClick(): void {
    void this.input(!this.value);
  }
}

export class DropdownComponent extends InputComponent<string> implements Pick<O.DropdownComponent, "selectEl" | "addOption" | "addOptions" | "getValue" | "setValue" | "onChange"> {
  selectEl: HTMLSelectElement;
  readonly options: Array<[string, string]> = [];
  constructor(containerEl: HTMLElement) {
    super("");
    this.selectEl = FakeElement.of(containerEl).createEl("select");
    FakeElement.of(this.selectEl).owner = this;
  }
  addOption(value: string, display: string): this {
    this.options.push([value, display]);
    if (this.options.length === 1) this.value = value;
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [v, d] of Object.entries(options)) this.addOption(v, d);
    return this;
  }
}

export class SliderComponent extends InputComponent<number> {
  sliderEl: HTMLInputElement;
  constructor(containerEl: HTMLElement) {
    super(0);
    this.sliderEl = FakeElement.of(containerEl).createEl("input");
  }
  setLimits(): this {
    return this;
  }
  setDynamicTooltip(): this {
    return this;
  }
  showTooltip(): void {}
}

export class Setting implements O.Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: O.BaseComponent[] = [];
  name = "";
  desc = "";
  heading = false;

  constructor(containerEl: HTMLElement) {
    const setting = FakeElement.of(containerEl).createDiv({ cls: "setting-item" }) as FakeElement;
    setting.owner = this;
    this.settingEl = setting as unknown as HTMLElement;
    this.infoEl = setting.createDiv({ cls: "setting-item-info" });
    this.nameEl = FakeElement.of(this.infoEl).createDiv({ cls: "setting-item-name" });
    this.descEl = FakeElement.of(this.infoEl).createDiv({ cls: "setting-item-description" });
    this.controlEl = setting.createDiv({ cls: "setting-item-control" });
  }
  setName(name: string | DocumentFragment): this {
    this.name = typeof name === "string" ? name : "";
    FakeElement.of(this.nameEl).setText(this.name);
    return this;
  }
  setDesc(desc: string | DocumentFragment): this {
    this.desc = typeof desc === "string" ? desc : "";
    FakeElement.of(this.descEl).setText(this.desc);
    return this;
  }
  setClass(cls: string): this {
    FakeElement.of(this.settingEl).addClass(cls);
    return this;
  }
  setTooltip(): this {
    return this;
  }
  setHeading(): this {
    this.heading = true;
    FakeElement.of(this.settingEl).addClass("setting-item-heading");
    return this;
  }
  setDisabled(disabled: boolean): this {
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }
  private add<C extends BaseComponent>(component: C, cb: (c: never) => unknown): this {
    this.components.push(component);
    cb(component as never);
    return this;
  }
  addButton(cb: (component: O.ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }
  addExtraButton(cb: (component: O.ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }
  addToggle(cb: (component: O.ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }
  addText(cb: (component: O.TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }
  addSearch(cb: (component: O.SearchComponent) => unknown): this {
    return this.add(new SearchComponent(this.controlEl), cb);
  }
  addTextArea(cb: (component: O.TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }
  addDropdown(cb: (component: O.DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }
  addSlider(cb: (component: O.SliderComponent) => unknown): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }
  addMomentFormat(): this {
    throw new Error("stub: addMomentFormat is not available");
  }
  addColorPicker(): this {
    throw new Error("stub: addColorPicker is not available");
  }
  addProgressBar(): this {
    throw new Error("stub: addProgressBar is not available");
  }
  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }
  clear(): this {
    this.components = [];
    FakeElement.of(this.controlEl).empty();
    return this;
  }
}

/** Stub only: the settings created under `containerEl`, in order. */
export function settingsIn(containerEl: HTMLElement): Setting[] {
  return FakeElement.of(containerEl)
    .findAll((el) => el.owner instanceof Setting)
    .map((el) => el.owner as Setting);
}

// ---------------------------------------------------------------------------------------------
// Modals, suggesters, menus, notices

/** Stub only: every modal opened since the last `openedModals.length = 0`. */
export const openedModals: Modal[] = [];

export class Modal implements Pick<O.Modal, "app" | "containerEl" | "modalEl" | "titleEl" | "contentEl" | "shouldRestoreSelection" | "open" | "close" | "onOpen" | "onClose" | "setTitle" | "setContent"> {
  app: O.App;
  scope: O.Scope;
  containerEl: HTMLElement = fakeEl();
  modalEl: HTMLElement = fakeEl();
  titleEl: HTMLElement = fakeEl();
  contentEl: HTMLElement = fakeEl();
  shouldRestoreSelection = true;
  isOpen = false;
  constructor(app: O.App) {
    this.app = app;
    this.scope = new Scope();
  }
  open(): void {
    this.isOpen = true;
    openedModals.push(this);
    void this.onOpen();
  }
  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    void this.onClose();
  }
  onOpen(): void {}
  onClose(): void {}
  setTitle(title: string): this {
    FakeElement.of(this.titleEl).setText(title);
    return this;
  }
  setContent(content: string | DocumentFragment): this {
    if (typeof content === "string") FakeElement.of(this.contentEl).setText(content);
    return this;
  }
}

export abstract class SuggestModal<T> extends Modal implements Pick<O.SuggestModal<T>, "limit" | "emptyStateText" | "inputEl" | "resultContainerEl" | "setPlaceholder" | "setInstructions" | "onNoSuggestion" | "selectSuggestion" | "selectActiveSuggestion"> {
  limit = 100;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement = fakeEl("input");
  resultContainerEl: HTMLElement = fakeEl();
  placeholder = "";
  setPlaceholder(placeholder: string): void {
    this.placeholder = placeholder;
  }
  setInstructions(): void {}
  onNoSuggestion(): void {}
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }
  selectActiveSuggestion(): void {}
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<O.FuzzyMatch<T>> {
  getSuggestions(query: string): O.FuzzyMatch<T>[] {
    const search = prepareFuzzySearch(query);
    const out: O.FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = search(this.getItemText(item));
      if (match !== null) out.push({ item, match });
    }
    return out.sort((a, b) => b.match.score - a.match.score);
  }
  renderSuggestion(item: O.FuzzyMatch<T>, el: HTMLElement): void {
    FakeElement.of(el).setText(this.getItemText(item.item));
  }
  onChooseSuggestion(item: O.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class PopoverSuggest<T> {
  app: O.App;
  scope: O.Scope;
  constructor(app: O.App) {
    this.app = app;
    this.scope = new Scope();
  }
  open(): void {}
  close(): void {}
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
  limit = 100;
  private selectHandler: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  constructor(app: O.App, readonly textInputEl: HTMLInputElement | HTMLDivElement) {
    super(app);
  }
  setValue(value: string): void {
    FakeElement.of(this.textInputEl).value = value;
  }
  getValue(): string {
    return FakeElement.of(this.textInputEl).value;
  }
  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.selectHandler?.(value, evt);
  }
  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.selectHandler = callback;
    return this;
  }
}

export class MenuItem implements Pick<O.MenuItem, "setTitle" | "setIcon" | "setChecked" | "setDisabled" | "setIsLabel" | "onClick" | "setSection"> {
  title = "";
  icon: string | null = null;
  section = "";
  private handler: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === "string" ? title : "";
    return this;
  }
  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }
  setChecked(): this {
    return this;
  }
  setDisabled(): this {
    return this;
  }
  setIsLabel(): this {
    return this;
  }
  setSection(section: string): this {
    this.section = section;
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.handler = callback;
    return this;
  }
  /** Stub only: chooses the item. */
  async click(): Promise<void> {
    await this.handler?.({} as MouseEvent);
  }
}

export class Menu extends Component implements Pick<O.Menu, "setNoIcon" | "setUseNativeMenu" | "addItem" | "addSeparator" | "showAtMouseEvent" | "showAtPosition" | "hide" | "close" | "onHide"> {
  readonly items: MenuItem[] = [];
  setNoIcon(): this {
    return this;
  }
  setUseNativeMenu(): this {
    return this;
  }
  addItem(cb: (item: O.MenuItem) => unknown): this {
    const item = new MenuItem();
    this.items.push(item);
    cb(item);
    return this;
  }
  addSeparator(): this {
    return this;
  }
  showAtMouseEvent(): this {
    return this;
  }
  showAtPosition(): this {
    return this;
  }
  hide(): this {
    return this;
  }
  close(): void {}
  onHide(): void {}
}

/** Stub only: the text of every notice shown since the last `notices.length = 0`. */
export const notices: string[] = [];

export class Notice implements Pick<O.Notice, "noticeEl" | "containerEl" | "messageEl" | "setMessage" | "hide"> {
  noticeEl: HTMLElement = fakeEl();
  containerEl: HTMLElement = fakeEl();
  messageEl: HTMLElement = fakeEl();
  constructor(message: string | DocumentFragment, readonly duration?: number) {
    notices.push(typeof message === "string" ? message : "");
  }
  setMessage(message: string | DocumentFragment): this {
    notices.push(typeof message === "string" ? message : "");
    return this;
  }
  hide(): void {}
}

export class Scope implements Pick<O.Scope, "register" | "unregister"> {
  register(): O.KeymapEventHandler {
    return {} as O.KeymapEventHandler;
  }
  unregister(): void {}
}

export class Keymap {
  static isModEvent(): boolean {
    return false;
  }
  static isModifier(): boolean {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Functions and constants

export const Platform: typeof O.Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://local/",
};

/** Obsidian bundles moment 2.29.4 and exports it; the stub gives the same package. */
export { default as moment } from "moment";

export const apiVersion = "1.8.7";

export const requireApiVersion = ((version: string): boolean => compareVersions(apiVersion, version) >= 0) satisfies typeof O.requireApiVersion;

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export const normalizePath = ((path: string): string => {
  const cleaned = path
    .replace(/[\\/]+/g, "/")
    .replace(/\u00A0|\u202F/g, " ")
    .replace(/^\/+|\/+$/g, "")
    .normalize("NFC");
  return cleaned === "" ? "/" : cleaned;
}) satisfies typeof O.normalizePath;

export const debounce = (<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: [...T] | null = null;
  const run = (): V | void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (lastArgs === null) return;
    const args = lastArgs;
    lastArgs = null;
    return cb(...args);
  };
  const debounced = ((...args: [...T]) => {
    lastArgs = args;
    if (timer !== null && !resetTimer) return debounced;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, timeout);
    return debounced;
  }) as O.Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastArgs = null;
    return debounced;
  };
  debounced.run = run;
  return debounced;
}) satisfies typeof O.debounce;

export const setIcon = ((parent: HTMLElement, iconId: string): void => {
  FakeElement.of(parent).setAttr("data-icon", iconId);
}) satisfies typeof O.setIcon;

export const setTooltip = ((el: HTMLElement, tooltip: string): void => {
  FakeElement.of(el).setAttr("aria-label", tooltip);
}) satisfies typeof O.setTooltip;

export const getIcon = ((): SVGSVGElement | null => null) satisfies typeof O.getIcon;

export const addIcon = ((): void => {}) satisfies typeof O.addIcon;

export const parseFrontMatterTags = ((frontmatter: unknown): string[] | null => {
  if (frontmatter === null || typeof frontmatter !== "object") return null;
  const fm = frontmatter as Record<string, unknown>;
  const tags: string[] = [];
  for (const key of ["tags", "tag"]) {
    const value = fm[key];
    const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
    for (const item of items) if (typeof item === "string" && item.trim() !== "") tags.push(`#${item.trim().replace(/^#/, "")}`);
  }
  return tags.length > 0 ? tags : null;
}) satisfies typeof O.parseFrontMatterTags;

export const getAllTags = ((cache: O.CachedMetadata): string[] | null => {
  const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
  return tags.length > 0 ? tags : null;
}) satisfies typeof O.getAllTags;

export const parseYamlStub = ((yaml: string): unknown => parseYaml(yaml)) satisfies typeof O.parseYaml;
export { parseYamlStub as parseYaml };
export const stringifyYaml = ((obj: unknown): string => toYaml(obj)) satisfies typeof O.stringifyYaml;

function searchResult(score: number, matches: Array<[number, number]>): O.SearchResult {
  return { score, matches };
}

/** Every character of the query, in order (case-insensitive); closer together scores higher. */
export const prepareFuzzySearch = ((query: string): ((text: string) => O.SearchResult | null) => {
  const q = query.toLowerCase().replace(/\s+/g, "");
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: Array<[number, number]> = [];
    let from = 0;
    for (const ch of q) {
      const i = t.indexOf(ch, from);
      if (i < 0) return null;
      matches.push([i, i + 1]);
      from = i + 1;
    }
    const span = matches.length === 0 ? 0 : (matches[matches.length - 1]?.[1] ?? 0) - (matches[0]?.[0] ?? 0);
    return searchResult(matches.length === 0 ? 0 : -(span - q.length) - (matches[0]?.[0] ?? 0) / 100, matches);
  };
}) satisfies typeof O.prepareFuzzySearch;

/** Every space-separated word of the query somewhere in the text (case-insensitive). */
export const prepareSimpleSearch = ((query: string): ((text: string) => O.SearchResult | null) => {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: Array<[number, number]> = [];
    for (const w of words) {
      const i = t.indexOf(w);
      if (i < 0) return null;
      matches.push([i, i + w.length]);
    }
    return searchResult(-(matches[0]?.[0] ?? 0), matches);
  };
}) satisfies typeof O.prepareSimpleSearch;

export class MarkdownRenderer {
  static async render(_app: O.App, markdown: string, el: HTMLElement): Promise<void> {
    FakeElement.of(el).setText(markdown);
  }
}
