/**
 * The workspace: a root area and two side docks of tab groups (leaf.ts), with Obsidian's DOM
 * classes so the plugin's styles land as they would; on a phone the right dock is a full-width
 * drawer, as in Obsidian mobile. Its elements are made on first use, so a unit test that never
 * opens a leaf does not load a DOM. The members marked "tests" are not Obsidian's.
 */
import type * as O from "obsidian";
import { Events } from "./events";
import { debounce } from "./runtime";
import { Dock, WorkspaceLeaf, type TabGroup, type ViewCreator } from "./leaf";
import { EmptyView, FileView, MarkdownView } from "./views";
import { Menu, type MenuItem } from "./menu";

type WorkspaceMembers =
  | "layoutReady"
  | "containerEl"
  | "activeLeaf"
  | "onLayoutReady"
  | "getLeaf"
  | "openLinkText"
  | "setActiveLeaf"
  | "getLeafById"
  | "getMostRecentLeaf"
  | "getLeftLeaf"
  | "getRightLeaf"
  | "ensureSideLeaf"
  | "getActiveViewOfType"
  | "getActiveFile"
  | "iterateRootLeaves"
  | "iterateAllLeaves"
  | "getLeavesOfType"
  | "detachLeavesOfType"
  | "revealLeaf"
  | "getLastOpenFiles"
  | "requestSaveLayout"
  | "on";

/** How a workspace is built: where its elements go (asked on first use) and what shows a note. */
export interface WorkspaceOptions {
  parent: () => HTMLElement;
  phone?: boolean;
  /** The view for type `markdown` (the page's has an editor). */
  markdownView: (leaf: O.WorkspaceLeaf) => MarkdownView;
}

interface Layout {
  containerEl: HTMLElement;
  leftRibbonEl: HTMLElement;
  rootSplit: Dock;
  leftSplit: Dock;
  rightSplit: Dock;
}

export class Workspace extends Events implements Pick<O.Workspace, WorkspaceMembers> {
  layoutReady = false;
  /** There is no layout file to save: a no-op, debounced as in Obsidian. */
  readonly requestSaveLayout: O.Debouncer<[], Promise<void>> = debounce(async () => Promise.resolve(), 2000, true);
  private current: O.WorkspaceLeaf | null = null;
  readonly viewCreators = new Map<string, ViewCreator>();
  private layout: Layout | null = null;
  private readonly layoutCallbacks: (() => unknown)[] = [];
  private readonly lastOpenFiles: string[] = [];
  private activity = 0;
  /** Tests: the leaves passed to `revealLeaf`, in order. */
  readonly revealed: WorkspaceLeaf[] = [];
  readonly markdownView: (leaf: O.WorkspaceLeaf) => MarkdownView;
  /** Deprecated for plugins (Obsidian suggests getActiveViewOfType), still provided. */
  get activeLeaf(): O.WorkspaceLeaf | null {
    return this.current;
  }

  /** Set once the App exists (the App and its workspace refer to each other). */
  app!: O.App;

  constructor(private readonly options: WorkspaceOptions) {
    super("workspace");
    this.markdownView = options.markdownView;
  }

  private built(): Layout {
    if (this.layout !== null) return this.layout;
    const containerEl = this.options.parent().createDiv("workspace");
    const ribbon = containerEl.createDiv({ cls: ["workspace-ribbon", "side-dock-ribbon", "mod-left"] });
    const leftSplit = new Dock(
      containerEl.createDiv({ cls: ["workspace-split", "mod-horizontal", "mod-sidedock", "mod-left-split"] }),
      "left",
    );
    leftSplit.collapse();
    const rootSplit = new Dock(containerEl.createDiv({ cls: ["workspace-split", "mod-vertical", "mod-root"] }), "root");
    const right = containerEl.createDiv({ cls: ["workspace-split", "mod-horizontal", "mod-sidedock", "mod-right-split"] });
    if (this.options.phone === true) right.addClasses(["workspace-drawer", "mod-right"]);
    this.layout = {
      containerEl,
      leftRibbonEl: ribbon.createDiv("side-dock-actions"),
      rootSplit,
      leftSplit,
      rightSplit: new Dock(right, "right"),
    };
    return this.layout;
  }

  get containerEl(): HTMLElement {
    return this.built().containerEl;
  }

  get leftRibbonEl(): HTMLElement {
    return this.built().leftRibbonEl;
  }

  get rootSplit(): Dock {
    return this.built().rootSplit;
  }

  get leftSplit(): Dock {
    return this.built().leftSplit;
  }

