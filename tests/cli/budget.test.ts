/**
 * `stats` keeping the budget on the example vault: the weekly counts checked against a count by
 * hand of the vault's log lines and `last-touch` fields.
 */
import { describe, expect, it } from "vitest";
import { sparkline } from "../../src/cli/stats-budget";
import { EXAMPLE_VAULT, runCli } from "./helpers";

const TODAY = ["--today", "2026-11-26"];

describe("stats: touches per week against the budget", () => {
  const weeks = (JSON.parse(runCli(["stats", EXAMPLE_VAULT, ...TODAY, "--json"]).stdout) as { weeks: { start: string; touches: number }[] }).weeks;

  it("gives the last 26 weeks, Monday to Monday, ending with this one", () => {
    expect(weeks).toHaveLength(26);
    expect(weeks[0]?.start).toBe("2026-06-01");
    expect(weeks.at(-1)?.start).toBe("2026-11-23");
  });

  it("matches a count by hand", () => {
    // 16–22 Nov: Jorge (16), Olivia (18), Zoe (19), Nadia and Ethan (20), Layla (21).
    expect(weeks.find((w) => w.start === "2026-11-16")?.touches).toBe(6);
    // 24–30 Aug: Helen (26, logged and in last-touch: one touch), Tomás (27).
    expect(weeks.find((w) => w.start === "2026-08-24")?.touches).toBe(2);
    // 23–26 Nov so far: Jorge (23), as the week plan counts it.
    expect(weeks.at(-1)?.touches).toBe(1);
    expect(weeks.at(-1)?.touches).toBe((JSON.parse(runCli(["stats", EXAMPLE_VAULT, ...TODAY, "--json"]).stdout) as { week: { loggedThisWeek: number } }).week.loggedThisWeek);
  });

  it("draws the same weeks as a sparkline on the terminal", () => {
    const text = runCli(["stats", EXAMPLE_VAULT, ...TODAY]).stdout;
    const top = Math.max(6, ...weeks.map((w) => w.touches));
    expect(text).toContain("Keeping the budget");
    expect(text).toContain(sparkline(weeks.map((w) => w.touches), top));
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
