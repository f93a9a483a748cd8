/**
 * A fast reader for the plainest frontmatter, the kind nearly every note holds: `key: value` lines
 * whose values are single-line scalars, one-line `[a, "b"]` lists, or `- item` lists. It returns
 * exactly what the `yaml` package (core schema) would, or `undefined` for anything else, which the
 * caller then hands to the full parser: so it never has to be right about the rest of YAML, only
 * to recognise what it can read. On a big vault the full parser is most of the command's time.
 */

/** Keys read here: a plain word that core YAML resolves to a string (never null, a boolean or a number). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const NON_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** Characters the full parser treats specially, refuses, or reads differently in places (tabs, CRs, controls). */
function hasAwkwardChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 ? c !== 10 : c >= 0x7f && (c <= 0x9f || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe)) return true;
  }
  return false;
}
/** A plain scalar may not start with one of these (or they start something else: a list, an anchor, a block). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Core schema's numbers other than small decimals: left to the full parser (octal, hex, floats, signs). */
const OTHER_NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const SMALL_DECIMAL = /^[0-9]{1,15}$/;
/** YAML's white space within a line is spaces (tabs are refused above); JavaScript's `trim` takes more. */
const BLANK = /^ *$/;

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}

/** Marks "not for this reader". */
const NO = Symbol("not simple");
type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[] | null;

/** A plain scalar as core YAML resolves it, or NO when it is not one this reader is sure of. */
function plainScalar(text: string, flow: boolean): Scalar | typeof NO {
  if (text === "" || INDICATOR_START.test(text)) return NO;
  // `: ` and ` #` end or split a plain scalar; in a flow list `,[]{}` do too, and `:`/`#` are left out.
  if (text.includes(": ") || text.includes(" #") || text.endsWith(":")) return NO;
  if (flow && /[,[\]{}:#"']/.test(text)) return NO;
  if (text === "~" || text === "null" || text === "Null" || text === "NULL") return null;
  if (text === "true" || text === "True" || text === "TRUE") return true;
  if (text === "false" || text === "False" || text === "FALSE") return false;
  if (SMALL_DECIMAL.test(text)) return parseInt(text, 10);
  if (OTHER_NUMBER.test(text)) return NO;
  return text;
}

/** One scalar: a quoted string without escapes, or a plain scalar. */
function scalar(text: string, flow: boolean): Scalar | typeof NO {
  const first = text.charAt(0);
  if (first === '"' || first === "'") {
    if (text.length < 2 || text.charAt(text.length - 1) !== first) return NO;
    const inner = text.slice(1, -1);
    // Escapes (`\` in double quotes, `''` in single ones) are left to the full parser.
    if (inner.includes(first) || (first === '"' && inner.includes("\\"))) return NO;
    return inner;
  }
  return plainScalar(text, flow);
}

/** A one-line flow list `[a, "b, c", 'd']` of scalars. */
function flowList(text: string): Scalar[] | typeof NO {
  if (text.charAt(text.length - 1) !== "]") return NO;
  const inner = text.slice(1, -1);
  const items: Scalar[] = [];
  if (BLANK.test(inner)) return items;
  let pos = 0;
  for (;;) {
    while (inner.charAt(pos) === " ") pos++;
    const quote = inner.charAt(pos);
    let end: number;
    if (quote === '"' || quote === "'") {
      const close = inner.indexOf(quote, pos + 1);
      if (close < 0) return NO;
      end = close + 1;
    } else {
      end = inner.indexOf(",", pos);
      if (end < 0) end = inner.length;
    }
    const item = scalar(trimSpaces(inner.slice(pos, end)), true);
    if (item === NO) return NO;
    items.push(item);
    pos = end;
    while (inner.charAt(pos) === " ") pos++;
    if (pos === inner.length) return items;
    if (inner.charAt(pos) !== ",") return NO;
    pos++;
    // A trailing comma or an empty item is left to the full parser.
    if (BLANK.test(inner.slice(pos))) return NO;
  }
}

/**
 * A block scalar's text without a comment after it (`tier: C  # met at the offsite`): a plain
 * scalar ends where ` #` starts one, a quoted one at its closing quote followed by spaces and `#`.
 */
function withoutComment(text: string): string {
  const first = text.charAt(0);
  if (first === '"' || first === "'") {
    const close = text.indexOf(first, 1);
    return close > 0 && /^ +#/.test(text.slice(close + 1)) ? text.slice(0, close + 1) : text;
  }
  const hash = text.indexOf(" #");
  return hash < 0 ? text : trimSpaces(text.slice(0, hash));
}

/** A value on a key's own line. */
function inlineValue(text: string): Value | typeof NO {
  return text.charAt(0) === "[" ? flowList(text) : scalar(withoutComment(text), false);
}

/**
 * The frontmatter's data when it is in the plain form described above, else `undefined` (the
 * text may still be valid YAML: the full parser decides).
 */
export function parseSimpleYaml(yaml: string): Record<string, unknown> | undefined {
  if (hasAwkwardChar(yaml)) return undefined;
  const lines = yaml.split("\n");
  const data: Record<string, unknown> = {};
  let keys = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    i++;
    if (BLANK.test(line) || line.charAt(0) === "#") continue;
    const colon = line.indexOf(":");
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    if (!PLAIN_KEY.test(key) || NON_STRING_KEY.test(key) || key === "__proto__" || Object.prototype.hasOwnProperty.call(data, key))
      return undefined;
    const rest = line.slice(colon + 1);
    if (rest !== "" && rest.charAt(0) !== " ") return undefined;
    const text = trimSpaces(rest);
    let value: Value | typeof NO;
    if (text !== "") value = inlineValue(text);
    else {
      const list = blockList(lines, i);
      if (list === NO) return undefined;
      value = list.items;
      i = list.next;
    }
    if (value === NO) return undefined;
    data[key] = value;
    keys++;
  }
  return keys === 0 ? undefined : data;
}

/**
 * The `- item` lines after an empty `key:` (at one indent, zero included), as a list of scalars;
 * `null` as the value when there are none. Any other indented line is left to the full parser.
 */
function blockList(lines: readonly string[], from: number): { items: Scalar[] | null; next: number } | typeof NO {
  let items: Scalar[] | null = null;
  let indent = -1;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (BLANK.test(line)) continue;
    let lead = 0;
    while (line.charCodeAt(lead) === 32) lead++;
    const body = line.slice(lead);
    const isItem = body === "-" || body.startsWith("- ");
    if (!isItem) {
      // Back at the left margin with something else: the next key (or a comment, read by the caller).
      if (lead === 0) break;
      return NO;
    }
    if (indent === -1) indent = lead;
    else if (lead !== indent) return NO;
    const text = trimSpaces(body.slice(1));
    const item = text === "" ? null : text.charAt(0) === "[" ? NO : scalar(withoutComment(text), false);
    if (item === NO) return NO;
    (items ??= []).push(item);
  }
  // Blank lines before the next key belong to no one: step back so the caller sees that key.
  return { items, next: i };
}