  get rightSplit(): Dock {
    return this.built().rightSplit;
  }

  override on(
    name: "file-menu",
    callback: (menu: O.Menu, file: O.TAbstractFile, source: string, leaf?: O.WorkspaceLeaf) => unknown,
    ctx?: unknown,
  ): O.EventRef;
  override on(
    name: "files-menu",
    callback: (menu: O.Menu, files: O.TAbstractFile[], source: string, leaf?: O.WorkspaceLeaf) => unknown,
    ctx?: unknown,
  ): O.EventRef;
  override on(name: "file-open", callback: (file: O.TFile | null) => unknown, ctx?: unknown): O.EventRef;
  override on(name: "active-leaf-change", callback: (leaf: O.WorkspaceLeaf | null) => unknown, ctx?: unknown): O.EventRef;
  override on(name: "layout-change" | "css-change" | "resize", callback: () => unknown, ctx?: unknown): O.EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef {
    return super.on(name, callback, ctx);
  }

  /** The page and tests: the vault is loaded and the layout restored; runs what waited for it. */
  setLayoutReady(): void {
    this.layoutReady = true;
    for (const cb of this.layoutCallbacks.splice(0)) {
      try {
        const result = cb();
        if (result instanceof Promise) result.catch((error: unknown) => console.error("Error in an onLayoutReady callback", error));
      } catch (error) {
        console.error("Error in an onLayoutReady callback", error);
      }
    }
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.layoutCallbacks.push(callback);
  }

  private allLeaves(): WorkspaceLeaf[] {
    const l = this.layout;
    return l === null ? [] : [l.rootSplit, l.leftSplit, l.rightSplit].flatMap((d) => d.groups.flatMap((g) => g.leaves));
  }

