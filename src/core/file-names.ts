/**
 * File names for notes the plugin creates (a new contact, an imported person): safe on every
 * platform, and never over an existing file. Pure, so the plugin and the command line share it.
 */

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

/** `Contacts/Ann Lee.md`, or `Contacts/Ann Lee 2.md` when that is taken. */
export function freePath(folder: string, base: string, taken: (path: string) => boolean): string {
  const prefix = folder === "" ? "" : `${folder}/`;
  for (let n = 1; ; n++) {
    const path = `${prefix}${base}${n === 1 ? "" : ` ${n}`}.md`;
    if (!taken(path)) return path;
  }
}
