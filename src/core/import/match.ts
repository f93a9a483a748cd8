/**
 * Finding the note an imported person already has: by email first, then by name ignoring case,
 * accents, honorifics and word order (`Rivera, Sam` is Sam Rivera), against each note's name,
 * file name and `aliases`.
 */
import { basename } from "../contact";
import { looseKey } from "../loose-keys";
import { readNote } from "../note";
import type { ImportedPerson, ImportKey } from "./person";

export interface ExistingNote {
  path: string;
  text: string;
}

export interface NoteFacts {
  path: string;
  text: string;
  frontmatter: Readonly<Record<string, unknown>>;
  /** Set when the frontmatter cannot be read: such a note is matched but never written. */
  error?: string;
  /** The name shown for it: `name`, else the file name. */
  displayName: string;
}

export type Match = { kind: "none" } | { kind: "one"; note: NoteFacts; by: "email" | "name" } | { kind: "several"; paths: string[]; by: "email" | "name" };

/** Titles and letters that say nothing about who someone is. */
const HONORIFICS = new Set(["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "jr", "sr", "phd", "md"]);

/** Letters no Unicode decomposition takes apart. */
const FOLDS: Readonly<Record<string, string>> = { ß: "ss", ø: "o", æ: "ae", œ: "oe", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

/** A name's key: `Dr. Sam Rivera`, `RIVERA, Sam` and `Sam Rivera` all give `rivera sam`. */
export function nameKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßøæœłđðþı]/g, (ch) => FOLDS[ch] ?? ch)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !HONORIFICS.has(w));
  return words.sort().join(" ");
}

export function emailKey(email: string): string {
  return email.trim().replace(/^mailto:/i, "").toLowerCase();
}

/** The spellings each imported field is read from in a note (loosely compared), the canonical first. */
export const NOTE_KEYS: Readonly<Record<ImportKey, readonly string[]>> = {
  name: ["name"],
  email: ["email", "emails", "mail"],
  phone: ["phone", "mobile", "tel", "telephone", "phone number"],
  company: ["company", "organization", "organisation", "employer"],
  role: ["role", "job title", "position"],
  location: ["location", "city"],
  birthday: ["birthday", "prm-birthday", "bday", "birthdate"],
  linkedin: ["linkedin", "linkedin url", "linkedin profile"],
  connected: ["connected", "connected on"],
};

/** The key the note already uses for a field, or null. */
export function noteKeyFor(frontmatter: Readonly<Record<string, unknown>>, field: ImportKey): string | null {
  const wanted = NOTE_KEYS[field].map(looseKey);
  let best: { key: string; rank: number } | null = null;
  for (const key of Object.keys(frontmatter)) {
    const rank = wanted.indexOf(looseKey(key));
    if (rank !== -1 && (best === null || rank < best.rank)) best = { key, rank };
  }
  return best?.key ?? null;
}

/** A frontmatter value as text items: a list gives each element, a date its ISO form. */
export function valueTexts(value: unknown): string[] {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  return items
    .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : v == null ? "" : JSON.stringify(v)))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function strings(value: unknown): string[] {
  return valueTexts(value).flatMap((v) => v.split(/[,;]\s*/));
}

export class MatchIndex {
  private readonly byEmail = new Map<string, NoteFacts[]>();
  private readonly byName = new Map<string, NoteFacts[]>();

  constructor(notes: readonly ExistingNote[]) {
    for (const note of notes) {
      const parts = readNote(note.text);
      const fm = parts.frontmatter;
      const named = typeof fm.name === "string" && fm.name.trim() !== "" ? fm.name.trim() : basename(note.path);
      const facts: NoteFacts = { path: note.path, text: note.text, frontmatter: fm, error: parts.frontmatterError, displayName: named };
      const emailField = noteKeyFor(fm, "email");
      const emails = new Set(emailField === null ? [] : strings(fm[emailField]).map(emailKey).filter((e) => e.includes("@")));
      for (const e of emails) this.add(this.byEmail, e, facts);
      const aliasKey = Object.keys(fm).find((k) => looseKey(k) === "aliases" || looseKey(k) === "alias");
      const names = new Set([named, basename(note.path), ...(aliasKey === undefined ? [] : valueTexts(fm[aliasKey]))].map(nameKey).filter((k) => k !== ""));
      for (const n of names) this.add(this.byName, n, facts);
    }
  }

  private add(map: Map<string, NoteFacts[]>, key: string, facts: NoteFacts): void {
    const list = map.get(key);
    if (list === undefined) map.set(key, [facts]);
    else if (!list.includes(facts)) list.push(facts);
  }

  /** Email first; a name only when no email matched. Several notes: ambiguous. */
  match(person: ImportedPerson): Match {
    const byEmail = new Map<string, NoteFacts>();
    for (const e of person.emails) for (const n of this.byEmail.get(emailKey(e)) ?? []) byEmail.set(n.path, n);
    const found = byEmail.size > 0 ? { notes: [...byEmail.values()], by: "email" as const } : { notes: this.byName.get(nameKey(person.name)) ?? [], by: "name" as const };
    const [first] = found.notes;
    if (first === undefined) return { kind: "none" };
    if (found.notes.length === 1) return { kind: "one", note: first, by: found.by };
    return { kind: "several", paths: found.notes.map((n) => n.path).sort(), by: found.by };
  }
}
