import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logInteraction, markTouched, setFlag, setTier, snooze } from "../../src/core/actions";
import { fieldSpellings, type FieldKey } from "../../src/core/contact-fields";
import { appendLogEntry, setFrontmatterValue, type EditResult } from "../../src/core/edits";
import { findLogSection, parseLog, parseLogLine, splitLines, type LogEntry } from "../../src/core/log";
import { contactFromText, readNote } from "../../src/core/note";
import { defaultSettings } from "../../src/core/settings";
import { FIELDS, INTERACTION_TYPES, invalidYamlLine, logLine, newValue, noteModel, renderNote, type NoteModel } from "./arbitraries";
import { isoDate } from "../../src/core/dates";

const RUNS = { numRuns: 300 };
const settings = { ...defaultSettings(), interactionTypes: INTERACTION_TYPES };

function textOf(result: EditResult): string {
  if (!result.ok) throw new Error(`edit refused: ${result.error}`);
  return result.text;
}

/** A generated note whose frontmatter the `yaml` package accepts (nearly all of them). */
const validNote = noteModel.filter((model) => readNote(renderNote(model).text).frontmatterError === undefined);

/** The note's line ending; a note without any line break gets LF. */
function noteEol(text: string, model: NoteModel): string {
  return text.includes("\n") ? model.eol : "\n";
}

/** Whether a string holds a character YAML only writes escaped (a line break, a control character, …). */
function mustEscape(value: string): boolean {
  return [...value].some((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff ||
      (code >= 0xd800 && code <= 0xdfff)
    );
  });
}

/** Mostly a field the note already has (so values get replaced and removed), else any field. */
function withField(model: NoteModel): fc.Arbitrary<[NoteModel, FieldKey]> {
  const keys = new Set((model.frontmatter ?? []).flatMap((line) => (line.kind === "entry" ? [line.key] : [])));
  const present = FIELDS.filter((f) => fieldSpellings(f).some((k) => keys.has(k)));
  const field =
    present.length === 0
      ? fc.constantFrom(...FIELDS)
      : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...present) }, fc.constantFrom(...FIELDS));
  return field.map((f): [NoteModel, FieldKey] => [model, f]);
}

/** The part of `edited` that differs from `text` when `text` keeps `prefix` and `suffix` bytes. */
function middle(edited: string, prefixLength: number, suffixLength: number): string {
  return edited.slice(prefixLength, edited.length - suffixLength);
}

