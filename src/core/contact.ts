/**
 * A contact from `(path, frontmatter, tags, log)`: the pure object the rest of the plugin works
 * with (no `TFile`, no Obsidian). Every field is validated on its own, so one bad value becomes a
 * problem that names the file, the field and what was expected, and never hides the rest.
 */
import * as z from "zod";
import { parseCadence, formatCadence, type Cadence } from "./cadence";
import { parseDateValue, type IsoDate } from "./dates";
import { sameData } from "./equal";
import { latestEntry, type LatestEntry, type LogEntry } from "./log";
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
  /** `ignore-mentions: true`: links from dated notes are never touches for this person. */
  ignoreMentions: boolean;
  /** All tags of the note, lower-cased, without `#`. */
  tags: string[];
  /** The log's entries in line order. The index reads them on first use: ask only for the contacts you show. */
  log: LogEntry[];
  /** The log's latest entry by date, then line (one dated after today included): what the schedule needs, without reading the log. */
  lastLogged: LatestEntry | null;
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
  /** Tags from frontmatter and body, with or without `#`; or where to collect them when first asked. */
  tags?: readonly string[] | TagSource;
  /** The log's entries, or its latest entry now and how to read the rest when first asked. */
  log?: readonly LogEntry[] | LazyLog;
}

/** A log read in two steps: its latest entry at once (the schedule needs it), the entries on first use. */
export interface LazyLog {
  readonly latest: LatestEntry | null;
  read(): readonly LogEntry[];
}

/** Where a contact's tags are collected from when first asked for. */
export interface TagSource {
  readTags(): readonly string[];
}

function isLazyLog(log: readonly LogEntry[] | LazyLog): log is LazyLog {
  return !Array.isArray(log);
}

function isTagSource(tags: readonly string[] | TagSource): tags is TagSource {
  return !Array.isArray(tags);
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

/** Which field each spelling names, and its rank among the field's spellings (canonical first). */
const SPELLINGS: ReadonlyMap<string, { field: FieldKey; index: number; rank: number }> = new Map(
  (Object.keys(ALIASES) as FieldKey[]).flatMap((field, index) => ALIASES[field].map((key, rank) => [key, { field, index, rank }] as const)),
);

/** Each field's place in the values `buildContact` collects. */
const FIELD_INDEX = Object.fromEntries((Object.keys(ALIASES) as FieldKey[]).map((field, index) => [field, index])) as Record<FieldKey, number>;

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

/** Each tier list's keys and aliases, lower-cased (settings replace the list when they change). */
const tierNames = new WeakMap<readonly TierDef[], ReadonlyMap<string, TierDef>>();

function findTier(value: string, tiers: readonly TierDef[]): TierDef | undefined {
  let names = tierNames.get(tiers);
  if (names === undefined) {
    const map = new Map<string, TierDef>();
    // The first tier that has a name wins, keys before aliases within a tier, as a linear search would.
    for (const t of tiers) for (const name of [t.key, ...t.aliases]) if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), t);
    tierNames.set(tiers, map);
    names = map;
  }
  return names.get(value) ?? names.get(value.trim().toLowerCase());
}

const UNTRACKED_TIERS = new Set(["none", "database"]);

function addProblem(problems: Problem[], path: string, field: Problem["field"], message: string): void {
  problems.push({ path, field, message: `${path}: ${message}` });
}

/** A date field: a plain date at once, anything else through its full check. */
function readDate(value: unknown, field: "last-touch" | "snooze-until", keys: Partial<Record<FieldKey, string>>, problems: Problem[], path: string): IsoDate | null {
  if (value === undefined) return null;
  const quick = typeof value === "string" ? parseDateValue(value) : null;
  if (quick !== null) return quick;
  const parsed = dateSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  addProblem(problems, path, field, `${keys[field] ?? field} ${shown(value)} is not a date (expected YYYY-MM-DD); it is ignored`);
  return null;
}

const UNSET: Flag = Object.freeze({ set: false, since: null });
const SET: Flag = Object.freeze({ set: true, since: null });

/** A flag field: booleans at once, anything else through its full check. */
function readFlag(value: unknown, field: "do-not-contact" | "no-refer", keys: Partial<Record<FieldKey, string>>, problems: Problem[], path: string): Flag {
  if (value === undefined || value === null || value === false) return UNSET;
  if (value === true) return SET;
  const parsed = flagSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  // When in doubt, the flag is set: better not to contact someone who may have asked us not to.
  addProblem(problems, path, field, `${keys[field] ?? field} ${shown(value)} is not a flag (expected true/false, yes/no or a date YYYY-MM-DD); treated as set`);
  return SET;
}

