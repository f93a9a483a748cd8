/**
 * Files, folders and the vault's file tree with its events, as Obsidian reports them: `create`,
 * `modify`, `rename` (the item and everything in it, each with its old path), `delete`. Where
 * the bytes live is up to the subclass: memory for the unit tests, a folder on disk for the
 * end-to-end page. The metadata cache hears of each change after the vault's own event, except
 * a rename, which it follows before plugins hear of it.
 */
import type * as O from "obsidian";
import { Events } from "./events";

export function normalizePath(path: string): string {
  let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
  if (p === "") p = "/";
  return p.replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}

export function parentPath(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "/" : path.slice(0, i);
}

export abstract class TAbstractFile implements O.TAbstractFile {
  vault: O.Vault;
  path: string;
  name: string;
  parent: O.TFolder | null = null;

  constructor(vault: unknown, path: string) {
    // The stand-in's vault provides part of O.Vault; plugin code sees it through the real type.
    this.vault = vault as O.Vault;
    this.path = path;
    this.name = path.slice(path.lastIndexOf("/") + 1);
  }

  /** Moves the object to a new path, as Obsidian does on rename (the object stays the same). */
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
    this.extension = dot > 0 ? this.name.slice(dot + 1).toLowerCase() : "";
  }
}

export class TFolder extends TAbstractFile implements O.TFolder {
  children: O.TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === "/";
  }
}

/** What the vault tells the metadata cache. */
export interface VaultWatcher {
  changed(file: TFile, data: string): void;
  renamed(file: TFile, oldPath: string): void;
  deleted(file: TFile): void;
}

type TreeMembers =
  | "configDir"
  | "getFileByPath"
  | "getFolderByPath"
  | "getAbstractFileByPath"
  | "getRoot"
  | "getAllLoadedFiles"
  | "getAllFolders"
  | "getMarkdownFiles"
  | "getFiles"
  | "on";

export class FileTree extends Events implements Pick<O.Vault, TreeMembers> {
  configDir = ".obsidian";
  watcher: VaultWatcher | null = null;
  protected readonly root: TFolder;
  protected readonly byPath = new Map<string, TFile | TFolder>();
  /** The last text read or written of each file. */
  protected readonly contents = new Map<string, string>();

  constructor(label?: string) {
    super(label);
    this.root = new TFolder(this, "/");
    this.root.name = "";
    this.byPath.set("/", this.root);
  }

  override on(name: "create" | "modify" | "delete", callback: (file: O.TAbstractFile) => unknown, ctx?: unknown): O.EventRef;
  override on(name: "rename", callback: (file: O.TAbstractFile, oldPath: string) => unknown, ctx?: unknown): O.EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef {
    return super.on(name, callback, ctx);
  }

  getFileByPath(path: string): TFile | null {
    const item = this.byPath.get(normalizePath(path));
    return item instanceof TFile ? item : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const item = this.byPath.get(normalizePath(path));
    return item instanceof TFolder ? item : null;
  }

  getAbstractFileByPath(path: string): TFile | TFolder | null {
    return this.byPath.get(normalizePath(path)) ?? null;
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAllLoadedFiles(): O.TAbstractFile[] {
    return [...this.byPath.values()];
  }

  getAllFolders(includeRoot?: boolean): TFolder[] {
    return [...this.byPath.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot === true || f !== this.root));
  }

  getFiles(): TFile[] {
    return [...this.byPath.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  /** The tree's own object for `file`, or an error when it is not (or no longer) in the vault. */
  protected own(file: O.TAbstractFile): TFile | TFolder {
    const item = this.byPath.get(file.path);
    if (item === undefined || item !== (file as unknown)) throw new Error(`File not in the vault: ${file.path}`);
    return item;
  }

  protected ownFile(file: O.TFile): TFile {
    const item = this.own(file);
    if (!(item instanceof TFile)) throw new Error(`Not a file: ${file.path}`);
    return item;
  }

  /** Puts an item in its parent folder, which must exist. */
  protected attach(item: TFile | TFolder): void {
    const parent = this.byPath.get(parentPath(item.path));
    if (!(parent instanceof TFolder)) throw new Error(`Folder does not exist: ${parentPath(item.path)}`);
    item.parent = parent;
    parent.children.push(item);
    this.byPath.set(item.path, item);
  }

  /** The folder at `path`, made with its parents where missing; `announce` fires `create` for each. */
  protected ensureFolder(path: string, announce: boolean): TFolder {
    const existing = this.byPath.get(normalizePath(path));
    if (existing instanceof TFolder) return existing;
    if (existing !== undefined) throw new Error(`A file is in the way: ${path}`);
    this.ensureFolder(parentPath(path), announce);
    const folder = new TFolder(this, normalizePath(path));
    this.attach(folder);
    if (announce) this.trigger("create", folder);
    return folder;
  }

  /** Adds a file that has just been written, with Obsidian's events. */
  protected added(file: TFile, data: string): void {
    this.attach(file);
    this.contents.set(file.path, data);
    this.trigger("create", file);
    this.watcher?.changed(file, data);
  }

  /** Records new content of a file, with Obsidian's events. */
  protected modified(file: TFile, data: string): void {
    this.contents.set(file.path, data);
    this.trigger("modify", file);
    this.watcher?.changed(file, data);
  }

  /** Moves an item and everything in it to `to`, firing `rename` for each. */
  moveInTree(item: TFile | TFolder, to: string): void {
    const from = item.path;
    const moved: [TFile | TFolder, string][] = [];
    const walk = (it: TFile | TFolder): void => {
      moved.push([it, it.path]);
      if (it instanceof TFolder) for (const c of it.children) walk(c as TFile | TFolder);
    };
    walk(item);
    const data = new Map(moved.map(([it]) => [it, this.contents.get(it.path)]));
    const parent = item.parent;
    if (parent !== null) parent.children = parent.children.filter((c) => c !== item);
    for (const [it, old] of moved) {
      this.byPath.delete(old);
      this.contents.delete(old);
      it.setPath(to + old.slice(from.length));
    }
    this.attach(item);
    for (const [it] of moved) {
      if (it !== item) this.byPath.set(it.path, it);
      const text = data.get(it);
      if (text !== undefined) this.contents.set(it.path, text);
    }
    for (const [it, old] of moved) if (it instanceof TFile) this.watcher?.renamed(it, old);
    for (const [it, old] of moved) this.trigger("rename", it, old);
  }

  /** Removes an item (and what it contains) from the tree, firing `delete` for each, contents first. */
  removeFromTree(item: TFile | TFolder): void {
    const gone: (TFile | TFolder)[] = [];
    const walk = (it: TFile | TFolder): void => {
      if (it instanceof TFolder) for (const c of it.children) walk(c as TFile | TFolder);
      gone.push(it);
    };
    walk(item);
    for (const it of gone) {
      this.byPath.delete(it.path);
      this.contents.delete(it.path);
    }
    const parent = item.parent;
    if (parent !== null) parent.children = parent.children.filter((c) => c !== item);
    for (const it of gone) {
      this.trigger("delete", it);
      if (it instanceof TFile) this.watcher?.deleted(it);
    }
  }
}
