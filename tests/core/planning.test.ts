import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import type { Contact } from "../../src/core/contact";
import { parseLogLine, type LogEntry } from "../../src/core/log";
import { isoDate, isoWeek } from "../../src/core/dates";
import { loadAfterTierChange, tierChangeWarning } from "../../src/core/load";
import { planWeek, touchesThisWeek, weekCapacity } from "../../src/core/week-plan";
import { suggestTierMoves, type TierMovePlan } from "../../src/core/tier-moves";
import { weeklyLoad } from "../../src/core/load";
import { scheduleContact } from "../../src/core/schedule";
import { defaultSettings, type Settings } from "../../src/core/settings";

const TODAY = isoDate("2026-11-26"); // a Thursday; its ISO week is Mon 2026-11-23 .. Sun 2026-11-29
const DEFAULTS = defaultSettings();

// Cadences in days (cadence.ts): 1m = 30.44, 3m = 91.32, 6m = 182.64, 1y = 365.25.
const A = 7 / 30.44; // 0.229961 touches a week
const B = 7 / 91.32; // 0.076653
const C = 7 / 182.64; // 0.038327
const D = 7 / 365.25; // 0.019165

function entries(lines: readonly string[]): LogEntry[] {
  return lines.map((line, i) => {
    const entry = parseLogLine(line, DEFAULTS.interactionTypes, i);
    if (entry === null) throw new Error(`not a log line: ${line}`);
    return entry;
  });
}

function contact(name: string, frontmatter: Record<string, unknown>, log: readonly string[] = [], settings: Settings = DEFAULTS): Contact {
  return buildContact({ path: `Contacts/${name}.md`, frontmatter, log: entries(log) }, settings);
}

const names = (list: readonly { contact: Contact }[]): string[] => list.map((s) => s.contact.name);

describe("isoWeek", () => {
  it.each([
    ["2026-11-26", "2026-11-23", "2026-11-29"], // Thursday
    ["2026-11-23", "2026-11-23", "2026-11-29"], // Monday starts its own week
    ["2026-11-29", "2026-11-23", "2026-11-29"], // Sunday ends it
    ["2027-01-01", "2026-12-28", "2027-01-03"], // across the new year
    ["1969-12-31", "1969-12-29", "1970-01-04"], // before the epoch (negative day numbers)
  ])("%s lies in %s .. %s", (date, start, end) => {
    expect(isoWeek(isoDate(date))).toEqual({ start, end });
  });
});

describe("touchesThisWeek", () => {
  it("counts one touch per contact per day, from Monday up to today, log and last-touch alike", () => {
    const gus = contact("Gus", { tier: "none", "last-touch": "2026-11-23" }, [
      "- 2026-11-22 call: Sunday, last week", // before Monday: not this week
      "- 2026-11-23 call: Monday", // same day as last-touch: one touch
      "- 2026-11-23 email: follow-up", // same day again
      "- 2026-11-25 meal", // a second day
      "- 2026-11-27 meeting: planned", // after today: not a touch
    ]);
    const fay = contact("Fay", { tier: "B", "last-touch": "2026-11-26" }); // field only, today
    const eve = contact("Eve", { tier: "A", "do-not-contact": true }, ["- 2026-11-24 call: she called me"]);
    expect(touchesThisWeek([gus], TODAY)).toBe(2); // 11-23, 11-25
    expect(touchesThisWeek([gus, fay, eve], TODAY)).toBe(4); // 2 + 1 + 1 (time spent with anyone counts)
  });

  it("starts afresh on Monday", () => {
    const c = contact("Gus", { tier: "B" }, ["- 2026-11-27 call", "- 2026-11-29 call"]);
    expect(touchesThisWeek([c], isoDate("2026-11-29"))).toBe(2);
    expect(touchesThisWeek([c], isoDate("2026-11-30"))).toBe(0);
  });
});

describe("weekCapacity", () => {
  it("is the whole budget less the touches made, never below zero, in the ISO week of today", () => {
    expect(weekCapacity({ weeklyBudget: 6.5 }, isoDate("2026-11-26"), 2)).toEqual({
      weekStart: "2026-11-23",
      weekEnd: "2026-11-29",
      budget: 6.5,
      loggedThisWeek: 2,
      capacity: 4,
    });
    expect(weekCapacity({ weeklyBudget: 3 }, isoDate("2026-11-29"), 5).capacity).toBe(0);
    expect(weekCapacity({ weeklyBudget: 0.5 }, isoDate("2026-11-30"), 0)).toMatchObject({ weekStart: "2026-11-30", capacity: 0 });
  });
});

