// Runs the unit suite once per time zone: dates are the core's most fragile part, and a bug that
// only shows west of Greenwich or at UTC+14 is still a bug. Ends with one summary line over all runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const zones = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"];
const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "cc-test-"));
let passed = 0;
let failed = 0;
let failedRuns = 0;
for (const tz of zones) {
  console.log(`\n=== vitest, TZ=${tz} ===`);
  const report = join(dir, `${tz.replace(/\//g, "_")}.json`);
  const run = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra], {
    stdio: "inherit",
    env: { ...process.env, TZ: tz },
  });
  if (run.status !== 0) failedRuns++;
  try {
    const result = JSON.parse(readFileSync(report, "utf8"));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
  } catch {
    failedRuns += run.status === 0 ? 1 : 0; // no report: count the run as failed
  }
}
rmSync(dir, { recursive: true, force: true });
if (failedRuns > 0 && failed === 0) failed = failedRuns;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failedRuns === 0 && passed > 0 ? 0 : 1);
