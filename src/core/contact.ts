/**
 * A contact from `(path, frontmatter, tags, log)`: the pure object the rest of the plugin works
 * with (no `TFile`, no Obsidian). Every field is validated on its own, so one bad value becomes a
 * problem that names the file, the field and what was expected, and never hides the rest.
 */
import * as z from "zod";
import { parseCadence, formatCadence, type Cadence } from "./cadence";
import { parseDateValue, type IsoDate } from "./dates";
import type { LogEntry } from "./log";
import type { Settings, TierDef } from "./settings";

/** The frontmatter fields the plugin reads, by their canonical spelling. */
export type FieldKey = "name" | "tier" | "cadence" | "last-touch" | "snooze-until" | "do-not-contact" | "no-refer";

export interface Problem {
  path: string;
  /** The field concerned, in its canonical spelling, or `frontmatter` for the block as a whole. */
  field: FieldKey | "frontmatter";
  /** A whole sentence that names the file, the field and what was expected. */
  message: string;
}

export interface Contact {
  path: string;
  name: string;
  /** The tier, or `null` for none (no tier, `tier: none`/`database`, or an unknown tier). */
  tier: TierDef | null;
  /** Index of the tier in the settings, for ordering; `tiers.length` without a tier. */
  tierRank: number;
  /** The cadence in force (the note's own, else the tier's), or `null`: untracked. */
  cadence: Cadence | null;
  /** True when the note sets its own readable cadence (or `never`), overriding the tier's. */
  ownCadence: boolean;
  /** `last-touch` as written in the frontmatter (a valid date), before the log is considered. */
  lastTouchField: IsoDate | null;
  snoozeUntil: IsoDate | null;
  doNotContact: boolean;
  /** The date do-not-contact was set, when it was written as a date. */
  doNotContactSince: IsoDate | null;
  noRefer: boolean;
  noReferSince: IsoDate | null;
  /** All tags of the note, lower-cased, without `#`. */
  tags: string[];
  log: LogEntry[];
  /** Problems found in the note itself (date-dependent ones come from the schedule). */
  problems: Problem[];
  /** The spelling each field has in this note, so a write goes to the key the note already uses. */
  keys: Partial<Record<FieldKey, string>>;
  /** False when the frontmatter is not valid YAML: such a note is never written to. */
  writable: boolean;
}

export interface ContactSource {
  path: string;
  /** Parsed frontmatter (`{}` when the note has none); ignored when `frontmatterError` is set. */
  frontmatter: Readonly<Record<string, unknown>> | null | undefined;
  /** Why the frontmatter could not be read (invalid YAML, a `---js` block, …). */
  frontmatterError?: string;
  /** Tags from frontmatter and body, with or without `#`. */
  tags?: readonly string[];
  log?: readonly LogEntry[];
}

const ALIASES: Readonly<Record<FieldKey, readonly string[]>> = {
  name: ["name"],
  tier: ["tier"],
  cadence: ["cadence"],
  "last-touch": ["last-touch", "last_touch", "lastTouch", "last-contact", "last_contact", "lastContact"],
  "snooze-until": ["snooze-until", "snooze_until", "snoozeUntil"],
  "do-not-contact": ["do-not-contact", "do_not_contact", "doNotContact"],
  "no-refer": ["no-refer", "no_refer", "noRefer"],
};

/** Every spelling of a field that the plugin reads, canonical first. */
export function fieldSpellings(field: FieldKey): readonly string[] {
  return ALIASES[field];
}

/** The basename of a path without its `.md` extension. */
export function basename(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.length > 3 && file.slice(-3).toLowerCase() === ".md" ? file.slice(0, -3) : file;
}

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
  const tag = withoutHash(settings.contactTag).toLowerCase();
  return tags.some((t) => {
    const clean = withoutHash(t).toLowerCase();
    return clean === tag || (clean.startsWith(tag) && clean.charAt(tag.length) === "/");
  });
}

/** `path` lies inside `folder` (at any depth). */
function isUnder(path: string, folder: string): boolean {
  return path.startsWith(folder) && path.charAt(folder.length) === "/";
}

function withoutHash(tag: string): string {
  return tag.startsWith("#") ? tag.slice(1) : tag;
}

const TRUE_WORDS = new Set(["true", "yes", "y", "on"]);
const FALSE_WORDS = new Set(["false", "no", "n", "off", ""]);

type Flag = { set: boolean; since: IsoDate | null };

/** A flag: a boolean, yes/no (also as strings), or a date meaning "set since then". */
const flagSchema = z.union([
  z.boolean().transform((b): Flag => ({ set: b, since: null })),
  z.null().transform((): Flag => ({ set: false, since: null })),
  z.unknown().transform((v, ctx): Flag => {
    if (typeof v === "string" && TRUE_WORDS.has(v.trim().toLowerCase())) return { set: true, since: null };
    if (typeof v === "string" && FALSE_WORDS.has(v.trim().toLowerCase())) return { set: false, since: null };
    const since = parseDateValue(v);
    if (since !== null) return { set: true, since };
    ctx.addIssue({ code: "custom", message: "expected true/false, yes/no or a date (YYYY-MM-DD)" });
    return z.NEVER;
  }),
]);

const dateSchema = z.unknown().transform((v, ctx): IsoDate | null => {
  if (v === null || v === "") return null;
  const date = parseDateValue(v);
  if (date === null) {
    ctx.addIssue({ code: "custom", message: "expected a date (YYYY-MM-DD)" });
    return z.NEVER;
  }
  return date;
});

const nameSchema = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

