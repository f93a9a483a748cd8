/**
 * What the vault folder holds, for the explanation of an empty result: whether each configured
 * contacts folder exists with exactly that name (or only in another letter case), and whether
 * the folder looks like a vault at all.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { explainEmpty, lookedFor, type Explanation, type FolderSurvey } from "../core/explain-empty";
import { safeText } from "./terminal";
import { CONFIG_DIR, SETTINGS_PATH, type Vault } from "./vault";

function folderNames(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() || (e.isSymbolicLink() && isFolder(join(dir, e.name))))
      .map((e) => e.name);
  } catch {
    return [];
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Walks the folder's path one name at a time, comparing names exactly: a case-insensitive file
 * system (macOS, Windows) would find `contacts` for `Contacts`, and Obsidian would not.
 */
export function surveyFolder(root: string, folder: string): FolderSurvey {
  let exact = true;
  let found = "";
  for (const part of folder.split("/").filter((p) => p !== "")) {
    const names = folderNames(join(root, found));
    const same = names.find((n) => n === part);
    const other = same ?? names.find((n) => n.toLowerCase() === part.toLowerCase());
    if (other === undefined) return { folder, exists: false, otherCase: null };
    if (same === undefined) exact = false;
    found = found === "" ? other : `${found}/${other}`;
  }
  return exact ? { folder, exists: true, otherCase: null } : { folder, exists: false, otherCase: found };
}

/** Every configured contacts folder, surveyed. */
export function surveyFolders(vault: Pick<Vault, "root" | "settings">): FolderSurvey[] {
  return lookedFor(vault.settings).folders.map((f) => surveyFolder(vault.root, f));
}

/** Why the vault has no contact, with the CLI's own remark on where the settings came from; `null` when it has some. */
export function explainVault(vault: Vault): Explanation | null {
  const explanation = explainEmpty(vault.settings, {
    noteCount: vault.noteCount,
    contactCount: vault.contacts.length,
    folders: surveyFolders(vault),
    configDir: CONFIG_DIR,
    hasConfigDir: isFolder(join(vault.root, CONFIG_DIR)),
  });
  if (explanation === null) return null;
  const settings = existsSync(join(vault.root, SETTINGS_PATH)) ? `Settings were read from ${SETTINGS_PATH}.` : `No ${SETTINGS_PATH} here, so the plugin's default settings apply.`;
  return { headline: `No contact notes found in ${vault.root}.`, reasons: [...explanation.reasons, settings], findings: [...explanation.findings, settings] };
}

/** The explanation as lines of text, safe for a terminal. */
export function explanationText(explanation: Explanation): string {
  return `${safeText(explanation.headline)}\n${explanation.reasons.map((r) => `  ${safeText(r)}\n`).join("")}`;
}
