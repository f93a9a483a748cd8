/**
 * A vault folder on disk, read the way the plugin sees it in Obsidian: its settings from the
 * plugin's `data.json`, its markdown notes, and the contacts among them. Nothing here writes.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { buildContact } from "../core/build-contact";
import { isContactNote } from "../core/membership";
import type { Contact } from "../core/contact";
import { parseLog } from "../core/log";
import { bodyTags, frontmatterTags } from "../core/note";
import { datedNote, isDailyNote, type DatedNoteRules } from "../core/dated-notes";
import { loadSettings, type Settings } from "../core/settings";
import { CliError, describeFsError, EXIT_USAGE } from "./errors";
import { readFrontmatter, type Frontmatter } from "./frontmatter";
import { collectTouches, datedRules, mayHoldTouches, readDailyNotes, type TouchCandidate, type VaultTouches } from "./touches";

/** The vault's config folder; Obsidian lets users rename it, but the CLI has no way to know. */
export const CONFIG_DIR = ".obsidian";
export const SETTINGS_PATH = `${CONFIG_DIR}/plugins/contact-cadence/data.json`;

export interface UnreadableNote {
  path: string;
  reason: string;
}

export interface Vault {
  /** The vault folder as given on the command line. */
  root: string;
  settings: Settings;
  /** Settings that were present but invalid and fell back to their defaults. */
  settingsWarnings: string[];
  /** Every contact note, sorted by path. */
  contacts: Contact[];
  /** Notes that could not be read (they may or may not have been contacts). */
  unreadable: UnreadableNote[];
  /** Mentions from dated notes and open follow-ups, by contact. */
  touches: VaultTouches;
}

/** Fails clearly unless `root` is an existing folder. */
export function checkVaultFolder(root: string | undefined): string {
  if (root === undefined || root === "") throw new CliError("missing the vault folder (try --help)", EXIT_USAGE);
  let isFolder: boolean;
  try {
    isFolder = statSync(root).isDirectory();
  } catch (error) {
    throw new CliError(`cannot open the vault folder "${root}": ${describeFsError(error)}`, EXIT_USAGE);
  }
  if (!isFolder) throw new CliError(`"${root}" is a file, not a vault folder`, EXIT_USAGE);
  return root;
}