  private newLeafIn(group: TabGroup): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, this);
    group.add(leaf);
    return leaf;
  }

  private own(leaf: O.WorkspaceLeaf): WorkspaceLeaf {
    const found = this.allLeaves().find((l) => (l as unknown) === leaf);
    if (found === undefined) throw new Error("That leaf is not in the workspace (detached?)");
    return found;
  }

  getLeaf(newLeaf?: O.PaneType | boolean): O.WorkspaceLeaf {
    if (newLeaf === undefined || newLeaf === false) {
      const recent = this.getMostRecentLeaf(this.rootSplit as unknown as O.WorkspaceParent);
      if (recent !== null && !(recent as unknown as WorkspaceLeaf).pinned) return recent;
      return this.newLeafIn(this.rootSplit.firstGroup()) as unknown as O.WorkspaceLeaf;
    }
    const group = newLeaf === "split" ? this.rootSplit.newGroup() : this.rootSplit.firstGroup();
    return this.newLeafIn(group) as unknown as O.WorkspaceLeaf;
  }

  async openLinkText(linktext: string, sourcePath: string, newLeaf?: O.PaneType | boolean, openViewState?: O.OpenViewState): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(linktext.replace(/#.*$/, ""), sourcePath);
    if (file === null) {
      // Obsidian would create the note; for the plugin, a link to nowhere is a bug.
      console.error(`openLinkText: no note for "${linktext}" (from "${sourcePath}")`);
      return;
    }
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  setActiveLeaf(leaf: O.WorkspaceLeaf, _params?: { focus?: boolean } | boolean): void {
    const own = this.own(leaf);
    own.lastActive = ++this.activity;
    if (this.current === leaf) return;
    this.current = leaf;
    own.group?.select(own);
    for (const l of this.allLeaves()) l.containerEl.toggleClass("mod-active", l === own);
    this.trigger("active-leaf-change", leaf);
  }

  getLeafById(id: string): O.WorkspaceLeaf | null {
    return (this.allLeaves().find((l) => l.id === id) as unknown as O.WorkspaceLeaf | undefined) ?? null;
  }

  getMostRecentLeaf(root?: O.WorkspaceParent): O.WorkspaceLeaf | null {
    if (root === undefined && this.layout === null) return null;
    const dock = (root as unknown as Dock | undefined) ?? this.rootSplit;
    const leaves = dock.groups.flatMap((g) => g.leaves).sort((a, b) => b.lastActive - a.lastActive);
    return (leaves[0] as unknown as O.WorkspaceLeaf | undefined) ?? null;
  }

  private sideLeaf(dock: Dock, split: boolean): O.WorkspaceLeaf {
    const group = split ? dock.newGroup() : dock.firstGroup();
    return this.newLeafIn(group) as unknown as O.WorkspaceLeaf;
  }

  getLeftLeaf(split: boolean): O.WorkspaceLeaf | null {
    return this.sideLeaf(this.leftSplit, split);
  }

  getRightLeaf(split: boolean): O.WorkspaceLeaf | null {
    return this.sideLeaf(this.rightSplit, split);
  }

  async ensureSideLeaf(
    type: string,
    side: O.Side,
    options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown },
  ): Promise<O.WorkspaceLeaf> {
    const dock = side === "left" ? this.leftSplit : this.rightSplit;
    let leaf = dock.groups.flatMap((g) => g.leaves).find((l) => l.view.getViewType() === type) as unknown as O.WorkspaceLeaf | undefined;
    if (leaf === undefined) {
      leaf = this.sideLeaf(dock, options?.split === true);
      await leaf.setViewState({ type, active: options?.active, state: options?.state as Record<string, unknown> | undefined });
    }
    if (options?.reveal !== false) await this.revealLeaf(leaf);
    return leaf;
  }

  getActiveViewOfType<T extends O.View>(type: O.Constructor<T>): T | null {
    const view = this.current?.view;
    return view instanceof type ? view : null;
  }

  getActiveFile(): O.TFile | null {
    const view = this.current?.view as unknown;
    if (view instanceof FileView) return view.file;
    // From a side panel, Obsidian answers with the most recently active note.
    const recent = this.getMostRecentLeaf()?.view as unknown;
    return recent instanceof FileView ? recent.file : null;
  }

  iterateRootLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
    for (const l of this.rootSplit.groups.flatMap((g) => g.leaves)) callback(l as unknown as O.WorkspaceLeaf);
  }

  iterateAllLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
    for (const l of this.allLeaves()) callback(l as unknown as O.WorkspaceLeaf);
  }

  getLeavesOfType(viewType: string): O.WorkspaceLeaf[] {
    return this.allLeaves().filter((l) => l.view.getViewType() === viewType) as unknown as O.WorkspaceLeaf[];
  }

  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }

  async revealLeaf(leaf: O.WorkspaceLeaf): Promise<void> {
    const own = this.own(leaf);
    this.revealed.push(own);
    own.dock?.expand();
    own.group?.select(own);
  }

  getLastOpenFiles(): string[] {
    return [...this.lastOpenFiles];
  }

  fileOpened(file: O.TFile): void {
    const i = this.lastOpenFiles.indexOf(file.path);
    if (i >= 0) this.lastOpenFiles.splice(i, 1);
    this.lastOpenFiles.unshift(file.path);
    this.trigger("file-open", file);
  }

  leafDetached(leaf: WorkspaceLeaf): void {
    if ((this.current as unknown) === leaf) this.current = null;
    this.trigger("layout-change");
  }

  /** A plugin's view type went away (unload): its leaves stay, showing an empty view. */
  async unregisterView(type: string): Promise<void> {
    this.viewCreators.delete(type);
    for (const leaf of this.allLeaves()) {
      if (leaf.view.getViewType() === type) await leaf.setViewState({ type: "empty" });
    }
  }

  /** Keeps open notes in step with the disk (Obsidian reloads a note's view when its file changes). */
  async refreshFile(file: O.TFile): Promise<void> {
    for (const leaf of this.allLeaves()) {
      const view = leaf.view as unknown;
      if (view instanceof MarkdownView && view.file === file) view.setViewData(await this.app.vault.cachedRead(file), false);
    }
  }

  /**
   * Tests: the user has `file` open in the main area (null: a tab with no note), at once; opening
   * a note through a leaf takes a few ticks. Fires `file-open` as Obsidian does.
   */
  setActiveFile(file: O.TFile | null): void {
    const leaf = this.getLeaf(false);
    const view = file === null ? new EmptyView(leaf) : this.markdownView(leaf);
    if (view instanceof FileView) view.file = file;
    (leaf as unknown as WorkspaceLeaf).showNow(view);
    if (view instanceof MarkdownView && file !== null) void view.onLoadFile(file);
    this.setActiveLeaf(leaf);
    if (file === null) this.trigger("file-open", null);
    else this.fileOpened(file);
  }

  /** Tests and the page: a right-click on `file` in the file explorer; the menu shown, its items returned. */
  openFileMenu(file: O.TAbstractFile): MenuItem[] {
    document.querySelectorAll("body > .menu").forEach((m) => m.detach());
    const menu = new Menu();
    this.trigger("file-menu", menu, file, "file-explorer-context-menu", undefined);
    menu.showAtPosition({ x: 240, y: 160 });
    return menu.items;
  }
}
