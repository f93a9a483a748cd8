/**
 * The plugin's settings (stored in `data.json`), shared by the plugin and the CLI so both agree.
 * Loading is forgiving: a field that does not validate falls back to its default on its own, and
 * the caller is told which, so one bad value never throws away the rest.
 */
import * as z from "zod";
import { parseCadence } from "./cadence";

export interface TierDef {
  key: string;
  label: string;
  cadence: string;
  aliases: string[];
}

export interface Settings {
  version: number;
  contactsFolder: string;
  contactTag: string;
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
}

export const SETTINGS_VERSION = 1;

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
    contactsFolder: "Contacts",
    contactTag: "contact",
    tiers: DEFAULT_TIERS.map((t) => ({ ...t, aliases: [...t.aliases] })),
    soonDays: 7,
    logHeading: "Log",
    interactionTypes: [...DEFAULT_INTERACTION_TYPES],
    weeklyBudget: 10,
    countMentions: true,
    mentionDateKeys: ["date"],
    reachOutHeading: "Reach out",
    reachOutsInNewDailyNote: false,
  };
}

const tierSchema = z.object({
  key: z.string().trim().min(1, "a tier needs a key"),
  label: z.string().trim().min(1, "a tier needs a label"),
  cadence: z.string().refine((c) => parseCadence(c).kind === "cadence", "not a cadence (try 2w, 3m, quarterly)"),
  aliases: z.array(z.string().trim().min(1)).default([]),
});

/** One schema per field, so each falls back to its default on its own. */
const fieldSchemas = {
  contactsFolder: z.string().transform((s) => s.trim().replace(/^\/+|\/+$/g, "")),
  contactTag: z.string().transform((s) => s.trim().replace(/^#/, "")).pipe(z.string().min(1, "the contact tag cannot be empty")),
  tiers: z
    .array(tierSchema)
    .min(1, "at least one tier is needed")
    .refine((tiers) => new Set(tiers.map((t) => t.key.toLowerCase())).size === tiers.length, "tier keys must be unique"),
  soonDays: z.number().int().min(0).max(365),
  logHeading: z.string().transform((s) => s.trim().replace(/^#+\s*/, "")).pipe(z.string().min(1, "the log heading cannot be empty")),
  interactionTypes: z.array(z.string().trim().toLowerCase().regex(/^[\p{L}\p{N}_-]+$/u, "a type is one word")).min(1),
  weeklyBudget: z.number().positive().max(1000),
  countMentions: z.boolean(),
  mentionDateKeys: z.array(z.string().trim().min(1, "a key cannot be empty")),
  reachOutHeading: z.string().transform((s) => s.trim().replace(/^#+\s*/, "")).pipe(z.string().min(1, "the reach-out heading cannot be empty")),
  reachOutsInNewDailyNote: z.boolean(),
} satisfies { [K in Exclude<keyof Settings, "version">]: z.ZodType<Settings[K], unknown> };

export interface SettingsLoad {
  settings: Settings;
  /** One line per field that was present but invalid and fell back to its default. */
  warnings: string[];
}

/**
 * Brings settings saved by an older version up to `SETTINGS_VERSION`. Version 0 is anything saved
 * before versions were recorded; it had `dueSoonDays` where we now say `soonDays`.
 */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  const data = { ...raw };
  const version = typeof data.version === "number" ? data.version : 0;
  if (version < 1) {
    if (data.soonDays === undefined && data.dueSoonDays !== undefined) data.soonDays = data.dueSoonDays;
    delete data.dueSoonDays;
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
    const parsed = (schema as z.ZodType).safeParse(value);
    if (parsed.success) target[field] = parsed.data;
    else warnings.push(`settings: ${field} ${describeIssue(parsed.error)}; using the default`);
  }
  return { settings, warnings };
}

/** The settings a user edits, each validated on its own (the settings tab checks every edit). */
export type SettingField = Exclude<keyof Settings, "version">;

/** Validates one field's new value the way `loadSettings` does; the message says what is expected. */
export function validateSettingField<K extends SettingField>(field: K, value: unknown): { ok: true; value: Settings[K] } | { ok: false; message: string } {
  const parsed = (fieldSchemas[field] as z.ZodType).safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as Settings[K] };
  const issue = parsed.error.issues[0];
  return { ok: false, message: issue === undefined ? "this value is not valid" : issue.message };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "is invalid";
  const where = issue.path.length > 0 ? ` (at ${issue.path.join(".")})` : "";
  return `is invalid: ${issue.message}${where}`;
}
