/**
 * Which notes are dated, and on which day: the daily notes (the folder and moment.js format of
 * the Daily notes core plugin or of Periodic Notes), notes whose file name starts with an ISO
 * date (`2026-11-20 Offsite`), and notes with a date in one of the `mentionDateKeys` frontmatter
 * keys. A link from a dated note to a contact is a touch on that day.
 *
 * Parsing a moment.js format is injected (`ParseDate`): Obsidian hands the plugin its `moment`,
 * the command line bundles the same library, and the core stays free of both.
 */
import { digitDateReader } from "./date-format";
import { isIsoDate, isoDateKeyAt, isoFromKey, parseDateValue, type IsoDate } from "./dates";

/** Strictly parses `text` against a moment.js format; `null` when it does not match. */
export type ParseDate = (text: string, format: string) => IsoDate | null;

/** Where daily notes live and how they are named, as the daily-notes settings say. */
export interface DailyNotes {
  /** The folder, vault-relative, without leading or trailing `/` (`""`: the vault root). */
  folder: string;
  /** The moment.js format of the note's path below the folder, e.g. `YYYY-MM-DD` or `YYYY/MM/YYYY-MM-DD`. */
  format: string;
}

export const DEFAULT_DAILY_NOTES: DailyNotes = { folder: "", format: "YYYY-MM-DD" };

export interface DatedNoteRules {
  /** The daily notes' folder and format (Obsidian's defaults when nothing is configured). */
  daily: DailyNotes;
  parseDate: ParseDate;
  /** Frontmatter keys that date a note (setting `mentionDateKeys`). */
  dateKeys: readonly string[];
}

export type DatedBy = "daily" | "name" | "frontmatter";

export interface DatedNote {
  date: IsoDate;
  by: DatedBy;
}

/**
 * The daily-notes settings from the Daily notes plugin's `daily-notes.json` (or Periodic Notes'
 * `daily` section): missing or empty fields take Obsidian's defaults, the vault root and `YYYY-MM-DD`.
 */
export function dailyNotesFrom(raw: unknown): DailyNotes {
  const data = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const folder = typeof data.folder === "string" ? data.folder.trim().replace(/^\/+|\/+$/g, "") : "";
  const format = typeof data.format === "string" && data.format.trim() !== "" ? data.format.trim() : DEFAULT_DAILY_NOTES.format;
  return { folder, format };
}

/** The settings files daily notes are configured in, relative to the vault's config folder. */
export const DAILY_NOTES_FILES = {
  core: "daily-notes.json",
  communityPlugins: "community-plugins.json",
  periodicNotes: "plugins/periodic-notes/data.json",
} as const;

/**
 * Which daily-notes settings apply, from the parsed files (`undefined` for one that is absent or
 * unreadable): Periodic Notes' daily section when that plugin is enabled and its daily notes are
 * on, else the Daily notes core plugin's, else Obsidian's defaults.
 */
export function chooseDailyNotes(files: { core: unknown; communityPlugins: unknown; periodicNotes: unknown }): {
  daily: DailyNotes;
  from: keyof typeof DAILY_NOTES_FILES | null;
} {
  const periodic = files.periodicNotes as { daily?: { enabled?: unknown } } | undefined;
  if (Array.isArray(files.communityPlugins) && files.communityPlugins.includes("periodic-notes") && periodic?.daily?.enabled === true) {
    return { daily: dailyNotesFrom(periodic.daily), from: "periodicNotes" };
  }
  return files.core === undefined ? { daily: dailyNotesFrom(undefined), from: null } : { daily: dailyNotesFrom(files.core), from: "core" };
}

/** How many folders deep a format's names go, counted outside `[literal]` text (where a `/` is just a character). */
const formatDepths = new Map<string, number>();

function formatDepth(format: string): number {
  let depth = formatDepths.get(format);
  if (depth === undefined) {
    depth = format.replace(/\[[^\]]*\]/g, "").split("/").length;
    formatDepths.set(format, depth);
  }
  return depth;
}

/**
 * The day of a daily note, or `null` when the path is not one. The note must lie under the
 * folder, and the last segments of its path (as many as the format has) must match the format
 * exactly: `YYYY/MM/YYYY-MM-DD` reads `2026/11/2026-11-26.md`.
 */
