/**
 * The workspace: a root area and two side docks, each holding tab groups of leaves, with
 * Obsidian's DOM classes so the plugin's styles land as they would. On a phone the right dock is
 * a full-width drawer, as in Obsidian mobile.
 */
import type * as O from "obsidian";
import { listen } from "./tracking";
import { Events } from "../../standin/events";
import { debounce } from "./plugin";
import { setIcon } from "../../standin/icons";
import { EmptyView, FileView, MarkdownView, View } from "./views";

export type ViewCreator = (leaf: O.WorkspaceLeaf) => O.View;

let leafCounter = 0;

class TabGroup {
  readonly el: HTMLElement;
  private readonly headerEl: HTMLElement;
  private readonly bodyEl: HTMLElement;
  readonly leaves: WorkspaceLeaf[] = [];
  active: WorkspaceLeaf | null = null;

  constructor(readonly dock: Dock) {
    this.el = dock.el.createDiv({ cls: ["workspace-tabs", "mod-top"] });
    this.headerEl = this.el.createDiv("workspace-tab-header-container").createDiv("workspace-tab-header-container-inner");
    this.bodyEl = this.el.createDiv("workspace-tab-container");
  }

  add(leaf: WorkspaceLeaf): void {
    this.leaves.push(leaf);
    this.bodyEl.appendChild(leaf.containerEl);
    leaf.group = this;
    this.select(leaf);
  }

  remove(leaf: WorkspaceLeaf): void {
    const i = this.leaves.indexOf(leaf);
    if (i < 0) return;
    this.leaves.splice(i, 1);
    leaf.containerEl.detach();
    if (this.active === leaf) this.active = this.leaves[Math.max(0, i - 1)] ?? null;
    this.render();
  }

  select(leaf: WorkspaceLeaf): void {
    this.active = leaf;
    this.render();
  }

  render(): void {
    this.headerEl.empty();
    for (const leaf of this.leaves) {
      const selected = leaf === this.active;
      leaf.containerEl.toggleClass("is-hidden", !selected);
      const header = this.headerEl.createDiv({
        cls: ["workspace-tab-header", "tappable"],
        attr: { "aria-label": leaf.getDisplayText(), "data-type": leaf.view.getViewType() },
      });
      header.toggleClass("is-active", selected);
      const inner = header.createDiv("workspace-tab-header-inner");
      setIcon(inner.createDiv("workspace-tab-header-inner-icon"), leaf.view.getIcon());
      if (this.dock.kind === "root") inner.createDiv({ cls: "workspace-tab-header-inner-title", text: leaf.getDisplayText() });
    }
  }
}

/** A side dock or the root area. */
class Dock implements Pick<O.WorkspaceSidedock, "collapsed" | "toggle" | "collapse" | "expand"> {
  readonly groups: TabGroup[] = [];
  collapsed = false;

  constructor(
    readonly el: HTMLElement,
    readonly kind: "root" | "left" | "right",
  ) {}

  firstGroup(): TabGroup {
    return this.groups[0] ?? this.newGroup();
  }

  newGroup(): TabGroup {
    const group = new TabGroup(this);
    this.groups.push(group);
    return group;
  }

  toggle(): void {
    if (this.collapsed) this.expand();
    else this.collapse();
  }

  collapse(): void {
    this.collapsed = true;
    this.el.addClass("is-collapsed");
  }

  expand(): void {
    this.collapsed = false;
    this.el.removeClass("is-collapsed");
  }
}

type LeafMembers =
  | "view"
  | "openFile"
  | "open"
  | "getViewState"
  | "setViewState"
  | "isDeferred"
  | "loadIfDeferred"
  | "getEphemeralState"
  | "setEphemeralState"
  | "togglePinned"
  | "setPinned"
  | "detach"
  | "getIcon"
  | "getDisplayText"
  | "onResize";

export class WorkspaceLeaf extends Events implements Pick<O.WorkspaceLeaf, LeafMembers> {
  readonly id = `leaf-${++leafCounter}`;
  readonly containerEl: HTMLElement;
  view: O.View;
  group: TabGroup | null = null;
  pinned = false;
  lastActive = 0;

  constructor(
    readonly app: O.App,
    private readonly workspace: Workspace,
  ) {
    super();
    this.containerEl = createDiv("workspace-leaf");
    const empty = new EmptyView(this as unknown as O.WorkspaceLeaf);
    this.view = empty as unknown as O.View;
    this.containerEl.appendChild(empty.containerEl);
    // Clicking inside a leaf makes it the active one, as in Obsidian.
    listen(this.containerEl, "mousedown", () => this.workspace.setActiveLeaf(this as unknown as O.WorkspaceLeaf, { focus: false }));
  }

