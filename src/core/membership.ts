/**
 * Which notes are contacts: the rule the index, the CLI, the writer and the set-up check share.
 * A note is a contact when it lies in a contacts folder (subfolders too), carries a contact tag
 * (nested tags count), or matches a frontmatter marker (`type: person`). Never a note under the
 * config folder, `.trash` or a templates folder, nor one whose frontmatter holds a placeholder.
 */
import { keyShape } from "./keys";
import type { Settings } from "./settings";
import { normaliseTag, tagMatches } from "./tags";

/** Where a vault keeps what is never a contact (`Vault#configDir`, the templates folders). */
export interface VaultFolders {
  configDir: string;
  /** The Templates core plugin's folder and Templater's, when set. */
  templateFolders: readonly string[];
}

/** A frontmatter marker: a key (compared forgivingly) and a value, or any value when `null`. */
export interface Marker {
  key: string;
  value: string | null;
}

/** The settings, compiled once for a whole vault. */
export interface MembershipRules {
  folderPrefixes: readonly string[];
  tags: readonly string[];
  markers: readonly Marker[];
  excludedPrefixes: readonly string[];
}

/** `type: person` → `{ key: "type", value: "person" }`; `categories: "[[People]]"` → `people`; `prm-tier` → any value. */
export function parseMarker(text: string): Marker | null {
  const colon = text.indexOf(":");
  const key = (colon < 0 ? text : text.slice(0, colon)).trim();
  if (key === "") return null;
  const value = colon < 0 ? "" : markerValue(text.slice(colon + 1));
  return { key: keyShape(key), value: value === "" ? null : value };
}

