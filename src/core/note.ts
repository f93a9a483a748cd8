/**
 * Reading a whole note's text into the parts a contact is built from, with the YAML parser the
 * host gave (`yaml-reader.ts`: Obsidian's own in the plugin, the `yaml` package elsewhere). Used
 * where no metadata cache is at hand: the plugin's writer re-validates a note before touching it,
 * and tests and tools build contacts from raw text.
 */
import { yamlParser } from "./yaml-reader";
import { buildContact } from "./build-contact";
import type { Contact } from "./contact";
import { frontmatterLineCount, parseLog, splitLines, tagsIn } from "./log";
import type { Settings } from "./settings";

export interface NoteParts {
  /** The frontmatter as plain data (`{}` when the note has none). */
  frontmatter: Record<string, unknown>;
  /** Set when the frontmatter block is not valid YAML (or not a mapping). */
  frontmatterError?: string;
  /** The text after the frontmatter block. */
  body: string;
}

/** Splits a note into frontmatter and body and parses the frontmatter (never throws). */
export function readNote(text: string): NoteParts {
  const lines = splitLines(text.replace(/^\uFEFF/, ""));
  const count = frontmatterLineCount(lines);
  if (count === 0) return { frontmatter: {}, body: text.replace(/^\uFEFF/, "") };
  const yamlText = lines.slice(1, count - 1).join("\n");
  const body = lines.slice(count).join("\n");
  return { ...parseFrontmatterYaml(yamlText), body };
}

/** Parses a frontmatter block's YAML with the host's parser (never throws). */
export function parseFrontmatterYaml(yamlText: string): Pick<NoteParts, "frontmatter" | "frontmatterError"> {
  const parse = yamlParser();
  try {
    const data: unknown = parse(yamlText);
    if (data === null || data === undefined) return { frontmatter: {} };
    if (typeof data !== "object" || Array.isArray(data)) {
      return { frontmatter: {}, frontmatterError: "frontmatter is not a list of key: value pairs" };
    }
    return { frontmatter: data as Record<string, unknown> };
  } catch (error) {
    // A RangeError is the call stack giving out on deep nesting: say what it means for the note.
    const detail =
      error instanceof RangeError ? "nested too deeply to read" : error instanceof Error ? parserMessage(error.message) : String(error);
    return { frontmatter: {}, frontmatterError: `frontmatter is not valid YAML (${detail})` };
  }
}

/**
 * A parser's message, in one line and without its position: the parser counts lines from the
 * start of the block, not of the note, so `at line 4, column 30` would point at the wrong line.
 */
function parserMessage(message: string): string {
  const first = message.split("\n")[0] ?? "";
  return first.replace(/\s+at line \d+, column \d+:?\s*$/, "").replace(/:\s*$/, "");
}

/** Tags in frontmatter (`tags`/`tag`, a list or a comma/space separated string), without `#`. */
export function frontmatterTags(frontmatter: Readonly<Record<string, unknown>>): string[] {
  const tags: string[] = [];
  for (const key of ["tags", "tag"]) {
    const value = frontmatter[key];
    const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
    for (const item of items) if (typeof item === "string" && item.trim() !== "") tags.push(item.trim().replace(/^#/, "").toLowerCase());
  }
  return tags;
}

/** Inline `#tags` in a note's body, outside fenced code blocks. */
export function bodyTags(body: string): string[] {
  const tags: string[] = [];
  let inFence = false;
  for (const line of splitLines(body)) {
    if (/^ {0,3}(```|~~~)/.test(line)) inFence = !inFence;
    // One by one: spreading a line of 100,000 tags into push() overflows the call stack.
    else if (!inFence && line.includes("#")) for (const tag of tagsIn(line.replace(/`[^`]*`/g, ""))) tags.push(tag);
  }
  return tags;
}

/** Builds a contact straight from a note's text. */
export function contactFromText(path: string, text: string, settings: Settings): Contact {
  const note = readNote(text);
  return buildContact(
    {
      path,
      frontmatter: note.frontmatter,
      frontmatterError: note.frontmatterError,
      tags: [...frontmatterTags(note.frontmatter), ...bodyTags(note.body)],
      log: parseLog(text, settings.logHeading, settings.interactionTypes),
    },
    settings,
  );
}
