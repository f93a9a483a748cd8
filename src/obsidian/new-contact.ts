/**
 * Creating a contact note: a file name that is safe on every platform, always inside the contacts
 * folder, never over an existing file, with the tier in its frontmatter and an empty log.
 */
import { normalizePath, TFolder, type TFile, type Vault } from "obsidian";
import { logHeadingToWrite } from "../core/log-heading";
import { freePath, safeFileName } from "../core/file-names";
import type { Settings } from "../core/settings";
import { formatScalar } from "../core/yaml-scalar";

// The tests and older callers import them from here.
export { freePath, safeFileName };

/** Where new contacts go: the first contacts folder, or the vault's root when there is none. */
export function firstFolder(settings: Pick<Settings, "contactsFolders">): string {
  return settings.contactsFolders[0] ?? "";
}

/** The text of a new contact note. */
export function newContactText(
  name: string,
  fileBase: string,
  tierKey: string | null,
  settings: Pick<Settings, "logHeading" | "contactsFolders" | "contactTags">,
): string {
  const lines = ["---"];
  // The file name may have lost characters (or gained a number): keep the real name.
  if (fileBase !== name) lines.push(`name: ${formatScalar(name)}`);
  lines.push(`tier: ${tierKey === null ? "none" : formatScalar(tierKey)}`);
  // Outside any contacts folder, only the tag makes the note a contact.
  const tag = settings.contactTags[0];
  if (firstFolder(settings) === "" && tag !== undefined) lines.push(`tags: [${formatScalar(tag)}]`);
  lines.push("---", "", `## ${logHeadingToWrite(settings.logHeading)}`, "");
  return lines.join("\n");
}

/**
 * Creates the note and returns it. Throws an `Error` whose message is meant for the user when the
 * name has nothing usable in it.
 */
export async function createContactNote(
  vault: Pick<Vault, "create" | "createFolder" | "getAbstractFileByPath" | "getRoot">,
  settings: Pick<Settings, "logHeading" | "contactsFolders" | "contactTags">,
  name: string,
  tierKey: string | null,
): Promise<TFile> {
  const cleanName = name.trim();
  const base = safeFileName(cleanName);
  if (base === "") throw new Error(`"${cleanName}" has no characters a file name can use`);
  const folder = firstFolder(settings) === "" ? "" : normalizePath(firstFolder(settings));
  const existing = folder === "" ? vault.getRoot() : vault.getAbstractFileByPath(folder);
  if (existing !== null && !(existing instanceof TFolder)) throw new Error(`${folder} is a file, not a folder`);
  if (existing === null && folder !== "") await vault.createFolder(folder);
  // Case-insensitive: "ann lee.md" and "Ann Lee.md" are the same file on macOS and Windows.
  const siblings = new Set((existing instanceof TFolder ? existing.children : []).map((f) => f.path.toLowerCase()));
  const path = freePath(folder, base, (p) => siblings.has(p.toLowerCase()) || vault.getAbstractFileByPath(p) !== null);
  const fileBase = path.slice(path.lastIndexOf("/") + 1, -".md".length);
  return vault.create(path, newContactText(cleanName, fileBase, tierKey, settings));
}
