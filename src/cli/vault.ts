/**
 * A vault folder on disk, read the way the plugin sees it in Obsidian: its settings from the
 * plugin's `data.json`, its markdown notes, and the contacts among them. Nothing here writes.
 */
import { readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { buildContact } from "../core/build-contact";
import { isContact, membershipRules, type MembershipRules } from "../core/membership";
import type { Contact, Problem } from "../core/contact";
import { parseLog } from "../core/log";
import { bodyTags, frontmatterTags } from "../core/note";
import { dailyNoteDate, frontmatterDate, nameDate, type DatedNoteRules } from "../core/dated-notes";
import type { IsoDate } from "../core/dates";
import { loadSettings, type Settings } from "../core/settings";
import { CliError, describeFsError, EXIT_USAGE } from "./errors";
import { readFrontmatter, type Frontmatter } from "./frontmatter";
import { datedRules, mayHoldTouches, readDailyNotes, TouchCollector, type TouchCandidate, type VaultTouches } from "./touches";
import { vaultFolders } from "./vault-folders";
import { readNoteFile, readNoteText } from "./note-file";

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
  /** Notes outside the contacts folder that could not be read or made sense of, one problem each. */
  problems: Problem[];
  /** How many markdown notes the vault holds, contacts or not. */
  noteCount: number;
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
  // Read like a note: a pipe or a device in its place must not hang the command.
  const read = readNoteFile(join(root, SETTINGS_PATH));
  if (!read.ok && (read.code === "ENOENT" || read.code === "ENOTDIR")) return loadSettings(undefined);
  if (!read.ok) {
    const load = loadSettings(undefined);
    return { settings: load.settings, warnings: [`settings: cannot read ${SETTINGS_PATH} (${read.reason}); using the defaults`] };
  }
  const raw = read.text;
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
 * Anything else named `*.md` (a pipe, a device) is listed, for the reader to refuse by name.
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
      } else if (!name.startsWith(".") && name.toLowerCase().endsWith(".md")) {
        // Pipes, devices and links to them are listed too: reading refuses them and says so.
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

/** A note's contact (`null` when it is not a contact note), and its frontmatter when that was read to know. */
function contactOrNull(
  path: string,
  text: string,
  settings: Settings,
  rules: MembershipRules,
  mayBeContact: RegExp | null,
  inFolder: boolean,
): { contact: Contact | null; fm: Frontmatter | null } {
  // Outside the contacts folders only a tag or a marker makes a contact; most notes never mention
  // one, and skipping their YAML is what keeps a big vault fast.
  if (!inFolder && mayBeContact !== null && !mayBeContact.test(text)) return { contact: null, fm: null };
  const fm = readFrontmatter(text);
  const tags = bodyTags(text.slice(fm.bodyStart));
  if (!isContact(path, { frontmatter: fm.error === undefined ? fm.data : undefined, inlineTags: tags }, rules))
    return { contact: null, fm };
  return { contact: contactFromParts(path, text, fm, [...frontmatterTags(fm.data), ...tags], settings), fm };
}

/** Whether a path lies in a contacts folder (tags and markers aside). */
export function inContactsFolder(path: string, rules: MembershipRules): boolean {
  return isContact(path, { frontmatter: undefined, inlineTags: [] }, { ...rules, tags: [], markers: [] });
}

/**
 * What a note's text must contain to be a contact outside the folders; `null` when any note may be
 * (markers are set). A tag is matched in lower case, whole or nested (`contact`, `contact/work`),
 * so a note can carry it only where its text holds it followed by something other than a letter
 * or a digit: a `contacts` tag or the word "contacts" asks for no YAML.
 */
function contactHint(settings: Settings, rules: MembershipRules): RegExp | null {
  if (settings.contactMarkers.length > 0) return null;
  if (rules.tags.length === 0) return /$^/;
  return new RegExp(rules.tags.map((t) => `${escapeRegExp(t)}(?![\\p{L}\\p{N}])`).join("|"), "iu");
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

/**
 * A note, contact or not, as a source of mentions and follow-ups (`null`: it can hold none).
 * `daily` is its daily-note date; `fm` its frontmatter when already read (it is read once at most).
 */
function touchCandidate(
  path: string,
  text: string,
  contact: Contact | null,
  daily: IsoDate | null,
  fm: Frontmatter | null,
  rules: DatedNoteRules,
): TouchCandidate | null {
  const read = (): Record<string, unknown> => (fm ?? readFrontmatter(text)).data;
  let frontmatter: Record<string, unknown> | null = null;
  let date: IsoDate | null = daily;
  if (date === null && contact === null) {
    // Only a dated note's links are read: a note that holds neither a task nor a link needs no date.
    if (!mayHoldTouches(text, true)) return null;
    // As `datedNote` dates a note that is neither daily nor a contact's: a date its name starts
    // with comes first, so only an undated name sends us to the YAML for a date.
    date = nameDate(path);
    if (date === null) {
      if (mayHaveDateKey(text, rules.dateKeys)) frontmatter = read();
      date = frontmatterDate(frontmatter, rules.dateKeys);
    }
  }
  if (!mayHoldTouches(text, date !== null)) return null;
  // Frontmatter links (`attendees:`) need the YAML of a dated note, when its block holds a link.
  if (date !== null && frontmatter === null && linkInFrontmatter(text)) frontmatter = read();
  return { path, text, frontmatter, date, contact: contact?.path ?? null };
}

/** A short reason for a failure while reading one note (a bug or an input too big for a step). */
function describeFailure(error: unknown): string {
  if (error instanceof RangeError) return `too large or too deeply nested to read (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the whole vault: settings, then every note, keeping the contacts. Never writes. A note
 * that cannot be read (not a regular file, not UTF-8 text, or one that breaks a step) becomes
 * a problem naming it; the other notes are read as usual.
 */
export function loadVault(root: string): Vault {
  checkVaultFolder(root);
  const { settings, warnings } = readVaultSettings(root);
  const membership = membershipRules(settings, vaultFolders(root, CONFIG_DIR));
  const dated = datedRules(readDailyNotes(root), settings);
  const hint = contactHint(settings, membership);
  const contacts: Contact[] = [];
  const unreadable: UnreadableNote[] = [];
  const problems: Problem[] = [];
  const notes = listNotes(root);
  const skip = (path: string, reason: string, inFolder: boolean, io: boolean): void => {
    unreadable.push({ path, reason });
    const why = io ? `the note could not be read (${reason})` : reason;
    // A note in the contacts folder is a contact even unread: list it, with the reason as its problem.
    const problem = { path, field: "file" as const, message: `${path}: ${why}` };
    if (inFolder) {
      // Unread, so never writable; its one problem is the reason, not a frontmatter error.
      const contact = buildContact({ path, frontmatter: {}, frontmatterError: why }, settings);
      contact.problems.splice(0, contact.problems.length, problem);
      contacts.push(contact);
    } else problems.push(problem);
  };
  const touchNotes = new TouchCollector(notes, settings);
  // `join(root, path)` for every note without normalising the root 50,000 times (the paths are normal).
  const base = join(root, "x").slice(0, -1);
  for (const path of notes) {
    // A daily note is never a contact, whatever its folder or tags.
    const daily = dailyNoteDate(path, dated.daily, dated.parseDate);
    const inFolder = daily === null && inContactsFolder(path, membership);
    const read = readNoteText(base + path);
    if (!read.ok) {
      skip(path, read.reason, inFolder, read.kind === "io");
      continue;
    }
    let found: { contact: Contact | null; fm: Frontmatter | null };
    try {
      found = daily !== null ? { contact: null, fm: null } : contactOrNull(path, read.text, settings, membership, hint, inFolder);
    } catch (error) {
      skip(path, describeFailure(error), inFolder, true);
      continue;
    }
    const contact = found.contact;
    if (contact !== null) contacts.push(contact);
    try {
      const candidate = touchCandidate(path, read.text, contact, daily, found.fm, dated);
      if (candidate !== null) touchNotes.add(candidate);
    } catch (error) {
      // Its contact, if any, was read: only the links in it are lost, and the problem says so.
      problems.push({ path, field: "file", message: `${path}: its links could not be read (${describeFailure(error)})` });
    }
  }
  const contactPaths = new Set(contacts.map((c) => c.path));
  const touches = touchNotes.finish(contactPaths);
  return { root, settings, settingsWarnings: warnings, contacts, unreadable, problems, noteCount: notes.length, touches };
}
