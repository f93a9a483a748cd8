/**
 * `stats` planning output on the example vault, checked against a calculation by hand
 * from the notes themselves, and the private no-refer warning of `log`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanUp, copyVault, EXAMPLE_VAULT, runCli } from "./helpers";

afterAll(cleanUp);

const TODAY = ["--today", "2026-11-26"];

// The example vault by hand (data.json: default tiers, weekly budget 6). Touches a week = 7 / days,
// with a month of 30.44 days and a year of 365.25:
const A = 7 / 30.44; // 0.22996: tier A (1m)
const B = 7 / 91.32; // 0.07665: tier B (3m)
const C = 7 / 182.64; // 0.03833: tier C (6m)
const D = 7 / 365.25; // 0.01916: tier D (1y)
// Tier A by the tier's cadence: Sofia Lindqvist (tier 1), Fatima Al-Sayed, Gabriel Silva (tier 1),
// Nadia Rahman, Rosa Jiménez, Tomás Herrera (tier a), Priya Raman, Dr. Amara Nwosu: 8.
// Tier B by the tier's: Ann Lee (cadence "sometimes" is a problem: B's 3m applies), Ben Adeyemi,
// Daniel Cho, Marcus Okafor (tier 2), Lucas Ferreira: 5. Tier C: Chris Doyle, Jonas Weber (tier 3),
// Mallory Quinn, Victor Lang: 4. Tier D: Rafael Moreno (tier 4): 1.
// Own cadences: Ethan Brooks fortnightly (A), Helen Park 3 months (B), Hannah Becker P6W (B),
// Olivia Grant monthly (B), Elena Petrova quarterly (C); without a tier: Aiko Tanaka 2 weeks,
// Layla Haddad biweekly, Zoe Martin 1w, Jorge Ramírez weekly, Grace Whitfield 45 (days).
// Not counted: Maya Goldberg and Kevin Brandt (do-not-contact), Harold Jenkins (cadence never),
// Leo Novak (invalid YAML), Paul Mercer (unknown tier), Samuel Price, Irene Costa, Wei Zhang (no tier).
const LOAD =
  8 * A +
  5 * B +
  4 * C +
  D + // by their tier
  7 / 14 +
  B +
  7 / 42 +
  A +
  B + // Ethan, Helen, Hannah, Olivia, Elena
  7 / 14 +
  7 / 14 +
  7 / 7 +
  7 / 7 +
  7 / 45; // Aiko, Layla, Zoe, Jorge, Grace
// Each one-tier move A → B saves A − B, the most any single move saves (B → C saves B − C, ...).
const A_TO_B = A - B;

describe("stats plans the week and suggests tier moves, as calculated by hand", () => {
  it("has the hand-calculated load: 6.601 against 6, over by 0.601", () => {
    expect(LOAD).toBeCloseTo(6.601, 3);
    const json = JSON.parse(runCli(["stats", EXAMPLE_VAULT, ...TODAY, "--json"]).stdout) as { load: unknown; contacts: number };
    expect(json.load).toEqual({ touchesPerWeek: Math.round(LOAD * 1000) / 1000, budget: 6, overBy: Math.round((LOAD - 6) * 1000) / 1000 });
  });

  it("suggests four moves A → B, the lowest-priority A contacts first, down to 5.988", () => {
    // Over by 0.601; three A → B moves save 0.460, too little; four save 0.613. Among the eight
    // tier-A contacts the lowest priority come last in the due view: Nadia Rahman is up to date
    // (a call on 2026-11-20), Fatima Al-Sayed snoozed, Gabriel Silva due soon, Sofia Lindqvist never
    // contacted; the other four are overdue or due today.
    expect(3 * A_TO_B).toBeLessThan(LOAD - 6);
    expect(4 * A_TO_B).toBeGreaterThanOrEqual(LOAD - 6);
    const run = runCli(["stats", EXAMPLE_VAULT, ...TODAY, "--json"]);
    expect(run.status).toBe(0);
    const { tierMoves } = JSON.parse(run.stdout) as {
      tierMoves: {
        moves: number;
        loadAfter: number;
        withinBudget: boolean;
        suggestions: { name: string; fromTier: string; toTier: string; loadSaved: number }[];
      };
    };
    expect(tierMoves.suggestions.map((m) => [m.name, m.fromTier, m.toTier, m.loadSaved])).toEqual(
      ["Nadia Rahman", "Fatima Al-Sayed", "Gabriel Silva", "Sofia Lindqvist"].map((name) => [
        name,
        "A",
        "B",
        Math.round(A_TO_B * 1000) / 1000,
      ]),
    );
    expect(tierMoves.moves).toBe(4);
    expect(tierMoves.loadAfter).toBe(Math.round((LOAD - 4 * A_TO_B) * 1000) / 1000);
    expect(tierMoves.loadAfter).toBe(5.988);
    expect(tierMoves.withinBudget).toBe(true);
  });

  it("plans this week: budget 6 less the one touch since Monday leaves 5, the five most overdue; 15 overflow", () => {
    // Since Monday 2026-11-23 only Jorge Ramírez was touched (a call on the 23rd); Rosa Jiménez's
    // last-touch 2026-12-03 is after today and does not count.
    const run = runCli(["stats", EXAMPLE_VAULT, ...TODAY, "--json"]);
    const { week } = JSON.parse(run.stdout) as {
      week: {
        start: string;
        end: string;
        loggedThisWeek: number;
        capacity: number;
        thisWeek: { name: string; status: string; daysOverdue: number }[];
        overflow: number;
      };
    };
    expect([week.start, week.end, week.loggedThisWeek, week.capacity]).toEqual(["2026-11-23", "2026-11-29", 1, 5]);
    // The first five of the due view's order, overdue by days overdue / cadence days: Priya 43/30.44
    // = 1.41, Rosa 25/30.44 = 0.82, Amara 16/30.44 = 0.53, Marcus 27/91.32 = 0.30, Victor 47/182.64
    // = 0.26; then Ann Lee 16/91.32 = 0.18 and Elena Petrova 6/91.32 = 0.07 overflow.
    expect(week.thisWeek.map((s) => [s.name, s.status, s.daysOverdue])).toEqual([
      ["Priya Raman", "overdue", 43],
      ["Rosa Jiménez", "overdue", 25],
      ["Dr. Amara Nwosu", "overdue", 16],
      ["Marcus Okafor", "overdue", 27],
      ["Victor Lang", "overdue", 47],
    ]);
    // 20 to reach (7 overdue, 4 due today, 3 never contacted, 6 due soon) less the 5.
    expect(week.overflow).toBe(15);
  });

  it("prints the same in words, never naming a do-not-contact person", () => {
    const run = runCli(["stats", EXAMPLE_VAULT, ...TODAY]);
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain("Over budget by 0.6 touches a week");
    expect(out).toContain(
      "Tier moves to fit the budget\n  4 moves bring the load from 6.6 to 6.0 touches a week (budget 6), lowest priority first:\n",
    );
    const moves = out
      .split("lowest priority first:\n")[1]
      ?.split("\n")
      .slice(0, 4)
      .map((l) => l.trim().split(/\s{2,}/));
    expect(moves).toEqual(
      ["Nadia Rahman", "Fatima Al-Sayed", "Gabriel Silva", "Sofia Lindqvist"].map((n) => [n, "A → B", "saves 0.15 a week"]),
    );
    expect(out).toContain("This week (2026-11-23 to 2026-11-29)\n  Budget 6 a week, 1 logged since Monday: room for 5 more touches.\n");
    const week = out
      .split("room for 5 more touches.\n")[1]
      ?.split("\n")
      .slice(0, 6)
      .map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 3),
      );
    expect(week).toEqual([
      ["1.", "Priya Raman", "A"],
      ["2.", "Rosa Jiménez", "A"],
      ["3.", "Dr. Amara Nwosu", "A"],
      ["4.", "Marcus Okafor", "B"],
      ["5.", "Victor Lang", "C"],
      ["15 more to reach after these, in the order that due lists them: never dropped, only later."],
    ]);
    for (const name of ["Maya Goldberg", "Kevin Brandt"]) expect(out).not.toContain(name);
  });

  it("within budget: no tier moves, and the week takes everyone to reach up to the budget", () => {
    const vault = copyVault(EXAMPLE_VAULT, "budget");
    const settingsPath = join(vault, ".obsidian/plugins/contact-cadence/data.json");
    const settings = JSON.parse(readFileSync(settingsPath, "utf8")) as Record<string, unknown>;
    writeFileSync(settingsPath, JSON.stringify({ ...settings, weeklyBudget: 30 }));
    const text = runCli(["stats", vault, ...TODAY]).stdout;
    expect(text).not.toContain("Tier moves to fit the budget");
    expect(text).toContain("Within budget: 23.4 touches a week to spare.");
    expect(text).toContain("Budget 30 a week, 1 logged since Monday: room for 29 more touches.");
    expect(text).not.toContain("more to reach after");
    const json = JSON.parse(runCli(["stats", vault, ...TODAY, "--json"]).stdout) as {
      week: { thisWeek: unknown[]; overflow: number };
      tierMoves: { suggestions: unknown[]; moves: number };
    };
    expect([json.week.thisWeek.length, json.week.overflow, json.tierMoves.suggestions.length, json.tierMoves.moves]).toEqual([20, 0, 0, 0]);
  });

  it("a do-not-contact person adds no load, is in no plan and no suggestion", () => {
    // Marking Priya (tier A, the most overdue) do-not-contact takes her A out of the load: 6.371,
    // still over; the week moves up one (Ann Lee comes in); the four moves stay four, without her.
    const vault = copyVault(EXAMPLE_VAULT, "dnc");
    const path = join(vault, "Contacts/Priya Raman.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("tier: A\n", "tier: A\ndo-not-contact: 2026-11-25\n"));
    const json = JSON.parse(runCli(["stats", vault, ...TODAY, "--json"]).stdout) as {
      load: { touchesPerWeek: number };
      week: { thisWeek: { name: string }[] };
      tierMoves: { suggestions: { name: string }[] };
    };
    expect(json.load.touchesPerWeek).toBe(Math.round((LOAD - A) * 1000) / 1000);
    expect(json.week.thisWeek.map((s) => s.name)).toEqual(["Rosa Jiménez", "Dr. Amara Nwosu", "Marcus Okafor", "Victor Lang", "Ann Lee"]);
    expect(json.tierMoves.suggestions.map((m) => m.name)).toEqual(["Nadia Rahman", "Fatima Al-Sayed", "Gabriel Silva"]);
  });
});

describe("log warns privately about an intro to a no-refer contact", () => {
  it("names the no-refer contact a referral links, on stderr, and still logs", () => {
    const vault = copyVault(EXAMPLE_VAULT, "refer");
    const run = runCli(["log", vault, "Priya Raman", "--type", "referral", "--note", "Sent [[Victor Lang]] a candidate", ...TODAY]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("contact-cadence: note: Private note: Victor Lang is marked no-refer.\n");
    expect(readFileSync(join(vault, "Contacts/Priya Raman.md"), "utf8")).toContain(
      "- 2026-11-26 referral: Sent [[Victor Lang]] a candidate\n",
    );
  });

  it("says nothing for other types, or for a link to someone referable", () => {
    const vault = copyVault(EXAMPLE_VAULT, "refer2");
    expect(runCli(["log", vault, "Priya Raman", "--type", "call", "--note", "Talked about [[Victor Lang]]", ...TODAY]).stderr).toBe("");
    expect(runCli(["log", vault, "Priya Raman", "--type", "intro", "--note", "Introduced [[Sofia Lindqvist]]", ...TODAY]).stderr).toBe("");
  });
});
