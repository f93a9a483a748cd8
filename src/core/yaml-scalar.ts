/**
 * Writing one YAML scalar: the one rule for every value the plugin and the CLI put in a note's
 * frontmatter, whether they change a key or create the note.
 *
 * A value is written plain only when every reader reads it back as the same text: YAML 1.2's core
 * schema (the `yaml` package, the plugin's own reader) and YAML 1.1 (older tools, and many other
 * programs people point at their vault), where `yes`, `no`, `on`, `off`, `y`, `n` are booleans and
 * `1:20` is a number. Anything else is quoted. A date stays plain: it is meant to read as a date.
 */
import { parse as parseYaml } from "yaml";
import { isIsoDate } from "./dates";

const PLAIN_CANDIDATE = /^[\p{L}\p{N}](?:[\p{L}\p{N} _./+()@-]|:(?! ))*$/u;

/** Code points YAML wants escaped in a double-quoted scalar (or that would not survive a round trip). */
function needsEscape(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Iterating a string yields code points, so a surrogate pair is one character and only a lone half is escaped. */
export function hasEscapes(value: string): boolean {
  for (const ch of value) if (needsEscape(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

function readsBackAs(value: string, options: { schema: "core" } | { version: "1.1" }): boolean {
  try {
    const data = parseYaml(`k: ${value}`, options) as unknown;
    return typeof data === "object" && data !== null && (data as Record<string, unknown>).k === value;
  } catch {
    return false;
  }
}

/**
 * What YAML 1.1 could read as something other than text, among values YAML 1.2 reads as text: its
 * boolean words, and numbers, times, `~` and `=` (digits, `:`, `_`, `.`). Only these are parsed a
 * second time; a plain name never is.
 */
const YAML11_SUSPECT = /^(?:y|n|yes|no|on|off)$|[\d:_=~.]/i;

/** True when `value` can be written unquoted and reads back as the same string (`2026-11-26`, `B`). */
export function isSafePlain(value: string): boolean {
  if (!PLAIN_CANDIDATE.test(value) || value.endsWith(" ") || value.endsWith(":")) return false;
  if (!readsBackAs(value, { schema: "core" })) return false;
  return !YAML11_SUSPECT.test(value) || isIsoDate(value) || readsBackAs(value, { version: "1.1" });
}

function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (needsEscape(code)) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * How a value is written: booleans as `true`/`false`; a string in the quote style the old value
 * had (`QUOTE_SINGLE`, `QUOTE_DOUBLE`, or `null` for none), else plain when that is safe, else
 * double-quoted.
 */
export function formatScalar(value: string | boolean, oldStyle: string | null = null): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (oldStyle === "QUOTE_SINGLE" && !hasEscapes(value)) return `'${value.replace(/'/g, "''")}'`;
  if (oldStyle !== "QUOTE_SINGLE" && oldStyle !== "QUOTE_DOUBLE" && isSafePlain(value)) return value;
  return doubleQuoted(value);
}
