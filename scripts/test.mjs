// Runs the unit suite in one vitest invocation: every test in UTC, and the date-sensitive ones
// again in America/Los_Angeles and Pacific/Kiritimati (the projects in vitest.config.ts). Ends with
// one summary line over all of them, which CI reads.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "cc-test-"));
const report = join(dir, "report.json");
const run = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra], {
  stdio: "inherit",
});
let passed = 0;
let failed = 0;
try {
  const result = JSON.parse(readFileSync(report, "utf8"));
  passed = result.numPassedTests;
  failed = result.numFailedTests;
} catch {
  // No report: the run itself failed (a config or import error); count it as a failure.
}
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && passed > 0 ? 0 : 1);
