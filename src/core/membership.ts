/** Which notes are contacts: the rule the index, the CLI and the writer share. */
import type { Settings } from "./settings";
import { normaliseTag, tagMatches } from "./tags";

/**
 * Whether a note is a contact: inside the contacts folder (subfolders too) or tagged with the
 * contact tag (nested tags such as `contact/work` count). Notes under the config folder and
 * `.trash` never are. `configDir` is the vault's config folder (`Vault#configDir`; `.obsidian` by
 * default, but users can rename it).
 */
export function isContactNote(path: string, tags: readonly string[], settings: Pick<Settings, "contactsFolder" | "contactTag">, configDir: string): boolean {
  // This runs for every note of the vault, so the common cases avoid regexes and new strings.
  if (!path.endsWith(".md") && !path.toLowerCase().endsWith(".md")) return false;
  if (isUnder(path, configDir) || path.startsWith(".trash/")) return false;
  const folder = settings.contactsFolder.replace(/^\/+|\/+$/g, "");
  if (folder !== "" && isUnder(path, folder)) return true;
  if (tags.length === 0) return false;
  const tag = normaliseTag(settings.contactTag);
  return tags.some((t) => tagMatches(normaliseTag(t), tag));
}

/** `path` lies inside `folder` (at any depth). */
function isUnder(path: string, folder: string): boolean {
  return path.startsWith(folder) && path.charAt(folder.length) === "/";
}
