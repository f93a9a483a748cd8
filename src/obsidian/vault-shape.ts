/**
 * What the set-up check and the membership rule need to know of the vault in Obsidian: every
 * note's frontmatter and tags (from the metadata cache), its folders, and the templates folders
 * the Templates core plugin and Templater are set to (read from their settings files through the
 * vault adapter, a public API).
 */
import { TFolder, type DataAdapter, type MetadataCache, type Vault } from "obsidian";
import type { VaultShape } from "../core/doctor";

/** `templates.json`'s `folder` and Templater's `templates_folder`, where set. */
export async function readTemplateFolders(adapter: Pick<DataAdapter, "read" | "exists">, configDir: string): Promise<string[]> {
  const folders: string[] = [];
  const read = async (path: string, key: string): Promise<void> => {
    try {
      if (!(await adapter.exists(path))) return;
      const data: unknown = JSON.parse(await adapter.read(path));
      const value = typeof data === "object" && data !== null ? (data as Record<string, unknown>)[key] : undefined;
      const folder = typeof value === "string" ? value.trim().replace(/^\/+|\/+$/g, "") : "";
      if (folder !== "") folders.push(folder);
    } catch {
      // A plugin's settings we cannot read: nothing to leave out.
    }
  };
  await read(`${configDir}/templates.json`, "folder");
  await read(`${configDir}/plugins/templater-obsidian/data.json`, "templates_folder");
  return folders;
}

/** Every folder path of the vault. */
export function folderPaths(vault: Pick<Vault, "getAllLoadedFiles">): string[] {
  return vault
    .getAllLoadedFiles()
    .filter((f): f is TFolder => f instanceof TFolder && f.path !== "/" && f.path !== "")
    .map((f) => f.path);
}

/** The vault as the set-up check reads it, from the metadata cache alone. */
export function vaultShape(
  vault: Pick<Vault, "getMarkdownFiles" | "getAllLoadedFiles" | "configDir">,
  cache: Pick<MetadataCache, "getFileCache">,
  templateFolders: readonly string[],
): VaultShape {
  const notes = vault.getMarkdownFiles().map((file) => {
    const c = cache.getFileCache(file);
    return { path: file.path, frontmatter: c?.frontmatter ?? {}, inlineTags: (c?.tags ?? []).map((t) => t.tag) };
  });
  return { notes, folders: folderPaths(vault), configDir: vault.configDir, templateFolders };
}
