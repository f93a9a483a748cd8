/**
 * A contact from `(path, frontmatter, tags, log)`. Every field is validated on its own, so one bad
 * value becomes a problem that names the file, the field and what was expected, and never hides
 * the rest.
 */
import { parseCadence, formatCadence, type Cadence } from "./cadence";
import { basename, LazyContact, normaliseTags, type Contact, type ContactFields, type ContactSource, type Problem } from "./contact";
import { FIELD_COUNT, FIELD_INDEX, keyReading, type FieldKey } from "./contact-fields";
import { parseDateValue, type IsoDate } from "./dates";
import { readKeyDates } from "./key-dates";
import { LogFacts } from "./log-facts";
import type { Settings, TierDef } from "./settings";
import { findTier, isUntrackedTierWord } from "./tiers";

const TRUE_WORDS = new Set(["true", "yes", "y", "on"]);
const FALSE_WORDS = new Set(["false", "no", "n", "off", ""]);

type Flag = { set: boolean; since: IsoDate | null };

const UNSET: Flag = Object.freeze({ set: false, since: null });
const SET: Flag = Object.freeze({ set: true, since: null });

/** A flag: a boolean, yes/no (also as strings), or a date meaning "set since then"; `null` when unreadable. */
function parseFlag(value: unknown): Flag | null {
  if (typeof value === "boolean") return value ? SET : UNSET;
  if (value === null) return UNSET;
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return SET;
    if (FALSE_WORDS.has(word)) return UNSET;
  }
  const since = parseDateValue(value);
  return since === null ? null : { set: true, since };
}

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

function addProblem(problems: Problem[], path: string, field: Problem["field"], message: string): void {
  problems.push({ path, field, message: `${path}: ${message}` });
}

/** A date field; an unreadable value is a problem, and is ignored. */
function readDate(
  value: unknown,
  field: "last-touch" | "snooze-until",
  keys: Partial<Record<FieldKey, string>>,
  problems: Problem[],
  path: string,
): IsoDate | null {
  if (value === undefined || value === null || value === "") return null;
  const date = parseDateValue(value);
  if (date !== null) return date;
  addProblem(problems, path, field, `${keys[field] ?? field} ${shown(value)} is not a date (expected YYYY-MM-DD); it is ignored`);
  return null;
}

/** A flag field; an unreadable value is a problem, and counts as set (paused: unset). */
function readFlag(
  value: unknown,
  field: "do-not-contact" | "no-refer" | "paused",
  keys: Partial<Record<FieldKey, string>>,
  problems: Problem[],
  path: string,
): Flag {
  if (value === undefined || value === null || value === false) return UNSET;
  if (value === true) return SET;
  const flag = parseFlag(value);
  if (flag !== null) return flag;
  if (field === "paused") {
    addProblem(problems, path, field, `${keys[field] ?? field} ${shown(value)} is not a flag (expected true/false or yes/no); not paused`);
    return UNSET;
  }
  // When in doubt, the flag is set: better not to contact someone who may have asked us not to.
  addProblem(
    problems,
    path,
    field,
    `${keys[field] ?? field} ${shown(value)} is not a flag (expected true/false, yes/no or a date YYYY-MM-DD); treated as set`,
  );
  return SET;
}

/** `ignore-mentions` (also `ignore_mentions`, `ignoreMentions`, first found first): true, or yes/true as text. */
function readIgnoreMentions(value: unknown): boolean {
  if (value === true) return true;
  return typeof value === "string" && TRUE_WORDS.has(value.trim().toLowerCase());
}

// The fields' values and their keys' scores while one contact is read, kept from one contact to
// the next (this runs for every contact at each build: nothing to allocate). Reset on entry.
const values: unknown[] = Array<unknown>(FIELD_COUNT).fill(undefined);
const scores: number[] = Array<number>(FIELD_COUNT).fill(Infinity);

