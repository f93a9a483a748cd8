/**
 * A note's problems with the line each is on, straight from its text: what the editor shows as
 * the user types, before the note is saved and the index has it. The messages are the index's
 * own (the same contact building and the same schedule), only a line is added.
 */
import type { Contact, Problem } from "./contact";
import type { IsoDate } from "./dates";
import { frontmatterLineCount, splitLines } from "./log";
import { contactFromText } from "./note";
import { scheduleContact } from "./schedule";
import type { Settings } from "./settings";

/** The problems of the note at `path` whose text is `text`, each with its line. */
export function noteProblems(path: string, text: string, settings: Settings, today: IsoDate): Problem[] {
  const contact = contactFromText(path, text, settings);
  const problems = [...contact.problems, ...scheduleContact(contact, today, settings.soonDays).problems];
  return withLines(problems, splitLines(text), contact.keys);
}

/**
 * Each problem with the line of the key it is about: the first top-level line in the frontmatter
 * that writes that key (quoted or not). The block as a whole, or a key not found, is its first line.
 */
export function withLines(problems: readonly Problem[], lines: readonly string[], keys: Contact["keys"]): Problem[] {
  const end = frontmatterLineCount(lines) - 1;
  // A problem's field is a FieldKey or a key date's key as written; only the former has a spelling.
  const spelled: Readonly<Record<string, string | undefined>> = keys;
  return problems.map((p) => {
    const key = p.field === "frontmatter" ? undefined : (spelled[p.field] ?? p.field);
    return { ...p, line: key === undefined ? 0 : keyLine(lines, key, end) };
  });
}

function keyLine(lines: readonly string[], key: string, end: number): number {
  for (let i = 1; i < end; i++) {
    const line = lines[i] ?? "";
    if (!line.startsWith(key) && !line.startsWith(`"${key}"`) && !line.startsWith(`'${key}'`)) continue;
    const rest = line.slice(line.startsWith(key) ? key.length : key.length + 2);
    if (/^[ \t]*:/.test(rest)) return i;
  }
  return 0;
}