describe("planWeek", () => {
  // Ann: A, last touch 09-01 → due 10-01, 56 days overdue, 56/30.44 = 1.84 cadences.
  // Bob: B, last touch 05-01 → due 08-01, 117 days overdue (31+30+31+25), 117/91.32 = 1.28.
  // Dan: D, last touch 2025-11-26 → due today. Cat: C, never touched → new.
  // Eve: A and do-not-contact (would be the most overdue of all). Fay: B, touched Tuesday → ok.
  // Gus: untracked, touched Monday.
  const cast = (): Contact[] => [
    contact("Ann", { tier: "A", "last-touch": "2026-09-01" }),
    contact("Bob", { tier: "B", "last-touch": "2026-05-01" }),
    contact("Cat", { tier: "C" }),
    contact("Dan", { tier: "D", "last-touch": "2025-11-26" }),
    contact("Eve", { tier: "A", "last-touch": "2026-01-01", "do-not-contact": "2026-02-01" }),
    contact("Fay", { tier: "B" }, ["- 2026-11-24 call: caught up"]),
    contact("Gus", { tier: "none" }, ["- 2026-11-23 coffee"]),
  ];
  const scheduled = (today = TODAY) => cast().map((c) => scheduleContact(c, today, 7));

  it("fills the week's capacity in priority order and keeps the rest as overflow", () => {
    const plan = planWeek(scheduled(), { weeklyBudget: 3.5 }, TODAY);
    expect(plan.weekStart).toBe("2026-11-23");
    expect(plan.weekEnd).toBe("2026-11-29");
    expect(plan.budget).toBe(3.5);
    expect(plan.loggedThisWeek).toBe(2); // Fay on Tuesday, Gus on Monday
    expect(plan.capacity).toBe(1); // ⌊3.5⌋ − 2
    expect(names(plan.thisWeek)).toEqual(["Ann"]);
    expect(names(plan.overflow)).toEqual(["Bob", "Dan", "Cat"]); // overdue, due today, new
    // Load: Ann A + Bob and Fay B + Cat C + Dan D; Eve (do-not-contact) and Gus (untracked) add nothing.
    expect(plan.load).toBeCloseTo(A + 2 * B + C + D, 10); // 0.4408
    expect(plan.overBy).toBe(0);
  });

  it("never drops anyone, and never offers do-not-contact people", () => {
    for (const budget of [0.3, 1, 2, 3, 4, 5, 50]) {
      const plan = planWeek(scheduled(), { weeklyBudget: budget }, TODAY);
      const all = names([...plan.thisWeek, ...plan.overflow]);
      expect(all).toEqual(["Ann", "Bob", "Dan", "Cat"]);
      expect(all).not.toContain("Eve");
      expect(plan.thisWeek.length).toBe(plan.capacity < 4 ? plan.capacity : 4);
    }
  });

  it("has no capacity left when the week's touches already use the budget, and says how far over it is", () => {
    const plan = planWeek(scheduled(), { weeklyBudget: 0.3 }, TODAY);
    expect(plan.capacity).toBe(0); // ⌊0.3⌋ − 2 < 0 → 0
    expect(plan.thisWeek).toEqual([]);
    expect(plan.overflow).toHaveLength(4);
    expect(plan.overBy).toBeCloseTo(A + 2 * B + C + D - 0.3, 10); // 0.1408
  });

  it("counts the week up to today only", () => {
    // On Monday 11-23 Fay's Tuesday call has not happened yet: only Gus's touch counts.
    const plan = planWeek(scheduled(isoDate("2026-11-23")), { weeklyBudget: 3 }, isoDate("2026-11-23"));
    expect(plan.loggedThisWeek).toBe(1);
    expect(plan.capacity).toBe(2);
  });
});

/** A vault's worth of contacts by tier, named `<tier><n>`, e.g. A1, A2, B1. */
function roster(counts: Partial<Record<"A" | "B" | "C" | "D", number>>, settings: Settings = DEFAULTS): Contact[] {
  return Object.entries(counts).flatMap(([tier, n]) =>
    Array.from({ length: n }, (_, i) => contact(`${tier}${i + 1}`, { tier }, [], settings)),
  );
}

const moves = (plan: TierMovePlan): string[] => plan.suggestions.map((m) => `${m.name} ${m.fromTier}→${m.toTier ?? "none"}`);

