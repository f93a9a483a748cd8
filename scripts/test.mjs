// Runs the unit suite once per time zone: dates are the core's most fragile part, and a bug that
// only shows west of Greenwich or at UTC+14 is still a bug.
import { spawnSync } from "node:child_process";

const zones = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"];
const extra = process.argv.slice(2);
let failed = 0;
for (const tz of zones) {
  console.log(`\n=== vitest, TZ=${tz} ===`);
  const run = spawnSync("npx", ["vitest", "run", ...extra], { stdio: "inherit", env: { ...process.env, TZ: tz } });
  if (run.status !== 0) failed++;
}
console.log(`\ntime zones: ${zones.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
