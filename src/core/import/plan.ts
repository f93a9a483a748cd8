/**
 * The import's preview and the writes that carry it out. Each person is a new note (create), a
 * note to fill in (update: empty keys only, unless overwriting), a note that already says it all
 * (unchanged), or several candidates (ambiguous, never written). Updates are surgical edits of one
 * key each; new notes are untracked unless a tier is chosen. The writes are one step: see
 * `note-writes.ts`.
 */
import { setFrontmatterValue } from "../edits";
import { freePath, safeFileName } from "../file-names";
import type { NoteWrite } from "../note-writes";
import { readNote } from "../note";
import type { Settings } from "../settings";
import { emailKey, MatchIndex, nameKey, noteKeyFor, valueTexts, type ExistingNote, type NoteFacts } from "./match";
import { collapse, IMPORT_KEYS, readIsoBirthday, type ImportedPerson, type ImportKey } from "./person";

export interface ImportOptions {
  /** Where new notes go (the first contacts folder; "" is the vault's root). */
  folder: string;
  /** A tier key for new notes, or null: they are untracked (`tier: none`). */
  tier: string | null;
  /** Replace values that differ, not only fill empty keys. */
  overwrite: boolean;
  /** The log heading a new note gets, empty. */
  logHeading: string;
  /** The contact tag, written on new notes when the folder alone does not make them contacts. */
  tag: string | null;
}

/** The options for this vault's settings: new notes in the contacts folder, tagged only when that is the root. */
export function importOptionsFor(settings: Pick<Settings, "contactsFolder" | "contactTag" | "logHeading">, choice: { tier: string | null; overwrite: boolean }): ImportOptions {
  const folder = settings.contactsFolder;
  return { folder, tier: choice.tier, overwrite: choice.overwrite, logHeading: settings.logHeading, tag: folder === "" ? settings.contactTag : null };
}

export interface PreviewItem {
  name: string;
  /** The note written or matched; null when ambiguous. */
  path: string | null;
  /** create: every key written; update: the keys written; unchanged, ambiguous: what the export says. */
  fields: Partial<Record<ImportKey, string>>;
  /** Where in the export the person is. */
  source: string;
  /** Ambiguous: the notes the person matches. */
  candidates?: string[];
  /** Ambiguous: why nothing is written. */
  reason?: string;
}

export interface ImportPlan {
  create: PreviewItem[];
  update: PreviewItem[];
  unchanged: PreviewItem[];
  ambiguous: PreviewItem[];
  /** All the import's writes, applied together or not at all. */
  writes: NoteWrite[];
  problems: string[];
}

/** Two values say the same thing, in the way each key is written. */
export function sameValue(key: ImportKey, existing: string, imported: string): boolean {
  const plain = (s: string): string => collapse(s).normalize("NFC").toLowerCase();
  switch (key) {
    case "email":
      return emailKey(existing) === emailKey(imported);
    case "phone":
      return existing.replace(/\D/g, "") === imported.replace(/\D/g, "");
    case "linkedin": {
      const url = (s: string): string => plain(s).replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/+$/, "");
      return url(existing) === url(imported);
    }
    case "birthday": {
      const a = readIsoBirthday(existing) ?? plain(existing);
      const b = readIsoBirthday(imported) ?? plain(imported);
      // An export that knows only the day and month says nothing against a note that has the year.
      return a === b || (b.startsWith("--") && a.slice(-5) === b.slice(-5));
    }
    default:
      return plain(existing) === plain(imported);
  }
}

/** The keys to write in an existing note (with the spelling it already uses), and their values. */
function changesFor(note: NoteFacts, frontmatter: Readonly<Record<string, unknown>>, person: ImportedPerson, overwrite: boolean): { key: ImportKey; spelling: string; value: string }[] {
  const changes: { key: ImportKey; spelling: string; value: string }[] = [];
  for (const key of IMPORT_KEYS) {
    const value = person.fields[key];
    if (value === undefined) continue;
    const spelling = noteKeyFor(frontmatter, key);
    const present = spelling === null ? [] : valueTexts(frontmatter[spelling]);
    if (key === "name") {
      // A note's name is the user's; an export only replaces it when asked to, and it differs.
      if (overwrite && !sameValue("name", note.displayName, value)) changes.push({ key, spelling: spelling ?? "name", value });
      continue;
    }
    const candidates = key === "email" ? person.emails : [value];
    if (present.some((p) => candidates.some((c) => sameValue(key, p, c)))) continue;
    const isList = spelling !== null && Array.isArray(frontmatter[spelling]);
    if (present.length === 0 || (overwrite && !isList)) changes.push({ key, spelling: spelling ?? key, value });
  }
  return changes;
}

