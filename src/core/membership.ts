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
  return isContactNote(path, note.frontmatter, note.inlineTags, rules);
}

/** `isContact` on a note's parts, as the metadata cache holds them: nothing is allocated per note. */
export function isContactNote(
  path: string,
  frontmatter: Readonly<Record<string, unknown>> | undefined,
  inlineTags: readonly (string | { readonly tag: string })[] | undefined,
  rules: MembershipRules,
): boolean {
  if (!path.endsWith(".md") && (path.length < 3 || path.slice(-3).toLowerCase() !== ".md")) return false;
  // Most notes of a vault are not claimed: that is asked first, the exclusions only of the rest.
  if (!claimed(path, frontmatter, inlineTags, rules)) return false;
  const excluded = rules.excludedPrefixes;
  for (let i = 0; i < excluded.length; i++) if (path.startsWith(excluded[i] as string)) return false;
  return frontmatter === undefined || !hasPlaceholder(frontmatter);
}

function claimed(
  path: string,
  fm: Readonly<Record<string, unknown>> | undefined,
  inlineTags: readonly (string | { readonly tag: string })[] | undefined,
  rules: MembershipRules,
): boolean {
  const folders = rules.folderPrefixes;
  for (let i = 0; i < folders.length; i++) if (path.startsWith(folders[i] as string)) return true;
  const tags = rules.tags;
  if (tags.length > 0) {
    if (inlineTags !== undefined)
      for (let i = 0; i < inlineTags.length; i++) {
        const t = inlineTags[i] as string | { readonly tag: string };
        if (rawTagMatchesAny(typeof t === "string" ? t : t.tag, tags)) return true;
      }
    if (fm !== undefined && (listHasTag(fm.tags, tags) || listHasTag(fm.tag, tags))) return true;
  }
  return rules.markers.length > 0 && fm !== undefined && matchesMarker(fm, rules.markers);
}

/** `contact`, `#contact`, `Contact/work` match the tag `contact` (`tags` normalised by core/tags.ts). */
export function matchesAnyTag(raw: string, tags: readonly string[]): boolean {
  const t = normaliseTag(raw.trim());
  for (const tag of tags) if (tagMatches(t, tag)) return true;
  return false;
}

/**
 * `matchesAnyTag` without making the normalised tag: for a tag in ASCII (what nearly every note
 * holds) it is compared in place; anything else goes the full way.
 */
function rawTagMatchesAny(raw: string, tags: readonly string[]): boolean {
  const end = raw.length;
  if (end === 0) return matchesAnyTag(raw, tags);
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(end - 1);
  // Space to trim, or a character `toLowerCase` may change in length: the full way.
  if (first <= 32 || last <= 32 || first >= 127 || last >= 127) return matchesAnyTag(raw, tags);
  const start = first === 35 /* # */ ? 1 : 0;
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k] as string;
    const n = tag.length;
    if (end - start < n) continue;
    let same = true;
    for (let i = 0; i < n; i++) {
      let c = raw.charCodeAt(start + i);
      if (c >= 127) return matchesAnyTag(raw, tags);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== tag.charCodeAt(i)) {
        same = false;
        break;
      }
    }
    if (same && (end - start === n || raw.charCodeAt(start + n) === 47) /* / */) return true;
  }
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
  // One pass over the keys: this runs for every contact at each build.
  for (const key in fm) {
    // A key written `{{field}}:` is a placeholder too.
    if (mayHoldPlaceholder(key)) return true;
    const v = fm[key];
    if (typeof v === "string") {
      if (mayHoldPlaceholder(v) && PLACEHOLDER.test(v)) return true;
    } else if (Array.isArray(v)) {
      for (const item of v as unknown[]) if (typeof item === "string" && mayHoldPlaceholder(item) && PLACEHOLDER.test(item)) return true;
    }
  }
  return false;
}

/** Holds `{{` or `<%`: one look at each character (most values are short and hold neither). */
function mayHoldPlaceholder(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 60 /* < */) {
      const d = text.charCodeAt(i + 1);
      if ((c === 123 && d === 123) || (c === 60 && d === 37)) /* {{ or <% */ return true;
    }
  }
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
