/**
 * The frontmatter fields the plugin reads: each field's spellings, canonical first, written once
 * here; the field names, the spelling lookup and the value slots all follow from this table.
 */
const ALIASES = {
  name: ["name"],
  tier: ["tier"],
  cadence: ["cadence"],
  "last-touch": ["last-touch", "last_touch", "lastTouch", "last-contact", "last_contact", "lastContact"],
  "snooze-until": ["snooze-until", "snooze_until", "snoozeUntil"],
  "do-not-contact": ["do-not-contact", "do_not_contact", "doNotContact"],
  "no-refer": ["no-refer", "no_refer", "noRefer"],
} as const satisfies Record<string, readonly string[]>;

/** A frontmatter field the plugin reads, by its canonical spelling. */
export type FieldKey = keyof typeof ALIASES;

const FIELD_KEYS = Object.keys(ALIASES) as FieldKey[];

/** How many fields there are: the length of the values `buildContact` collects. */
export const FIELD_COUNT = FIELD_KEYS.length;

/** Which field each spelling names, its slot among the values, and its rank among the field's spellings (canonical first). */
export const SPELLINGS: ReadonlyMap<string, { field: FieldKey; index: number; rank: number }> = new Map(
  FIELD_KEYS.flatMap((field, index) => ALIASES[field].map((key, rank) => [key, { field, index, rank }] as const)),
);

/** Each field's place in the values `buildContact` collects. */
export const FIELD_INDEX = Object.fromEntries(FIELD_KEYS.map((field, index) => [field, index])) as Record<FieldKey, number>;

/** Every spelling of a field that the plugin reads, canonical first. */
export function fieldSpellings(field: FieldKey): readonly string[] {
  return ALIASES[field];
}
