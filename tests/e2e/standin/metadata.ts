/**
 * The metadata cache: parses notes asynchronously, after the vault's own event, like Obsidian's
 * worker does. Order of events, as documented: vault `create`/`modify` → (later) cache `changed`
 * → `resolve` → `resolved` once the queue is empty; vault `delete` → cache `deleted`; a rename
 * moves the cache entry silently (no `changed`). At start-up the cache is filled without
 * `changed` events (as with a warm cache) and `resolved` fires once it is complete.
 * What each note's entry holds comes from the shared imitation of Obsidian's parser
 * (tests/standin/metadata.ts).
 */
import type { TFile } from "../../standin/files";
import { computeMetadata } from "../../standin/metadata";
import { MetadataStore } from "../../standin/metadata-cache";
import type { Vault } from "./vault";

function tick(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

export class MetadataCache extends MetadataStore {
  private readonly queue: (() => void)[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];
  /** Has the first full indexing finished (`resolved` fired once)? */
  initialized = false;

  constructor(private readonly vault: Vault) {
    super(vault, "metadataCache");
  }

  /**
   * Start-up. `warm`: the cache comes from Obsidian's store, complete and silent (call before
   * layout ready). `cold` (first open of a vault, or a cleared cache): every note is parsed after
   * layout ready, each firing `changed`. Either way `resolved` fires once at the end.
   */
  async indexAll(mode: "warm" | "cold"): Promise<void> {
    for (const file of this.vault.getMarkdownFiles()) {
      await tick();
      const data = await this.vault.read(file);
      const cache = computeMetadata(data);
      this.byPath.set(file.path, cache);
      if (mode === "cold") {
        this.trigger("changed", file, data, cache);
        this.trigger("resolve", file);
      }
    }
  }

  /** The first `resolved`, once start-up indexing is done. */
  async markResolved(): Promise<void> {
    await tick();
    this.initialized = true;
    this.trigger("resolved");
    this.notifyIdle();
  }

  private enqueue(job: () => void): void {
    this.queue.push(job);
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      await tick();
      this.queue.shift()?.();
    }
    this.running = false;
    if (this.initialized) this.trigger("resolved");
    this.notifyIdle();
  }

  override changed(file: TFile, data: string): void {
    if (file.extension !== "md") return;
    this.enqueue(() => {
      if (this.vault.getFileByPath(file.path) !== file) return; // deleted or replaced meanwhile
      const cache = computeMetadata(data);
      this.byPath.set(file.path, cache);
      this.trigger("changed", file, data, cache);
      this.trigger("resolve", file);
    });
  }

  override deleted(file: TFile): void {
    const prev = this.byPath.get(file.path) ?? null;
    this.byPath.delete(file.path);
    this.enqueue(() => this.trigger("deleted", file, prev));
  }

  /** Resolves when no parse is pending (stand-in only). */
  idle(): Promise<void> {
    if (!this.running && this.queue.length === 0 && this.initialized) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private notifyIdle(): void {
    if (this.running || this.queue.length > 0 || !this.initialized) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