describe("setFrontmatterValue on random notes", () => {
  it("writes the value where it belongs and leaves every other byte as it was", () => {
    fc.assert(
      fc.property(validNote.chain(withField), newValue, ([model, field], value) => {
        const note = renderNote(model);
        const { text } = note;
        const eol = noteEol(text, model);
        const spellings = fieldSpellings(field);
        const before = readNote(text);
        const present = spellings.find((key) => Object.prototype.hasOwnProperty.call(before.frontmatter, key));
        const key = present ?? spellings[0] ?? field;
        const result = setFrontmatterValue(text, { spellings, value });
        const edited = textOf(result);

        // It reads back to the new value, and every other key keeps its value.
        const after = readNote(edited);
        const expected: Record<string, unknown> = { ...before.frontmatter };
        if (value === null) delete expected[key];
        else expected[key] = value;
        expect(after.frontmatterError).toBeUndefined();
        expect(after.frontmatter).toEqual(expected);

        if (present === undefined && value === null) {
          expect(result).toEqual({ ok: true, text, changed: false });
          return;
        }
        if (present !== undefined && value !== null && before.frontmatter[present] === value) {
          expect(result).toEqual({ ok: true, text, changed: false });
          return;
        }
        expect(result.ok && result.changed).toBe(true);

        const place = note.entries.find((p) => p.entry.key === key);
        if (place !== undefined) {
          const lineStart = note.offsets[place.line] ?? -1;
          const keyLine = text.slice(lineStart, text.indexOf("\n", lineStart) === -1 ? undefined : text.indexOf("\n", lineStart));
          expect(keyLine.replace(/^\uFEFF/, "").startsWith(`${key}:`)).toBe(true);
          if (value === null) {
            // The entry's whole line(s) go, nothing else.
            const nextLine = note.offsets[place.lastLine + 1] ?? text.length;
            expect(edited).toBe(text.slice(0, lineStart) + text.slice(nextLine));
            return;
          }
          // Bytes change only between the key's colon and the end of the old value.
          const colonEnd = lineStart + key.length + 1;
          const { first, more, comment } = place.entry;
          const lastLineStart = note.offsets[place.lastLine] ?? -1;
          const valueEnd =
            more.length > 0
              ? lastLineStart + (splitLines(text.slice(lastLineStart))[0] ?? "").length
              : colonEnd + (first === "" ? 0 : 1 + first.length);
          const suffix = text.slice(valueEnd);
          expect(edited.slice(0, colonEnd)).toBe(text.slice(0, colonEnd));
          expect(edited.endsWith(suffix)).toBe(true);
          const written = middle(edited, colonEnd, suffix.length);
          // A comment on the key's line above a block list stays, and the value takes the list's place.
          const firstItem = note.offsets[place.line + 1] ?? 0;
          const kept =
            first === "" && more.length > 0 && comment !== ""
              ? text.slice(colonEnd, firstItem + (/^ */.exec(more[0] ?? "")?.[0].length ?? 0))
              : "";
          expect(written.startsWith(kept)).toBe(true);
          expect(written.slice(kept.length)).not.toMatch(/[\r\n]/);
          const old = place.entry.first;
          // The quote style stays, except that single quotes cannot carry a line break or a control character.
          const quote = written.trimStart()[0];
          if (typeof value === "string" && old.startsWith('"')) expect(quote).toBe('"');
          if (typeof value === "string" && old.startsWith("'")) expect(quote).toBe(mustEscape(value) ? '"' : "'");
          return;
        }
        if (model.frontmatter !== null && note.closingLine !== null) {
          // A new key: one line just before the closing `---`.
          const at = note.offsets[note.closingLine] ?? -1;
          expect(edited.slice(0, at)).toBe(text.slice(0, at));
          expect(edited.endsWith(text.slice(at))).toBe(true);
          expect(middle(edited, at, text.length - at)).toMatch(new RegExp(`^${key}: [^\\r\\n]*${eol}$`));
          return;
        }
        // No frontmatter: a new block at the very top, after the BOM.
        const bom = model.bom ? "\uFEFF" : "";
        expect(edited.startsWith(`${bom}---${eol}${key}: `)).toBe(true);
        expect(edited.endsWith(`${eol}---${eol}${text.slice(bom.length)}`)).toBe(true);
        expect(splitLines(edited).length).toBe(splitLines(text).length + 3);
      }),
      RUNS,
    );
  });
});

/** An entry's content, wherever it sits. */
function withoutLine(entry: LogEntry): Omit<LogEntry, "line"> {
  return { date: entry.date, type: entry.type, summary: entry.summary, tags: entry.tags };
}

/** The line index where `line` was inserted: `edited`'s lines are `text`'s with exactly one more. */
function insertedAt(before: readonly string[], after: readonly string[], line: string): number {
  expect(after.length).toBe(before.length + 1);
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  expect(after[i]).toBe(line);
  expect(after.slice(i + 1)).toEqual(before.slice(i));
  return i;
}

describe("appendLogEntry on random notes", () => {
  it("inserts exactly one line, as the log section's last entry", () => {
    fc.assert(
      fc.property(validNote, logLine, (model: NoteModel, line) => {
        const { text, lines } = renderNote(model);
        const eol = noteEol(text, model);
        const edited = textOf(appendLogEntry(text, { heading: "Log", line }));
        const editedLines = splitLines(edited);
        const entriesBefore = parseLog(text, "Log", INTERACTION_TYPES);
        const entriesAfter = parseLog(edited, "Log", INTERACTION_TYPES);

        let at: number;
        if (model.log !== null) {
          at = insertedAt(lines, editedLines, line);
          // Byte for byte: the line and one line ending, at a line boundary, and nothing else.
          const offset = lines.slice(0, at).reduce((sum, l) => sum + l.length + eol.length, 0);
          const expected = at < lines.length ? text.slice(0, offset) + line + eol + text.slice(offset) : text + eol + line;
          expect(edited).toBe(expected);
        } else {
          // `## Log` and the entry at the end, after one blank line unless the note is empty or ends
          // with a blank line; a final newline only when the note had one (or was empty).
          const content = text.replace(/^\uFEFF/, "");
          const finalNewline = content.endsWith("\n");
          const endsBlank = (finalNewline ? lines.slice(0, -1) : lines).at(-1)?.trim() === "";
          const expected =
            content === ""
              ? `${text}## Log${eol}${line}${eol}`
              : `${text}${finalNewline ? "" : eol}${endsBlank ? "" : eol}## Log${eol}${line}${finalNewline ? eol : ""}`;
          expect(edited).toBe(expected);
          at = editedLines.length - (finalNewline || content === "" ? 2 : 1);
        }

        // The new entry is the section's last, right after its last non-blank line.
        const section = findLogSection(editedLines, "Log");
        expect(section).not.toBeNull();
        if (section === null) return;
        expect(section.headingLine).toBeLessThan(at);
        expect(at).toBeLessThan(section.end);
        expect(editedLines.slice(at + 1, section.end).every((l) => l.trim() === "")).toBe(true);
        expect(at - 1 === section.headingLine || (editedLines[at - 1] ?? "").trim() !== "").toBe(true);
        const added = parseLogLine(line, INTERACTION_TYPES);
        expect(added).not.toBeNull();
        expect(entriesAfter.map(withoutLine)).toEqual([...entriesBefore.map(withoutLine), ...(added === null ? [] : [withoutLine(added)])]);
        expect(entriesAfter.at(-1)?.line).toBe(at);
        expect(readNote(edited).frontmatter).toEqual(readNote(text).frontmatter);
      }),
      RUNS,
    );
  });
});

