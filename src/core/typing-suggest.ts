/**
 * What to suggest while someone types in a contact note, from the note's lines and the cursor
 * alone: a date on a new log item, then an interaction type; a reciprocity tag after `#` in a log
 * line; tier keys, cadences and today's date as frontmatter values. The editor adapter only shows
 * the items and, when one is picked, puts its text in place of the typed range: nothing else.
 */
import { fieldOfKey, type FieldKey } from "./contact-fields";
import type { IsoDate } from "./dates";
import { findLogSection, frontmatterLineCount, parseLogLine } from "./log";
import { RECIPROCITY_TAGS } from "./reciprocity";
import type { Settings } from "./settings";
import { describeCadenceText } from "./cadence";

export interface Cursor {
  line: number;
  ch: number;
}

/** `log-date`: a new log item's date; `date`: a frontmatter date value. */
export type SuggestKind = "log-date" | "type" | "tag" | "tier" | "cadence" | "date";

/** Where suggestions apply: the typed text `query`, from `start` to the cursor (`end`). */
export interface SuggestTrigger {
  kind: SuggestKind;
  start: Cursor;
  end: Cursor;
  query: string;
  /** Written before the picked item: a space after a key's colon when none was typed. */
  pad: string;
}

export interface Suggestion {
  /** What the list shows. */
  label: string;
  /** A second, quieter line (a tier's label, what a cadence means). */
  detail?: string;
  /** What replaces the typed range when picked. */
  text: string;
}

export interface SuggestInput {
  lines: readonly string[];
  cursor: Cursor;
  settings: Pick<Settings, "logHeading" | "interactionTypes">;
  today: IsoDate;
}

const NEW_ITEM = /^(\s*[-*+]\s+)(\S*)$/;
const TRAILING_WORD = /[\p{L}\p{N}_-]*$/u;
const TAG_AT_END = /(?:^|[\s(])#([\p{L}\p{N}_/-]*)$/u;
const KEY_VALUE = /^(["']?)([^"'\s:#][^"':]*)\1[ \t]*:([ \t]*)(.*)$/;

/** The cadences offered: the usual words first, then the short forms they stand for. */
const CADENCES: readonly { text: string; detail: string }[] = [
  { text: "weekly", detail: "every week" },
  { text: "fortnightly", detail: "every 2 weeks" },
  { text: "monthly", detail: "every month" },
  { text: "quarterly", detail: "every 3 months" },
  { text: "semiannual", detail: "every 6 months" },
  { text: "yearly", detail: "every year" },
  { text: "2w", detail: "every 2 weeks" },
  { text: "6w", detail: "every 6 weeks" },
  { text: "1m", detail: "every month" },
  { text: "3m", detail: "every 3 months" },
  { text: "6m", detail: "every 6 months" },
  { text: "1y", detail: "every year" },
  { text: "never", detail: "untracked: in the database, never due" },
];

const DATE_FIELDS: ReadonlySet<FieldKey> = new Set(["last-touch", "snooze-until"]);

/**
 * The trigger at the cursor, or `null` when there is nothing to suggest. Suggestions come only at
 * the end of what is typed (nothing but spaces after the cursor), so picking one never replaces
 * text the user did not type just now.
 */
export function suggestTrigger(input: SuggestInput): SuggestTrigger | null {
  const { lines, cursor } = input;
  const line = lines[cursor.line];
  if (line === undefined || cursor.ch > line.length || line.slice(cursor.ch).trim() !== "") return null;
  const before = line.slice(0, cursor.ch);
  const fm = frontmatterLineCount(lines);
  if (cursor.line > 0 && cursor.line < fm - 1) return frontmatterTrigger(before, cursor);
  const section = findLogSection(lines, input.settings.logHeading);
  if (section === null || cursor.line <= section.headingLine || cursor.line >= section.end) return null;
  return logTrigger(before, cursor, input);
}

function range(kind: SuggestKind, cursor: Cursor, query: string, pad = ""): SuggestTrigger {
  return { kind, start: { line: cursor.line, ch: cursor.ch - query.length }, end: { ...cursor }, query, pad };
}

function logTrigger(before: string, cursor: Cursor, input: SuggestInput): SuggestTrigger | null {
  const types = input.settings.interactionTypes;
  // A new item: offered today's date when the log grammar would read the finished line as an entry.
  const item = NEW_ITEM.exec(before);
  if (item?.[1] !== undefined && item[2] !== undefined) {
    const query = item[2];
    if (!input.today.startsWith(query)) return null;
    return parseLogLine(item[1] + input.today, types) === null ? null : range("log-date", cursor, query);
  }
  // Right after the date: a type, while what precedes the typed word is a bare dated entry.
  const word = TRAILING_WORD.exec(before)?.[0] ?? "";
  const head = before.slice(0, before.length - word.length);
  if (/\s$/.test(head) && !head.includes("#")) {
    const entry = parseLogLine(head.trimEnd(), types);
    if (entry !== null && entry.type === null && entry.summary === "") return range("type", cursor, word);
  }
  // A tag in an entry's summary.
  const tag = TAG_AT_END.exec(before);
  if (tag?.[1] !== undefined && parseLogLine(before, types) !== null) return range("tag", cursor, `#${tag[1]}`);
  return null;
}

function frontmatterTrigger(before: string, cursor: Cursor): SuggestTrigger | null {
  const kv = KEY_VALUE.exec(before);
  if (kv?.[2] === undefined || kv[4] === undefined) return null;
  const field = fieldOfKey(kv[2].trim());
  const query = kv[4];
  // `tier:A` is not a key and a value in YAML: only `tier:` alone gets a space written before the pick.
  if (kv[3] === "" && query !== "") return null;
  const pad = kv[3] === "" ? " " : "";
  if (field === "tier") return range("tier", cursor, query, pad);
  if (field === "cadence") return range("cadence", cursor, query, pad);
  if (field !== null && DATE_FIELDS.has(field)) return range("date", cursor, query, pad);
  return null;
}

/**
 * The items for a trigger, those that start with what was typed (ignoring case). An item equal to
 * what is typed is left out: it would change nothing, and Enter should then go on as Enter.
 */
export function suggestionsFor(
  trigger: SuggestTrigger,
  settings: Pick<Settings, "interactionTypes" | "tiers">,
  today: IsoDate,
): Suggestion[] {
  const query = trigger.query.trim().toLowerCase();
  return candidates(trigger.kind, settings, today)
    .filter((s) => s.label.toLowerCase().startsWith(query) && s.label.toLowerCase() !== query)
    .map((s) => (trigger.pad === "" ? s : { ...s, text: trigger.pad + s.text }));
}

function candidates(kind: SuggestKind, settings: Pick<Settings, "interactionTypes" | "tiers">, today: IsoDate): Suggestion[] {
  switch (kind) {
    case "log-date":
      // The space lets the type's suggestions follow at once.
      return [{ label: today, detail: "today", text: `${today} ` }];
    case "date":
      return [{ label: today, detail: "today", text: today }];
    case "type":
      return settings.interactionTypes.map((t) => ({ label: t, text: `${t}: ` }));
    case "tag":
      return RECIPROCITY_TAGS.map((t) => ({ label: `#${t}`, text: `#${t}` }));
    case "tier":
      return [
        ...settings.tiers.map((t) => ({ label: t.key, detail: `${t.label} · ${describeCadenceText(t.cadence)}`, text: t.key })),
        { label: "none", detail: "untracked: in the database, never due", text: "none" },
      ];
    case "cadence":
      return CADENCES.map((c) => ({ label: c.text, detail: c.detail, text: c.text }));
  }
}
