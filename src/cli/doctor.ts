/**
 * `doctor`: the set-up check on a vault folder. It reads every note's frontmatter and tags (never
 * a log), prints what the settings make of them and the settings changes that would help, and
 * writes the plugin's `data.json` only with `--apply`. It never changes a note.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { diagnose, type DoctorReport, type VaultNote, type VaultShape } from "../core/doctor";
import { doctorLines } from "../core/doctor-text";
import { bodyTags } from "../core/note";
import type { Settings } from "../core/settings";
import { CliError, describeFsError, EXIT_FOUND, EXIT_USAGE } from "./errors";
import { readFrontmatter } from "./frontmatter";
import { safeText } from "./terminal";
import { CONFIG_DIR, listNotes, readVaultSettings, SETTINGS_PATH } from "./vault";
import { listFolders, vaultFolders } from "./vault-folders";

/** Every note of the vault as the check sees it. */
export function surveyVault(root: string): VaultShape {
  const notes: VaultNote[] = [];
  for (const path of listNotes(root)) {
    let text: string;
    try {
      text = readFileSync(join(root, path), "utf8");
    } catch {
      continue; // `check` and `due` report unreadable notes; the survey only counts what it can read
    }
    const fm = readFrontmatter(text);
    notes.push({ path, frontmatter: fm.data, frontmatterError: fm.error, inlineTags: bodyTags(text.slice(fm.bodyStart)) });
  }
  return { notes, folders: listFolders(root), ...vaultFolders(root, CONFIG_DIR) };
}

/** Which proposals `--apply` names: `all`, or numbers such as `1,3`. */
export function chosenProposals(value: string, count: number): number[] {
  if (value.trim().toLowerCase() === "all") return Array.from({ length: count }, (_, i) => i);
  const picked = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const out: number[] = [];
  for (const p of picked) {
    const n = Number(p);
    if (!Number.isInteger(n) || n < 1 || n > count)
      throw new CliError(`doctor: --apply "${value}": expected all, or proposal numbers from 1 to ${count}`, EXIT_USAGE);
    if (!out.includes(n - 1)) out.push(n - 1);
  }
  return out.sort((a, b) => a - b);
}

/** The settings with the chosen proposals applied, in order. */
export function applyProposals(settings: Settings, report: DoctorReport, chosen: readonly number[]): Settings {
  let next = settings;
  for (const i of chosen) {
    const p = report.proposals[i];
    if (p !== undefined) next = { ...next, ...p.change };
  }
  return next;
}

export interface DoctorOutcome {
  text: string;
  exitCode: number;
}

export function runDoctor(root: string, options: { json: boolean; apply: string | undefined }): DoctorOutcome {
  const { settings, warnings } = readVaultSettings(root);
  const vault = surveyVault(root);
  const report = diagnose(vault, settings);
  let applied: number[] = [];
  if (options.apply !== undefined) {
    if (report.proposals.length === 0) throw new CliError("doctor: there is no proposal to apply", EXIT_FOUND);
    applied = chosenProposals(options.apply, report.proposals.length);
    writeSettings(root, applyProposals(settings, report, applied));
  }
  if (options.json)
    return { text: `${JSON.stringify({ ...report, warnings, applied: applied.map((i) => i + 1) }, null, 2)}\n`, exitCode: 0 };
  const hint = `Apply with: contact-cadence doctor <vault> --apply all (or --apply 1,2); this writes ${SETTINGS_PATH} and no note.`;
  const lines = [...warnings.map((w) => `warning: ${w}`), ...doctorLines(report, options.apply === undefined ? hint : "")];
  if (applied.length > 0) lines.push("", `Applied ${applied.map((i) => i + 1).join(", ")}: settings written to ${SETTINGS_PATH}.`);
  return { text: `${lines.map(safeText).join("\n")}\n`, exitCode: 0 };
}

/** Writes the settings where the plugin reads them, keeping any field this version does not know. */
function writeSettings(root: string, settings: Settings): void {
  const path = join(root, SETTINGS_PATH);
  let existing: Record<string, unknown> = {};
  try {
    const data: unknown = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
    if (typeof data === "object" && data !== null && !Array.isArray(data)) existing = data as Record<string, unknown>;
  } catch {
    // none yet, or unreadable: the settings are written whole
  }
  // A temporary file then a rename: the plugin (or a sync) never reads half a file.
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, `${JSON.stringify({ ...existing, ...settings }, null, 2)}\n`, "utf8");
    renameSync(temp, path);
  } catch (error) {
    throw new CliError(`cannot write ${SETTINGS_PATH}: ${describeFsError(error)}; the settings are unchanged`, EXIT_FOUND);
  }
}