/** Shows a value the way the user wrote it, for messages. */
function shown(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return `"${value}"`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function findTier(value: string, tiers: readonly TierDef[]): TierDef | undefined {
  const wanted = value.trim().toLowerCase();
  return tiers.find((t) => t.key.toLowerCase() === wanted || t.aliases.some((a) => a.toLowerCase() === wanted));
}

const UNTRACKED_TIERS = new Set(["none", "database"]);

/** Builds the contact from its parts. Never throws: bad values become problems. */
export function buildContact(source: ContactSource, settings: Pick<Settings, "tiers">): Contact {
  const { path } = source;
  const problems: Problem[] = [];
  const problem = (field: Problem["field"], message: string): void => {
    problems.push({ path, field, message: `${path}: ${message}` });
  };
  const fm: Readonly<Record<string, unknown>> = source.frontmatterError !== undefined ? {} : (source.frontmatter ?? {});
  if (source.frontmatterError !== undefined) {
    problem("frontmatter", `${source.frontmatterError}; the plugin will not write to this note until it is fixed`);
  }

  const keys: Partial<Record<FieldKey, string>> = {};
  const raw = (field: FieldKey): unknown => {
    for (const key of ALIASES[field]) {
      if (Object.prototype.hasOwnProperty.call(fm, key)) {
        keys[field] = key;
        return fm[key];
      }
    }
    return undefined;
  };
  const keyOf = (field: FieldKey): string => keys[field] ?? field;

  // name
  let name = basename(path);
  const rawName = raw("name");
  if (typeof rawName === "string") {
    if (rawName.trim() !== "") name = rawName.trim();
  } else if (rawName !== undefined && rawName !== null) {
    const parsed = nameSchema.safeParse(rawName);
    if (parsed.success && parsed.data !== "") name = parsed.data;
    else if (!parsed.success) problem("name", `${keyOf("name")} ${shown(rawName)} is not text (expected a name); using "${name}"`);
  }

  // tier
  const tierCount = settings.tiers.length;
  let tier: TierDef | null = null;
  let unknownTier = false;
  const rawTier = raw("tier");
  if (rawTier !== undefined && rawTier !== null && rawTier !== "") {
    const text = typeof rawTier === "string" || typeof rawTier === "number" ? String(rawTier) : null;
    const found = text === null ? undefined : findTier(text, settings.tiers);
    if (found !== undefined) tier = found;
    else if (text === null || !UNTRACKED_TIERS.has(text.trim().toLowerCase())) {
      unknownTier = true;
      const expected = settings.tiers.map((t) => t.key).join(", ");
      problem("tier", `tier ${shown(rawTier)} is not a tier (expected one of ${expected}, or none); the contact is untracked until it is fixed`);
    }
  }
  const tierRank = tier === null ? tierCount : settings.tiers.indexOf(tier);

  // cadence: the note's own, else the tier's
  const tierCadence = tier === null ? null : parseCadence(tier.cadence);
  let cadence: Cadence | null = tierCadence?.kind === "cadence" ? tierCadence.cadence : null;
  let ownCadence = false;
  const rawCadence = raw("cadence");
  if (rawCadence !== undefined && rawCadence !== null && rawCadence !== "") {
    const parsed = parseCadence(rawCadence);
    ownCadence = parsed.kind !== "invalid";
    if (parsed.kind === "cadence") cadence = parsed.cadence;
    else if (parsed.kind === "never") cadence = null;
    else {
      const fallback = cadence === null ? "the contact is untracked" : `tier ${tier?.key ?? ""}'s ${formatCadence(cadence)} applies`;
      problem("cadence", `${keyOf("cadence")} ${shown(rawCadence)} is not a cadence (try 2w, 3m, quarterly); ${fallback}`);
    }
  }
  if (unknownTier) cadence = null;

  const readDate = (field: "last-touch" | "snooze-until"): IsoDate | null => {
    const value = raw(field);
    if (value === undefined) return null;
    // The common case, a plain date, skips the schema; anything else gets its full check.
    const quick = typeof value === "string" ? parseDateValue(value) : null;
    if (quick !== null) return quick;
    const parsed = dateSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    problem(field, `${keyOf(field)} ${shown(value)} is not a date (expected YYYY-MM-DD); it is ignored`);
    return null;
  };
  const lastTouchField = readDate("last-touch");
  const snoozeUntil = readDate("snooze-until");

  const readFlag = (field: "do-not-contact" | "no-refer"): Flag => {
    const value = raw(field);
    if (value === undefined || value === null || value === false) return { set: false, since: null };
    if (value === true) return { set: true, since: null };
    const parsed = flagSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    // When in doubt, the flag is set: better not to contact someone who may have asked us not to.
    problem(field, `${keyOf(field)} ${shown(value)} is not a flag (expected true/false, yes/no or a date YYYY-MM-DD); treated as set`);
    return { set: true, since: null };
  };
  const dnc = readFlag("do-not-contact");
  const noRefer = readFlag("no-refer");

  const tags = [...new Set((source.tags ?? []).map((t) => t.replace(/^#/, "").toLowerCase()).filter((t) => t !== ""))];

  return {
    path,
    name,
    tier,
    tierRank,
    cadence,
    ownCadence,
    lastTouchField,
    snoozeUntil,
    doNotContact: dnc.set,
    doNotContactSince: dnc.since,
    noRefer: noRefer.set,
    noReferSince: noRefer.since,
    tags,
    log: [...(source.log ?? [])],
    problems,
    keys,
    writable: source.frontmatterError === undefined,
  };
}