describe("suggestTierMoves", () => {
  it("suggests nothing within the budget", () => {
    const plan = suggestTierMoves(roster({ A: 2 }), { ...DEFAULTS, weeklyBudget: 0.5 }); // 2 × 0.23 = 0.46
    expect(plan.suggestions).toEqual([]);
    expect(plan.withinBudget).toBe(true);
    expect(plan.overBy).toBe(0);
  });

  it("takes the one move that saves the most when one is enough", () => {
    // Load 3A + 1D = 0.6899 + 0.0192 = 0.7091; budget 0.6 → 0.1091 to save.
    // A→B saves A − B = 0.1533 (enough on its own); D→none saves only 0.0192.
    const plan = suggestTierMoves(roster({ A: 3, D: 1 }), { ...DEFAULTS, weeklyBudget: 0.6 });
    expect(plan.moves).toBe(1);
    expect(plan.suggestions).toHaveLength(1);
    expect(plan.suggestions[0]).toMatchObject({ fromTier: "A", toTier: "B", steps: 1 });
    expect(plan.suggestions[0]?.loadSaved).toBeCloseTo(A - B, 10);
    expect(plan.loadAfter).toBeCloseTo(3 * A + D - (A - B), 10); // 0.5558
    expect(plan.withinBudget).toBe(true);
    expect(plan.minimal).toBe(true);
  });

  it("moves the lowest-priority contact of a tier first (last in the due view)", () => {
    const cast = [
      contact("Ann", { tier: "A", "last-touch": "2026-09-01" }), // 56 days overdue
      contact("Abe", { tier: "A", "last-touch": "2026-11-20" }), // ok: lowest priority
      contact("Amy", { tier: "A" }), // never contacted
    ];
    const scheduled = cast.map((c) => scheduleContact(c, TODAY, 7));
    const plan = suggestTierMoves(cast, { ...DEFAULTS, weeklyBudget: 0.6 }, scheduled); // 0.6899 − 0.6 = 0.0899 to save
    expect(moves(plan)).toEqual(["Abe A→B"]);
    // Two moves: Abe, then Amy (new) before Ann (overdue); listed lowest priority first.
    const two = suggestTierMoves(cast, { ...DEFAULTS, weeklyBudget: 0.45 }, scheduled); // 0.2399 to save: 2 × 0.1533
    expect(moves(two)).toEqual(["Abe A→B", "Amy A→B"]);
  });

  it("moves one contact several tiers when that takes fewer moves", () => {
    // One A contact, budget 0.05: 0.2300 − 0.05 = 0.1800 to save.
    // A→B saves 0.1533 (short); A→C saves A − C = 0.1916 in two moves.
    const plan = suggestTierMoves(roster({ A: 1 }), { ...DEFAULTS, weeklyBudget: 0.05 });
    expect(moves(plan)).toEqual(["A1 A→C"]);
    expect(plan.moves).toBe(2);
    expect(plan.suggestions[0]?.steps).toBe(2);
    expect(plan.suggestions[0]?.loadSaved).toBeCloseTo(A - C, 10);
  });

  it("ends the ladder at untracked", () => {
    // One D contact, budget 0.01: D→none saves all of 0.0192.
    const plan = suggestTierMoves(roster({ D: 1 }), { ...DEFAULTS, weeklyBudget: 0.01 });
    expect(moves(plan)).toEqual(["D1 D→none"]);
    expect(plan.loadAfter).toBeCloseTo(0, 10);
  });

  it("finds the fewest moves where always taking the biggest saving would not", () => {
    // Tiers A 30d, B 31d, C 1y. A→B saves 7/30 − 7/31 = 0.0075, B→C 7/31 − 7/365.25 = 0.2066,
    // C→none 7/365.25 = 0.0192. One A and three C: load 0.2333 + 3 × 0.0192 = 0.2908.
    // Budget 0.24 → 0.0508 to save. Biggest saving first: C→none three times (0.0575), 3 moves.
    // Fewest: A→C, 2 moves saving 0.2142.
    const tiers = {
      ...DEFAULTS,
      weeklyBudget: 0.24,
      tiers: [
        { key: "A", label: "A", cadence: "30d", aliases: [] },
        { key: "B", label: "B", cadence: "31d", aliases: [] },
        { key: "C", label: "C", cadence: "1y", aliases: [] },
      ],
    };
    const plan = suggestTierMoves(roster({ A: 1, C: 3 }, tiers), tiers);
    expect(moves(plan)).toEqual(["A1 A→C"]);
    expect(plan.moves).toBe(2);
    expect(plan.loadAfter).toBeCloseTo(7 / 30 + 3 * D - (7 / 30 - D), 10);
  });

  it("skips do-not-contact people and contacts with their own cadence", () => {
    const cast = [
      contact("Eve", { tier: "A", "do-not-contact": true }),
      contact("Own", { tier: "A", cadence: "1w" }), // 1 touch a week, whatever the tier
      contact("Sam", { tier: "A" }),
    ];
    // Load: Own 1 + Sam 0.2300 = 1.2300; budget 1.1 → 0.13 to save; only Sam can move.
    const plan = suggestTierMoves(cast, { ...DEFAULTS, weeklyBudget: 1.1 });
    expect(moves(plan)).toEqual(["Sam A→B"]);
    expect(plan.fixedLoad).toBeCloseTo(1, 10);
  });

  it("suggests nothing it cannot finish: when own cadences alone exceed the budget", () => {
    const cast = [contact("Own", { cadence: "weekly" }), contact("Sam", { tier: "A" })];
    const plan = suggestTierMoves(cast, { ...DEFAULTS, weeklyBudget: 0.5 }); // fixed 1 > 0.5
    expect(plan.suggestions).toEqual([]);
    expect(plan.withinBudget).toBe(false);
    expect(plan.loadAfter).toBeCloseTo(1 + A, 10);
  });
});

