// `npm run demo`: the example vault's due list as of its reference date, then the next steps,
// so a first run ends with something to try rather than a list. Nothing here writes to the vault.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = spawnSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const due = spawnSync(process.execPath, [join(root, "dist", "cli.mjs"), "due", "examples/vault", "--today", "2026-11-26"], {
  cwd: root,
  stdio: "inherit",
});
if (due.status !== 0) process.exit(due.status ?? 1);

const dim = process.stdout.isTTY && process.env.NO_COLOR === undefined ? (t) => `\x1b[2m${t}\x1b[22m` : (t) => t;
console.log(`
Next:
  npx contact-cadence stats examples/vault --today 2026-11-26       ${dim("# load against the budget, tier moves, this week's plan")}
  npx contact-cadence due examples/vault --today 2026-11-26 --all   ${dim("# everyone, snoozed and untracked too")}
  cp -r examples/vault /tmp/vault                                   ${dim("# log writes to the note: try it on a copy")}
  npx contact-cadence log /tmp/vault "Priya Raman" --type call --note "Caught up"`);
