/**
 * The plugin's settings (stored in `data.json`), shared by the plugin and the CLI so both agree.
 * Loading is forgiving: a field that does not validate falls back to its default on its own, and
 * the caller is told which, so one bad value never throws away the rest.
 */
import { each, finite, flag, list, must, optional, record, text, andThen, whole, type Check } from "./checks";
import { parseCadence } from "./cadence";
import { DEFAULT_KEY_DATE_DAYS, DEFAULT_KEY_DATE_KEYS } from "./key-dates";
import { logHeadingNames } from "./log-heading";

/** Each item once (ignoring case), empty ones dropped, in order. */
function uniqueNonEmpty(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of list) if (item !== "" && !out.some((o) => o.toLowerCase() === item.toLowerCase())) out.push(item);
  return out;
}

export interface TierDef {
  key: string;
  label: string;
  cadence: string;
  aliases: string[];
}

export interface Settings {
  version: number;
  /** Folders whose notes (subfolders too) are contacts. */
  contactsFolders: string[];
  /** Tags that make a note a contact (nested tags count). */
  contactTags: string[];
  /** Frontmatter markers that make a note a contact: `type: person`, `categories: [[People]]`, or a bare key. */
  contactMarkers: string[];
  tiers: TierDef[];
  soonDays: number;
  logHeading: string;
  interactionTypes: string[];
  weeklyBudget: number;
  /** Links from dated notes count as touches. */
  countMentions: boolean;
  /** Frontmatter keys whose date makes a note dated (a meeting note's `date:`). */
  mentionDateKeys: string[];
  /** The heading reach-outs are inserted under. */
  reachOutHeading: string;
  /** Add this week's reach-outs to today's daily note when it is created. */
  reachOutsInNewDailyNote: boolean;
  /** Frontmatter keys holding yearly dates, besides `birthday`. */
  keyDateKeys: string[];
  /** How many days ahead "Coming up" looks. */
  keyDateDays: number;
  /** Reading view: show a log entry's type and reciprocity tags as chips (styling only). */
  logChips: boolean;
}

export const SETTINGS_VERSION = 2;

/** The log headings read by default: ours, and the ones other tools write. */
export const DEFAULT_LOG_HEADING = "Log, Interaction log, Contact log";

export const DEFAULT_TIERS: readonly TierDef[] = [
  { key: "A", label: "Inner circle", cadence: "1m", aliases: ["1"] },
  { key: "B", label: "Active", cadence: "3m", aliases: ["2"] },
  { key: "C", label: "Maintain", cadence: "6m", aliases: ["3"] },
  { key: "D", label: "Annual", cadence: "1y", aliases: ["4"] },
];

export const DEFAULT_INTERACTION_TYPES: readonly string[] = [
  "call", "email", "message", "meeting", "meal", "event", "card", "gift", "intro", "referral", "help", "note",
];

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    contactsFolders: ["Contacts"],
    contactTags: ["contact"],
    contactMarkers: [],
    tiers: DEFAULT_TIERS.map((t) => ({ ...t, aliases: [...t.aliases] })),
    soonDays: 7,
    logHeading: DEFAULT_LOG_HEADING,
    interactionTypes: [...DEFAULT_INTERACTION_TYPES],
    weeklyBudget: 10,
    countMentions: true,
    mentionDateKeys: ["date"],
    reachOutHeading: "Reach out",
    reachOutsInNewDailyNote: false,
    keyDateKeys: [...DEFAULT_KEY_DATE_KEYS],
    keyDateDays: DEFAULT_KEY_DATE_DAYS,
    logChips: true,
  };
}

// Every check says what it expects in the plugin's words: the settings tab shows these messages.
const trimmed = (empty: string) => must(andThen(text("text"), (s) => s.trim()), (s) => s.length > 0, empty);
const trimmedList = (what: string, listOf: string) => list(andThen(text(what), (s) => s.trim()), listOf);

const tierCheck: Check<TierDef> = record<TierDef>(
  {
    key: trimmed("a tier needs a key"),
    label: trimmed("a tier needs a label"),
    cadence: must(text("a cadence"), (c) => parseCadence(c).kind === "cadence", "not a cadence (try 2w, 3m, quarterly)"),
    aliases: optional(list(trimmed("an alias cannot be empty"), "expected a list of aliases"), () => []),
  },
  "expected a tier { key, label, cadence, aliases }",
);

/** Cleans a heading (a leading `#` run, spaces) and refuses what is left empty. */
const cleaned = (clean: (s: string) => string, empty: string) => must(andThen(text("a heading"), clean), (s) => s.length > 0, empty);

const dayCount = (most: number) =>
  must(must(whole("expected a whole number of days"), (n) => n >= 0, "expected 0 days or more"), (n) => n <= most, `expected at most ${most} days`);

const keyList = list(must(andThen(text("a key"), (s) => s.trim()), (s) => s.length > 0, "a key cannot be empty"), "expected a list of keys");

