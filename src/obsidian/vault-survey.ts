/**
 * What the vault's file tree says about the configured contacts folders, for the panel's empty
 * state: whether each exists with exactly that name, or only in another letter case.
 */
import { TFolder, type Vault } from "obsidian";
import { lookedFor, type FolderSurvey, type VaultSurvey } from "../core/explain-empty";
import type { Settings } from "../core/settings";

export function surveyVaultFolders(vault: Pick<Vault, "getAbstractFileByPath" | "getAllLoadedFiles">, settings: Pick<Settings, "contactsFolder" | "contactTag">): FolderSurvey[] {
  const folders = lookedFor(settings).folders;
  if (folders.length === 0) return [];
  let all: string[] | null = null;
  return folders.map((folder) => {
    if (vault.getAbstractFileByPath(folder) instanceof TFolder) return { folder, exists: true, otherCase: null };
    // Only when the exact one is missing: one pass over the tree, shared by every folder.
    all ??= vault.getAllLoadedFiles().filter((f): f is TFolder => f instanceof TFolder).map((f) => f.path);
    const wanted = folder.toLowerCase();
    return { folder, exists: false, otherCase: all.find((p) => p.toLowerCase() === wanted) ?? null };
  });
}

/** The survey `explainEmpty` takes, from the vault and the index's count. */
export function surveyVault(vault: Pick<Vault, "getAbstractFileByPath" | "getAllLoadedFiles" | "getMarkdownFiles" | "configDir">, settings: Pick<Settings, "contactsFolder" | "contactTag">, contactCount: number): VaultSurvey {
  return {
    noteCount: vault.getMarkdownFiles().length,
    contactCount,
    folders: surveyVaultFolders(vault, settings),
    configDir: vault.configDir,
    // Inside Obsidian the folder is a vault by definition.
    hasConfigDir: null,
  };
}
