/**
 * Creating a contact note: a file name that is safe on every platform, always inside the contacts
 * folder, never over an existing file, with the tier in its frontmatter and an empty log.
 */
import { normalizePath, TFolder, type TFile, type Vault } from "obsidian";
import { logHeadingToWrite } from "../core/log-heading";
import type { Settings } from "../core/settings";

/** Longest base name we create (in UTF-16 units): well under every file system's limit. */
const MAX_NAME = 120;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file base name for a person's name: no characters that Windows, macOS, Linux, Android or iOS
 * refuse (`\ / : * ? " < > |`, control characters) nor those that break Obsidian links
 * (`# ^ [ ]`); no leading or trailing dots and spaces; not a reserved Windows device name.
 * Returns "" when nothing usable is left.
 */
export function safeFileName(name: string): string {
  let base = name
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/[\\/:*?"<>|#^[\]]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (base.length > MAX_NAME) {
    base = base.slice(0, MAX_NAME);
    // Do not cut a surrogate pair in half.
    if (/[\uD800-\uDBFF]$/.test(base)) base = base.slice(0, -1);
    base = base.replace(/[\s.]+$/, "");
  }
  if (WINDOWS_RESERVED.test(base.split(".")[0] ?? "")) base = `${base}_`;
  return base;
}

/** A YAML scalar for a value we write: plain when that reads back as the same text, else double-quoted. */
export function yamlScalar(value: string): string {
  const plain = /^[\p{L}][\p{L}\p{N} .,'’()&_-]*$/u.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value) && !/\s$/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Where new contacts go: the first contacts folder, or the vault's root when there is none. */
export function firstFolder(settings: Pick<Settings, "contactsFolders">): string {
  return settings.contactsFolders[0] ?? "";
}

/** The text of a new contact note. */
export function newContactText(name: string, fileBase: string, tierKey: string | null, settings: Pick<Settings, "logHeading" | "contactsFolders" | "contactTags">): string {
  const lines = ["---"];
  // The file name may have lost characters (or gained a number): keep the real name.
  if (fileBase !== name) lines.push(`name: ${yamlScalar(name)}`);
  lines.push(`tier: ${tierKey === null ? "none" : yamlScalar(tierKey)}`);
  // Outside any contacts folder, only the tag makes the note a contact.
  const tag = settings.contactTags[0];
  if (firstFolder(settings) === "" && tag !== undefined) lines.push(`tags: [${yamlScalar(tag)}]`);
  lines.push("---", "", `## ${logHeadingToWrite(settings.logHeading)}`, "");
  return lines.join("\n");
}

/** `Contacts/Ann Lee.md`, or `Contacts/Ann Lee 2.md` when that exists (in any letter case). */
export function freePath(folder: string, base: string, taken: (path: string) => boolean): string {
  const prefix = folder === "" ? "" : `${folder}/`;
  for (let n = 1; ; n++) {
    const path = `${prefix}${base}${n === 1 ? "" : ` ${n}`}.md`;
    if (!taken(path)) return path;
  }
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