/** One check per field, so each falls back to its default on its own. */
const fieldChecks: { [K in SettingField]: Check<Settings[K]> } = {
  contactsFolders: andThen(trimmedList("a folder path", "expected a list of folder paths"), (l) => uniqueNonEmpty(l.map((s) => s.replace(/^\/+|\/+$/g, "")))),
  contactTags: each(
    andThen(trimmedList("a tag", "expected a list of tags"), (l) => uniqueNonEmpty(l.map((s) => s.replace(/^#/, "")))),
    (t) => /^[^\s#,]+$/u.test(t),
    "a tag is one word without spaces or commas",
  ),
  contactMarkers: each(
    andThen(trimmedList("a marker", "expected a list of markers"), uniqueNonEmpty),
    (m) => /^[^:]*[^\s:][^:]*(?::.*)?$/u.test(m),
    "a marker is key: value (or a key alone)",
  ),
  tiers: must(
    must(list(tierCheck, "expected a list of tiers"), (tiers) => tiers.length > 0, "at least one tier is needed"),
    (tiers) => new Set(tiers.map((t) => t.key.toLowerCase())).size === tiers.length,
    "tier keys must be unique",
  ),
  soonDays: dayCount(365),
  logHeading: cleaned((s) => logHeadingNames(s).join(", "), "the log heading cannot be empty"),
  interactionTypes: must(
    list(must(andThen(text("a word"), (s) => s.trim().toLowerCase()), (s) => /^[\p{L}\p{N}_-]+$/u.test(s), "a type is one word"), "expected a list of words"),
    (types) => types.length > 0,
    "at least one interaction type is needed",
  ),
  keyDateKeys: keyList,
  keyDateDays: dayCount(366),
  weeklyBudget: must(must(finite("expected a number"), (n) => n > 0, "expected more than 0 touches a week"), (n) => n <= 1000, "expected at most 1000 touches a week"),
  logChips: flag("expected true or false"),
  countMentions: flag("expected true or false"),
  mentionDateKeys: keyList,
  reachOutHeading: cleaned((s) => s.trim().replace(/^#+\s*/, ""), "the reach-out heading cannot be empty"),
  reachOutsInNewDailyNote: flag("expected true or false"),
};

export interface SettingsLoad {
  settings: Settings;
  /** One line per field that was present but invalid and fell back to its default. */
  warnings: string[];
}

/**
 * Brings settings saved by an older version up to `SETTINGS_VERSION`. Version 0 is anything saved
 * before versions were recorded; it had `dueSoonDays` where we now say `soonDays`. Version 1 had
 * one contacts folder and one tag (`contactsFolder`, `contactTag`), and `Log` as the log heading's
 * default: a vault that kept that default gets the new one, which still includes `Log`.
 */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  const data = { ...raw };
  const version = typeof data.version === "number" ? data.version : 0;
  if (version < 1) {
    if (data.soonDays === undefined && data.dueSoonDays !== undefined) data.soonDays = data.dueSoonDays;
    delete data.dueSoonDays;
  }
  if (version < 2) {
    if (data.contactsFolders === undefined && typeof data.contactsFolder === "string") data.contactsFolders = [data.contactsFolder];
    if (data.contactTags === undefined && typeof data.contactTag === "string") data.contactTags = data.contactTag.trim().replace(/^#/, "") === "" ? undefined : [data.contactTag];
    delete data.contactsFolder;
    delete data.contactTag;
    if (typeof data.logHeading === "string" && data.logHeading.trim().toLowerCase() === "log") data.logHeading = DEFAULT_LOG_HEADING;
  }
  data.version = SETTINGS_VERSION;
  return data;
}

/** Validates `data.json` field by field; unknown fields are dropped, bad ones fall back. */
export function loadSettings(raw: unknown): SettingsLoad {
  const settings = defaultSettings();
  const warnings: string[] = [];
  if (raw === undefined || raw === null) return { settings, warnings };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { settings, warnings: ["settings are not an object; using the defaults"] };
  }
  const data = migrateSettings(raw as Record<string, unknown>);
  const target = settings as unknown as Record<string, unknown>;
  for (const field of Object.keys(fieldChecks) as SettingField[]) {
    const value = data[field];
    if (value === undefined) continue;
    const checked = (fieldChecks[field] as Check<unknown>)(value);
    if (checked.ok) target[field] = checked.value;
    else warnings.push(`settings: ${field} is invalid: ${checked.message}${checked.path.length > 0 ? ` (at ${checked.path.join(".")})` : ""}; using the default`);
  }
  return { settings, warnings };
}

/** The settings a user edits, each validated on its own (the settings tab checks every edit). */
export type SettingField = Exclude<keyof Settings, "version">;

/** Validates one field's new value the way `loadSettings` does; the message says what is expected. */
export function validateSettingField<K extends SettingField>(field: K, value: unknown): { ok: true; value: Settings[K] } | { ok: false; message: string } {
  const checked = (fieldChecks[field] as Check<Settings[K]>)(value);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, message: checked.message };
}