describe("loadAfterTierChange and tierChangeWarning", () => {
  const cast = [contact("Ann", { tier: "C" }), contact("Bob", { tier: "B" }), contact("Own", { tier: "D", cadence: "1m" })];
  const settings = { ...DEFAULTS, weeklyBudget: 0.3 };

  it("recomputes the load with one contact's tier changed", () => {
    // Now C + B + 1m = 0.0383 + 0.0767 + 0.2300 = 0.3450.
    expect(loadAfterTierChange(cast, settings, "Contacts/Ann.md", "A")).toBeCloseTo(A + B + A, 10);
    expect(loadAfterTierChange(cast, settings, "Contacts/Ann.md", "1")).toBeCloseTo(A + B + A, 10); // alias
    expect(loadAfterTierChange(cast, settings, "Contacts/Ann.md", "none")).toBeCloseTo(B + A, 10);
    expect(loadAfterTierChange(cast, settings, "Contacts/Ann.md", null)).toBeCloseTo(B + A, 10);
    expect(loadAfterTierChange(cast, settings, "Contacts/Own.md", "A")).toBeCloseTo(C + B + A, 10); // own cadence stays
    expect(loadAfterTierChange(cast, settings, "Contacts/Nobody.md", "A")).toBeCloseTo(C + B + A, 10);
  });

  it("warns only when the change raises the load above the budget", () => {
    // Ann C→B: 0.3450 − C + B = 0.3834 > 0.3 and higher than before: warn.
    expect(tierChangeWarning(cast, settings, "Contacts/Ann.md", "B")).toBe(
      "Moving Ann to tier B (every 3 months) raises the load to 0.4 touches a week, over the budget of 0.3.",
    );
    // Bob B→D lowers the load (still over budget): no warning. Own's load does not move.
    expect(tierChangeWarning(cast, settings, "Contacts/Bob.md", "D")).toBeNull();
    expect(tierChangeWarning(cast, settings, "Contacts/Own.md", "A")).toBeNull();
    // With a budget of 1, A for Ann gives 0.5366: within budget.
    expect(tierChangeWarning(cast, { ...settings, weeklyBudget: 1 }, "Contacts/Ann.md", "A")).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties against brute force, on random tiers (in any order of cadence) and ≤ 8 contacts.

interface Vault {
  settings: Settings;
  contacts: Contact[];
}

const vaultArb: fc.Arbitrary<Vault> = fc
  .record({
    cadences: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 4 }),
    people: fc.array(fc.record({ tier: fc.nat(4), own: fc.boolean(), dnc: fc.boolean(), ownDays: fc.integer({ min: 1, max: 60 }) }), {
      minLength: 0,
      maxLength: 8,
    }),
    budgetShare: fc.double({ min: 0, max: 1.2, noNaN: true }),
  })
  .map(({ cadences, people, budgetShare }) => {
    const tiers = cadences.map((days, i) => ({ key: `T${i}`, label: `Tier ${i}`, cadence: `${days}d`, aliases: [] }));
    const base = { ...DEFAULTS, tiers };
    const contacts = people.map((p, i) => {
      const fm: Record<string, unknown> = { tier: p.tier < tiers.length ? `T${p.tier}` : "none" };
      if (p.own && i % 3 === 0) fm.cadence = `${p.ownDays}d`;
      if (p.dnc && i % 4 === 1) fm["do-not-contact"] = true;
      return contact(`P${i}`, fm, [], base);
    });
    return { settings: { ...base, weeklyBudget: Math.max(0.001, weeklyLoad(contacts) * budgetShare) }, contacts };
  });

/** The ladder by definition: the next tier in settings order with a slower cadence, else none. */
function ladderOf(settings: Settings, c: Contact): (string | null)[] {
  if (c.tier === null || c.cadence === null || c.doNotContact || c.keys.cadence !== undefined) return [];
  const days = (key: string) => Number(/\d+/.exec(settings.tiers.find((t) => t.key === key)?.cadence ?? "")?.[0]);
  const steps: (string | null)[] = [];
  let index = settings.tiers.indexOf(c.tier);
  let current = days(c.tier.key);
  for (;;) {
    const next = settings.tiers.slice(index + 1).find((t) => days(t.key) > current);
    steps.push(next?.key ?? null);
    if (next === undefined) return steps;
    index = settings.tiers.indexOf(next);
    current = days(next.key);
  }
}

/** Rebuilds a contact with another tier (`null`: none), the way a tier edit of the note would. */
function withTier(c: Contact, tier: string | null, settings: Settings): Contact {
  const fm: Record<string, unknown> = { tier: tier ?? "none" };
  if (c.keys.cadence !== undefined && c.cadence !== null) fm.cadence = `${c.cadence.n}${c.cadence.unit}`;
  if (c.doNotContact) fm["do-not-contact"] = true;
  return buildContact({ path: c.path, frontmatter: fm }, settings);
}

/** Fewest one-tier moves reaching the budget by exhaustive search, or null when none does. */
function bruteForceFewest({ settings, contacts }: Vault): number | null {
  const ladders = contacts.map((c) => ladderOf(settings, c));
  // loads[i][j]: contact i's load after j moves down its ladder.
  const loads = contacts.map((c, i) => [weeklyLoad([c]), ...(ladders[i] ?? []).map((t) => weeklyLoad([withTier(c, t, settings)]))]);
  let best: number | null = null;
  const search = (i: number, moves: number, load: number): void => {
    if (best !== null && moves >= best) return;
    if (i === contacts.length) {
      if (load <= settings.weeklyBudget + 1e-9) best = moves;
      return;
    }
    const row = loads[i] ?? [0];
    for (let j = 0; j < row.length; j++) search(i + 1, moves + j, load - (row[0] ?? 0) + (row[j] ?? 0));
  };
  search(0, 0, weeklyLoad(contacts));
  return best;
}

describe("suggestTierMoves, properties", () => {
  it("reaches the budget whenever tier moves can, with the fewest moves, never moving do-not-contact people", () => {
    fc.assert(
      fc.property(vaultArb, (vault) => {
        const plan = suggestTierMoves(vault.contacts, vault.settings);
        const fewest = bruteForceFewest(vault);
        expect(plan.withinBudget).toBe(fewest !== null);
        if (fewest !== null) expect(plan.moves).toBe(fewest);
        else expect(plan.suggestions).toEqual([]);

        // Applying the suggestions as tier edits gives the promised load, within the budget.
        const byPath = new Map(plan.suggestions.map((m) => [m.path, m]));
        const after = vault.contacts.map((c) => {
          const m = byPath.get(c.path);
          return m === undefined ? c : withTier(c, m.toTier, vault.settings);
        });
        expect(weeklyLoad(after)).toBeCloseTo(plan.loadAfter, 9);
        if (plan.withinBudget) expect(weeklyLoad(after)).toBeLessThanOrEqual(vault.settings.weeklyBudget + 1e-9);

        for (const m of plan.suggestions) {
          const c = vault.contacts.find((x) => x.path === m.path);
          expect(c?.doNotContact).toBe(false);
          expect(c?.keys.cadence).toBeUndefined();
          expect(m.loadSaved).toBeGreaterThan(0);
          // Each suggestion lies on the contact's ladder, `steps` rungs down.
          expect(c === undefined ? undefined : ladderOf(vault.settings, c)[m.steps - 1]).toBe(m.toTier);
        }
      }),
      { numRuns: 150 },
    );
  });
});
