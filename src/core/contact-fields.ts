/**
 * The frontmatter fields the plugin reads: each field's spellings, canonical first, written once
 * here; the field names, the spelling lookup and the value slots all follow from this table.
 * Keys are compared by shape (case, spaces, `-`, `_` and camelCase aside: `Last Contact` is
 * `last-contact`), so each spelling below stands for all its look-alikes. The later spellings are
 * other tools' keys (Personal CRM's `prm-*`, `frequency`, `dnc`, …), read so that a vault written
 * for them works here, and written back in the note's own spelling so that the other tool keeps
 * working.
 */
import { keyShape } from "./keys";

const ALIASES = {
  name: ["name"],
  tier: ["tier", "prm-tier"],
  cadence: ["cadence", "frequency", "prm-cadence", "contact-frequency", "interval"],
  "last-touch": [
    "last-touch",
    "last_touch",
    "lastTouch",
    "last-contact",
    "last_contact",
    "lastContact",
    "last-contacted",
    "prm-last-contacted",
    "last-interaction",
  ],
  "snooze-until": ["snooze-until", "snooze_until", "snoozeUntil", "snoozed-until", "prm-snooze-until"],
  // When in doubt, do not contact: every way other tools and people say it.
  "do-not-contact": ["do-not-contact", "do_not_contact", "doNotContact", "dnc", "no-contact", "opted-out", "unsubscribed"],
  "no-refer": ["no-refer", "no_refer", "noRefer"],
  paused: ["paused", "prm-paused"],
} as const satisfies Record<string, readonly string[]>;

/** A frontmatter field the plugin reads, by its canonical spelling. */
export type FieldKey = keyof typeof ALIASES;

const FIELD_KEYS = Object.keys(ALIASES) as FieldKey[];

/** How many fields there are: the length of the values `buildContact` collects. */
export const FIELD_COUNT = FIELD_KEYS.length;

/**
 * Which field each key shape names, its slot among the values, and its rank among the field's
 * spellings (canonical first; look-alikes of one spelling share its rank).
 */
export const SPELLINGS: ReadonlyMap<string, { field: FieldKey; index: number; rank: number }> = (() => {
  const map = new Map<string, { field: FieldKey; index: number; rank: number }>();
  FIELD_KEYS.forEach((field, index) =>
    ALIASES[field].forEach((key, rank) => {
      const shape = keyShape(key);
      if (!map.has(shape)) map.set(shape, { field, index, rank });
    }),
  );
  return map;
})();

/** Each spelling exactly as listed, with its place in its field's list. */
const LISTED: ReadonlyMap<string, number> = new Map(FIELD_KEYS.flatMap((f) => ALIASES[f].map((key, i) => [key, i] as const)));

/** Each field's place in the values `buildContact` collects. */
export const FIELD_INDEX = Object.fromEntries(FIELD_KEYS.map((field, index) => [field, index])) as Record<FieldKey, number>;

/** Every spelling of a field that the plugin reads, canonical first. */
export function fieldSpellings(field: FieldKey): readonly string[] {
  return ALIASES[field];
}

/** The field a note's key names (`Last Contact` → `last-touch`), or `null`. */
export function fieldOfKey(key: string): FieldKey | null {
  return SPELLINGS.get(keyShape(key))?.field ?? null;
}

/**
 * How strongly a key claims its field when a note has two, lower first: a spelling listed exactly
 * beats any look-alike, earlier in the list first; then look-alikes by their spelling's rank. The
 * writer (`findSpelling`) picks the same key, so a write lands on the value that was read.
 */
export function spellingScore(key: string, rank: number): number {
  return LISTED.get(key) ?? 1000 + rank;
}

/** The exact keys `ignore-mentions` is read under, first found first. */
const IGNORE_MENTIONS_KEYS = ["ignore-mentions", "ignore_mentions", "ignoreMentions"];

/**
 * What a note's key is to the reader, worked out once per distinct key: the field it names (`index`
 * -1 when none) with its `spellingScore`, and which of `ignore-mentions`' keys it is (-1 when none).
 */
export interface KeyReading {
  field: FieldKey | null;
  index: number;
  score: number;
  ignoreRank: number;
}

const NOT_READ: KeyReading = Object.freeze({ field: null, index: -1, score: Infinity, ignoreRank: -1 });
const MEMO_LIMIT = 4096;
const readings = new Map<string, KeyReading>();

/**
 * How `buildContact` reads `key`. It asks this for every key of every contact at each build; a
 * vault uses a few hundred distinct keys (the memo is bounded, cleared when full).
 */
export function keyReading(key: string): KeyReading {
  const known = readings.get(key);
  if (known !== undefined) return known;
  const spelling = SPELLINGS.get(keyShape(key));
  const ignoreRank = IGNORE_MENTIONS_KEYS.indexOf(key);
  const reading: KeyReading =
    spelling === undefined && ignoreRank < 0
      ? NOT_READ
      : spelling === undefined
        ? { field: null, index: -1, score: Infinity, ignoreRank }
        : { field: spelling.field, index: spelling.index, score: spellingScore(key, spelling.rank), ignoreRank };
  if (readings.size >= MEMO_LIMIT) readings.clear();
  readings.set(key, reading);
  return reading;
}
