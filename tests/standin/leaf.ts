/**
 * Leaves and where they live: a side dock or the root area holds tab groups, each group its
 * leaves, with Obsidian's DOM classes (`.workspace-tabs`, `.workspace-tab-header`,
 * `.workspace-leaf`). A leaf shows one view; replacing it closes the old view and opens the new.
 */
import type * as O from "obsidian";
import { listen } from "./listen";
import { Events } from "./events";
import { setIcon } from "./icons";
import { EmptyView, type View } from "./views";
import type { Workspace } from "./workspace";

export type ViewCreator = (leaf: O.WorkspaceLeaf) => O.View;

let leafCounter = 0;

export class TabGroup {
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
export class Dock implements Pick<O.WorkspaceSidedock, "collapsed" | "toggle" | "collapse" | "expand"> {
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

  /** Tests: where the leaf is. */
  get side(): "main" | "left" | "right" | null {
    const kind = this.dock?.kind;
    return kind === undefined ? null : kind === "root" ? "main" : kind;
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

  /** Tests: shows `view` at once, without waiting for the old view's `onClose`. */
  showNow(view: View): void {
    void (this.view as unknown as View).closeInLeaf();
    this.view = view as unknown as O.View;
    this.containerEl.appendChild(view.containerEl);
    void view.openInLeaf();
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
    else if (viewState.type === "markdown") view = this.workspace.markdownView(this as unknown as O.WorkspaceLeaf);
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