/** `ignore-mentions` (also `ignore_mentions`, `ignoreMentions`): true, or yes/true as text. */
function readIgnoreMentions(fm: Readonly<Record<string, unknown>>): boolean {
  const value = fm["ignore-mentions"] ?? fm.ignore_mentions ?? fm.ignoreMentions;
  if (value === true) return true;
  return typeof value === "string" && TRUE_WORDS.has(value.trim().toLowerCase());
}

/** Builds the contact from its parts. Never throws: bad values become problems. */
export function buildContact(source: ContactSource, settings: Pick<Settings, "tiers">): Contact {
  // This runs for every contact at each index build: no closures, and one pass over the keys.
  const { path } = source;
  const problems: Problem[] = [];
  const fm: Readonly<Record<string, unknown>> = source.frontmatterError !== undefined ? {} : (source.frontmatter ?? {});
  if (source.frontmatterError !== undefined) {
    addProblem(problems, path, "frontmatter", `${source.frontmatterError}; the plugin will not write to this note until it is fixed`);
  }

  // The fields' values, found in one pass over the note's keys (a note has a handful; the fields
  // have eighteen spellings). Where a note has two spellings of one field, the canonical one wins.
  const keys: Partial<Record<FieldKey, string>> = {};
  const values: unknown[] = [undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  for (const key in fm) {
    const spelling = SPELLINGS.get(key);
    if (spelling === undefined || !Object.prototype.hasOwnProperty.call(fm, key)) continue;
    const seen = keys[spelling.field];
    if (seen !== undefined && (SPELLINGS.get(seen)?.rank ?? 0) <= spelling.rank) continue;
    values[spelling.index] = fm[key];
    keys[spelling.field] = key;
  }

  // name
  let name: string | null = null;
  const rawName = values[FIELD_INDEX.name];
  if (typeof rawName === "string") {
    if (rawName.trim() !== "") name = rawName.trim();
  } else if (rawName !== undefined && rawName !== null) {
    const parsed = nameSchema.safeParse(rawName);
    if (parsed.success && parsed.data !== "") name = parsed.data;
    else if (!parsed.success) addProblem(problems, path, "name", `${keys.name ?? "name"} ${shown(rawName)} is not text (expected a name); using "${basename(path)}"`);
  }

  // tier
  const tierCount = settings.tiers.length;
  let tier: TierDef | null = null;
  let unknownTier = false;
  const rawTier = values[FIELD_INDEX.tier];
  if (rawTier !== undefined && rawTier !== null && rawTier !== "") {
    const text = typeof rawTier === "string" || typeof rawTier === "number" ? String(rawTier) : null;
    const found = text === null ? undefined : findTier(text, settings.tiers);
    if (found !== undefined) tier = found;
    else if (text === null || !UNTRACKED_TIERS.has(text.trim().toLowerCase())) {
      unknownTier = true;
      const expected = settings.tiers.map((t) => t.key).join(", ");
      addProblem(problems, path, "tier", `tier ${shown(rawTier)} is not a tier (expected one of ${expected}, or none); the contact is untracked until it is fixed`);
    }
  }
  const tierRank = tier === null ? tierCount : settings.tiers.indexOf(tier);

  // cadence: the note's own, else the tier's
  const tierCadence = tier === null ? null : parseCadence(tier.cadence);
  let cadence: Cadence | null = tierCadence?.kind === "cadence" ? tierCadence.cadence : null;
  let ownCadence = false;
  const rawCadence = values[FIELD_INDEX.cadence];
  if (rawCadence !== undefined && rawCadence !== null && rawCadence !== "") {
    const parsed = parseCadence(rawCadence);
    ownCadence = parsed.kind !== "invalid";
    if (parsed.kind === "cadence") cadence = parsed.cadence;
    else if (parsed.kind === "never") cadence = null;
    else {
      const fallback = cadence === null ? "the contact is untracked" : `tier ${tier?.key ?? ""}'s ${formatCadence(cadence)} applies`;
      addProblem(problems, path, "cadence", `${keys.cadence ?? "cadence"} ${shown(rawCadence)} is not a cadence (try 2w, 3m, quarterly); ${fallback}`);
    }
  }
  if (unknownTier) cadence = null;

  const lastTouchField = readDate(values[FIELD_INDEX["last-touch"]], "last-touch", keys, problems, path);
  const snoozeUntil = readDate(values[FIELD_INDEX["snooze-until"]], "snooze-until", keys, problems, path);
  const dnc = readFlag(values[FIELD_INDEX["do-not-contact"]], "do-not-contact", keys, problems, path);
  const noRefer = readFlag(values[FIELD_INDEX["no-refer"]], "no-refer", keys, problems, path);

  const sourceLog = source.log ?? [];
  const sourceTags = source.tags ?? [];
  const fields: ContactFields = {
    path,
    name: name ?? basename(path),
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
    ignoreMentions: readIgnoreMentions(fm),
    lastLogged: isLazyLog(sourceLog) ? sourceLog.latest : latestEntry(sourceLog),
    problems,
    keys,
    writable: source.frontmatterError === undefined,
  };
  if (isLazyLog(sourceLog) || !Array.isArray(sourceTags)) return new LazyContact(fields, sourceLog, sourceTags);
  return Object.assign(fields, { tags: normaliseTags(sourceTags as readonly string[]), log: [...sourceLog] });
}

/** Everything of a contact but what the index reads on first use. */
type ContactFields = Omit<Contact, "log" | "tags">;

/**
 * A contact whose log entries and tags are read when first asked for (the index builds these:
 * the schedule needs only `lastLogged`, and the panel shows a handful of rows). Compare such
 * contacts with `sameContact`, which reads through to the log and tags.
 */
class LazyContact implements Contact {
  path: string;
  name: string;
  tier: TierDef | null;
  tierRank: number;
  cadence: Cadence | null;
  ownCadence: boolean;
  lastTouchField: IsoDate | null;
  snoozeUntil: IsoDate | null;
  doNotContact: boolean;
  doNotContactSince: IsoDate | null;
  noRefer: boolean;
  noReferSince: IsoDate | null;
  ignoreMentions: boolean;
  lastLogged: LatestEntry | null;
  problems: Problem[];
  keys: Partial<Record<FieldKey, string>>;
  writable: boolean;
  private logSource: readonly LogEntry[] | LazyLog | null;
  private tagSource: readonly string[] | TagSource | null;
  private entries: LogEntry[] | null = null;
  private tagList: string[] | null = null;

  constructor(fields: ContactFields, log: readonly LogEntry[] | LazyLog, tags: readonly string[] | TagSource) {
    this.path = fields.path;
    this.name = fields.name;
    this.tier = fields.tier;
    this.tierRank = fields.tierRank;
    this.cadence = fields.cadence;
    this.ownCadence = fields.ownCadence;
    this.lastTouchField = fields.lastTouchField;
    this.snoozeUntil = fields.snoozeUntil;
    this.doNotContact = fields.doNotContact;
    this.doNotContactSince = fields.doNotContactSince;
    this.noRefer = fields.noRefer;
    this.noReferSince = fields.noReferSince;
    this.ignoreMentions = fields.ignoreMentions;
    this.lastLogged = fields.lastLogged;
    this.problems = fields.problems;
    this.keys = fields.keys;
    this.writable = fields.writable;
    this.logSource = log;
    this.tagSource = tags;
  }

  get log(): LogEntry[] {
    if (this.entries === null) {
      const log = this.logSource ?? [];
      this.entries = isLazyLog(log) ? [...log.read()] : [...log];
      // Read once: the source (the note's text) is no longer held.
      this.logSource = null;
    }
    return this.entries;
  }

  get tags(): string[] {
    if (this.tagList === null) {
      const tags = this.tagSource ?? [];
      this.tagList = normaliseTags(isTagSource(tags) ? tags.readTags() : tags);
      this.tagSource = null;
    }
    return this.tagList;
  }
}

/** The fields of a contact, each compared by value (`log` and `tags` read through). */
const CONTACT_FIELDS = {
  path: true, name: true, tier: true, tierRank: true, cadence: true, ownCadence: true, lastTouchField: true, snoozeUntil: true,
  doNotContact: true, doNotContactSince: true, noRefer: true, noReferSince: true, ignoreMentions: true, tags: true, log: true, lastLogged: true,
  problems: true, keys: true, writable: true,
} satisfies Record<keyof Contact, true>;

/**
 * Are two contacts the same, field by field? With `withLog` false the log entries are not
 * compared (nor read): for when the caller knows they come from the same text.
 */
export function sameContact(a: Contact, b: Contact, withLog = true): boolean {
  for (const key of Object.keys(CONTACT_FIELDS) as (keyof Contact)[]) {
    if (key === "log" && !withLog) continue;
    if (!sameData(a[key], b[key])) return false;
  }
  return true;
}

/** Tags lower-cased, without `#`, each once. */
function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const clean = (t.startsWith("#") ? t.slice(1) : t).toLowerCase();
    if (clean !== "" && !out.includes(clean)) out.push(clean);
  }
  return out;
}
