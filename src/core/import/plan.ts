/**
 * The import's preview and the writes that carry it out. Each person is a new note (create), a
 * note to fill in (update: empty keys only, unless overwriting), a note that already says it all
 * (unchanged), or several candidates (ambiguous, never written). Updates are surgical edits of one
 * key each; new notes are untracked unless a tier is chosen. The writes are one step, written
 * and undone by the undo history's rule (`history.ts`).
 */
import { setFrontmatterValue } from "../edits";
import { freePath, safeFileName } from "../file-names";
import type { NoteChange } from "../history";
import { logHeadingToWrite } from "../log-heading";
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

/** The options for this vault's settings: new notes in the first contacts folder, tagged only when that is the root. */
export function importOptionsFor(
  settings: Pick<Settings, "contactsFolders" | "contactTags" | "logHeading">,
  choice: { tier: string | null; overwrite: boolean },
): ImportOptions {
  // New notes go where new contacts go: the first contacts folder, under the first log heading.
  const folder = settings.contactsFolders[0] ?? "";
  return {
    folder,
    tier: choice.tier,
    overwrite: choice.overwrite,
    logHeading: logHeadingToWrite(settings.logHeading),
    tag: folder === "" ? (settings.contactTags[0] ?? null) : null,
  };
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
  writes: NoteChange[];
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
      const url = (s: string): string =>
        plain(s)
          .replace(/^https?:\/\//, "")
          .replace(/^www\./, "")
          .replace(/\/+$/, "");
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
function changesFor(
  note: NoteFacts,
  frontmatter: Readonly<Record<string, unknown>>,
  person: ImportedPerson,
  overwrite: boolean,
): { key: ImportKey; spelling: string; value: string }[] {
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
  let text =
    options.tag === null
      ? `\n## ${options.logHeading}\n`
      : `---\ntags: [${JSON.stringify(options.tag)}]\n---\n\n## ${options.logHeading}\n`;
  const entries: [string, string][] = IMPORT_KEYS.flatMap((k) =>
    person.fields[k] === undefined ? [] : [[k, person.fields[k] ?? ""] as [string, string]],
  );
  entries.push(["tier", options.tier ?? "none"]);
  for (const [key, value] of entries) {
    const result = setFrontmatterValue(text, { spellings: [key], value });
    if (!result.ok) throw new Error(`could not write ${key} for ${person.name}: ${result.error}`);
    text = result.text;
  }
  return text;
}

/**
 * The export's people with its duplicates merged: rows or cards that share an address or a name
 * (as matching compares names) are one person, with the first one's name and the values the
 * others add. Matching each merged person once makes a second import find what the first wrote.
 */
export function mergeDuplicates(people: readonly ImportedPerson[]): ImportedPerson[] {
  const parent = people.map((_p, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const firstWith = new Map<string, number>();
  people.forEach((p, i) => {
    for (const key of [...p.emails.map((e) => `email:${emailKey(e)}`), `name:${nameKey(p.name)}`]) {
      const seen = firstWith.get(key);
      if (seen === undefined) firstWith.set(key, i);
      else {
        const [a, b] = [root(seen), root(i)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const merged = new Map<number, ImportedPerson>();
  people.forEach((p, i) => {
    const into = merged.get(root(i));
    if (into === undefined) {
      merged.set(root(i), { ...p, emails: [...p.emails], fields: { ...p.fields } });
      return;
    }
    for (const key of IMPORT_KEYS) if (into.fields[key] === undefined && p.fields[key] !== undefined) into.fields[key] = p.fields[key];
    for (const e of p.emails) if (!into.emails.some((x) => emailKey(x) === emailKey(e))) into.emails.push(e);
    if (into.fields.email === undefined && into.emails[0] !== undefined) into.fields.email = into.emails[0];
    into.source = `${into.source}, ${p.source}`;
  });
  return [...merged.values()];
}

/**
 * Plans an import of `people` into a vault whose contact notes are `notes`. `taken` says whether
 * a path is already used in the vault (compared as the vault compares paths).
 */
export function planImport(
  people: readonly ImportedPerson[],
  notes: readonly ExistingNote[],
  options: ImportOptions,
  taken: (path: string) => boolean,
): ImportPlan {
  const index = new MatchIndex(notes);
  const plan: ImportPlan = { create: [], update: [], unchanged: [], ambiguous: [], writes: [], problems: [] };
  // Each note written, by path, in the order first planned: its text before (null: created) and after.
  const texts = new Map<string, { before: string | null; after: string }>();
  const usedPaths = new Set<string>();

  for (const person of mergeDuplicates(people)) {
    const base = { name: person.name, source: person.source };
    const match = index.match(person);
    if (match.kind === "several") {
      plan.ambiguous.push({
        ...base,
        path: null,
        fields: person.fields,
        candidates: match.paths,
        reason: `matches ${match.paths.length} notes by ${match.by}`,
      });
      continue;
    }
    if (match.kind === "none") {
      const fileBase = safeFileName(person.name);
      if (fileBase === "") {
        plan.problems.push(`${person.source}: the name "${person.name}" has no characters a file name can use; skipped`);
        continue;
      }
      const path = freePath(options.folder, fileBase, (p) => taken(p) || usedPaths.has(p.toLowerCase()));
      usedPaths.add(path.toLowerCase());
      const text = newNoteText(person, options);
      texts.set(path, { before: null, after: text });
      index.add({ path, text });
      plan.create.push({ ...base, path, fields: person.fields });
      continue;
    }
    const note = match.note;
    if (note.error !== undefined) {
      plan.ambiguous.push({
        ...base,
        path: null,
        fields: person.fields,
        candidates: [note.path],
        reason: `${note.path}: ${note.error}; it is never written to`,
      });
      continue;
    }
    const changes = changesFor(note, note.frontmatter, person, options.overwrite);
    let text = note.text;
    let failure: string | null = null;
    for (const change of changes) {
      const result = setFrontmatterValue(text, { spellings: [change.spelling], value: change.value });
      if (!result.ok) {
        failure = `${note.path}: ${result.error}`;
        break;
      }
      text = result.text;
    }
    const fields = Object.fromEntries(changes.map((c) => [c.key, c.value])) as Partial<Record<ImportKey, string>>;
    if (failure !== null) plan.ambiguous.push({ ...base, path: null, fields: person.fields, candidates: [note.path], reason: failure });
    else if (changes.length === 0) plan.unchanged.push({ ...base, path: note.path, fields: person.fields });
    else plan.update.push({ ...base, path: note.path, fields });
    if (failure === null && changes.length > 0) {
      const earlier = texts.get(note.path);
      texts.set(note.path, { before: earlier === undefined ? note.text : earlier.before, after: text });
      index.add({ path: note.path, text });
    }
  }

  for (const [path, { before, after }] of texts) plan.writes.push({ path, before, after });
  return plan;
}
