import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Every test runs once in UTC. The tests of code that reads the clock or turns a Date into a
// calendar day, and of the calendar arithmetic (month ends, ISO weeks, due dates), run again west
// of Greenwich and at UTC+14, where a day-early or day-late bug shows. The rest gets "today" as a
// YYYY-MM-DD string and has no zone to get wrong; the CLI's own clock is checked in both zones by
// tests/cli/process.test.ts.
const DATE_SENSITIVE = [
  "tests/zone.test.ts",
  "tests/core/{dates,cadence,contact,schedule,planning,format-date}.test.ts",
  "tests/main.test.ts",
];
const OTHER_ZONES = ["America/Los_Angeles", "Pacific/Kiritimati"];
// Tests that load the Obsidian stand-in (the plugin, the adapters, the UI, the commands) each get a fresh
// process, as the stand-in's app, DOM and Platform are global; the rest share their workers,
// which halves the suite's time.
const WITH_STANDIN = [
  "tests/main.test.ts",
  "tests/standin/ui.test.ts",
  "tests/obsidian/**/*.test.ts",
  "tests/ui/**/*.test.ts",
  "tests/commands/**/*.test.ts",
];

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
    // The property tests run hundreds of cases; on a shared 2-core machine 5 s is not always enough.
    // A timeout is not a speed target (those live in the bench), only a guard against a hang.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "UTC", include: WITH_STANDIN, env: { TZ: "UTC" } } },
      {
        extends: true,
        test: {
          name: "UTC, shared",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", ...WITH_STANDIN],
          isolate: false,
          env: { TZ: "UTC" },
        },
      },
      ...OTHER_ZONES.map((zone) => ({ extends: true as const, test: { name: zone, include: DATE_SENSITIVE, env: { TZ: zone } } })),
    ],
  },
});
