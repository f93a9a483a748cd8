/**
 * Contact exports in CSV: Google Contacts (its older "Given Name" columns and its newer "First
 * Name" ones), Outlook, and LinkedIn's Connections.csv (which starts with a few lines of notes
 * before its header). Column names are matched as those services write them, ignoring case.
 * papaparse does the CSV itself: quoted fields, line breaks inside them, CRLF.
 */
import Papa from "papaparse";
import {
  badValue,
  joinWords,
  linkedinUrl,
  looksDayFirst,
  makePerson,
  readDayMonthYear,
  readIsoBirthday,
  readSlashDate,
  type ImportedPerson,
  type ImportFile,
  type ImportKind,
} from "./person";

/** A data row with its columns looked up by header name, in lower case. */
class Row {
  constructor(
    private readonly header: ReadonlyMap<string, number>,
    private readonly cells: readonly string[],
    readonly number: number,
  ) {}

  get(...names: string[]): string {
    for (const name of names) {
      const value = this.cells[this.header.get(name) ?? -1]?.trim() ?? "";
      if (value !== "") return value;
    }
    return "";
  }

  /** Values of every column whose header matches, in column order. */
  matching(pattern: RegExp): string[] {
    const out: string[] = [];
    for (const [name, index] of this.header) if (pattern.test(name)) out.push(this.cells[index]?.trim() ?? "");
    return out.filter((v) => v !== "");
  }
}

/** Which export a header row belongs to, or null when it is none we know. */
function kindOf(columns: ReadonlySet<string>): Exclude<ImportKind, "vcard"> | null {
  if (columns.has("first name") && columns.has("last name") && columns.has("connected on")) return "linkedin";
  if (
    columns.has("e-mail 1 - value") ||
    columns.has("given name") ||
    columns.has("organization name") ||
    columns.has("organization 1 - name")
  )
    return "google";
  if (columns.has("e-mail address") || columns.has("job title") || columns.has("mobile phone") || columns.has("business phone"))
    return "outlook";
  return null;
}

/** The delimiter of a header line: the one it has most of (Outlook writes `;` in some locales). */
function delimiterOf(line: string): string {
  const counts = [",", ";", "\t"].map((d) => [d, line.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

const HEADER_HINT = /connected on|e-mail 1 - value|given name|first name|e-mail address|organization/i;

/** Google puts several values in one cell, separated by ` ::: `. */
function values(cells: readonly string[]): string[] {
  return cells
    .flatMap((c) => c.split(":::"))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function place(...parts: string[]): string {
  return parts.filter((p) => p !== "").join(", ");
}

type Reader = (row: Row, report: (field: string, value: string, expected: string) => void, dayFirst: boolean) => ImportedPerson | null;

const BIRTHDAY_EXPECTED = "a date (YYYY-MM-DD or --MM-DD)";

function birthdayOf(
  row: Row,
  report: (field: string, value: string, expected: string) => void,
  dayFirst: boolean,
  slashes: boolean,
): string | undefined {
  const raw = row.get("birthday");
  if (raw === "") return undefined;
  const slashed = slashes ? readSlashDate(raw, dayFirst) : { date: readIsoBirthday(raw) };
  if (slashed === "none") return undefined;
  if (slashed.date === null) report("Birthday", raw, BIRTHDAY_EXPECTED);
  return slashed.date ?? undefined;
}

const READERS: Readonly<Record<Exclude<ImportKind, "vcard">, Reader>> = {
  google: (row, report, dayFirst) => {
    const name =
      row.get("name") ||
      joinWords(row.get("first name", "given name"), row.get("middle name", "additional name"), row.get("last name", "family name"));
    return makePerson(`row ${row.number}`, name, values(row.matching(/^e-mail \d+ - value$/)), {
      phone: values(row.matching(/^phone \d+ - value$/))[0],
      company: row.get("organization name", "organization 1 - name"),
      role: row.get("organization title", "organization 1 - title"),
      location: place(row.get("address 1 - city"), row.get("address 1 - country")) || row.get("location"),
      birthday: birthdayOf(row, report, dayFirst, false),
      linkedin: linkedinUrl(values(row.matching(/^website \d+ - value$/))),
    });
  },
  outlook: (row, report, dayFirst) =>
    makePerson(
      `row ${row.number}`,
      joinWords(row.get("first name"), row.get("middle name"), row.get("last name")),
      [row.get("e-mail address"), row.get("e-mail 2 address"), row.get("e-mail 3 address")],
      {
        phone: row.get("mobile phone", "business phone", "primary phone", "home phone", "other phone"),
        company: row.get("company"),
        role: row.get("job title"),
        location:
          place(row.get("business city"), row.get("business country/region", "business country")) ||
          place(row.get("home city"), row.get("home country/region", "home country")),
        birthday: birthdayOf(row, report, dayFirst, true),
        linkedin: linkedinUrl([row.get("web page"), row.get("personal web page")]),
      },
    ),
  linkedin: (row, report) => {
    const raw = row.get("connected on");
    const connected = raw === "" ? null : readDayMonthYear(raw);
    if (raw !== "" && connected === null) report("Connected On", raw, "a date such as 12 Mar 2024");
    return makePerson(`row ${row.number}`, joinWords(row.get("first name"), row.get("last name")), [row.get("email address")], {
      company: row.get("company"),
      role: row.get("position"),
      linkedin: row.get("url"),
      connected: connected ?? undefined,
    });
  },
};

/**
 * Reads a CSV export. `file` names it in messages. Throws an `Error` (for the user) when the file
 * is not one of the exports we know.
 */
export function parseContactsCsv(text: string, file: string): ImportFile {
  const body = text.replace(/^\uFEFF/, "");
  const lines = body.split(/\r\n|\n|\r/);
  const headerLine = lines.find((l) => HEADER_HINT.test(l)) ?? lines[0] ?? "";
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiterOf(headerLine), skipEmptyLines: false });
  const rows = parsed.data;
  let headerIndex = -1;
  let kind: Exclude<ImportKind, "vcard"> | null = null;
  let header = new Map<string, number>();
  // LinkedIn writes a few lines of notes first: the header is the first row we recognise.
  for (let i = 0; i < Math.min(rows.length, 20) && kind === null; i++) {
    header = new Map((rows[i] ?? []).map((name, index) => [name.trim().toLowerCase(), index] as const));
    kind = kindOf(new Set(header.keys()));
    headerIndex = i;
  }
  if (kind === null) {
    throw new Error(
      `${file}: not a contact export we know (expected a Google Contacts or Outlook CSV, or LinkedIn's Connections.csv, by their column names)`,
    );
  }
  const data = rows.slice(headerIndex + 1);
  const birthdays = header.has("birthday") ? data.map((cells) => cells[header.get("birthday") ?? -1] ?? "") : [];
  const dayFirst = looksDayFirst(birthdays);
  const people: ImportedPerson[] = [];
  const problems: string[] = [];
  data.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return;
    const row = new Row(header, cells, headerIndex + i + 2);
    const person = READERS[kind](
      row,
      (field, value, expected) => problems.push(badValue(file, `row ${row.number}`, field, value, expected)),
      dayFirst,
    );
    if (person === null) problems.push(`${file} row ${row.number}: no name; skipped`);
    else people.push(person);
  });
  return { kind, people, problems };
}
