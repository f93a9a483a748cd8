/**
 * A daily-note format read without moment.js when it is only digits and plain text (`YYYY`,
 * `MM`, `M`, `DD`, `D`, separators, `[literal]` text): the build asks every note of the vault
 * whether it is a daily note, and moment's strict parsing costs microseconds a call. Any other
 * format (`YY`, month or day names, weeks, ordinals...) goes to moment. A property test holds this
 * reader to moment's strict parsing, as `momentParser` applies it, on random formats and texts.
 */
import { isIsoDate, isoFromKey, type IsoDate } from "./dates";

const YEAR = 0;
const MONTH = 1;
const DAY = 2;

/** A piece of a format: text that must be there as it is, or a number of `width` digits (1: one or two, without a leading zero). */
type Part = string | { field: typeof YEAR | typeof MONTH | typeof DAY; width: 1 | 2 | 4 };

const TOKENS: Readonly<Record<string, Part>> = {
  YYYY: { field: YEAR, width: 4 },
  MM: { field: MONTH, width: 2 },
  M: { field: MONTH, width: 1 },
  DD: { field: DAY, width: 2 },
  D: { field: DAY, width: 1 },
};

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The format's parts, or `null` when it holds anything but the tokens above and plain text. */
function partsOf(format: string): Part[] | null {
  const parts: Part[] = [];
  let literal = "";
  for (let i = 0; i < format.length;) {
    const c = format.charCodeAt(i);
    if (c === 91 /* [ */) {
      const close = format.indexOf("]", i + 1);
      const content = close < 0 ? "" : format.slice(i + 1, close);
      // Brackets inside brackets are read in ways of their own by moment: leave them to it.
      if (close < 0 || content.includes("[")) return null;
      literal += content;
      i = close + 1;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (format.charCodeAt(j) === c) j++;
      const token = TOKENS[format.slice(i, j)];
      if (token === undefined) return null;
      if (literal !== "") parts.push(literal);
      literal = "";
      parts.push(token);
      i = j;
    } else if (c === 92 /* \ */) {
      return null;
    } else {
      literal += format[i];
      i++;
    }
  }
  if (literal !== "") parts.push(literal);
  const fields = new Set(parts.map((p) => (typeof p === "string" ? -1 : p.field)));
  // Without a day (or month, or year) moment fills one in: leave that to it.
  if (!fields.has(YEAR) || !fields.has(MONTH) || !fields.has(DAY)) return null;
  // `MD` without a separator: moment's greedy reading decides how the digits split.
  for (let k = 1; k < parts.length; k++) {
    const a = parts[k - 1];
    const b = parts[k];
    if (typeof a === "object" && typeof b === "object" && a.width === 1) return null;
  }
  return parts;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Reads `text` against the parts: the date, or `null` when it does not match exactly. */
function readParts(parts: readonly Part[], text: string): IsoDate | null {
  const value = [-1, -1, -1];
  let at = 0;
  for (const part of parts) {
    if (typeof part === "string") {
      if (!text.startsWith(part, at)) return null;
      at += part.length;
      continue;
    }
    let end = at;
    const most = part.width === 1 ? 2 : part.width;
    while (end - at < most && isDigit(text.charCodeAt(end))) end++;
    const count = end - at;
    if (part.width === 1 ? count === 0 || text.charCodeAt(at) === 48 : count !== part.width) return null;
    const n = Number(text.slice(at, end));
    const seen = value[part.field] ?? -1;
    // A field said twice must say the same (moment keeps the last, and then writes it back differently).
    if (seen >= 0 && seen !== n) return null;
    value[part.field] = n;
    at = end;
  }
  if (at !== text.length) return null;
  const [y = -1, m = -1, d = -1] = value;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const iso = isoFromKey(y * 10_000 + m * 100 + d);
  return isIsoDate(iso) ? iso : null;
}

const compiled = new Map<string, ((text: string) => IsoDate | null) | null>();

/**
 * A reader for a moment.js format that holds only digit tokens and plain text, or `null` for any
 * other format (read it with moment). Compiled once per format.
 */
export function digitDateReader(format: string): ((text: string) => IsoDate | null) | null {
  let reader = compiled.get(format);
  if (reader === undefined) {
    const parts = partsOf(format);
    reader = parts === null ? null : (text: string) => readParts(parts, text);
    compiled.set(format, reader);
  }
  return reader;
}
