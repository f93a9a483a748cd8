/**
 * The set-up check: what a vault holds, and what the settings make of it. It finds people notes
 * where the settings do not look, says why contacts are not tracked, and proposes the settings
 * changes that would fix it, each with the counts before and after. It never changes a note; the
 * caller applies a proposal's settings only when asked.
 */
import { buildContact } from "./build-contact";
import type { Contact } from "./contact";
import { KNOWN_TIER_SETS } from "./doctor-known";
import { fieldOfKey } from "./contact-fields";
import { normaliseTag } from "./tags";
import { hasPlaceholder, isContact, markerValue, membershipRules, missingFolders, matchesAnyTag, type VaultFolders } from "./membership";
import type { Settings, TierDef } from "./settings";

/** A note as the check sees it (no body: nothing here reads a log). */
export interface VaultNote {
  path: string;
  frontmatter: Readonly<Record<string, unknown>>;
  frontmatterError?: string;
  /** Inline tags, with or without `#` (frontmatter tags are read from `frontmatter`). */
  inlineTags: readonly string[];
}

export interface VaultShape extends VaultFolders {
  notes: readonly VaultNote[];
  /** Every folder of the vault, as paths (`People`, `Work/Contacts`). */
  folders: readonly string[];
}

export interface Counts {
  contacts: number;
  tracked: number;
}

export interface Proposal {
  /** What the change does, for a button or a line: "Add the folder People to the contacts folders". */
  title: string;
  /** The settings fields that change, with their new values. */
  change: Partial<Settings>;
  before: Counts;
  after: Counts;
}

export interface DoctorReport {
  counts: Counts;
  /** Contacts folders that do not exist, or exist only in another letter case. */
  missingFolders: string[];
  /** Why the contacts that are not tracked are not, one line per reason, with counts. */
  untracked: string[];
  /** People notes the settings do not look at, one line per place they were found. */
  elsewhere: string[];
  /** Settings changes, in the order they are best applied; each counted on top of the ones before. */
  proposals: Proposal[];
}

const PEOPLE_FOLDERS = new Set(["people", "person", "persons", "contacts", "contact", "friends", "network", "crm"]);
const PEOPLE_TAGS = ["person", "people", "contact", "contacts"];
const PEOPLE_MARKERS: readonly [key: string, value: string][] = [
  ["type", "person"],
  ["type", "people"],
  ["type", "contact"],
  ["category", "people"],
  ["categories", "people"],
  ["categories", "person"],
];

/** Contacts and tracked contacts under `settings`, and the contacts themselves. */
export function countContacts(vault: VaultShape, settings: Settings): Counts & { list: Contact[] } {
  const rules = membershipRules(settings, vault);
  const list: Contact[] = [];
  for (const note of vault.notes) {
    if (!isContact(note.path, { frontmatter: note.frontmatter, inlineTags: note.inlineTags }, rules)) continue;
    list.push(buildContact({ path: note.path, frontmatter: note.frontmatter, frontmatterError: note.frontmatterError }, settings));
  }
  return { contacts: list.length, tracked: list.filter(isTracked).length, list };
}

function isTracked(c: Contact): boolean {
  return c.cadence !== null && !c.doNotContact;
}

