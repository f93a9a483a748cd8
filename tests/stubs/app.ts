/**
 * The unit tests' app: an in-memory vault over the shared file tree, a metadata cache that
 * indexes synchronously (or when a test says so), and a workspace the tests drive by hand.
 * `vault.create/modify/rename/delete` fire events in Obsidian's order: the vault's event, then
 * the cache's (`changed`, `resolve`, `resolved`); `metadataCache.hold()` models Obsidian indexing
 * a file later than the vault reports it.
 */
import type * as O from "obsidian";
import { FileTree, normalizePath, parentPath, TFile, TFolder } from "../standin/files";
import { Events } from "../standin/events";
import { computeMetadata } from "../standin/metadata";
import { MetadataStore } from "../standin/metadata-cache";
import { Menu, type MenuItem } from "./menu";

export class MetadataCache extends MetadataStore {
  private held = false;
  private queue: { file: TFile; text: string }[] = [];

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
    this.byPath.set(file.path, computeMetadata(text));
  }

  override changed(file: TFile, text: string): void {
    if (this.held) {
      this.queue = this.queue.filter((q) => q.file !== file);
      this.queue.push({ file, text });
      return;
    }
    this.index(file, text);
    this.trigger("resolved");
  }

  override deleted(file: TFile): void {
    const prev = this.byPath.get(file.path) ?? null;
    this.byPath.delete(file.path);
    this.queue = this.queue.filter((q) => q.file !== file);
    this.trigger("deleted", file, prev);
  }

  private index(file: TFile, text: string): void {
    if (this.tree.getAbstractFileByPath(file.path) !== file || file.extension !== "md") return;
    const cache = computeMetadata(text);
    this.byPath.set(file.path, cache);
    this.trigger("changed", file, text, cache);
    this.trigger("resolve", file);
  }
}

type VaultMembers = "getName" | "read" | "cachedRead" | "create" | "createFolder" | "modify" | "process" | "rename" | "delete" | "trash";

export class Vault extends FileTree implements Pick<O.Vault, VaultMembers> {
  readonly metadataCache: MetadataCache;
  /** Stub only: calls to `process`, for tests that count writes. */
  processCalls = 0;
  /** Stub only: runs inside `process` before the callback, to model a change racing a write. */
  beforeProcess: ((file: O.TFile) => void) | null = null;

  constructor() {
    super();
    this.metadataCache = new MetadataCache(this);
    this.watcher = this.metadataCache;
  }

  getName(): string {
    return "Test vault";
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
    const text = this.getFileByPath(path) === null ? undefined : this.contents.get(normalizePath(path));
    if (text === undefined) throw new Error(`ENOENT: ${path}`);
    return text;
  }

  /**
   * Stub only: adds files as they are when Obsidian starts: no events, and the metadata cache
   * already knows them (restored from its store), unless `cached` is false.
   */
  seed(files: Record<string, string>, cached = true): void {
    for (const [path, text] of Object.entries(files)) {
      const file = this.newFile(path, text);
      this.ensureFolder(parentPath(file.path), false);
      this.attach(file);
      this.contents.set(file.path, text);
      if (cached) this.metadataCache.prime(file, text);
    }
  }

  /** Unlike Obsidian, a missing folder is made silently: tests name the notes they need. */
  async create(path: string, data: string): Promise<O.TFile> {
    if (this.getAbstractFileByPath(path) !== null) throw new Error("File already exists.");
    const file = this.newFile(path, data);
    this.ensureFolder(parentPath(file.path), false);
    this.added(file, data);
    return file;
  }

  async createFolder(path: string): Promise<O.TFolder> {
    if (this.getAbstractFileByPath(path) !== null) throw new Error("Folder already exists.");
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
    if (this.getAbstractFileByPath(newPath) !== null) throw new Error("Destination file already exists!");
    this.ensureFolder(parentPath(normalizePath(newPath)), false);
    this.moveInTree(this.own(file), normalizePath(newPath));
  }

  async delete(file: O.TAbstractFile): Promise<void> {
    this.removeFile(file);
  }

  async trash(file: O.TAbstractFile): Promise<void> {
    this.removeFile(file);
  }

  /** Stub only: what every deletion comes down to (events in Obsidian's order). */
  removeFile(file: O.TAbstractFile): void {
    this.removeFromTree(this.own(file));
  }

  private write(file: O.TFile, data: string): void {
    const own = this.ownFile(file);
    own.stat = { ...own.stat, mtime: own.stat.mtime + 1, size: data.length };
    this.modified(own, data);
  }

  private newFile(path: string, text: string): TFile {
    const file = new TFile(this, normalizePath(path));
    file.stat = { ctime: 0, mtime: 0, size: text.length };
    return file;
  }
}

export class WorkspaceLeaf
  extends Events
  implements
    Pick<
      O.WorkspaceLeaf,
      "view" | "openFile" | "setViewState" | "getViewState" | "detach" | "getDisplayText" | "setPinned" | "togglePinned"
    >
{
  view: O.View;
  /** Stub only: the files opened in this leaf, in order. */
  readonly opened: O.TFile[] = [];
  private state: O.ViewState = { type: "empty" };

  constructor(
    readonly workspace: Workspace,
    readonly side: "main" | "right" | "left" = "main",
  ) {
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
  /** Creates the view from the registered creator; it does not call `onOpen`. */
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

export class Workspace
  extends Events
  implements
    Pick<
      O.Workspace,
      | "layoutReady"
      | "onLayoutReady"
      | "getActiveFile"
      | "getLeaf"
      | "getLeavesOfType"
      | "getRightLeaf"
      | "getLeftLeaf"
      | "revealLeaf"
      | "detachLeavesOfType"
      | "on"
      | "iterateAllLeaves"
    >
{
  layoutReady = false;
  leaves: WorkspaceLeaf[] = [];
  readonly viewCreators = new Map<string, O.ViewCreator>();
  /** Stub only: leaves passed to `revealLeaf`, in order. */
  readonly revealed: WorkspaceLeaf[] = [];
  private activeFile: O.TFile | null = null;
  private readyCallbacks: (() => unknown)[] = [];
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
  private newLeaf(side: "main" | "right" | "left"): O.WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this, side);
    this.leaves.push(leaf);
    return leaf as unknown as O.WorkspaceLeaf;
  }
  getLeaf(): O.WorkspaceLeaf {
    return this.newLeaf("main");
  }
  getRightLeaf(): O.WorkspaceLeaf {
    return this.newLeaf("right");
  }
  getLeftLeaf(): O.WorkspaceLeaf {
    return this.newLeaf("left");
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

export { TFile, TFolder };