describe("logInteraction on random notes", () => {
  it("adds the entry and moves last-touch only forward, never past today, over a last-touch after today", () => {
    const today = isoDate("2026-11-26");
    fc.assert(
      fc.property(
        validNote,
        fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }),
        (model, when) => {
          const { text } = renderNote(model);
          const date = isoDate(when.toISOString().slice(0, 10));
          const before = contactFromText("Contacts/Ann.md", text, settings);
          const result = logInteraction(text, { entry: { date, type: "call", summary: "caught up" }, today, settings });
          const edited = textOf(result);
          const after = contactFromText("Contacts/Ann.md", edited, settings);
          // A last-touch after today counts as none (the schedule ignores it): a touch up to today replaces it.
          const field = before.lastTouchField;
          const current = field !== null && field > today ? null : field;
          const newer = date <= today && (current === null || date > current);
          expect(after.lastTouchField).toBe(newer ? date : before.lastTouchField);
          expect(parseLog(edited, settings.logHeading, settings.interactionTypes).at(-1)).toMatchObject({
            date,
            type: "call",
            summary: "caught up",
          });
          expect(after.logFacts.size).toBe(before.logFacts.size + 1);
          // Everything but last-touch reads as before.
          const { lastTouchField: _a, logFacts: _b, lastLogged: _i, keys: _c, problems: _d, ...restAfter } = after;
          const { lastTouchField: _e, logFacts: _f, lastLogged: _j, keys: _g, problems: _h, ...restBefore } = before;
          expect(after.lastLogged?.date ?? "").toBe([date, before.lastLogged?.date ?? ""].sort().at(-1));
          expect(restAfter).toEqual(restBefore);
        },
      ),
      RUNS,
    );
  });
});

describe("edits on invalid YAML", () => {
  it("are all refused, with no text", () => {
    const broken = fc
      .tuple(noteModel, invalidYamlLine, fc.nat())
      .map(([model, bad, at]) => {
        const fm = [...(model.frontmatter ?? [])];
        fm.splice(at % (fm.length + 1), 0, { kind: "comment", text: bad });
        return renderNote({ ...model, frontmatter: fm }).text;
      })
      .filter((text) => readNote(text).frontmatterError !== undefined);
    fc.assert(
      fc.property(broken, fc.constantFrom(...FIELDS), newValue, logLine, (text, field, value, line) => {
        const today = isoDate("2026-11-26");
        const results = [
          setFrontmatterValue(text, { spellings: fieldSpellings(field), value }),
          appendLogEntry(text, { heading: "Log", line }),
          logInteraction(text, { entry: { date: today, type: "call", summary: "" }, today, settings }),
          markTouched(text, { today }),
          snooze(text, { until: today }),
          setFlag(text, { field: "no-refer", on: true, today }),
          setFlag(text, { field: "do-not-contact", on: false, today }),
          setTier(text, { tierKey: "A" }),
        ];
        for (const result of results) {
          expect(result.ok).toBe(false);
          expect(result).not.toHaveProperty("text");
        }
      }),
      RUNS,
    );
  });
});
