/**
 * `import`: people from a contact export (Google or Outlook CSV, LinkedIn's Connections.csv, a
 * vCard file) into the vault's notes. Prints the preview; writes only with `--apply`, every note
 * or none, each atomically.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { importOptionsFor, planImport, type ImportPlan, type PreviewItem } from "../core/import/plan";
import { KIND_LABELS, type ImportKind } from "../core/import/person";
import { decodeExport, readContactsFile } from "../core/import/read";
import { resolveTier } from "../core/tiers";
import { applyChangesSync, describeRefusal } from "../core/history";
import { CliError, describeFsError, EXIT_FOUND, EXIT_OK, EXIT_USAGE } from "./errors";
import { DiskNoteStore } from "./swap";
import { safeText, type Style } from "./terminal";
import { listNotes, type Vault } from "./vault";
import { readNoteExactly } from "./write";

export interface ImportRequest {
  file: string;
  apply: boolean;
  json: boolean;
  tier: string | undefined;
  overwrite: boolean;
  cwd: string;
}

export interface ImportJson {
  file: string;
  kind: ImportKind;
  create: PreviewItem[];
  update: PreviewItem[];
  unchanged: PreviewItem[];
  ambiguous: PreviewItem[];
  problems: string[];
  applied: boolean;
}

function tierKey(tier: string | undefined, vault: Vault): string | null {
  if (tier === undefined || tier.trim().toLowerCase() === "none") return null;
  const found = resolveTier(vault.settings, tier);
  if (found === null)
    throw new CliError(
      `import: --tier "${safeText(tier)}" is not a tier (expected one of ${vault.settings.tiers.map((t) => t.key).join(", ")}, or none)`,
      EXIT_USAGE,
    );
  return found.key;
}

function readExport(file: string, cwd: string): string {
  try {
    return decodeExport(readFileSync(resolve(cwd, file)));
  } catch (error) {
    throw new CliError(`import: cannot read ${safeText(file)}: ${describeFsError(error)}`, EXIT_USAGE);
  }
}

/** The plan for this vault: its contact notes as they are now, and every path already used. */
export function planVaultImport(vault: Vault, request: ImportRequest): { kind: ImportKind; plan: ImportPlan } {
  const tier = tierKey(request.tier, vault);
  let parsed;
  try {
    parsed = readContactsFile(readExport(request.file, request.cwd), safeText(request.file.replace(/^.*[/\\]/, "")));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`import: ${error instanceof Error ? error.message : String(error)}`, EXIT_USAGE);
  }
  const notes = vault.contacts.map((c) => ({ path: c.path, text: readNoteExactly(join(vault.root, c.path), safeText(c.path)) }));
  const taken = new Set(listNotes(vault.root).map((p) => p.toLowerCase()));
  const plan = planImport(parsed.people, notes, importOptionsFor(vault.settings, { tier, overwrite: request.overwrite }), (path) =>
    taken.has(path.toLowerCase()),
  );
  plan.problems.unshift(...parsed.problems);
  return { kind: parsed.kind, plan };
}

function fieldList(item: PreviewItem): string {
  return Object.entries(item.fields)
    .filter(([key]) => key !== "name")
    .map(([key, value]) => `${key}: ${safeText(value)}`)
    .join(" · ");
}

function section(
  title: string,
  items: readonly PreviewItem[],
  line: (item: PreviewItem) => string,
  paint: (t: string) => string,
): string[] {
  if (items.length === 0) return [];
  return ["", paint(`${title} (${items.length})`), ...items.map((i) => `  ${line(i)}`)];
}

export function importText(file: string, kind: ImportKind, plan: ImportPlan, applied: boolean, style: Style): string {
  const counts = `${plan.create.length} to create, ${plan.update.length} to update, ${plan.unchanged.length} unchanged, ${plan.ambiguous.length} ambiguous`;
  const out = [style.bold(`Import from ${safeText(file)} (${KIND_LABELS[kind]}): ${counts}`)];
  const named = (i: PreviewItem): string => `${safeText(i.path ?? "")}  ${style.dim(safeText(i.name))}`;
  out.push(...section("Create", plan.create, (i) => `${named(i)}  ${fieldList(i)}`, style.green));
  out.push(...section("Update (empty keys filled)", plan.update, (i) => `${named(i)}  + ${fieldList(i)}`, style.cyan));
  out.push(...section("Unchanged", plan.unchanged, named, style.dim));
  out.push(
    ...section(
      "Ambiguous: not written",
      plan.ambiguous,
      (i) =>
        `${safeText(i.name)} (${i.source}): ${safeText(i.reason ?? "")}${i.candidates === undefined ? "" : `: ${i.candidates.map(safeText).join(", ")}`}`,
      style.yellow,
    ),
  );
  if (plan.problems.length > 0)
    out.push("", style.yellow(`Left out (${plan.problems.length})`), ...plan.problems.map((p) => `  ${safeText(p)}`));
  const writes = plan.writes.length;
  if (applied) out.push("", `Imported: ${plan.create.length} created, ${plan.update.length} updated.`);
  else if (writes > 0)
    out.push("", style.dim("Nothing was written. Run again with --apply to write these notes (--tier T makes the new ones tracked)."));
  else out.push("", "Nothing to write.");
  return `${out.join("\n")}\n`;
}

/** Runs `import`; returns what to print and the exit code. */
export function runImport(vault: Vault, request: ImportRequest, style: Style): { text: string; exitCode: number } {
  const { kind, plan } = planVaultImport(vault, request);
  let applied = false;
  if (request.apply && plan.writes.length > 0) {
    const outcome = applyChangesSync(new DiskNoteStore(vault.root), plan.writes, "forward");
    if (!outcome.ok) throw new CliError(`import: ${safeText(describeRefusal(outcome))}. Nothing was imported.`, EXIT_FOUND);
    applied = true;
  }
  if (request.json) {
    const json: ImportJson = {
      file: request.file,
      kind,
      create: plan.create,
      update: plan.update,
      unchanged: plan.unchanged,
      ambiguous: plan.ambiguous,
      problems: plan.problems,
      applied,
    };
    return { text: `${JSON.stringify(json, null, 2)}\n`, exitCode: EXIT_OK };
  }
  return { text: importText(request.file, kind, plan, applied, style), exitCode: EXIT_OK };
}