/** The plugin's settings for this vault (defaults when it has none), and what was wrong with them. */
export function readVaultSettings(root: string): { settings: Settings; warnings: string[] } {
  let raw: string;
  try {
    raw = readFileSync(join(root, SETTINGS_PATH), "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return loadSettings(undefined);
    const load = loadSettings(undefined);
    return { settings: load.settings, warnings: [`settings: cannot read ${SETTINGS_PATH} (${describeFsError(error)}); using the defaults`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch {
    const load = loadSettings(undefined);
    return { settings: load.settings, warnings: [`settings: ${SETTINGS_PATH} is not valid JSON; using the defaults`] };
  }
  return loadSettings(data);
}

/** Folders Obsidian never indexes (hidden ones, the config folder and `.trash` among them), plus tool folders. */
function skippedFolder(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

/**
 * Every markdown note's vault-relative path (with `/`), sorted. Hidden files and folders are
 * skipped, as Obsidian does; symbolic links to files are followed, to folders not (no loops).
 */
export function listNotes(root: string): string[] {
  const notes: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (prefix === "") throw new CliError(`cannot read the vault folder "${root}": ${describeFsError(error)}`, EXIT_USAGE);
      return; // an unreadable subfolder is skipped, as Obsidian would
    }
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        if (!skippedFolder(name)) walk(join(dir, name), `${prefix}${name}/`);
      } else if (!name.startsWith(".") && name.toLowerCase().endsWith(".md") && (entry.isFile() || entry.isSymbolicLink())) {
        notes.push(`${prefix}${name}`);
      }
    }
  };
  walk(root, "");
  return notes.sort(comparePaths);
}

/** Paths in a stable order that does not depend on the machine's locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function noteTags(text: string, fm: Frontmatter): string[] {
  return [...frontmatterTags(fm.data), ...bodyTags(text.slice(fm.bodyStart))];
}

function contactFromParts(path: string, text: string, fm: Frontmatter, tags: string[], settings: Settings): Contact {
  return buildContact(
    { path, frontmatter: fm.data, frontmatterError: fm.error, tags, log: parseLog(text, settings.logHeading, settings.interactionTypes) },
    settings,
  );
}

/** Builds one contact from a note's text, from the same parts the plugin uses. */
export function contactFromNote(path: string, text: string, settings: Settings): Contact {
  const fm = readFrontmatter(text);
  return contactFromParts(path, text, fm, noteTags(text, fm), settings);
}

/** A note's contact, or `null` when it is not a contact note. */
function contactOrNull(path: string, text: string, settings: Settings, mentionsTag: RegExp, inFolder: boolean): Contact | null {
  // Outside the contacts folder only the tag makes a contact; most notes never mention it, and
  // skipping their YAML is what keeps a big vault fast.
  if (!inFolder && !mentionsTag.test(text)) return null;
  const fm = readFrontmatter(text);
  const tags = noteTags(text, fm);
  return isContactNote(path, tags, settings, CONFIG_DIR) ? contactFromParts(path, text, fm, tags, settings) : null;
}

/** Whether a path lies in the contacts folder (the tag aside). */
export function inContactsFolder(path: string, settings: Settings): boolean {
  return isContactNote(path, [], settings, CONFIG_DIR);
}

/** Could the frontmatter hold one of the date keys? Saves parsing the YAML of notes that cannot. */
function mayHaveDateKey(text: string, keys: readonly string[]): boolean {
  if (!text.startsWith("---") && !text.startsWith("\uFEFF---")) return false;
  return keys.some((k) => text.includes(`\n${k}:`) || text.includes(`\n"${k}":`) || text.includes(`\n'${k}':`));
}

/** Does the frontmatter block (roughly: up to the next `---` line) hold a `[[`? */
function linkInFrontmatter(text: string): boolean {
  if (!text.startsWith("---") && !text.startsWith("\uFEFF---")) return false;
  const link = text.indexOf("[[");
  if (link < 0) return false;
  const close = text.indexOf("\n---", 3);
  return close < 0 || link < close;
}

/** A note, contact or not, as a source of mentions and follow-ups (`null`: it can hold none). */
function touchCandidate(path: string, text: string, contact: Contact | null, rules: DatedNoteRules): TouchCandidate | null {
  const daily = contact === null && isDailyNote(path, rules);
  let frontmatter: Record<string, unknown> | null = null;
  if (contact === null && !daily && mayHaveDateKey(text, rules.dateKeys)) frontmatter = readFrontmatter(text).data;
  const dated = datedNote(path, frontmatter, contact !== null, rules);
  if (!mayHoldTouches(text, dated !== null)) return null;
  // Frontmatter links (`attendees:`) need the YAML of a dated note, when its block holds a link.
  if (dated !== null && frontmatter === null && linkInFrontmatter(text)) frontmatter = readFrontmatter(text).data;
  return { path, text, frontmatter, date: dated?.date ?? null, contact: contact?.path ?? null };
}

/** Reads the whole vault: settings, then every note, keeping the contacts. Never writes. */
export function loadVault(root: string): Vault {
  checkVaultFolder(root);
  const { settings, warnings } = readVaultSettings(root);
  const rules = datedRules(readDailyNotes(root), settings);
  const mentionsTag = new RegExp(escapeRegExp(settings.contactTag), "iu");
  const contacts: Contact[] = [];
  const unreadable: UnreadableNote[] = [];
  const candidates: TouchCandidate[] = [];
  const paths = listNotes(root);
  for (const path of paths) {
    // A daily note is never a contact, whatever its folder or tags.
    const daily = isDailyNote(path, rules);
    const inFolder = !daily && inContactsFolder(path, settings);
    let text: string;
    try {
      text = readFileSync(join(root, path), "utf8");
    } catch (error) {
      const reason = describeFsError(error);
      unreadable.push({ path, reason });
      // A note in the contacts folder is a contact even unread: list it, with the reason as its problem.
      if (inFolder) contacts.push(buildContact({ path, frontmatter: {}, frontmatterError: `the note could not be read (${reason})` }, settings));
      continue;
    }
    const contact = daily ? null : contactOrNull(path, text, settings, mentionsTag, inFolder);
    if (contact !== null) contacts.push(contact);
    const candidate = touchCandidate(path, text, contact, rules);
    if (candidate !== null) candidates.push(candidate);
  }
  const contactPaths = new Set(contacts.map((c) => c.path));
  const touches = collectTouches(candidates, paths, contactPaths, settings);
  return { root, settings, settingsWarnings: warnings, contacts, unreadable, touches };
}
