/**
 * The vault and metadata-cache events the contact index follows, turned into the three things it
 * does: index a note, forget a path, move a note to a new path.
 */
import { TFile, TFolder, type CachedMetadata, type EventRef, type MetadataCache, type TAbstractFile, type Vault } from "obsidian";

export interface IndexEventHandlers {
  /** `text` and `cache` come with the metadata cache's `changed` event. */
  indexFile(file: TFile, text?: string, cache?: CachedMetadata): void;
  removePath(path: string): void;
  renameFile(file: TFile, oldPath: string): void;
  /** The paths indexed now (a deleted folder removes those under it). */
  paths(): Iterable<string>;
}

export interface EventSources {
  metadataCache: Pick<MetadataCache, "on" | "offref">;
  vault: Pick<Vault, "on" | "offref">;
}

/** Subscribes; returns the function that unsubscribes from everything. */
export function followVault({ vault, metadataCache }: EventSources, on: IndexEventHandlers): () => void {
  const refs: Array<{ source: "vault" | "cache"; ref: EventRef }> = [];
  const listen = (source: "vault" | "cache", ref: EventRef): void => void refs.push({ source, ref });
  listen(
    "cache",
    metadataCache.on("changed", (file, data, cache) => on.indexFile(file, data, cache)),
  );
  listen(
    "cache",
    metadataCache.on("deleted", (file) => on.removePath(file.path)),
  );
  listen(
    "vault",
    vault.on("delete", (file) => onDelete(on, file)),
  );
  // A rename fires no `changed`: the note is the same, only its path (folder, basename) moved.
  listen(
    "vault",
    vault.on("rename", (file, oldPath) => onRename(on, file, oldPath)),
  );
  // Registered after layout ready: before it, `create` fires once for every file of the vault.
  listen(
    "vault",
    vault.on("create", (file) => {
      if (file instanceof TFile) on.indexFile(file);
    }),
  );
  return () => {
    for (const { source, ref } of refs.splice(0)) {
      if (source === "vault") vault.offref(ref);
      else metadataCache.offref(ref);
    }
  };
}

function onDelete(on: IndexEventHandlers, file: TAbstractFile): void {
  if (file instanceof TFolder) {
    for (const path of [...on.paths()]) if (path.startsWith(`${file.path}/`)) on.removePath(path);
  } else {
    on.removePath(file.path);
  }
}

function onRename(on: IndexEventHandlers, file: TAbstractFile, oldPath: string): void {
  if (file instanceof TFile) {
    on.renameFile(file, oldPath);
  } else if (file instanceof TFolder) {
    // Each file of a moved folder changes path too; Obsidian may or may not report each one.
    const walk = (folder: TFolder): void => {
      for (const child of folder.children) {
        if (child instanceof TFile) on.renameFile(child, oldPath + child.path.slice(file.path.length));
        else if (child instanceof TFolder) walk(child);
      }
    };
    walk(file);
  }
}
