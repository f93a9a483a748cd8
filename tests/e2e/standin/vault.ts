/**
 * The vault: a file tree mirrored from a real folder on disk (through the fs bridge), with
 * Obsidian's events. Writes are serialised per file, and `process` is one read-modify-write that
 * no other write of the same file can interleave with; on disk each write is a temporary file
 * renamed over the old one.
 */
import type * as O from "obsidian";
import type { DiskEntry } from "./bridge";
import { disk } from "./disk";
import { Events } from "./events";

/** Characters Obsidian refuses in file names (on every platform, so notes sync everywhere). */
const FORBIDDEN_NAME = /[*"\\/<>:|?]/;

export function normalizePath(path: string): string {
  let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
  if (p === "") p = "/";
  return p.replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}

export abstract class TAbstractFile implements O.TAbstractFile {
  vault: O.Vault;
  path: string;
  name: string;
  parent: O.TFolder | null = null;

  constructor(vault: Vault, path: string) {
    // The stand-in's Vault provides part of O.Vault; plugin code sees it through the real type.
    this.vault = vault as unknown as O.Vault;
    this.path = path;
    this.name = path.slice(path.lastIndexOf("/") + 1);
  }

  setPath(path: string): void {
    this.path = path;
    this.name = path.slice(path.lastIndexOf("/") + 1);
  }
}

export class TFile extends TAbstractFile implements O.TFile {
  stat: O.FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = "";
  extension = "";

  constructor(vault: Vault, path: string) {
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

/** What the vault tells the metadata cache, in Obsidian's order (after its own event). */
export interface VaultWatcher {
  changed(file: TFile, data: string): void;
  renamed(file: TFile, oldPath: string): void;
  deleted(file: TFile): void;
}

type VaultMembers =
  | "configDir" | "getName" | "getFileByPath" | "getFolderByPath" | "getAbstractFileByPath" | "getRoot" | "create" | "createFolder"
  | "read" | "cachedRead" | "delete" | "trash" | "rename" | "modify" | "append" | "process" | "getAllLoadedFiles" | "getAllFolders"
  | "getMarkdownFiles" | "getFiles" | "on";

export class Vault extends Events implements Pick<O.Vault, VaultMembers> {
  configDir = ".obsidian";
  adapter: VaultAdapter;
  private readonly root: TFolder;
  private readonly byPath = new Map<string, TFile | TFolder>();
  private readonly contents = new Map<string, string>();
  private readonly locks = new Map<string, Promise<unknown>>();
  watcher: VaultWatcher | null = null;

  constructor(private readonly vaultName: string) {
    super("vault");
    this.root = new TFolder(this, "/");
    this.root.name = "";
    this.byPath.set("/", this.root);
    this.adapter = new VaultAdapter(vaultName);
  }

  getName(): string {
    return this.vaultName;
  }

  override on(name: "create" | "modify" | "delete", callback: (file: O.TAbstractFile) => unknown, ctx?: unknown): O.EventRef;
  override on(name: "rename", callback: (file: O.TAbstractFile, oldPath: string) => unknown, ctx?: unknown): O.EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef;
  override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef {
    return super.on(name, callback as (...data: unknown[]) => unknown, ctx);
  }

  /** Loads the tree from disk, firing `create` for each file and folder as Obsidian does at start-up. */
  async loadFromDisk(): Promise<void> {
    const entries = (await disk.list()).sort((a, b) => a.path.localeCompare(b.path));
    for (const entry of entries) {
      if (this.isHidden(entry.path)) continue;
      const item = entry.type === "folder" ? new TFolder(this, entry.path) : this.fileFrom(entry);
      this.attach(item);
      this.trigger("create", item);
    }
  }

  /** Obsidian keeps dot-folders (the config folder, .trash, .git) out of the vault's tree. */
  isHidden(path: string): boolean {
    return path.split("/").some((part) => part.startsWith("."));
  }

  private fileFrom(entry: DiskEntry): TFile {
    const file = new TFile(this, entry.path);
    file.stat = { ctime: entry.ctime, mtime: entry.mtime, size: entry.size };
    return file;
  }

  private parentPath(path: string): string {
    const i = path.lastIndexOf("/");
    return i < 0 ? "/" : path.slice(0, i);
  }

  private attach(item: TFile | TFolder): void {
    const parent = this.byPath.get(this.parentPath(item.path));
    if (!(parent instanceof TFolder)) throw new Error(`Folder does not exist: ${this.parentPath(item.path)}`);
    item.parent = parent;
    parent.children.push(item);
    this.byPath.set(item.path, item);
  }

  private detachItem(item: TFile | TFolder): void {
    const parent = item.parent;
    if (parent !== null) parent.children = parent.children.filter((c) => c !== item);
    this.byPath.delete(item.path);
    this.contents.delete(item.path);
  }

  getFileByPath(path: string): O.TFile | null {
    const item = this.byPath.get(normalizePath(path));
    return item instanceof TFile ? item : null;
  }

  getFolderByPath(path: string): O.TFolder | null {
    const item = this.byPath.get(normalizePath(path));
    return item instanceof TFolder ? item : null;
  }

  getAbstractFileByPath(path: string): O.TAbstractFile | null {
    return this.byPath.get(normalizePath(path)) ?? null;
  }

  getRoot(): O.TFolder {
    return this.root;
  }

  getAllLoadedFiles(): O.TAbstractFile[] {
    return [...this.byPath.values()];
  }

  getAllFolders(includeRoot?: boolean): O.TFolder[] {
    return [...this.byPath.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot === true || f !== this.root));
  }

  getFiles(): O.TFile[] {
    return [...this.byPath.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): O.TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  /** Runs writes to one path one after the other. */
  private exclusive<T>(path: string, job: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(path) ?? Promise.resolve();
    const next = previous.then(job, job);
    const settled = next.catch(() => undefined);
    this.locks.set(path, settled);
    void settled.then(() => {
      if (this.locks.get(path) === settled) this.locks.delete(path);
    });
    return next;
  }

  /** Resolves once every write that has started has finished (stand-in only). */
  async settled(): Promise<void> {
    while (this.locks.size > 0) await Promise.all([...this.locks.values()]);
  }

  private own(file: O.TAbstractFile): TFile | TFolder {
    const item = this.byPath.get(file.path);
    if (item === undefined || item !== (file as unknown)) throw new Error(`File not in the vault: ${file.path}`);
    return item;
  }

  private ownFile(file: O.TFile): TFile {
    const item = this.own(file);
    if (!(item instanceof TFile)) throw new Error(`Not a file: ${file.path}`);
    return item;
  }

  async read(file: O.TFile): Promise<string> {
    const own = this.ownFile(file);
    const data = await disk.read(own.path);
    this.contents.set(own.path, data);
    return data;
  }

  async cachedRead(file: O.TFile): Promise<string> {
    const own = this.ownFile(file);
    return this.contents.get(own.path) ?? this.read(own);
  }

  private checkName(path: string): void {
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (FORBIDDEN_NAME.test(name)) throw new Error('File name cannot contain any of the following characters: * " \\ / < > : | ?');
    if (name.trim() === "" || name.startsWith(".")) throw new Error(`Invalid file name: "${name}"`);
  }

  async create(path: string, data: string): Promise<O.TFile> {
    const p = normalizePath(path);
    this.checkName(p);
    if (this.byPath.has(p)) throw new Error("File already exists.");
    if (!(this.byPath.get(this.parentPath(p)) instanceof TFolder)) throw new Error(`Folder does not exist: ${this.parentPath(p)}`);
    return this.exclusive(p, async () => {
      const entry = await disk.create(p, data);
      const file = this.fileFrom(entry);
      this.attach(file);
      this.contents.set(p, data);
      this.trigger("create", file);
      this.watcher?.changed(file, data);
      return file;
    });
  }

  async createFolder(path: string): Promise<O.TFolder> {
    const p = normalizePath(path);
    if (this.byPath.has(p)) throw new Error("Folder already exists.");
    const parts = p.split("/");
    let folder: TFolder = this.root;
    for (let i = 1; i <= parts.length; i++) {
      const sub = parts.slice(0, i).join("/");
      const existing = this.byPath.get(sub);
      if (existing instanceof TFolder) {
        folder = existing;
        continue;
      }
      if (existing !== undefined) throw new Error(`A file is in the way: ${sub}`);
      await disk.mkdir(sub);
      folder = new TFolder(this, sub);
      this.attach(folder);
      this.trigger("create", folder);
    }
    return folder;
  }

  /** Writes new content and fires Obsidian's events; the caller holds the file's lock. */
  private async writeLocked(file: TFile, data: string): Promise<void> {
    const entry = await disk.write(file.path, data);
    file.stat = { ctime: entry.ctime, mtime: entry.mtime, size: entry.size };
    this.contents.set(file.path, data);
    this.trigger("modify", file);
    this.watcher?.changed(file, data);
  }

  async modify(file: O.TFile, data: string): Promise<void> {
    const own = this.ownFile(file);
    await this.exclusive(own.path, () => this.writeLocked(own, data));
  }

  async append(file: O.TFile, data: string): Promise<void> {
    const own = this.ownFile(file);
    await this.exclusive(own.path, async () => this.writeLocked(own, (await disk.read(own.path)) + data));
  }

  async process(file: O.TFile, fn: (data: string) => string): Promise<string> {
    const own = this.ownFile(file);
    return this.exclusive(own.path, async () => {
      const before = await disk.read(own.path);
      const after = fn(before); // a throw leaves the file as it was
      if (after !== before) await this.writeLocked(own, after);
      return after;
    });
  }

  async rename(file: O.TAbstractFile, newPath: string): Promise<void> {
    const own = this.own(file);
    const to = normalizePath(newPath);
    if (own instanceof TFile) this.checkName(to);
    if (this.byPath.has(to)) throw new Error("Destination file already exists!");
    if (!(this.byPath.get(this.parentPath(to)) instanceof TFolder)) throw new Error(`Folder does not exist: ${this.parentPath(to)}`);
    await this.exclusive(own.path, () => disk.rename(own.path, to));
    this.moveInTree(own, to);
  }

  /** Updates the tree after a rename on disk and fires `rename` for the item and everything in it. */
  moveInTree(item: TFile | TFolder, to: string): void {
    const from = item.path;
    const moved: [TFile | TFolder, string][] = [];
    const walk = (it: TFile | TFolder): void => {
      moved.push([it, it.path]);
      if (it instanceof TFolder) for (const c of it.children) walk(c as TFile | TFolder);
    };
    walk(item);
    const data = new Map(moved.map(([it]) => [it, this.contents.get(it.path)]));
    this.detachItem(item);
    for (const [it, old] of moved) {
      this.byPath.delete(old);
      it.setPath(to + old.slice(from.length));
    }
    this.attach(item);
    for (const [it] of moved) {
      if (it !== item) this.byPath.set(it.path, it);
      const text = data.get(it);
      if (text !== undefined) this.contents.set(it.path, text);
    }
    // Obsidian's metadata cache follows a rename before plugins hear of it.
    for (const [it, old] of moved) if (it instanceof TFile) this.watcher?.renamed(it, old);
    for (const [it, old] of moved) this.trigger("rename", it, old);
  }

  /** Removes a file or folder from disk and from the tree (delete and trash alike). */
  async remove(file: O.TAbstractFile): Promise<void> {
    const own = this.own(file);
    await this.exclusive(own.path, () => disk.remove(own.path));
    this.removeFromTree(own);
  }

  delete(file: O.TAbstractFile): Promise<void> {
    return this.remove(file);
  }

  trash(file: O.TAbstractFile): Promise<void> {
    // The stand-in has no trash folder: trashing removes the file, with the same events.
    return this.remove(file);
  }

  /** Removes an item (and what it contains) from the tree, firing `delete` for each. */
  removeFromTree(item: TFile | TFolder): void {
    const gone: (TFile | TFolder)[] = [];
    const walk = (it: TFile | TFolder): void => {
      if (it instanceof TFolder) for (const c of it.children) walk(c as TFile | TFolder);
      gone.push(it);
    };
    walk(item);
    for (const it of gone) this.byPath.delete(it.path);
    this.detachItem(item);
    for (const it of gone) {
      this.trigger("delete", it);
      if (it instanceof TFile) this.watcher?.deleted(it);
    }
  }

  /** A file appeared on disk outside the plugin (the harness's "external change" hook). */
  async externalCreate(path: string): Promise<TFile> {
    const entry = await disk.stat(path);
    if (entry === null || entry.type !== "file") throw new Error(`not a file on disk: ${path}`);
    const file = this.fileFrom(entry);
    this.attach(file);
    const data = await disk.read(path);
    this.contents.set(path, data);
    this.trigger("create", file);
    this.watcher?.changed(file, data);
    return file;
  }

  /** A file changed on disk outside the plugin. */
  async externalModify(path: string): Promise<void> {
    const file = this.byPath.get(path);
    if (!(file instanceof TFile)) throw new Error(`not a file in the vault: ${path}`);
    const entry = await disk.stat(path);
    const data = await disk.read(path);
    if (entry !== null) file.stat = { ctime: entry.ctime, mtime: entry.mtime, size: entry.size };
    this.contents.set(path, data);
    this.trigger("modify", file);
    this.watcher?.changed(file, data);
  }

  externalRename(from: string, to: string): void {
    const item = this.byPath.get(from);
    if (item === undefined) throw new Error(`not in the vault: ${from}`);
    this.moveInTree(item, to);
  }

  externalDelete(path: string): void {
    const item = this.byPath.get(path);
    if (item === undefined) throw new Error(`not in the vault: ${path}`);
    this.removeFromTree(item);
  }
}

/** The part of `DataAdapter` plugins use (loadData/saveData go through it), over the same disk. */
export class VaultAdapter implements Pick<O.DataAdapter, "getName" | "exists" | "stat" | "read" | "write" | "mkdir" | "remove" | "list"> {
  constructor(private readonly vaultName: string) {}

  getName(): string {
    return this.vaultName;
  }

  exists(normalizedPath: string): Promise<boolean> {
    return disk.exists(normalizedPath);
  }

  async stat(normalizedPath: string): Promise<O.Stat | null> {
    const entry = await disk.stat(normalizedPath);
    return entry === null ? null : { type: entry.type, ctime: entry.ctime, mtime: entry.mtime, size: entry.size };
  }

  read(normalizedPath: string): Promise<string> {
    return disk.read(normalizedPath);
  }

  async write(normalizedPath: string, data: string): Promise<void> {
    const dir = normalizedPath.slice(0, normalizedPath.lastIndexOf("/"));
    if (dir !== "" && !(await disk.exists(dir))) await disk.mkdir(dir);
    await disk.write(normalizedPath, data);
  }

  mkdir(normalizedPath: string): Promise<void> {
    return disk.mkdir(normalizedPath);
  }

  remove(normalizedPath: string): Promise<void> {
    return disk.remove(normalizedPath);
  }

  async list(normalizedPath: string): Promise<O.ListedFiles> {
    const prefix = normalizedPath === "" || normalizedPath === "/" ? "" : `${normalizedPath}/`;
    const files: string[] = [];
    const folders: string[] = [];
    for (const e of await disk.list()) {
      if (!e.path.startsWith(prefix) || e.path.slice(prefix.length).includes("/")) continue;
      (e.type === "file" ? files : folders).push(e.path);
    }
    return { files, folders };
  }
}