/** Builds the contact from its parts. Never throws: bad values become problems. */
export function buildContact(
  source: ContactSource,
  settings: Pick<Settings, "tiers"> & Partial<Pick<Settings, "keyDateKeys" | "interactionTypes">>,
): Contact {
  // This runs for every contact at each index build: no closures, and one pass over the keys.
  const { path } = source;
  const problems: Problem[] = [];
  const fm: Readonly<Record<string, unknown>> = source.frontmatterError !== undefined ? {} : (source.frontmatter ?? {});
  if (source.frontmatterError !== undefined) {
    addProblem(problems, path, "frontmatter", `${source.frontmatterError}; the plugin will not write to this note until it is fixed`);
  }

  // The fields' values, found in one pass over the note's keys (a note has a handful; the fields
  // have some forty spellings). Where a note has two spellings of one field, `spellingScore` decides.
  const keys: Partial<Record<FieldKey, string>> = {};
  values.fill(undefined);
  scores.fill(Infinity);
  let ignoreMentions: unknown = undefined;
  let ignoreRank = Infinity;
  for (const key in fm) {
    const reading = keyReading(key);
    if (reading.ignoreRank >= 0) {
      // Read as `fm["ignore-mentions"] ?? fm.ignore_mentions ?? fm.ignoreMentions`.
      const value = fm[key];
      if (value !== undefined && value !== null && reading.ignoreRank < ignoreRank) {
        ignoreRank = reading.ignoreRank;
        ignoreMentions = value;
      }
    }
    const field = reading.field;
    if (field === null || !Object.prototype.hasOwnProperty.call(fm, key)) continue;
    const index = reading.index;
    if ((scores[index] ?? Infinity) <= reading.score) continue;
    scores[index] = reading.score;
    values[index] = fm[key];
    keys[field] = key;
  }

  // name
  let name: string | null = null;
  const rawName = values[FIELD_INDEX.name];
  if (typeof rawName === "string") {
    if (rawName.trim() !== "") name = rawName.trim();
  } else if (typeof rawName === "number") {
    name = String(rawName);
  } else if (rawName !== undefined && rawName !== null) {
    addProblem(problems, path, "name", `${keys.name ?? "name"} ${shown(rawName)} is not text (expected a name); using "${basename(path)}"`);
  }

  // tier
  const tierCount = settings.tiers.length;
  let tier: TierDef | null = null;
  let unknownTier = false;
  const rawTier = values[FIELD_INDEX.tier];
  if (rawTier !== undefined && rawTier !== null && rawTier !== "") {
    const text = typeof rawTier === "string" || typeof rawTier === "number" ? String(rawTier) : null;
    const found = text === null ? undefined : findTier(settings.tiers, text);
    if (found !== undefined) tier = found;
    else if (text === null || !isUntrackedTierWord(text)) {
      unknownTier = true;
      const expected = settings.tiers.map((t) => t.key).join(", ");
      addProblem(
        problems,
        path,
        "tier",
        `${keys.tier ?? "tier"} ${shown(rawTier)} is not a tier (expected one of ${expected}, or none); the contact is untracked until it is fixed`,
      );
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
      const why = parsed.reason ?? "try 2w, 3m, quarterly";
      addProblem(problems, path, "cadence", `${keys.cadence ?? "cadence"} ${shown(rawCadence)} is not a cadence (${why}); ${fallback}`);
    }
  }
  if (unknownTier) cadence = null;
  // Paused (another tool's switch): kept, untracked, and shown as paused.
  const paused = readFlag(values[FIELD_INDEX.paused], "paused", keys, problems, path).set;
  if (paused) cadence = null;

  const lastTouchField = readDate(values[FIELD_INDEX["last-touch"]], "last-touch", keys, problems, path);
  const snoozeUntil = readDate(values[FIELD_INDEX["snooze-until"]], "snooze-until", keys, problems, path);
  const dnc = readFlag(values[FIELD_INDEX["do-not-contact"]], "do-not-contact", keys, problems, path);
  const noRefer = readFlag(values[FIELD_INDEX["no-refer"]], "no-refer", keys, problems, path);
  const keyDates = readKeyDates(fm, path, settings.keyDateKeys);
  problems.push(...keyDates.problems);

  const sourceLog = source.log ?? [];
  const logFacts = sourceLog instanceof LogFacts ? sourceLog : LogFacts.of(sourceLog, settings.interactionTypes ?? []);
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
    ignoreMentions: readIgnoreMentions(ignoreMentions),
    paused,
    logFacts,
    lastLogged: logFacts.latest(),
    problems,
    keys,
    writable: source.frontmatterError === undefined,
    keyDates: keyDates.dates,
  };
  if (!Array.isArray(sourceTags)) return new LazyContact(fields, sourceTags);
  return Object.assign(fields, { tags: normaliseTags(sourceTags as readonly string[]) });
}
