/**
 * Why no contact was found, in words: the folders and tags looked for, and what is wrong with
 * them. An empty list with no reason looks like "nobody is due", which is the wrong comfort when
 * the vault path or a folder name is mistyped. The command line and the panel's empty state both
 * show this, so they never disagree.
 */
import { missingFolders } from "./membership";
import type { Settings } from "./settings";

/** What the caller found on disk (or in the vault's file tree) for one configured folder. */
export interface FolderSurvey {
  /** The folder as configured, vault-relative. */
  folder: string;
  /** Whether a folder of exactly that name exists. */
  exists: boolean;
  /** A folder of the same name in another letter case, when the exact one does not exist. */
  otherCase: string | null;
}

export interface VaultSurvey {
  /** Markdown notes in the vault, contacts or not. */
  noteCount: number;
  contactCount: number;
  folders: readonly FolderSurvey[];
  /** The config folder's name (`.obsidian` unless renamed). */
  configDir: string;
  /** Whether the config folder exists; `null` when the question does not arise (inside Obsidian). */
  hasConfigDir: boolean | null;
}

export interface Explanation {
  /** One sentence: nothing was found. */
  headline: string;
  /** Why, one sentence each, most likely cause first. */
  reasons: string[];
  /** The same without the sentence that says what a contact is, for a place that already says it. */
  findings: string[];
}

type Membership = Pick<Settings, "contactsFolders" | "contactTags" | "contactMarkers">;

/** The folders, tags and frontmatter markers the settings make a note a contact by. */
export function lookedFor(settings: Membership): { folders: string[]; tags: string[]; markers: string[] } {
  const folders = settings.contactsFolders.map((f) => f.trim().replace(/^\/+|\/+$/g, "")).filter((f) => f !== "");
  const tags = settings.contactTags.map((t) => t.trim().replace(/^#/, "")).filter((t) => t !== "");
  const markers = settings.contactMarkers.map((m) => m.trim()).filter((m) => m !== "");
  return { folders, tags, markers };
}

/** Each configured folder against the vault's folders; membership's `missingFolders` is the one rule for what is missing. */
export function surveyFolders(folders: readonly string[], existing: readonly string[]): FolderSurvey[] {
  const missing = new Map(missingFolders(folders, existing).map((m) => [m.folder, m.actual]));
  return folders.map((folder) =>
    missing.has(folder) ? { folder, exists: false, otherCase: missing.get(folder) ?? null } : { folder, exists: true, otherCase: null },
  );
}

function quotedList(items: readonly string[], conjunction: string): string {
  const quoted = items.map((i) => `"${i}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1] ?? ""}`;
}

/** What a configured folder that is missing, or differs in letter case, should say; `null` when it is fine. */
export function describeFolder(survey: FolderSurvey): string | null {
  if (survey.exists) return null;
  if (survey.otherCase !== null) {
    return `The folder "${survey.folder}" does not exist, but "${survey.otherCase}" does: folder names are case-sensitive, so set the contacts folder to "${survey.otherCase}".`;
  }
  return `The folder "${survey.folder}" does not exist in this vault.`;
}

/** Why the vault shows no contact, or `null` when it has some. */
export function explainEmpty(settings: Membership, survey: VaultSurvey): Explanation | null {
  if (survey.contactCount > 0) return null;
  const { folders, tags, markers } = lookedFor(settings);
  const reasons: string[] = [];

  if (survey.hasConfigDir === false) {
    reasons.push(
      `This folder has no ${survey.configDir} folder, so it may not be an Obsidian vault: give the folder that holds ${survey.configDir}.`,
    );
  }
  if (survey.noteCount === 0) {
    reasons.push("It holds no markdown notes at all.");
  }

  const where: string[] = [];
  if (folders.length > 0)
    where.push(`in the ${folders.length === 1 ? "folder" : "folders"} ${quotedList(folders, "or")} (subfolders included)`);
  if (tags.length > 0) where.push(`tagged ${tags.map((t) => `#${t}`).join(" or ")}`);
  if (markers.length > 0) where.push(`whose frontmatter has ${quotedList(markers, "or")}`);
  const definition = `A contact is a note ${where.join(", or ")}.`;
  reasons.push(definition);

  for (const f of survey.folders) {
    const problem = describeFolder(f);
    if (problem !== null) reasons.push(problem);
    else if (survey.noteCount > 0) reasons.push(`The folder "${f.folder}" exists but holds no notes.`);
  }
  if (survey.noteCount > 0 && tags.length > 0) {
    const wanted = tags.map((t) => `#${t}`).join(" or ");
    reasons.push(
      survey.noteCount === 1
        ? `The one note in the vault does not carry ${wanted} (in its tags or its text).`
        : `None of the ${survey.noteCount} notes carries ${wanted} (in its tags or its text).`,
    );
  }
  return { headline: "No contact notes found.", reasons, findings: reasons.filter((r) => r !== definition) };
}
