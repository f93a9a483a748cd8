/**
 * fast-check generators for messy, real-looking contact notes. A note is generated as a model
 * (lines of frontmatter and body) and rendered to text; the rendering remembers where each
 * frontmatter entry and the log section are, so tests can say which bytes an edit may touch.
 */
import fc from "fast-check";
import { fieldSpellings, type FieldKey } from "../../src/core/contact-fields";

export type Eol = "\n" | "\r\n";

export const FIELDS: readonly FieldKey[] = ["name", "tier", "cadence", "last-touch", "snooze-until", "do-not-contact", "no-refer"];

export const INTERACTION_TYPES = ["call", "email", "meeting", "meal", "note"];

/** One frontmatter entry: `key: <first>` then continuation lines (a block list or scalar). */
export interface FmEntry {
  kind: "entry";
  key: string;
  /** The value's source on the key's line (may be empty). */
  first: string;
  /** A trailing comment on the key's line, with its leading spaces (or ""). */
  comment: string;
  /** Continuation lines of a block value, already indented. */
  more: string[];
}

export interface FmComment {
  kind: "comment";
  text: string;
}

export type FmLine = FmEntry | FmComment;

export interface NoteModel {
  bom: boolean;
  eol: Eol;
  finalNewline: boolean;
  /** `null`: no frontmatter block. */
  frontmatter: FmLine[] | null;
  /** Body lines before the log section. */
  before: string[];
  /** The log section, or `null` for none. */
  log: { heading: string; level: number; lines: string[] } | null;
  /** Body lines after the log section (they start with a heading that ends it, if any). */
  after: string[];
}

export interface EntryPlace {
  entry: FmEntry;
  /** Line index of the key's line, and of the entry's last line. */
  line: number;
  lastLine: number;
}

export interface RenderedNote {
  text: string;
  lines: string[];
  /** Where each line starts in `text` (the BOM belongs to line 0). */
  offsets: number[];
  entries: EntryPlace[];
  /** Line index of the closing `---` (when there is frontmatter). */
  closingLine: number | null;
}

export function renderNote(model: NoteModel): RenderedNote {
  const lines: string[] = [];
  const entries: EntryPlace[] = [];
  let closingLine: number | null = null;
  if (model.frontmatter !== null) {
    lines.push("---");
    for (const line of model.frontmatter) {
      if (line.kind === "comment") {
        lines.push(line.text);
        continue;
      }
      const first = line.first === "" ? `${line.key}:${line.comment}` : `${line.key}: ${line.first}${line.comment}`;
      entries.push({ entry: line, line: lines.length, lastLine: lines.length + line.more.length });
      lines.push(first, ...line.more);
    }
    closingLine = lines.length;
    lines.push("---");
  }
  lines.push(...model.before);
  if (model.log !== null) lines.push(`${"#".repeat(model.log.level)} ${model.log.heading}`, ...model.log.lines);
  lines.push(...model.after);
  const bom = model.bom ? "\uFEFF" : "";
  const text = bom + lines.join(model.eol) + (model.finalNewline && lines.length > 0 ? model.eol : "");
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at);
    at += (offsets.length === 1 ? bom.length : 0) + line.length + model.eol.length;
  }
  // `splitLines` sees the BOM as part of line 0, and a final newline as one more, empty line.
  const textLines = text.split(/\r?\n/);
  return { text, lines: textLines, offsets, entries, closingLine };
}

// ---------------------------------------------------------------------------------------------
// Frontmatter

const word = fc.constantFrom(
  "Ann",
  "Bo",
  "Acme",
  "reorg",
  "tea",
  "B",
  "3m",
  "quarterly",
  "yes",
  "no",
  "true",
  "2026-01-01",
  "é",
  "日本",
  "x:y",
  "a-b",
);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const date = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A value on the key's line, as YAML source (always valid in a block mapping). */
const inlineValue: fc.Arbitrary<string> = fc.oneof(
  words,
  date,
  date.map((d) => `'${d}'`),
  date.map((d) => `"${d}"`),
  fc.string({ maxLength: 12 }).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.string({ maxLength: 12, unit: "binary" }).map((s) => JSON.stringify(s)),
  fc.constantFrom("[a, b]", "[]", "{x: 1, y: [2, 3]}", "{}", "42", "-1.5", "true", "false", "null", "~", "!!str 12", "2026-11-26T14:30"),
);

const blockValue: fc.Arbitrary<string[]> = fc.oneof(
  fc.array(
    words.map((w) => `  - ${w}`),
    { minLength: 1, maxLength: 3 },
  ),
  fc
    .array(
      words.map((w) => `  ${w}`),
      { minLength: 1, maxLength: 3 },
    )
    .map((ls) => ["|", ...ls]),
);

const trailingComment = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  words.map((w) => `  # ${w}`),
  words.map((w) => ` #${w}`),
);

const OTHER_KEYS = ["company", "role", "email", "tags", "aliases", "met", "city", "notes"];
const ALL_KEYS = [...OTHER_KEYS, ...FIELDS.flatMap((f) => fieldSpellings(f))];