  get dock(): Dock | null {
    return this.group?.dock ?? null;
  }

  get isDeferred(): boolean {
    return false;
  }

  async loadIfDeferred(): Promise<void> {
    // Leaves are never deferred here.
  }

  private async replaceView(next: View): Promise<void> {
    const previous = this.view as unknown as View;
    await previous.closeInLeaf();
    this.view = next as unknown as O.View;
    this.containerEl.appendChild(next.containerEl);
    await next.openInLeaf();
    this.group?.render();
  }

  async open(view: O.View): Promise<O.View> {
    await this.replaceView(view as unknown as View);
    return view;
  }

  getViewState(): O.ViewState {
    return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
  }

  async setViewState(viewState: O.ViewState, eState?: unknown): Promise<void> {
    const creator = this.workspace.viewCreators.get(viewState.type);
    let view: View;
    if (creator !== undefined) view = creator(this as unknown as O.WorkspaceLeaf) as unknown as View;
    else if (viewState.type === "markdown") view = new MarkdownView(this as unknown as O.WorkspaceLeaf);
    else if (viewState.type === "empty") view = new EmptyView(this as unknown as O.WorkspaceLeaf);
    else throw new Error(`No view is registered for type "${viewState.type}"`);
    await this.replaceView(view);
    if (viewState.state !== undefined) await view.setState(viewState.state, { history: false });
    if (eState !== undefined) view.setEphemeralState(eState);
    if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
    this.group?.render();
    if (viewState.active === true) this.workspace.setActiveLeaf(this as unknown as O.WorkspaceLeaf, { focus: true });
    this.workspace.trigger("layout-change");
  }

  async openFile(file: O.TFile, openState?: O.OpenViewState): Promise<void> {
    await this.setViewState({ type: "markdown", state: { file: file.path }, active: openState?.active ?? true });
    this.workspace.fileOpened(file);
  }

  getEphemeralState(): unknown {
    return this.view.getEphemeralState();
  }

  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }

  togglePinned(): void {
    this.pinned = !this.pinned;
  }

  setPinned(pinned: boolean): void {
    this.pinned = pinned;
  }

  detach(): void {
    void (this.view as unknown as View).closeInLeaf();
    this.group?.remove(this);
    this.group = null;
    this.workspace.leafDetached(this);
  }

  getIcon(): string {
    return this.view.getIcon();
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  onResize(): void {
    this.view.onResize();
  }
}

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

export class Workspace extends Events implements Pick<O.Workspace, WorkspaceMembers> {
  layoutReady = false;
  /** There is no layout file to save: a no-op, debounced as in Obsidian. */
  readonly requestSaveLayout: O.Debouncer<[], Promise<void>> = debounce(async () => Promise.resolve(), 2000, true);
  readonly containerEl: HTMLElement;
  private current: O.WorkspaceLeaf | null = null;
  readonly viewCreators = new Map<string, ViewCreator>();
  readonly rootSplit: Dock;
  readonly leftSplit: Dock;
  readonly rightSplit: Dock;
  readonly leftRibbonEl: HTMLElement;
  private readonly layoutCallbacks: (() => unknown)[] = [];
  private readonly lastOpenFiles: string[] = [];
  private activity = 0;
  /** Deprecated for plugins (Obsidian suggests getActiveViewOfType), still provided. */
  get activeLeaf(): O.WorkspaceLeaf | null {
    return this.current;
  }

  /** Set once the App exists (the App and its workspace refer to each other). */
  app!: O.App;

  constructor(parent: HTMLElement, phone: boolean) {
    super("workspace");
    this.containerEl = parent.createDiv("workspace");
    const ribbon = this.containerEl.createDiv({ cls: ["workspace-ribbon", "side-dock-ribbon", "mod-left"] });
    this.leftRibbonEl = ribbon.createDiv("side-dock-actions");
    this.leftSplit = new Dock(
      this.containerEl.createDiv({ cls: ["workspace-split", "mod-horizontal", "mod-sidedock", "mod-left-split"] }),
      "left",
    );
    this.leftSplit.collapse();
    this.rootSplit = new Dock(this.containerEl.createDiv({ cls: ["workspace-split", "mod-vertical", "mod-root"] }), "root");
    const right = this.containerEl.createDiv({ cls: ["workspace-split", "mod-horizontal", "mod-sidedock", "mod-right-split"] });
    if (phone) right.addClasses(["workspace-drawer", "mod-right"]);
    this.rightSplit = new Dock(right, "right");
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

  /** Called once the vault is loaded, as Obsidian does when the layout is restored. */
  markLayoutReady(): void {
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
    return [this.rootSplit, this.leftSplit, this.rightSplit].flatMap((d) => d.groups.flatMap((g) => g.leaves));
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
}
