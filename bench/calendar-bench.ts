/**
 * `npx tsx bench/calendar-bench.ts [--contacts 10000] [--no-mentions]`: only the contact calendar's figure
 * (`calendarBuildMs`), on the same generated vault as `npm run bench`, in a process of its own.
 */
import { spawnSync } from "node:child_process";
import { BENCH_TODAY } from "./gen/contact-note";
import { bundle, obsidianStub } from "./build";
import { ensureVault } from "./generate";

async function main(): Promise<void> {
  const i = process.argv.indexOf("--contacts");
  const contacts = Number(i < 0 ? 10_000 : process.argv[i + 1]);
  const stub = obsidianStub();
  const worker = await bundle("calendar-worker.ts", "calendar-worker", stub === null ? {} : { alias: { obsidian: stub } });
  const vault = ensureVault({ contacts, notes: contacts * 4, seed: 42 });
  const run = spawnSync(process.execPath, [worker, vault.dir, BENCH_TODAY, ...process.argv.filter((a) => a === "--no-mentions")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (run.status !== 0) throw new Error("the calendar worker failed");
  process.stdout.write(run.stdout);
}

void main();
