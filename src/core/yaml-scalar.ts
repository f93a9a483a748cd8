/**
 * Writing one YAML scalar: the one rule for every value the plugin and the CLI put in a note's
 * frontmatter, whether they change a key or create the note.
 *
 * A value is written plain only when every reader reads it back as the same text: YAML 1.2's core
 * schema (the `yaml` package, and Obsidian) and YAML 1.1 (older tools, and many other programs
 * people point at their vault), where `yes`, `no`, `on`, `off`, `y`, `n` are booleans and `1:20`
 * is a number. Anything else is quoted. A date stays plain: it is meant to read as a date. The
 * rules below are those schemas' own patterns; the tests hold them against the `yaml` package.
 */
import { isIsoDate } from "./dates";

const PLAIN_CANDIDATE = /^[\p{L}\p{N}](?:[\p{L}\p{N} _./+()@-]|:(?! ))*$/u;

/** What YAML 1.2's core schema reads as a null, a boolean or a number. */
const CORE_NOT_TEXT = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

/** What YAML 1.1 reads as anything but text: booleans, nulls, numbers (with `_` and base 60), timestamps. */
const YAML11_NOT_TEXT = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON|N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];

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

/** True when `value` can be written unquoted and reads back as the same string (`2026-11-26`, `B`). */
export function isSafePlain(value: string): boolean {
  if (!PLAIN_CANDIDATE.test(value) || value.endsWith(" ") || value.endsWith(":")) return false;
  if (CORE_NOT_TEXT.some((re) => re.test(value))) return false;
  return isIsoDate(value) || !YAML11_NOT_TEXT.some((re) => re.test(value));
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
 * How a value is written: booleans as `true`/`false`; a string in the quotes the old value had
 * (`'`, `"`; `""` or `null` for none), else plain when that is safe, else double-quoted.
 */
export function formatScalar(value: string | boolean, oldQuote: "'" | '"' | "" | null = null): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (oldQuote === "'" && !hasEscapes(value)) return `'${value.replace(/'/g, "''")}'`;
  if (oldQuote !== "'" && oldQuote !== '"' && isSafePlain(value)) return value;
  return doubleQuoted(value);
}