export function dailyNoteDate(path: string, daily: DailyNotes, parseDate: ParseDate): IsoDate | null {
  // Read in place, without splitting the path: this runs for every note of the vault.
  const end = path.length - 3;
  if (end < 1 || path.charCodeAt(end) !== 46 /* . */ || (path.charCodeAt(end + 1) | 32) !== 109 || (path.charCodeAt(end + 2) | 32) !== 100)
    return null;
  let start = 0;
  if (daily.folder !== "") {
    if (!path.startsWith(daily.folder) || path.charCodeAt(daily.folder.length) !== 47 /* / */ || daily.folder.length >= end) return null;
    start = daily.folder.length + 1;
  }
  // A note deeper in the folder counts too, as the Daily notes plugin finds its notes.
  let from = end;
  for (let depth = formatDepth(daily.format); depth > 0; depth--) {
    if (from < start) return null;
    const slash = from - 1 < start ? -1 : path.lastIndexOf("/", from - 1);
    from = slash < start ? start - 1 : slash;
  }
  const tail = path.slice(from + 1, end);
  if (tail === "") return null;
  // Obsidian's default format, read without the parser.
  if (daily.format === "YYYY-MM-DD") return isIsoDate(tail) ? tail : null;
  const digits = digitDateReader(daily.format);
  return digits === null ? parseDate(tail, daily.format) : digits(tail);
}

/** The date a file name starts with (`2026-11-20 Offsite.md`, `2026-11-20.md`), or `null`. */
export function nameDate(path: string): IsoDate | null {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name.length < 10) return null;
  const next = name.charCodeAt(10);
  // `2026-11-201` is not a date followed by text.
  if (next >= 48 && next <= 57) return null;
  const key = isoDateKeyAt(name, 0);
  return key === 0 ? null : isoFromKey(key);
}

/** The first readable date among the `dateKeys` of a note's frontmatter, or `null`. */
export function frontmatterDate(
  frontmatter: Readonly<Record<string, unknown>> | null | undefined,
  dateKeys: readonly string[],
): IsoDate | null {
  if (frontmatter === null || frontmatter === undefined) return null;
  for (const key of dateKeys) {
    const value = frontmatter[key];
    if (value === undefined || value === null) continue;
    const date = parseDateValue(value);
    if (date !== null) return date;
  }
  return null;
}

/** Is the note a daily note? Such a note is never a contact, whatever its folder or tags. */
export function isDailyNote(path: string, rules: DatedNoteRules): boolean {
  return dailyNoteDate(path, rules.daily, rules.parseDate) !== null;
}

/**
 * The day a note records, or `null`: a daily note's day first, then a date its name starts
 * with, then a frontmatter date. A contact's own note is never dated by its name or its
 * frontmatter (a person's note that records `date: 2020-01-01` stays a contact, undated).
 */
export function datedNote(
  path: string,
  frontmatter: Readonly<Record<string, unknown>> | null | undefined,
  isContact: boolean,
  rules: DatedNoteRules,
): DatedNote | null {
  const daily = dailyNoteDate(path, rules.daily, rules.parseDate);
  if (daily !== null) return { date: daily, by: "daily" };
  if (isContact) return null;
  const named = nameDate(path);
  if (named !== null) return { date: named, by: "name" };
  const dated = frontmatterDate(frontmatter, rules.dateKeys);
  return dated === null ? null : { date: dated, by: "frontmatter" };
}

/** The subset of moment.js that `momentParser` needs (Obsidian's `moment` and the npm package both fit). */
export type MomentLike = (text: string, format: string, strict: boolean) => { isValid(): boolean; format(format: string): string };

/**
 * A `ParseDate` over a moment function: strict, as the Daily notes plugin reads its own file
 * names, and the date must write back as the same text (so `2026/12/2026-11-26`, whose month is
 * said twice and differently, is no date).
 */
export function momentParser(moment: MomentLike): ParseDate {
  return (text, format) => {
    const m = moment(text, format, true);
    if (!m.isValid() || m.format(format).toLowerCase() !== text.toLowerCase()) return null;
    return parseDateValue(m.format("YYYY-MM-DD"));
  };
}

/** Where the daily note of `date` lives: the folder, then the date in the format, then `.md`. */
export function dailyNotePath(date: IsoDate, daily: DailyNotes, moment: MomentLike): string {
  const name = moment(date, "YYYY-MM-DD", true).format(daily.format);
  return `${daily.folder === "" ? "" : `${daily.folder}/`}${name}.md`;
}
