/**
 * The plugin's settings (stored in `data.json`), shared by the plugin and the CLI so both agree.
 * Loading is forgiving: a field that does not validate falls back to its default on its own, and
 * the caller is told which, so one bad value never throws away the rest.
 */
import * as z from "zod/mini";
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
  /** Remembered, not edited: the type of the last interaction logged, the log modal's first choice. */
  lastLogType: string | null;
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
  "call",
  "email",
  "message",
  "meeting",
  "meal",
  "event",
  "card",
  "gift",
  "intro",
  "referral",
  "help",
  "note",
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
    lastLogType: null,
  };
}

// zod/mini: the same checks as classic zod at a quarter of the bundle (each check is a function
// that tree-shakes, instead of methods on every schema). Its default messages are bare, so every
// check here says what is expected itself. Each check is a `refine` with a plain test: every named
// check (`minLength`, `regex`, `gte`, `int`...) is a class of its own in main.js, `refine` is one.
const text = (what: string) => z.string({ error: `expected ${what}` });
const nonEmpty = <T extends string | readonly unknown[]>(message: string) => z.refine<T>((v) => v.length > 0, message);
const matches = (pattern: RegExp, message: string) => z.refine<string>((s) => pattern.test(s), message);
const trimmed = (what: string, empty: string) =>
  z
    .pipe(
      text(what),
      z.transform((s: string) => s.trim()),
    )
    .check(nonEmpty(empty));
/** A whole number from 0 to `max`; `what` says what it counts ("days"). */
const wholeNumber = (max: number, what: string) =>
  z.number({ error: `expected a whole number of ${what}` }).check(
    z.refine((n: number) => Number.isSafeInteger(n), `expected a whole number of ${what}`),
    z.refine((n: number) => n >= 0, `expected 0 ${what} or more`),
    z.refine((n: number) => n <= max, `expected at most ${max} ${what}`),
  );
/** A list of keys, each trimmed and none empty. */
const keyList = () => z.array(trimmed("a key", "a key cannot be empty"), { error: "expected a list of keys" });

const tierSchema = z.object(
  {
    key: trimmed("text", "a tier needs a key"),
    label: trimmed("text", "a tier needs a label"),
    cadence: text("a cadence").check(z.refine((c: string) => parseCadence(c).kind === "cadence", "not a cadence (try 2w, 3m, quarterly)")),
    aliases: z._default(z.array(trimmed("text", "an alias cannot be empty"), { error: "expected a list of aliases" }), []),
  },
  { error: "expected a tier { key, label, cadence, aliases }" },
);

/** Removes a leading `#` run or slashes, trims, and refuses what is left empty. */
const cleaned = (what: string, clean: (s: string) => string, empty: string) =>
  z.pipe(z.pipe(text(what), z.transform(clean)), z.string().check(nonEmpty(empty)));

/** One schema per field, so each falls back to its default on its own. */
const fieldSchemas = {
  contactsFolders: z.pipe(
    z.array(text("a folder path"), { error: "expected a list of folder paths" }),
    z.transform((list: string[]) => uniqueNonEmpty(list.map((s) => s.trim().replace(/^\/+|\/+$/g, "")))),
  ),
  contactTags: z.pipe(
    z.pipe(
      z.array(text("a tag"), { error: "expected a list of tags" }),
      z.transform((list: string[]) => uniqueNonEmpty(list.map((s) => s.trim().replace(/^#/, "")))),
    ),
    z.array(z.string().check(matches(/^[^\s#,]+$/u, "a tag is one word without spaces or commas"))),
  ),
  contactMarkers: z.pipe(
    z.pipe(
      z.array(text("a marker"), { error: "expected a list of markers" }),
      z.transform((list: string[]) => uniqueNonEmpty(list.map((s) => s.trim()))),
    ),
    z.array(z.string().check(matches(/^[^:]*[^\s:][^:]*(?::.*)?$/u, "a marker is key: value (or a key alone)"))),
  ),
  tiers: z.array(tierSchema, { error: "expected a list of tiers" }).check(
    nonEmpty("at least one tier is needed"),
    z.refine(
      (tiers: { key: string }[]) => new Set(tiers.map((t) => t.key.toLowerCase())).size === tiers.length,
      "tier keys must be unique",
    ),
  ),
  soonDays: wholeNumber(365, "days"),
  logHeading: cleaned("a heading", (s) => logHeadingNames(s).join(", "), "the log heading cannot be empty"),
  interactionTypes: z
    .array(
      z
        .pipe(
          text("a word"),
          z.transform((s: string) => s.trim().toLowerCase()),
        )
        .check(matches(/^[\p{L}\p{N}_-]+$/u, "a type is one word")),
      { error: "expected a list of words" },
    )
    .check(nonEmpty("at least one interaction type is needed")),
  keyDateKeys: keyList(),
  keyDateDays: wholeNumber(366, "days"),
  weeklyBudget: z.number({ error: "expected a number" }).check(
    z.refine((n: number) => n > 0, "expected more than 0 touches a week"),
    z.refine((n: number) => n <= 1000, "expected at most 1000 touches a week"),
  ),
  logChips: z.boolean({ error: "expected true or false" }),
  lastLogType: z.nullable(text("a word")),
  countMentions: z.boolean({ error: "expected true or false" }),
  mentionDateKeys: keyList(),
  reachOutHeading: cleaned("a heading", (s) => s.trim().replace(/^#+\s*/, ""), "the reach-out heading cannot be empty"),
  reachOutsInNewDailyNote: z.boolean({ error: "expected true or false" }),
} satisfies { [K in Exclude<keyof Settings, "version">]: z.ZodMiniType<Settings[K], unknown> };

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
    if (data.contactTags === undefined && typeof data.contactTag === "string")
      data.contactTags = data.contactTag.trim().replace(/^#/, "") === "" ? undefined : [data.contactTag];
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
  for (const [field, schema] of Object.entries(fieldSchemas)) {
    const value = data[field];
    if (value === undefined) continue;
    const parsed = (schema as z.ZodMiniType).safeParse(value);
    if (parsed.success) target[field] = parsed.data;
    else warnings.push(`settings: ${field} ${describeIssue(parsed.error)}; using the default`);
  }
  return { settings, warnings };
}

/** The settings a user edits, each validated on its own (the settings tab checks every edit). */
export type SettingField = Exclude<keyof Settings, "version">;

/** Validates one field's new value the way `loadSettings` does; the message says what is expected. */
export function validateSettingField<K extends SettingField>(
  field: K,
  value: unknown,
): { ok: true; value: Settings[K] } | { ok: false; message: string } {
  const parsed = (fieldSchemas[field] as z.ZodMiniType).safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as Settings[K] };
  const issue = parsed.error.issues[0];
  return { ok: false, message: issue === undefined ? "this value is not valid" : issue.message };
}

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "is invalid";
  const where = issue.path.length > 0 ? ` (at ${issue.path.join(".")})` : "";
  return `is invalid: ${issue.message}${where}`;
}
