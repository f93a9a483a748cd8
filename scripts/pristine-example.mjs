// A copy of examples/vault as committed, for the suites that read it: trying `log` on the
// example vault (as the README invites) changes its notes, and tests that expect its exact
// contents would then fail. Outside a git checkout, a plain copy of the folder.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const EXAMPLE = "examples/vault";

function git(args, input) {
  return spawnSync("git", ["-C", root, ...args], { input, maxBuffer: 1 << 28 });
}

/**
 * Writes the committed example vault into a new temporary folder and returns the vault's path
 * (remove it with `removePristineCopy`). Says so on stderr when the working copy differs, so a
 * deliberate edit that is not committed yet is not silently ignored.
 */
export function pristineExampleVault() {
  const base = mkdtempSync(join(tmpdir(), "cc-example-"));
  const dest = join(base, "vault");
  const archive = git(["archive", "--format=tar", "HEAD", EXAMPLE]);
  if (archive.status === 0 && archive.stdout.length > 0) {
    const unpack = spawnSync("tar", ["-x", "-C", base, "--strip-components=1"], { input: archive.stdout });
    if (unpack.status === 0) {
      const changed = git(["status", "--porcelain", "--", EXAMPLE]);
      if (changed.status === 0 && changed.stdout.length > 0) {
        process.stderr.write(
          `note: ${EXAMPLE} differs from the last commit; using the committed version (git diff -- ${EXAMPLE}, or git checkout -- ${EXAMPLE} to undo a demo log)\n`,
        );
      }
      return dest;
    }
    rmSync(base, { recursive: true, force: true });
    mkdirSync(base, { recursive: true });
  }
  cpSync(join(root, EXAMPLE), dest, { recursive: true });
  return dest;
}

/** Removes a copy made by `pristineExampleVault`. */
export function removePristineCopy(vault) {
  rmSync(dirname(vault), { recursive: true, force: true });
}
