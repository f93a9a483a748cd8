/**
 * What the vault folder holds, for the explanation of an empty result: whether each configured
 * contacts folder exists with exactly that name (or only in another letter case), and whether
 * the folder looks like a vault at all.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { explainEmpty, lookedFor, surveyFolders, type Explanation, type FolderSurvey } from "../core/explain-empty";
import { safeText } from "./terminal";
import { CONFIG_DIR, SETTINGS_PATH, type Vault } from "./vault";
import { listFolders } from "./vault-folders";

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every configured contacts folder, against the folders on disk (names compared exactly, as Obsidian does). */
export function surveyContactFolders(vault: Pick<Vault, "root" | "settings">): FolderSurvey[] {
  const folders = lookedFor(vault.settings).folders;
  return folders.length === 0 ? [] : surveyFolders(folders, listFolders(vault.root));
}

/** Why the vault has no contact, with the CLI's own remark on where the settings came from; `null` when it has some. */
export function explainVault(vault: Vault): Explanation | null {
  if (vault.contacts.length > 0) return null;
  const explanation = explainEmpty(vault.settings, {
    noteCount: vault.noteCount,
    contactCount: vault.contacts.length,
    folders: surveyContactFolders(vault),
    configDir: CONFIG_DIR,
    hasConfigDir: isFolder(join(vault.root, CONFIG_DIR)),
  });
  if (explanation === null) return null;
  const settings = existsSync(join(vault.root, SETTINGS_PATH))
    ? `Settings were read from ${SETTINGS_PATH}.`
    : `No ${SETTINGS_PATH} here, so the plugin's default settings apply.`;
  return {
    headline: `No contact notes found in ${vault.root}.`,
    reasons: [...explanation.reasons, settings],
    findings: [...explanation.findings, settings],
  };
}

/** The explanation as lines of text, safe for a terminal. */
export function explanationText(explanation: Explanation): string {
  return `${safeText(explanation.headline)}\n${explanation.reasons.map((r) => `  ${safeText(r)}\n`).join("")}`;
}
