/**
 * vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350, and the 2.1 specification that phones and Outlook
 * still write): folded lines, quoted-printable values in a named charset with their soft line
 * breaks, escaped `,` `;` `\n`, grouped properties (`item1.EMAIL`), bare 2.1 parameters (`TEL;CELL`),
 * quoted 4.0 parameter values. Photos, logos, sounds and keys are skipped unread.
 */
import { decodeBytes } from "./charset";

export interface VcardProperty {
  /** `item1` in `item1.EMAIL`, or null. */
  group: string | null;
  /** Upper case: `EMAIL`. */
  name: string;
  /** Parameter names in upper case; bare 2.1 parameters (`CELL`) are read as `TYPE=CELL`. */
  params: Map<string, string[]>;
  /** The value after decoding (quoted-printable, charset), still escaped. */
  raw: string;
}

export interface Vcard {
  version: string;
  properties: VcardProperty[];
  /** 1-based, in the file. */
  index: number;
}

const SKIPPED = new Set(["PHOTO", "LOGO", "SOUND", "KEY"]);

/** Splits at `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string, limit = Infinity): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && parts.length < limit - 1; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The part of a content line before its value, or null when the line has no `:`. */
function headOf(line: string): string | null {
  const parts = splitOutsideQuotes(line, ":", 2);
  return parts.length < 2 ? null : (parts[0] ?? "");
}

function isQuotedPrintable(head: string): boolean {
  return /;\s*(?:encoding\s*=\s*)?quoted-printable\s*(?:;|$)/i.test(head);
}

/**
 * Logical lines: a line starting with a space or tab continues the previous one (its first
 * whitespace removed), and a quoted-printable value ending in `=` continues on the next line.
 */
export function unfold(text: string): string[] {
  const out: string[] = [];
  let qpOpen = false;
  for (const line of text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/)) {
    const last = out.length - 1;
    if (qpOpen && last >= 0) {
      out[last] = `${(out[last] ?? "").slice(0, -1)}${line}`;
    } else if (/^[ \t]/.test(line) && last >= 0) {
      out[last] = `${out[last] ?? ""}${line.slice(1)}`;
    } else {
      out.push(line);
    }
    const current = out[out.length - 1] ?? "";
    const head = headOf(current);
    qpOpen = head !== null && isQuotedPrintable(head) && current.endsWith("=");
  }
  return out.filter((l) => l.trim() !== "");
}

/** Quoted-printable bytes decoded in `charset` (UTF-8 when unnamed or unknown). */
export function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const bytes: number[] = [];
  const text = value.replace(/=\r?\n/g, "");
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const hex = ch === "=" ? /^[0-9A-Fa-f]{2}$/.exec(text.slice(i + 1, i + 3)) : null;
    if (hex !== null) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      for (const b of new TextEncoder().encode(ch)) bytes.push(b);
    }
  }
  return decodeBytes(new Uint8Array(bytes), charset);
}

function parseParams(parts: readonly string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const add = (name: string, values: string[]): void => {
    params.set(name, [...(params.get(name) ?? []), ...values]);
  };
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq === -1) {
      const word = part.trim().toUpperCase();
      if (word === "QUOTED-PRINTABLE" || word === "BASE64") add("ENCODING", [word]);
      else if (word !== "") add("TYPE", [word]);
      continue;
    }
    const name = part.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(part.slice(eq + 1), ",").map((v) => v.trim().replace(/^"(.*)"$/, "$1"));
    // RFC 6350 writes several types in one quoted value: TYPE="cell,voice".
    add(name, name === "TYPE" ? values.flatMap((v) => v.split(",")).map((v) => v.trim().toUpperCase()) : values);
  }
  return params;
}

/** One content line, or null when it is not one (or a skipped property). */
function parseLine(line: string): VcardProperty | null {
  const parts = splitOutsideQuotes(line, ":", 2);
  if (parts.length < 2) return null;
  const [nameAndParams = [], value = ""] = [splitOutsideQuotes(parts[0] ?? "", ";"), parts[1]];
  const fullName = (nameAndParams[0] ?? "").trim();
  const dot = fullName.lastIndexOf(".");
  const name = fullName.slice(dot + 1).toUpperCase();
  if (name === "" || SKIPPED.has(name)) return null;
  const params = parseParams(nameAndParams.slice(1));
  const qp = (params.get("ENCODING") ?? []).some((e) => e.toUpperCase() === "QUOTED-PRINTABLE");
  const raw = qp ? decodeQuotedPrintable(value, params.get("CHARSET")?.[0]) : value;
  return { group: dot === -1 ? null : fullName.slice(0, dot), name, params, raw };
}

/** Every card in the text, in order; lines outside `BEGIN:VCARD`…`END:VCARD` are ignored. */
export function parseVcards(text: string): Vcard[] {
  const cards: Vcard[] = [];
  let current: Vcard | null = null;
  let depth = 0;
  for (const line of unfold(text)) {
    const upper = line.trim().toUpperCase();
    if (upper === "BEGIN:VCARD") {
      depth++;
      // A card nested in a 2.1 AGENT property is not a person of the file.
      if (depth === 1) current = { version: "", properties: [], index: cards.length + 1 };
      continue;
    }
    if (upper === "END:VCARD") {
      if (depth === 1 && current !== null) cards.push(current);
      depth = Math.max(0, depth - 1);
      if (depth === 0) current = null;
      continue;
    }
    if (current === null || depth !== 1) continue;
    const property = parseLine(line);
    if (property === null) continue;
    if (property.name === "VERSION") current.version = property.raw.trim();
    else current.properties.push(property);
  }
  return cards;
}

/** A text value without its escapes: `\,` `\;` `\\` and `\n` (a line break). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;:nN])/g, (_m, ch: string) => (ch === "n" || ch === "N" ? "\n" : ch));
}

/** A structured value (`N`, `ADR`, `ORG`): its components, split at unescaped `;`, unescaped. */
export function components(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "\\") i++;
    else if (value[i] === ";") {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map(unescapeText);
}
