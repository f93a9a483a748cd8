/**
 * The seeded benchmark vault: `contacts` contact notes and `notes` other notes, written to
 * `bench/.vault/c<contacts>-n<notes>-s<seed>/` and reused while the parameters (and this
 * generator's version) are the same. Run on its own:
 *
 *     npx tsx bench/generate.ts [--contacts 10000] [--notes 40000] [--seed 42] [--force]
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BENCH_TODAY, contactNote, type ProblemKind } from "./gen/contact-note";
import { otherNotes } from "./gen/other-notes";
import { Rng } from "./gen/random";
import { FIRST_NAMES, LAST_NAMES } from "./gen/words";

/** Bump when the generated text changes, so stale vaults are regenerated. */
export const GENERATOR_VERSION = 2;

export const VAULT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), ".vault");

export interface VaultParams {
  contacts: number;
  notes: number;
  seed: number;
}

export interface VaultManifest extends VaultParams {
  generator: number;
  today: string;
  /** Markdown files written (contacts + notes). */
  files: number;
  bytes: number;
  /** Planted problems by kind (some kinds, e.g. a future last-touch, depend on `today`). */
  problems: Record<ProblemKind, number>;
  crlfFiles: number;
}

export interface Vault {
  dir: string;
  manifest: VaultManifest;
  reused: boolean;
}

const MANIFEST = ".bench-vault.json";

export function vaultDir(params: VaultParams): string {
  return join(VAULT_ROOT, `c${params.contacts}-n${params.notes}-s${params.seed}`);
}

/** Unique display names: first + last, then a middle initial, then a number. */
function uniqueNames(rng: Rng, count: number): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  while (names.length < count) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    let name = `${first} ${last}`;
    if (seen.has(name)) name = `${first} ${String.fromCharCode(65 + rng.int(0, 25))}. ${last}`;
    for (let n = 2; seen.has(name); n++) name = `${first} ${last} ${n}`;
    seen.add(name);
    names.push(name);
  }
  return names;
}

function contactPath(rng: Rng, name: string): { path: string; inFolder: boolean } {
  const where = rng.weighted([
    [85, "Contacts"],
    [5, "Contacts/Work"],
    [4, "Contacts/Alumni"],
    [6, "People"],
  ]);
  return { path: `${where}/${name}.md`, inFolder: where !== "People" };
}

function readManifest(dir: string): VaultManifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) as VaultManifest;
  } catch {
    return null;
  }
}

/** Writes the vault into a temporary folder, then renames it into place (a half-written vault is never reused). */
export function generateVault(params: VaultParams, dir = vaultDir(params)): VaultManifest {
  const rng = new Rng(params.seed);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  let crlfFiles = 0;
  const write = (path: string, text: string): void => {
    const full = join(tmp, path);
    const folder = dirname(full);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(full, text);
    files++;
    bytes += Buffer.byteLength(text);
    if (text.includes("\r\n")) crlfFiles++;
  };

  const problems: Record<ProblemKind, number> = { "bad-cadence": 0, "unknown-tier": 0, "invalid-yaml": 0, "future-last-touch": 0 };
  const names = uniqueNames(rng, params.contacts);
  for (const name of names) {
    const { path, inFolder } = contactPath(rng, name);
    const note = contactNote(rng, name, path, inFolder, 0.01);
    if (note.problem !== null) problems[note.problem]++;
    write(note.path, note.text);
  }
  // About one note in twenty has Windows line endings, contacts (above) and the rest alike.
  for (const note of otherNotes(rng, params.notes, names))
    write(note.path, rng.chance(0.05) ? note.text.replace(/\n/g, "\r\n") : note.text);
  // Not notes of the vault: the config folder, where nothing is ever a contact.
  mkdirSync(join(tmp, ".obsidian"), { recursive: true });
  writeFileSync(join(tmp, ".obsidian", "app.json"), "{}\n");

  const manifest: VaultManifest = { ...params, generator: GENERATOR_VERSION, today: BENCH_TODAY, files, bytes, problems, crlfFiles };
  writeFileSync(join(tmp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return manifest;
}

/** The vault for these parameters: reused when one with the same parameters and generator exists. */
export function ensureVault(params: VaultParams, force = false): Vault {
  const dir = vaultDir(params);
  const existing = existsSync(dir) ? readManifest(dir) : null;
  const same =
    existing !== null &&
    existing.generator === GENERATOR_VERSION &&
    existing.contacts === params.contacts &&
    existing.notes === params.notes &&
    existing.seed === params.seed;
  if (!force && same) return { dir, manifest: existing, reused: true };
  return { dir, manifest: generateVault(params, dir), reused: false };
}

function numberArg(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const params = {
    contacts: numberArg(args, "contacts", 10_000),
    notes: numberArg(args, "notes", 40_000),
    seed: numberArg(args, "seed", 42),
  };
  const started = performance.now();
  const vault = ensureVault(params, args.includes("--force"));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const m = vault.manifest;
  console.log(`${vault.reused ? "reused" : `generated in ${seconds} s`}: ${vault.dir}`);
  console.log(
    `${m.files} notes (${m.contacts} contacts), ${(m.bytes / 1e6).toFixed(1)} MB, ${m.crlfFiles} CRLF, problems ${JSON.stringify(m.problems)}`,
  );
}