/** Text of a new note: its keys in the import's order, the tier (or none), an empty log. */
export function newNoteText(person: ImportedPerson, options: ImportOptions): string {
  let text = options.tag === null ? `\n## ${options.logHeading}\n` : `---\ntags: [${JSON.stringify(options.tag)}]\n---\n\n## ${options.logHeading}\n`;
  const entries: [string, string][] = IMPORT_KEYS.flatMap((k) => (person.fields[k] === undefined ? [] : [[k, person.fields[k] ?? ""] as [string, string]]));
  entries.push(["tier", options.tier ?? "none"]);
  for (const [key, value] of entries) {
    const result = setFrontmatterValue(text, { spellings: [key], value });
    if (!result.ok) throw new Error(`could not write ${key} for ${person.name}: ${result.error}`);
    text = result.text;
  }
  return text;
}

/** Fills the fields an earlier row of the same person left empty. */
function merge(into: ImportedPerson, from: ImportedPerson): void {
  for (const key of IMPORT_KEYS) if (into.fields[key] === undefined && from.fields[key] !== undefined) into.fields[key] = from.fields[key];
  for (const e of from.emails) if (!into.emails.some((x) => emailKey(x) === emailKey(e))) into.emails.push(e);
}

/**
 * Plans an import of `people` into a vault whose contact notes are `notes`. `taken` says whether
 * a path is already used in the vault (compared as the vault compares paths).
 */
export function planImport(people: readonly ImportedPerson[], notes: readonly ExistingNote[], options: ImportOptions, taken: (path: string) => boolean): ImportPlan {
  const index = new MatchIndex(notes);
  const plan: ImportPlan = { create: [], update: [], unchanged: [], ambiguous: [], writes: [], problems: [] };
  const edited = new Map<string, { before: string; after: string }>();
  const created: { item: PreviewItem; person: ImportedPerson }[] = [];
  const createdBy = new Map<string, { item: PreviewItem; person: ImportedPerson }>();
  const usedPaths = new Set<string>();

  for (const original of people) {
    const person: ImportedPerson = { ...original, emails: [...original.emails], fields: { ...original.fields } };
    const base = { name: person.name, source: person.source };
    const match = index.match(person);
    if (match.kind === "several") {
      plan.ambiguous.push({ ...base, path: null, fields: person.fields, candidates: match.paths, reason: `matches ${match.paths.length} notes by ${match.by}` });
      continue;
    }
    if (match.kind === "one") {
      const note = match.note;
      if (note.error !== undefined) {
        plan.ambiguous.push({ ...base, path: null, fields: person.fields, candidates: [note.path], reason: `${note.path}: ${note.error}; it is never written to` });
        continue;
      }
      const current = edited.get(note.path)?.after ?? note.text;
      const changes = changesFor(note, readNote(current).frontmatter, person, options.overwrite);
      let text = current;
      let failure: string | null = null;
      for (const change of changes) {
        const result = setFrontmatterValue(text, { spellings: [change.spelling], value: change.value });
        if (!result.ok) {
          failure = `${note.path}: ${result.error}`;
          break;
        }
        text = result.text;
      }
      if (failure !== null) plan.ambiguous.push({ ...base, path: null, fields: person.fields, candidates: [note.path], reason: failure });
      else if (changes.length === 0) plan.unchanged.push({ ...base, path: note.path, fields: person.fields });
      else {
        edited.set(note.path, { before: edited.get(note.path)?.before ?? note.text, after: text });
        plan.update.push({ ...base, path: note.path, fields: Object.fromEntries(changes.map((c) => [c.key, c.value])) });
      }
      continue;
    }
    // The same person twice in one export (two rows, two cards) is one new note.
    const keys = [...person.emails.map((e) => `email:${emailKey(e)}`), `name:${nameKey(person.name)}`];
    const byEmail = keys.map((k) => (k.startsWith("email:") ? createdBy.get(k) : undefined)).find((c) => c !== undefined);
    const byName = createdBy.get(`name:${nameKey(person.name)}`);
    // Two people of one name with different addresses are two people.
    const earlier = byEmail ?? (byName !== undefined && (byName.person.emails.length === 0 || person.emails.length === 0) ? byName : undefined);
    if (earlier !== undefined) {
      merge(earlier.person, person);
      earlier.item.fields = earlier.person.fields;
      for (const k of keys) createdBy.set(k, earlier);
      continue;
    }
    const fileBase = safeFileName(person.name);
    if (fileBase === "") {
      plan.problems.push(`${person.source}: the name "${person.name}" has no characters a file name can use; skipped`);
      continue;
    }
    const path = freePath(options.folder, fileBase, (p) => taken(p) || usedPaths.has(p.toLowerCase()));
    usedPaths.add(path.toLowerCase());
    const entry = { item: { ...base, path, fields: person.fields }, person };
    created.push(entry);
    for (const k of keys) createdBy.set(k, entry);
    plan.create.push(entry.item);
  }

  for (const [path, { before, after }] of edited) plan.writes.push({ path, before, after });
  for (const { item, person } of created) plan.writes.push({ path: item.path ?? "", before: null, after: newNoteText(person, options) });
  return plan;
}
