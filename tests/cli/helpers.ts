/**
 * Runs the CLI on copies of the fixture vaults: in this process through `run(argv, io)` (a few
 * milliseconds a call), or as the built dist/cli.mjs in a process of its own for the smoke tests
 * of what only a real process shows (exit codes, pipes, the version baked in by the build).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pristineExampleVault, removePristineCopy } from "../../scripts/pristine-example.mjs";
import { run } from "../../src/cli/run";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = join(REPO, "dist", "cli.mjs");
export const FIXTURES = join(REPO, "tests", "fixtures", "cli");
/** The example vault as committed (a demo `log` on the working copy must not fail the tests), removed when the process ends. */
export const EXAMPLE_VAULT = pristineExampleVault();
process.once("exit", () => removePristineCopy(EXAMPLE_VAULT));

/** Builds dist/cli.mjs (skipped by the build script when nothing changed). */
export function buildCli(): void {
  const result = spawnSync(process.execPath, [join(REPO, "scripts", "build-cli.mjs")], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`building the CLI failed:\n${result.stdout}${result.stderr}`);
}

const made: string[] = [];

/** A fresh temporary folder, removed by `cleanUp`. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cc-cli-${label}-`));
  made.push(dir);
  return dir;
}

/** A copy of a fixture vault (or any folder) in a fresh temporary folder; returns the copy's path. */
export function copyVault(source: string, label = "vault"): string {
  const dir = join(tempDir(label), "vault");
  cpSync(source, dir, { recursive: true });
  return dir;
}

export function copyFixture(name: string): string {
  return copyVault(join(FIXTURES, name), name);
}

export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cliEnv(extra: Record<string, string> | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== "NO_COLOR" && k !== "FORCE_COLOR") env[k] = v;
  return Object.assign(env, extra ?? {});
}

/**
 * Runs the CLI in this process, as `main.ts` would wire it to a pipe (not a terminal), with
 * colour settings cleared unless `env` sets them. Relative paths resolve against this process's
 * folder, so a test of the current folder spawns the CLI instead (`spawnCli`).
 */
export function runCli(args: readonly string[], options: { env?: Record<string, string> } = {}): Run {
  let stdout = "";
  let stderr = "";
  const status = run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: false,
    env: cliEnv(options.env),
    cwd: process.cwd(),
    now: () => new Date(),
    version: "development",
  });
  return { status, stdout, stderr };
}

/**
 * Runs the CLI in this process on the example vault's day (26 November 2026, noon local time),
 * with an empty environment: what a test of the output's exact text needs.
 */
export function runCliOnExampleDay(args: readonly string[]): { status: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const status = run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: false,
    env: {},
    cwd: process.cwd(),
    now: () => new Date(2026, 10, 26, 12),
    version: "test",
  });
  return { status, stdout, stderr };
}

/** Runs the built dist/cli.mjs as a process of its own (build it first with `buildCli`). */
export function spawnCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO, env: cliEnv(options.env), encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir` (hidden ones too) with a hash of its bytes, by relative path. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
      else if (entry.isSymbolicLink()) hashes.set(path, "symlink");
      else
        hashes.set(
          path,
          createHash("sha256")
            .update(readFileSync(join(folder, entry.name)))
            .digest("hex"),
        );
    }
  };
  walk(dir, "");
  return hashes;
}

/** No stack trace: no "    at foo (file:line)" lines. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(]/m.test(text);
}
