/** The narrow services the contact index takes (not the whole `App`), so tests can stand in for each. */
import type { MetadataCache, Vault } from "obsidian";
import type { Settings } from "../core/settings";
import type { Timers } from "../lib/change-signal";
import type { TouchTracker } from "./touch-tracker";

export interface ContactIndexServices {
  metadataCache: Pick<MetadataCache, "getFileCache" | "on" | "offref"> & Partial<Pick<MetadataCache, "resolvedLinks">>;
  vault: Pick<Vault, "getMarkdownFiles" | "cachedRead" | "on" | "offref" | "configDir"> & Partial<Pick<Vault, "getFileByPath">>;
  /** `workspace.onLayoutReady`: vault `create` fires once per file before it, so we wait. */
  onLayoutReady(callback: () => void): void;
  settings(): Settings;
  /** The templates folders (Templates core plugin, Templater): never contacts. */
  templateFolders?(): readonly string[];
  timers: Timers;
  /** How long listeners wait after a change, so a burst of changes costs one re-render. */
  debounceMs?: number;
  /** How many notes are read at once during a build. */
  readConcurrency?: number;
  /** Mentions and follow-ups (absent: none are tracked). */
  touches?: TouchTracker;
  /** How a build lets the event loop run between its slices (default: it does not). */
  yieldNow?: () => Promise<void>;
  /** Resolves when the texts read after a build may be read (default: at once). */
  whenIdle?: () => Promise<void>;
}
