/**
 * `App` and `FileManager` over the stand-in's parts: a vault (the unit tests' in memory, the
 * page's on disk), its metadata cache, the workspace and the status bar. The App also keeps what
 * plugins registered that has no home of its own: commands, setting tabs, editor extensions and
 * suggests, post-processors.
 */
import type * as O from "obsidian";
import { stringify as stringifyYaml } from "yaml";
import type { FileTree } from "./files";
import type { MetadataStore } from "./metadata-cache";
import { computeMetadata } from "./metadata";
import { Keymap, keymapRef, Scope } from "./modal";
import { CommandRegistry } from "./plugin";
import type { PluginSettingTab } from "./setting";
import { MarkdownView } from "./views";
import type { Workspace } from "./workspace";

/** What the App needs of a vault, beyond the file tree: storage for plugin data, and deletion. */
export interface VaultParts {
  adapter: Pick<O.DataAdapter, "exists" | "read" | "write">;
  rename(file: O.TAbstractFile, newPath: string): Promise<void>;
  process(file: O.TFile, fn: (data: string) => string): Promise<string>;
  /** Deletes a file or folder, with the vault's events (the stand-in has no trash folder). */
  remove(file: O.TAbstractFile): Promise<void>;
}

export interface AppParts {
  vault: FileTree & VaultParts;
  metadataCache: MetadataStore;
  workspace: Workspace;
  readonly statusBarEl: HTMLElement;
}

export class FileManager implements Pick<
  O.FileManager,
  "getNewFileParent" | "renameFile" | "trashFile" | "generateMarkdownLink" | "processFrontMatter"
> {
  constructor(private readonly app: App) {}

  getNewFileParent(_sourcePath: string): O.TFolder {
    return this.app.vault.getRoot();
  }

  renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
    return this.app.parts.vault.rename(file, newPath);
  }

  trashFile(file: O.TAbstractFile): Promise<void> {
    // The stand-in has no trash folder: a trashed note is gone, with the same events.
    return this.app.parts.vault.remove(file);
  }

  generateMarkdownLink(file: O.TFile, sourcePath: string): string {
    return `[[${this.app.metadataCache.fileToLinktext(file, sourcePath)}]]`;
  }

  /** Like Obsidian's: re-dumps the whole YAML block (comments and quoting are lost). */
  async processFrontMatter(file: O.TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.app.parts.vault.process(file, (data) => {
      const cache = computeMetadata(data);
      const fm: Record<string, unknown> = { ...(cache.frontmatter ?? {}) };
      if (cache.frontmatterPosition !== undefined && cache.frontmatter === undefined) throw new Error("The frontmatter is not valid YAML");
      fn(fm);
      const block = `---\n${stringifyYaml(fm)}---\n`;
      if (cache.frontmatterPosition === undefined) return block + data;
      const end = data.indexOf("\n", cache.frontmatterPosition.end.offset);
      return block + (end < 0 ? "" : data.slice(end + 1));
    });
  }
}

export class App implements Pick<
  O.App,
  | "keymap"
  | "scope"
  | "workspace"
  | "vault"
  | "metadataCache"
  | "fileManager"
  | "lastEvent"
  | "loadLocalStorage"
  | "saveLocalStorage"
  | "renderContext"
  | "secretStorage"
  | "isDarkMode"
> {
  keymap: O.Keymap;
  scope: O.Scope;
  workspace: O.Workspace;
  vault: O.Vault;
  metadataCache: O.MetadataCache;
  fileManager: O.FileManager;
  lastEvent: O.UserEvent | null = null;
  // Obsidian 1.10+ members the plugin does not use (its minAppVersion is older): typed, never built.
  renderContext = undefined as unknown as O.RenderContext;
  secretStorage = undefined as unknown as O.SecretStorage;
  readonly commands = new CommandRegistry();
  readonly settingTabs: PluginSettingTab[] = [];
  readonly postProcessors: O.MarkdownPostProcessor[] = [];
  readonly editorExtensions: unknown[] = [];
  readonly editorSuggests: O.EditorSuggest<unknown>[] = [];
  /** Called when the editor extensions change (the page reconfigures its live editors). */
  editorExtensionsChanged: () => void = () => undefined;
  readonly parts: AppParts;

  constructor(parts: AppParts) {
    this.parts = parts;
    const keymap = new Keymap();
    keymapRef.keymap = keymap;
    this.keymap = keymap;
    this.scope = new Scope();
    // The stand-in's parts provide part of each real type; plugin code sees them through it.
    this.vault = parts.vault as unknown as O.Vault;
    this.metadataCache = parts.metadataCache;
    this.workspace = parts.workspace as unknown as O.Workspace;
    this.fileManager = new FileManager(this) as unknown as O.FileManager;
    parts.workspace.app = this;
    // The note a command acts on: the active one, or from a side panel the most recent.
    this.commands.markdownView = () => {
      const view = parts.workspace.getMostRecentLeaf()?.view as unknown;
      return view instanceof MarkdownView ? (view as unknown as O.MarkdownView & { editor: unknown }) : null;
    };
  }

  isDarkMode(): boolean {
    return document.body.hasClass("theme-dark");
  }

  loadLocalStorage(key: string): unknown {
    const raw = window.localStorage.getItem(`${this.vault.getName()}-${key}`);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  }

  saveLocalStorage(key: string, data: unknown): void {
    const k = `${this.vault.getName()}-${key}`;
    if (data === null || data === undefined) window.localStorage.removeItem(k);
    else window.localStorage.setItem(k, JSON.stringify(data));
  }
}