/** A value as compared: unquoted, a link's target (`[[People|who]]` → `people`), `#` dropped, lower case. */
export function markerValue(raw: string): string {
  let v = raw
    .trim()
    .replace(/^(["'])(.*)\1$/, "$2")
    .trim();
  const link = /^\[\[([^\]|#]*)(?:[#|][^\]]*)?\]\]$/.exec(v);
  if (link?.[1] !== undefined) v = link[1];
  return v.replace(/^#/, "").trim().toLowerCase();
}

function folderPrefix(folder: string): string | null {
  const clean = folder.trim().replace(/^\/+|\/+$/g, "");
  return clean === "" ? null : `${clean}/`;
}

/** Compiles the settings for `isContact`. */
export function membershipRules(
  settings: Pick<Settings, "contactsFolders" | "contactTags" | "contactMarkers">,
  folders: VaultFolders,
): MembershipRules {
  const prefixes = (list: readonly string[]): string[] => list.map(folderPrefix).filter((p): p is string => p !== null);
  return {
    folderPrefixes: prefixes(settings.contactsFolders),
    tags: settings.contactTags.map((t) => normaliseTag(t.trim())).filter((t) => t !== ""),
    markers: settings.contactMarkers.map(parseMarker).filter((m): m is Marker => m !== null),
    excludedPrefixes: [`${folders.configDir}/`, ".trash/", ...prefixes(folders.templateFolders)],
  };
}

/** A note as membership sees it: its frontmatter and its inline tags (with or without `#`). */
export interface MemberNote {
  frontmatter: Readonly<Record<string, unknown>> | undefined;
  /** Inline tags, as text or as the metadata cache lists them; frontmatter `tags`/`tag` are read from `frontmatter`. */
  inlineTags: readonly (string | { readonly tag: string })[];
}

/** Whether a note is a contact. This runs for every note of a vault: the common cases are cheap. */
export function isContact(path: string, note: MemberNote, rules: MembershipRules): boolean {
  if (!path.endsWith(".md") && (path.length < 3 || path.slice(-3).toLowerCase() !== ".md")) return false;
  for (const p of rules.excludedPrefixes) if (path.startsWith(p)) return false;
  if (!claimed(path, note, rules)) return false;
  return note.frontmatter === undefined || !hasPlaceholder(note.frontmatter);
}

function claimed(path: string, note: MemberNote, rules: MembershipRules): boolean {
  for (const p of rules.folderPrefixes) if (path.startsWith(p)) return true;
  if (rules.tags.length > 0) {
    for (const t of note.inlineTags) if (matchesAnyTag(typeof t === "string" ? t : t.tag, rules.tags)) return true;
    const fm = note.frontmatter;
    if (fm !== undefined && (listHasTag(fm.tags, rules.tags) || listHasTag(fm.tag, rules.tags))) return true;
  }
  return rules.markers.length > 0 && note.frontmatter !== undefined && matchesMarker(note.frontmatter, rules.markers);
}

/** `contact`, `#contact`, `Contact/work` match the tag `contact` (`tags` normalised by core/tags.ts). */
export function matchesAnyTag(raw: string, tags: readonly string[]): boolean {
  const t = normaliseTag(raw.trim());
  for (const tag of tags) if (tagMatches(t, tag)) return true;
  return false;
}

function listHasTag(value: unknown, tags: readonly string[]): boolean {
  if (typeof value === "string") {
    // A list written as one string ("work, contact"): split only when a tag can be in it.
    const lower = value.toLowerCase();
    if (!tags.some((t) => lower.includes(t))) return false;
    return value.split(/[,\s]+/).some((v) => v !== "" && matchesAnyTag(v, tags));
  }
  if (!Array.isArray(value)) return false;
  for (const v of value as unknown[]) if (typeof v === "string" && matchesAnyTag(v, tags)) return true;
  return false;
}

function matchesMarker(fm: Readonly<Record<string, unknown>>, markers: readonly Marker[]): boolean {
  for (const key in fm) {
    if (!Object.prototype.hasOwnProperty.call(fm, key)) continue;
    const shape = keyShape(key);
    for (const m of markers) if (m.key === shape && valueMatches(fm[key], m.value)) return true;
  }
  return false;
}

function valueMatches(value: unknown, wanted: string | null): boolean {
  if (wanted === null) return value !== null && value !== undefined && value !== "" && value !== false;
  if (typeof value === "string") return markerValue(value) === wanted;
  if (typeof value === "number" || typeof value === "boolean") return String(value).toLowerCase() === wanted;
  if (Array.isArray(value)) return (value as unknown[]).some((v) => v !== value && !Array.isArray(v) && valueMatches(v, wanted));
  return false;
}

const PLACEHOLDER = /\{\{[^}]*\}\}|<%[\s\S]*?%>/;

/** A frontmatter value (or list element) holding `{{…}}` or `<%…%>`: a template, not a person. */
export function hasPlaceholder(fm: Readonly<Record<string, unknown>>): boolean {
  for (const key in fm) {
    const v = fm[key];
    if (typeof v === "string") {
      if ((v.includes("{{") || v.includes("<%")) && PLACEHOLDER.test(v)) return true;
    } else if (Array.isArray(v)) {
      for (const item of v as unknown[])
        if (typeof item === "string" && (item.includes("{{") || item.includes("<%")) && PLACEHOLDER.test(item)) return true;
    }
  }
  // A key written `{{field}}:` is a placeholder too.
  for (const key in fm) if (key.includes("{{") || key.includes("<%")) return true;
  return false;
}

/**
 * The configured contacts folders that do not exist, each with why: missing, or present only in
 * another letter case (Obsidian's paths are case-sensitive on most systems).
 */
export function missingFolders(
  configured: readonly string[],
  existing: readonly string[],
): { folder: string; message: string; actual: string | null }[] {
  const have = new Set(existing);
  const byLower = new Map(existing.map((f) => [f.toLowerCase(), f]));
  const out: { folder: string; message: string; actual: string | null }[] = [];
  for (const raw of configured) {
    const folder = raw.trim().replace(/^\/+|\/+$/g, "");
    if (folder === "" || have.has(folder)) continue;
    const other = byLower.get(folder.toLowerCase());
    out.push(
      other === undefined
        ? { folder, message: `the contacts folder "${folder}" does not exist`, actual: null }
        : { folder, message: `the contacts folder "${folder}" does not exist; "${other}" does (letter case differs)`, actual: other },
    );
  }
  return out;
}
