/**
 * Planning an import in Obsidian: the export's bytes, the contact notes as they are now (read
 * fresh, since the plan's writes only apply to notes that still hold what was read), and every
 * path the vault already uses.
 */
import { TFile, type Vault } from "obsidian";
import { importOptionsFor, planImport, type ImportPlan } from "../core/import/plan";
import type { ImportKind } from "../core/import/person";
import { decodeExport, readContactsFile } from "../core/import/read";
import type { Settings } from "../core/settings";

export interface VaultImport {
  kind: ImportKind;
  plan: ImportPlan;
}

/** Throws an `Error` for the user when the file is not an export we know. */
export async function planVaultImport(
  vault: Pick<Vault, "read" | "getFiles" | "getAbstractFileByPath">,
  contactPaths: readonly string[],
  settings: Settings,
  file: { name: string; bytes: Uint8Array },
  choice: { tier: string | null; overwrite: boolean },
): Promise<VaultImport> {
  const parsed = readContactsFile(decodeExport(file.bytes), file.name);
  const notes: { path: string; text: string }[] = [];
  for (const path of contactPaths) {
    const note = vault.getAbstractFileByPath(path);
    if (note instanceof TFile) notes.push({ path, text: await vault.read(note) });
  }
  // Case-insensitive: "ann lee.md" and "Ann Lee.md" are one file on macOS and Windows.
  const taken = new Set(vault.getFiles().map((f) => f.path.toLowerCase()));
  const plan = planImport(parsed.people, notes, importOptionsFor(settings, choice), (path) => taken.has(path.toLowerCase()));
  plan.problems.unshift(...parsed.problems);
  return { kind: parsed.kind, plan };
}
