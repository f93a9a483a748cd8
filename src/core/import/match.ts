/**
 * Finding the note an imported person already has: by email first, then by name ignoring case,
 * accents, honorifics and word order (`Rivera, Sam` is Sam Rivera), against each note's name,
 * file name and `aliases`.
 */
import { basename } from "../contact";
import { keyShape } from "../keys";
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

export type Match =
  { kind: "none" } | { kind: "one"; note: NoteFacts; by: "email" | "name" } | { kind: "several"; paths: string[]; by: "email" | "name" };

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
  return email
    .trim()
    .replace(/^mailto:/i, "")
    .toLowerCase();
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
  const wanted = NOTE_KEYS[field].map(keyShape);
  let best: { key: string; rank: number } | null = null;
  for (const key of Object.keys(frontmatter)) {
    const rank = wanted.indexOf(keyShape(key));
    if (rank !== -1 && (best === null || rank < best.rank)) best = { key, rank };
  }
  return best?.key ?? null;
}

/** A frontmatter value as text items: a list gives each element, a date its ISO form. */
export function valueTexts(value: unknown): string[] {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  return items
    .map((v) =>
      v instanceof Date
        ? v.toISOString().slice(0, 10)
        : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
          ? String(v)
          : v == null
            ? ""
            : JSON.stringify(v),
    )
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function strings(value: unknown): string[] {
  return valueTexts(value).flatMap((v) => v.split(/[,;]\s*/));
}

/**
 * Every note by email and by name key. Notes are added as they are, and again after an import
 * plans to change them, so that a later person in the same export finds them as a second import
 * would.
 */
export class MatchIndex {
  private readonly byEmail = new Map<string, string[]>();
  private readonly byName = new Map<string, string[]>();
  private readonly notes = new Map<string, NoteFacts>();

  constructor(notes: readonly ExistingNote[]) {
    for (const note of notes) this.add(note);
  }

  /** Adds a note, or its new text (its keys only grow: an import fills in, it never takes away). */
  add(note: ExistingNote): void {
    const parts = readNote(note.text);
    const fm = parts.frontmatter;
    const named = typeof fm.name === "string" && fm.name.trim() !== "" ? fm.name.trim() : basename(note.path);
    this.notes.set(note.path, { path: note.path, text: note.text, frontmatter: fm, error: parts.frontmatterError, displayName: named });
    const emailField = noteKeyFor(fm, "email");
    for (const e of emailField === null ? [] : strings(fm[emailField]).map(emailKey))
      if (e.includes("@")) this.register(this.byEmail, e, note.path);
    const aliasKey = Object.keys(fm).find((k) => keyShape(k) === "aliases" || keyShape(k) === "alias");
    for (const n of [named, basename(note.path), ...(aliasKey === undefined ? [] : valueTexts(fm[aliasKey]))]) {
      const key = nameKey(n);
      if (key !== "") this.register(this.byName, key, note.path);
    }
  }

  private register(map: Map<string, string[]>, key: string, path: string): void {
    const list = map.get(key);
    if (list === undefined) map.set(key, [path]);
    else if (!list.includes(path)) list.push(path);
  }

  /**
   * By email first, in the export's order (the first address that some note has decides), then by
   * name. Several notes for that address or name: ambiguous.
   */
  match(person: ImportedPerson): Match {
    const byEmail = person.emails.map((e) => this.byEmail.get(emailKey(e)) ?? []).find((paths) => paths.length > 0);
    const found =
      byEmail !== undefined
        ? { paths: byEmail, by: "email" as const }
        : { paths: this.byName.get(nameKey(person.name)) ?? [], by: "name" as const };
    const note = found.paths.length === 1 ? this.notes.get(found.paths[0] ?? "") : undefined;
    if (note !== undefined) return { kind: "one", note, by: found.by };
    if (found.paths.length === 0) return { kind: "none" };
    return { kind: "several", paths: [...found.paths].sort(), by: found.by };
  }
}
