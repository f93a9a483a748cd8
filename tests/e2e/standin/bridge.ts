/**
 * The contract between the browser and Node. The stand-in's vault has no disk of its own: every
 * read and write goes through one function that the harness exposes on the page
 * (`page.exposeFunction`) and implements with Node's fs over a temporary copy of the vault, so
 * the plugin's writes land in real files that the scenarios then read byte for byte.
 */

/** One entry of the vault's file tree, as Node sees it on disk. */
export interface DiskEntry {
  /** Vault-relative path with `/` separators. */
  path: string;
  type: "file" | "folder";
  ctime: number;
  mtime: number;
  size: number;
}

export type FsRequest =
  | { op: "list" }
  | { op: "read"; path: string }
  | { op: "stat"; path: string }
  | { op: "exists"; path: string }
  /** Replaces the file's content atomically (temporary file, then rename). */
  | { op: "write"; path: string; data: string }
  /** Creates a new file; fails when something is already there. */
  | { op: "create"; path: string; data: string }
  | { op: "mkdir"; path: string }
  | { op: "rename"; from: string; to: string }
  | { op: "remove"; path: string };

export type FsResponse = { ok: true; value: unknown } | { ok: false; error: string };

/** Name of the function the harness exposes on `window`. */
export const FS_BINDING = "__e2eFs";

/** Options the harness passes to the page before it boots (as `window.__e2eBootOptions`). */
export interface BootOptions {
  /** Where main.js is served from (relative to the shell page). */
  pluginUrl: string;
  manifest: {
    id: string;
    name: string;
    version: string;
    minAppVersion: string;
    description: string;
    author: string;
    isDesktopOnly?: boolean;
  };
  theme: "light" | "dark";
  /** Phone layout: Platform.isMobile/isPhone, body.is-mobile.is-phone, the sidebar as a full-width drawer. */
  phone: boolean;
  /** Obsidian's metadata cache at start-up: `warm` (complete before layout ready, no events) or `cold` (parsed after, each note firing `changed`). */
  cache: "warm" | "cold";
  /** Load the plugin right away (else the scenario calls `__e2e.loadPlugin()`). */
  autoload: boolean;
}

export const BOOT_OPTIONS_GLOBAL = "__e2eBootOptions";