const entry: fc.Arbitrary<FmEntry> = fc
  .record({
    key: fc.constantFrom(...ALL_KEYS),
    value: fc.oneof({ weight: 4, arbitrary: inlineValue }, blockValue, fc.constant("")),
    comment: trailingComment,
  })
  .map(({ key, value, comment }): FmEntry => {
    if (Array.isArray(value)) {
      const [head, ...rest] = value;
      // `key: |` (a block scalar header) or `key:` followed by a block list.
      return head === "|"
        ? { kind: "entry", key, first: "|", comment: "", more: rest }
        : { kind: "entry", key, first: "", comment, more: value };
    }
    return { kind: "entry", key, first: value, comment, more: [] };
  });

const fmComment: fc.Arbitrary<FmComment> = words.map((w) => ({ kind: "comment", text: `# ${w}` }));

export const frontmatter: fc.Arbitrary<FmLine[]> = fc
  .tuple(fc.uniqueArray(entry, { selector: (e) => e.key, maxLength: 7 }), fc.array(fc.tuple(fc.nat(), fmComment), { maxLength: 2 }))
  .map(([entries, comments]) => {
    const lines: FmLine[] = [...entries];
    for (const [at, comment] of comments) lines.splice(at % (lines.length + 1), 0, comment);
    return lines;
  });

// ---------------------------------------------------------------------------------------------
// Body

const entryLine = fc
  .tuple(fc.constantFrom("-", "*", "+"), date, fc.boolean(), fc.option(fc.constantFrom(...INTERACTION_TYPES, "coffee")), fc.option(words))
  .map(
    ([bullet, d, link, type, summary]) =>
      `${bullet} ${link ? `[[${d}]]` : d}${type === null ? "" : ` ${type}`}${summary === null ? "" : `: ${summary}`}`,
  );

const paragraph = fc.array(
  fc.oneof(
    words,
    words.map((w) => `${w} #gave`),
    words.map((w) => `[[${w}]] and more`),
  ),
  { minLength: 1, maxLength: 3 },
);
const fenced = fc
  .tuple(
    fc.constantFrom("```", "~~~", "````"),
    fc.array(fc.constantFrom("---", "## Log", "- 2026-01-01 call: in code", "tier: A", "# not a heading"), { maxLength: 3 }),
  )
  .map(([fence, inner]) => [fence, ...inner, fence]);
const heading = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min, max }), fc.constantFrom("Notes", "Logbook", "Log notes", "Work", "Family"))
    .map(([level, title]) => `${"#".repeat(level)} ${title}`);

/** Body blocks: paragraphs, entry-like lines, fenced code, blank lines, headings in a range of levels. */
const blocks = (minLevel: number, maxLevel: number): fc.Arbitrary<string[]> =>
  fc
    .array(
      fc.oneof(
        paragraph,
        fenced,
        fc.constantFrom([""], ["  "]),
        entryLine.map((l) => [l]),
        heading(minLevel, maxLevel).map((h) => [h]),
      ),
      { maxLength: 5 },
    )
    .map((bs) => bs.flat());

const logSection = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom("Log", "log", "LOG", "Log ##")).chain(([level, title]) =>
  fc
    .tuple(
      fc.array(
        fc.oneof(
          { weight: 4, arbitrary: entryLine.map((l) => [l]) },
          paragraph,
          fenced,
          fc.constantFrom([""], [" \t"]),
          heading(Math.min(level + 1, 6), 6).map((h) => [h]),
        ),
        { maxLength: 6 },
      ),
      fc.array(fc.constantFrom("", "  "), { maxLength: 2 }),
      // What follows: nothing, or a heading of the same or a higher level, then anything.
      fc.option(fc.tuple(fc.integer({ min: 1, max: level }), blocks(1, 6))),
    )
    .map(([content, trailingBlanks, next]) => ({
      log: { heading: title, level, lines: [...content.flat(), ...trailingBlanks] },
      after: next === null ? [] : [`${"#".repeat(next[0])} Afterwards`, ...next[1]],
    })),
);

export const noteModel: fc.Arbitrary<NoteModel> = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom<Eol>("\n", "\r\n"),
    finalNewline: fc.boolean(),
    frontmatter: fc.option(frontmatter, { freq: 4 }),
    before: blocks(1, 6),
    section: fc.option(logSection, { freq: 4 }),
  })
  .map(({ section, ...rest }) => ({ ...rest, log: section?.log ?? null, after: section?.after ?? [] }));

/** A value to write: dates, tier keys, any text, booleans, or `null` (remove the key). */
export const newValue: fc.Arbitrary<string | boolean | null> = fc.oneof(
  date,
  fc.constantFrom(
    "A",
    "B",
    "c",
    "1",
    "3m",
    "none",
    "yes",
    "true",
    "null",
    "",
    " padded ",
    "x: y",
    "a #b",
    "it's",
    'say "hi"',
    "line\nbreak",
    "tab\there",
  ),
  words,
  fc.string({ maxLength: 16 }),
  fc.string({ maxLength: 16, unit: "binary" }),
  fc.boolean(),
  fc.constant(null),
);

export const logLine = entryLine;

/** Lines that make a frontmatter block invalid YAML (or not a mapping), wherever they go. */
export const invalidYamlLine = fc.constantFrom(
  "bad: [unclosed",
  'bad: "unclosed',
  "bad: {a: 1",
  "a: b: c",
  "- a list item",
  "\tbad: tab",
  "@at: reserved",
  "`tick: x",
);
