/**
 * `stats` keeping the budget on the example vault: the weekly counts checked against the count by
 * hand the README gives (its table of two weeks, each touch named), so the two cannot drift apart.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sparkline } from "../../src/cli/stats-budget";
import { EXAMPLE_VAULT, REPO, runCli } from "./helpers";

const TODAY = ["--today", "2026-11-26"];

describe("stats: touches per week against the budget", () => {
  const weeks = (JSON.parse(runCli(["stats", EXAMPLE_VAULT, ...TODAY, "--json"]).stdout) as { weeks: { start: string; touches: number }[] })
    .weeks;

  it("gives the last 26 weeks, Monday to Monday, ending with this one", () => {
    expect(weeks).toHaveLength(26);
    expect(weeks[0]?.start).toBe("2026-06-01");
    expect(weeks.at(-1)?.start).toBe("2026-11-23");
  });

  it("matches the README's count by hand, week by week and touch by touch", () => {
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| (\d{4}-\d{2}-\d{2}) \| (\d+) \| (.+) \|$/gm)].map((m) => ({
      start: m[1],
      touches: Number(m[2]),
      listed: (m[3] ?? "").split("; ").length,
    }));
    expect(rows.map((r) => r.start)).toEqual(["2026-11-16", "2026-08-24"]);
    for (const row of rows) {
      expect(row.listed, `touches listed for the week of ${row.start}`).toBe(row.touches);
      expect(weeks.find((w) => w.start === row.start)?.touches, `the week of ${row.start}`).toBe(row.touches);
    }
    // 23–26 Nov so far: Jorge (23, logged, and mentioned that day), as the week plan counts it.
    expect(weeks.at(-1)?.touches).toBe(1);
    expect(weeks.at(-1)?.touches).toBe(
      (JSON.parse(runCli(["stats", EXAMPLE_VAULT, ...TODAY, "--json"]).stdout) as { week: { loggedThisWeek: number } }).week.loggedThisWeek,
    );
  });

  it("draws the same weeks as a sparkline on the terminal", () => {
    const text = runCli(["stats", EXAMPLE_VAULT, ...TODAY]).stdout;
    const top = Math.max(6, ...weeks.map((w) => w.touches));
    expect(text).toContain("Keeping the budget");
    expect(text).toContain(
      sparkline(
        weeks.map((w) => w.touches),
        top,
      ),
    );
  });
});

describe("sparkline", () => {
  it.each([
    [[0, 4, 8], 8, "▁▅█"],
    [[0, 0], 0, "▁▁"],
    [[12], 6, "█"],
  ])("%j up to %i is %s", (values, top, expected) => {
    expect(sparkline(values, top)).toBe(expected);
  });
});
