import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Every test runs once in UTC. The tests of code that reads the clock, turns a Date into a
// calendar day or does calendar arithmetic run again west of Greenwich and at UTC+14, where a
// day-early or day-late bug shows; the rest (text edits, the CLI's output, forms) has no zone.
const DATE_SENSITIVE = [
  "tests/zone.test.ts",
  "tests/core/{dates,cadence,contact,schedule,planning,log,review,reciprocity,actions,referral}.test.ts",
  "tests/obsidian/{plugin,contact-index,note-writer}.test.ts",
  "tests/ui/{due-model,panel-model,week-plan,review-model}.test.ts",
  "tests/commands/*.test.ts",
];
const OTHER_ZONES = ["America/Los_Angeles", "Pacific/Kiritimati"];

export default defineConfig({
  resolve: {
    alias: {
      // Unit tests run against a stand-in for Obsidian's runtime API, typed against obsidian.d.ts.
      obsidian: fileURLToPath(new URL("./tests/stubs/obsidian.ts", import.meta.url)),
    },
  },
  test: {
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    projects: [
      { extends: true, test: { name: "UTC", include: ["tests/**/*.test.ts"], env: { TZ: "UTC" } } },
      ...OTHER_ZONES.map((zone) => ({ extends: true as const, test: { name: zone, include: DATE_SENSITIVE, env: { TZ: zone } } })),
    ],
  },
});
