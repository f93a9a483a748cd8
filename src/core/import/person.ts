/**
 * A person read from a contact export, in the vocabulary the notes use, whatever the export
 * called things; and the readers of the values exports write in many ways (dates, names).
 */
import { isIsoDate } from "../dates";

/** The frontmatter keys an import writes, in the order a new note gets them. */
export const IMPORT_KEYS = ["name", "email", "phone", "company", "role", "location", "birthday", "linkedin", "connected"] as const;
export type ImportKey = (typeof IMPORT_KEYS)[number];

export type ImportKind = "google" | "outlook" | "linkedin" | "vcard";

export const KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  google: "Google Contacts CSV",
  outlook: "Outlook CSV",
  linkedin: "LinkedIn connections",
  vcard: "vCard",
};

export interface ImportedPerson {
  /** The display name (always set: people without one are not imported). */
  name: string;
  /** Every address the export lists, first one first; `fields.email` is the first. */
  emails: string[];
  /** Values to write, trimmed and never empty. */
  fields: Partial<Record<ImportKey, string>>;
  /** Where in the file it came from, for messages: `row 4`, `card 2`. */
  source: string;
}

export interface ImportFile {
  kind: ImportKind;
  people: ImportedPerson[];
  /** Each names the file, the place in it, the field and what was expected. */
  problems: string[];
}

/** Collects a person's values, dropping empty ones, and names them. */
export function makePerson(
  source: string,
  name: string,
  emails: readonly string[],
  fields: Partial<Record<ImportKey, string | undefined>>,
): ImportedPerson | null {
  const cleanName = collapse(name);
  if (cleanName === "") return null;
  const cleanEmails = [...new Set(emails.map((e) => e.trim()).filter((e) => e.includes("@")))];
  const out: Partial<Record<ImportKey, string>> = { name: cleanName };
  if (cleanEmails[0] !== undefined) out.email = cleanEmails[0];
  for (const key of IMPORT_KEYS) {
    if (key === "name" || key === "email") continue;
    const value = collapse(fields[key] ?? "");
    if (value !== "") out[key] = value;
  }
  return { name: cleanName, emails: cleanEmails, fields: out, source };
}

/** Spaces and line breaks collapsed: a frontmatter value is one line. */
export function collapse(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** Words joined by one space, empty ones left out: `join("Ann", "", "Lee")` is `Ann Lee`. */
export function joinWords(...words: readonly (string | undefined)[]): string {
  return words
    .map((w) => collapse(w ?? ""))
    .filter((w) => w !== "")
    .join(" ");
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function validMonthDay(month: number, day: number): boolean {
  // 29 February is a real birthday even without a year.
  return isIsoDate(`2000-${pad2(month)}-${pad2(day)}`);
}

/** `YYYY-MM-DD`, or `--MM-DD` without a year, when `year/month/day` is a real date. */
function dateOf(year: number | null, month: number, day: number): string | null {
  if (year === null) return validMonthDay(month, day) ? `--${pad2(month)}-${pad2(day)}` : null;
  const iso = `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A birthday as exports write it: `1985-04-15`, `19850415`, `--0415`, `--04-15`, a date-time
 * (`1985-04-15T00:00:00Z`), Google's `04-15`. Returns `YYYY-MM-DD` or `--MM-DD`, or null.
 */
export function readIsoBirthday(value: string): string | null {
  const text = value.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (m !== null) return dateOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(?:--)?(\d{2})-?(\d{2})$/.exec(text);
  if (m !== null) return dateOf(null, Number(m[1]), Number(m[2]));
  return null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** LinkedIn's "Connected On": `12 Mar 2024`, also `7-Feb-22` or `2024-03-12`. */
export function readDayMonthYear(value: string): string | null {
  const text = value.trim();
  const iso = readIsoBirthday(text);
  if (iso !== null && !iso.startsWith("--")) return iso;
  const m = /^(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2}|\d{4})$/.exec(text);
  if (m === null) return null;
  const month = MONTHS.indexOf((m[2] ?? "").toLowerCase()) + 1;
  if (month === 0) return null;
  const year = (m[3] ?? "").length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return dateOf(year, month, Number(m[1]));
}

/**
 * A date as Outlook writes it in the machine's locale: `4/15/1985` (month first) or `15/04/1985`
 * (day first, told by `dayFirst`); `0/0/00` means none. Two-digit years are 19xx/20xx around now.
 */
export function readSlashDate(value: string, dayFirst: boolean): { date: string | null } | "none" {
  const text = value.trim();
  const iso = readIsoBirthday(text);
  if (iso !== null) return { date: iso };
  const m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(text);
  if (m === null) return { date: null };
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (a === 0 && b === 0) return "none";
  const year = (m[3] ?? "").length === 2 ? (y > 30 ? 1900 + y : 2000 + y) : y;
  return { date: dayFirst ? dateOf(year, b, a) : dateOf(year, a, b) };
}

/** True when a column of slash dates can only be read day first (some first number is over 12). */
export function looksDayFirst(values: readonly string[]): boolean {
  return values.some((v) => {
    const m = /^\s*(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}\s*$/.exec(v);
    return m !== null && Number(m[1]) > 12 && Number(m[2]) <= 12;
  });
}

/** The first LinkedIn profile address among some web addresses. */
export function linkedinUrl(urls: readonly string[]): string | undefined {
  return urls.map((u) => u.trim()).find((u) => /(^|[/.])linkedin\.com\//i.test(u));
}

/** The message for a value that could not be read. */
export function badValue(file: string, source: string, field: string, value: string, expected: string): string {
  return `${file} ${source}: ${field} "${collapse(value)}" is not ${expected}; left out`;
}
