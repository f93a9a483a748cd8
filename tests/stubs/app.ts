/**
 * The unit tests' app: the stand-in's App and workspace (tests/standin) over an in-memory vault
 * and a metadata cache that indexes synchronously (or when a test says so).
 * `vault.create/modify/rename/delete` fire events in Obsidian's order: the vault's event, then
 * the cache's (`changed`, `resolve`, `resolved`); `metadataCache.hold()` models Obsidian indexing
 * a file later than the vault reports it.
 */
import type * as O from "obsidian";
import { App } from "../standin/app";
import { FileTree, normalizePath, parentPath, TFile } from "../standin/files";
import { computeMetadata } from "../standin/metadata";
import { MetadataStore } from "../standin/metadata-cache";
import { MarkdownView } from "../standin/views";
import { Workspace } from "../standin/workspace";
import { ensureDom } from "./dom";

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
  readonly adapter = new MemoryAdapter();
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

  async remove(file: O.TAbstractFile): Promise<void> {
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

/** Plugin data and other files outside the vault's tree (`.obsidian/…`), in memory. */
export class MemoryAdapter implements Pick<O.DataAdapter, "exists" | "read" | "write" | "remove"> {
  /** Tests: the files by path. */
  readonly files = new Map<string, string>();
  async exists(normalizedPath: string): Promise<boolean> {
    return this.files.has(normalizedPath);
  }
  async read(normalizedPath: string): Promise<string> {
    const text = this.files.get(normalizedPath);
    if (text === undefined) throw new Error(`ENOENT: ${normalizedPath}`);
    return text;
  }
  async write(normalizedPath: string, data: string): Promise<void> {
    this.files.set(normalizedPath, data);
  }
  async remove(normalizedPath: string): Promise<void> {
    this.files.delete(normalizedPath);
  }
}

/** Stub only: an app with an empty vault, typed as the real thing, plus its stand-in parts. */
export function createApp(): { app: O.App; vault: Vault; metadataCache: MetadataCache; workspace: Workspace } {
  const vault = new Vault();
  let shell: HTMLElement | null = null;
  // The app's elements are made when first used, so that tests without UI load no DOM.
  const appContainer = (): HTMLElement => {
    ensureDom();
    shell ??= document.body.createDiv("app-container");
    return shell;
  };
  let statusBar: HTMLElement | null = null;
  const workspace = new Workspace({
    parent: () => appContainer().createDiv("horizontal-main-container"),
    markdownView: (leaf) => new MarkdownView(leaf),
  });
  const app = new App({
    vault,
    metadataCache: vault.metadataCache,
    workspace,
    get statusBarEl() {
      statusBar ??= appContainer().createDiv("status-bar");
      return statusBar;
    },
  });
  return { app, vault, metadataCache: vault.metadataCache, workspace };
}
