/**
 * Reads a contact export of any kind we know: a vCard file by its `BEGIN:VCARD`, else a CSV
 * export by its column names.
 */
import { decodeBytes } from "./charset";
import { parseContactsCsv } from "./csv";
import { badValue, joinWords, linkedinUrl, makePerson, readIsoBirthday, type ImportedPerson, type ImportFile } from "./person";
import { components, parseVcards, unescapeText, type Vcard, type VcardProperty } from "./vcard";

function isPreferred(p: VcardProperty): boolean {
  return (p.params.get("TYPE") ?? []).includes("PREF") || (p.params.get("PREF") ?? []).length > 0;
}

/** The card's values of one property, preferred ones first. */
function all(card: Vcard, name: string): VcardProperty[] {
  const found = card.properties.filter((p) => p.name === name);
  return [...found.filter(isPreferred), ...found.filter((p) => !isPreferred(p))];
}

function text(p: VcardProperty | undefined): string {
  return p === undefined ? "" : unescapeText(p.raw).trim();
}

/** A mobile number first (the one to text), else the preferred one. */
function phoneOf(card: Vcard): string {
  const phones = all(card, "TEL");
  const cell = phones.find((p) => (p.params.get("TYPE") ?? []).includes("CELL"));
  return text(cell ?? phones[0]).replace(/^tel:/i, "");
}

/** LinkedIn: a URL (or an Apple social profile) on linkedin.com, or a URL labelled LinkedIn in its group. */
function linkedinOf(card: Vcard): string | undefined {
  const labelled = new Set(card.properties.filter((p) => p.name === "X-ABLABEL" && /linkedin/i.test(p.raw)).map((p) => p.group));
  const urls = card.properties.filter((p) => p.name === "URL" || p.name === "X-SOCIALPROFILE");
  const byLabel = urls.find((p) => p.group !== null && labelled.has(p.group));
  return linkedinUrl(urls.map(text)) ?? (byLabel === undefined ? undefined : text(byLabel));
}

function birthdayOf(card: Vcard, report: (value: string) => void): string | undefined {
  const bday = all(card, "BDAY")[0];
  if (bday === undefined) return undefined;
  const raw = text(bday);
  let read = readIsoBirthday(raw);
  // Apple writes a year-less birthday as 1604 (or the year given) with X-APPLE-OMIT-YEAR.
  const omitted = bday.params.get("X-APPLE-OMIT-YEAR")?.[0];
  if (read !== null && omitted !== undefined && read.startsWith(omitted.padStart(4, "0"))) read = `--${read.slice(5)}`;
  if (read === null && raw !== "") report(raw);
  return read ?? undefined;
}

function personOfCard(card: Vcard, file: string, problems: string[]): ImportedPerson | null {
  const source = `card ${card.index}`;
  const n = components(all(card, "N")[0]?.raw ?? "");
  const name = text(all(card, "FN")[0]) || joinWords(n[1], n[2], n[0]);
  const adr = components(all(card, "ADR")[0]?.raw ?? "");
  const place = [adr[3], adr[6]]
    .map((s) => (s ?? "").trim())
    .filter((s) => s !== "")
    .join(", ");
  const person = makePerson(
    source,
    name,
    all(card, "EMAIL").map((p) => text(p).replace(/^mailto:/i, "")),
    {
      phone: phoneOf(card),
      company: components(all(card, "ORG")[0]?.raw ?? "")[0],
      role: text(all(card, "TITLE")[0]) || text(all(card, "ROLE")[0]),
      location: place,
      birthday: birthdayOf(card, (value) =>
        problems.push(badValue(file, source, "BDAY", value, "a date (--0415, 19850415 or 1985-04-15)")),
      ),
      linkedin: linkedinOf(card),
    },
  );
  if (person === null) problems.push(`${file} ${source}: no name; skipped`);
  return person;
}

export function parseVcardFile(textOfFile: string, file: string): ImportFile {
  const problems: string[] = [];
  const people = parseVcards(textOfFile)
    .map((card) => personOfCard(card, file, problems))
    .filter((p): p is ImportedPerson => p !== null);
  return { kind: "vcard", people, problems };
}

/** Reads an export; throws an `Error` for the user when it is none we know. */
export function readContactsFile(textOfFile: string, file: string): ImportFile {
  if (/^\uFEFF?\s*BEGIN:VCARD/i.test(textOfFile)) return parseVcardFile(textOfFile, file);
  return parseContactsCsv(textOfFile, file);
}

/**
 * An export's bytes as text: UTF-8 (with or without a byte-order mark, or UTF-16 with one), else
 * Windows-1252, which Outlook on Windows still writes its CSV in.
 */
export function decodeExport(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeBytes(bytes, "windows-1252");
  }
}
