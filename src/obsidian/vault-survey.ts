/**
 * What the vault's file tree says about the configured contacts folders, for the panel's empty
 * state: whether each exists with exactly that name, or only in another letter case.
 */
import { TFolder, type Vault } from "obsidian";
import { lookedFor, surveyFolders, type FolderSurvey, type VaultSurvey } from "../core/explain-empty";
import type { Settings } from "../core/settings";

type Membership = Pick<Settings, "contactsFolders" | "contactTags" | "contactMarkers">;

export function surveyVaultFolders(
  vault: Pick<Vault, "getAbstractFileByPath" | "getAllLoadedFiles">,
  settings: Membership,
): FolderSurvey[] {
  const folders = lookedFor(settings).folders;
  if (folders.length === 0) return [];
  // The whole tree only when an exact folder is missing (to find it in another letter case).
  const allThere = folders.every((f) => vault.getAbstractFileByPath(f) instanceof TFolder);
  const existing = allThere
    ? folders
    : vault
        .getAllLoadedFiles()
        .filter((f): f is TFolder => f instanceof TFolder)
        .map((f) => f.path);
  return surveyFolders(folders, existing);
}

/** The survey `explainEmpty` takes, from the vault and the index's count. */
export function surveyVault(
  vault: Pick<Vault, "getAbstractFileByPath" | "getAllLoadedFiles" | "getMarkdownFiles" | "configDir">,
  settings: Membership,
  contactCount: number,
): VaultSurvey {
  return {
    noteCount: vault.getMarkdownFiles().length,
    contactCount,
    folders: surveyVaultFolders(vault, settings),
    configDir: vault.configDir,
    // Inside Obsidian the folder is a vault by definition.
    hasConfigDir: null,
  };
}