/** Runs the check. */
export function diagnose(vault: VaultShape, settings: Settings): DoctorReport {
  const now = countContacts(vault, settings);
  const report: DoctorReport = {
    counts: { contacts: now.contacts, tracked: now.tracked },
    missingFolders: missingFolders(settings.contactsFolders, vault.folders).map((m) => m.message),
    untracked: whyUntracked(now.list),
    elsewhere: [],
    proposals: [],
  };
  let current = settings;
  const propose = (title: string, change: Partial<Settings>): void => {
    const next = { ...current, ...change };
    const before = countContacts(vault, current);
    const after = countContacts(vault, next);
    if (after.contacts === before.contacts && after.tracked === before.tracked) return;
    report.proposals.push({
      title,
      change,
      before: { contacts: before.contacts, tracked: before.tracked },
      after: { contacts: after.contacts, tracked: after.tracked },
    });
    current = next;
  };

  for (const m of missingFolders(settings.contactsFolders, vault.folders)) {
    if (m.actual === null) continue;
    propose(`Write the contacts folder "${m.folder}" as "${m.actual}"`, {
      contactsFolders: current.contactsFolders.map((f) => (f === m.folder ? (m.actual ?? f) : f)),
    });
  }

  const outside = vault.notes.filter(
    (n) =>
      !isContact(n.path, { frontmatter: n.frontmatter, inlineTags: n.inlineTags }, membershipRules(settings, vault)) &&
      !isExcluded(n, vault) &&
      !namedLikeTemplate(n.path),
  );
  // People folders.
  const byFolder = new Map<string, number>();
  for (const n of outside) {
    const folder = peopleFolderOf(n.path);
    if (folder !== null) byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
  }
  for (const [folder, count] of byFolder) {
    report.elsewhere.push(`${count} ${notes(count)} in the folder "${folder}", which is not a contacts folder`);
    propose(`Add the folder "${folder}" to the contacts folders`, { contactsFolders: [...current.contactsFolders, folder] });
  }
  // People tags.
  for (const tag of PEOPLE_TAGS) {
    const count = outside.filter((n) => hasTag(n, tag)).length;
    if (count === 0 || settings.contactTags.some((t) => t.toLowerCase() === tag)) continue;
    report.elsewhere.push(`${count} ${notes(count)} tagged #${tag}, which is not a contact tag`);
    propose(`Add the tag #${tag} to the contact tags`, { contactTags: [...current.contactTags, tag] });
  }
  // Frontmatter markers.
  for (const [key, value] of PEOPLE_MARKERS) {
    const count = outside.filter((n) =>
      Object.entries(n.frontmatter).some(([k, v]) => k.toLowerCase() === key && valueIs(v, value)),
    ).length;
    if (count === 0) continue;
    report.elsewhere.push(`${count} ${notes(count)} with "${key}: ${value}" in their frontmatter`);
    propose(`Add the marker "${key}: ${value}" to the contact markers`, {
      contactMarkers: [...current.contactMarkers, `${key}: ${value}`],
    });
  }
  // Other tools' keys, on notes nothing above claims.
  const stillOutside = outside.filter(
    (n) => !isContact(n.path, { frontmatter: n.frontmatter, inlineTags: n.inlineTags }, membershipRules(current, vault)),
  );
  const keyCounts = new Map<string, number>();
  for (const n of stillOutside)
    for (const k of Object.keys(n.frontmatter))
      if (fieldOfKey(k) !== null && fieldOfKey(k) !== "name") keyCounts.set(k, (keyCounts.get(k) ?? 0) + 1);
  const topKey = [...keyCounts].sort((a, b) => b[1] - a[1])[0];
  if (topKey !== undefined) {
    const keys = [...keyCounts.keys()].slice(0, 4).join(", ");
    const count = stillOutside.filter((n) =>
      Object.keys(n.frontmatter).some((k) => fieldOfKey(k) !== null && fieldOfKey(k) !== "name"),
    ).length;
    report.elsewhere.push(`${count} ${notes(count)} elsewhere with contact keys (${keys})`);
    propose(`Add the marker "${topKey[0]}" (any value) to the contact markers`, { contactMarkers: [...current.contactMarkers, topKey[0]] });
  }
  proposeTiers(vault, current, propose);
  return report;
}

/**
 * Unknown tier ids that another tool defines: its tiers, replacing ours when no note uses ours. The
 * tool whose ids cover the most notes is offered, even when a few ids belong to no tool (a typo
 * or a tier of the user's own stays a problem to fix by hand).
 */
function proposeTiers(vault: VaultShape, settings: Settings, propose: (title: string, change: Partial<Settings>) => void): void {
  const { list } = countContacts(vault, settings);
  const unknown = unknownTiers(list);
  if (unknown.size === 0) return;
  const covered = (set: (typeof KNOWN_TIER_SETS)[number]): number =>
    [...unknown].filter(([id]) => set.tiers.some((t) => t.key === id.toLowerCase())).reduce((n, [, count]) => n + count, 0);
  const set = [...KNOWN_TIER_SETS].sort((a, b) => covered(b) - covered(a))[0];
  if (set === undefined || covered(set) === 0) return;
  const ours = list.some((c) => c.tier !== null);
  const theirs: TierDef[] = set.tiers.map((t) => ({ ...t, aliases: [] }));
  const tiers = ours ? [...settings.tiers, ...theirs.filter((t) => !settings.tiers.some((o) => o.key.toLowerCase() === t.key))] : theirs;
  propose(`${ours ? "Add" : "Use"} ${set.tool}'s tiers: ${set.tiers.map((t) => `${t.key} (${t.cadence})`).join(", ")}`, { tiers });
}

