/**
 * What a vault folder on disk says about where notes are that are never contacts (the templates
 * folders of the Templates core plugin and of Templater), and which folders it has.
 */
import { readdirSync, readFileSync, type Dirent } from "node:fs";
import { join } from "node:path";
import type { VaultFolders } from "../core/membership";

/** The templates folders the vault's config names: `templates.json`'s `folder`, Templater's `templates_folder`. */
export function templateFolders(root: string, configDir: string): string[] {
  const folders: string[] = [];
  const read = (path: string, key: string): void => {
    try {
      const data: unknown = JSON.parse(readFileSync(join(root, configDir, path), "utf8").replace(/^\uFEFF/, ""));
      const value = typeof data === "object" && data !== null ? (data as Record<string, unknown>)[key] : undefined;
      if (typeof value === "string" && value.trim().replace(/^\/+|\/+$/g, "") !== "") folders.push(value.trim().replace(/^\/+|\/+$/g, ""));
    } catch {
      // No such plugin, or settings it cannot read: nothing to leave out.
    }
  };
  read("templates.json", "folder");
  read("plugins/templater-obsidian/data.json", "templates_folder");
  return folders;
}

/** The vault's folders that matter to membership. */
export function vaultFolders(root: string, configDir: string): VaultFolders {
  return { configDir, templateFolders: templateFolders(root, configDir) };
}

/** Every folder of the vault (hidden ones skipped, as Obsidian does), vault-relative with `/`. */
export function listFolders(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith(".") || e.name === "node_modules") continue;
      out.push(`${prefix}${e.name}`);
      walk(join(dir, e.name), `${prefix}${e.name}/`);
    }
  };
  walk(root, "");
  return out.sort();
}