function unknownTiers(list: readonly Contact[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of list) {
    const p = c.problems.find((x) => x.field === "tier");
    const id = p === undefined ? undefined : /tier "([^"]*)"/.exec(p.message)?.[1];
    if (id !== undefined) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}

/** One line per reason a contact is not tracked, most common first. */
function whyUntracked(list: readonly Contact[]): string[] {
  const reasons: [number, string][] = [];
  const count = (f: (c: Contact) => boolean): number => list.filter(f).length;
  const dnc = count((c) => c.doNotContact);
  if (dnc > 0) reasons.push([dnc, `${dnc} ${are(dnc)} do-not-contact`]);
  const rest = list.filter((c) => !c.doNotContact && c.cadence === null);
  const paused = rest.filter((c) => c.paused).length;
  if (paused > 0) reasons.push([paused, `${paused} ${are(paused)} paused`]);
  const unknown = unknownTiers(rest.filter((c) => !c.paused));
  const unknownCount = [...unknown.values()].reduce((a, b) => a + b, 0);
  if (unknownCount > 0)
    reasons.push([
      unknownCount,
      `${unknownCount} use tier ids unknown here: ${[...unknown]
        .sort((a, b) => b[1] - a[1])
        .map(([id]) => id)
        .join(", ")}`,
    ]);
  const plain = rest.filter((c) => !c.paused && !c.problems.some((p) => p.field === "tier"));
  const badCadence = plain.filter((c) => c.problems.some((p) => p.field === "cadence")).length;
  if (badCadence > 0) reasons.push([badCadence, `${badCadence} have a cadence that cannot be read and no tier`]);
  const chose = plain.filter((c) => !c.problems.some((p) => p.field === "cadence") && (c.keys.tier !== undefined || c.ownCadence)).length;
  if (chose > 0) reasons.push([chose, `${chose} ${are(chose)} untracked on purpose (tier none or database, or cadence never)`]);
  const neither = plain.length - badCadence - chose;
  if (neither > 0) reasons.push([neither, `${neither} have neither a tier nor a cadence`]);
  return reasons.sort((a, b) => b[0] - a[0]).map(([, line]) => line);
}

/** Never a contact whatever the settings: the config folder, the trash, templates, placeholders. */
function isExcluded(n: VaultNote, vault: VaultFolders): boolean {
  const prefixes = [`${vault.configDir}/`, ".trash/", ...vault.templateFolders.map((f) => `${f.replace(/\/+$/, "")}/`)];
  return prefixes.some((p) => p !== "/" && n.path.startsWith(p)) || hasPlaceholder(n.frontmatter);
}

/**
 * A note called a template, or in a folder so called, even where no templates plugin names that
 * folder: offering it as a person would make a blank form due.
 */
function namedLikeTemplate(path: string): boolean {
  return path.split("/").some((part) => /\btemplates?\b/i.test(part));
}

/** The nearest enclosing folder named like a people folder (`Atlas/People`), or `null`. */
function peopleFolderOf(path: string): string | null {
  const parts = path.split("/").slice(0, -1);
  for (let i = parts.length - 1; i >= 0; i--)
    if (PEOPLE_FOLDERS.has((parts[i] ?? "").toLowerCase())) return parts.slice(0, i + 1).join("/");
  return null;
}

function hasTag(n: VaultNote, tag: string): boolean {
  const fmTags = [n.frontmatter.tags, n.frontmatter.tag].flatMap((v) =>
    Array.isArray(v) ? (v as unknown[]) : typeof v === "string" ? v.split(/[,\s]+/) : [],
  );
  return [...n.inlineTags, ...fmTags].some((t) => typeof t === "string" && matchesAnyTag(t, [normaliseTag(tag)]));
}

function valueIs(v: unknown, wanted: string): boolean {
  if (typeof v === "string") return markerValue(v) === wanted;
  return Array.isArray(v) && (v as unknown[]).some((x) => typeof x === "string" && markerValue(x) === wanted);
}

function notes(n: number): string {
  return n === 1 ? "note" : "notes";
}

function are(n: number): string {
  return n === 1 ? "is" : "are";
}
