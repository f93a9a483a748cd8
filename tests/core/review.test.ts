import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import type { Contact } from "../../src/core/contact";
import { parseLogLine, type LogEntry } from "../../src/core/log";
import { describeProposal, meanTouchInterval, networkReview, type NetworkReview } from "../../src/core/review";
import { scheduleContact, type ScheduledContact } from "../../src/core/schedule";
import { defaultSettings } from "../../src/core/settings";
import { addDays, isoDate, type IsoDate } from "../../src/core/dates";

const TODAY = isoDate("2026-11-26");
const DEFAULTS = defaultSettings();

function entries(dates: readonly string[]): LogEntry[] {
  return dates.map((d, i) => {
    const entry = parseLogLine(`- ${d} call`, DEFAULTS.interactionTypes, i);
    if (entry === null) throw new Error(`not a date: ${d}`);
    return entry;
  });
}

function contact(name: string, frontmatter: Record<string, unknown>, log: readonly string[] = []): Contact {
  return buildContact({ path: `Contacts/${name}.md`, frontmatter, log: entries(log) }, DEFAULTS);
}

const schedule = (contacts: readonly Contact[], today = TODAY): ScheduledContact[] => contacts.map((c) => scheduleContact(c, today, 7));
const names = (list: readonly { name: string }[]): string[] => list.map((i) => i.name);

// Cadence days: A 1m = 30.44, B 3m = 91.32, C 6m = 182.64, D 1y = 365.25.
const cast = (): Contact[] => [
  // Long overdue (> 2 cadences):
  contact("Ann", { tier: "A", "last-touch": "2026-06-01" }), // due 07-01, 148 days (31+31+30+31+25) > 60.88
  contact("Dee", { tier: "D", "last-touch": "2023-06-01" }), // due 2024-06-01, 908 days (730+153+25) > 730.5
  contact("Own", { tier: "B", cadence: "2w", "last-touch": "2026-08-01" }), // due 08-15, 102 days (16+30+31+25) > 28
  contact("Stale", { tier: "B" }, ["2025-01-01", "2025-01-08", "2025-01-15"]), // due 2025-04-15, 590 days > 182.64
  // Overdue, but not long: due 10-10, 47 days (31 + 16) ≤ 60.88.
  contact("Abe", { tier: "A", "last-touch": "2026-09-10" }),
  // Do-not-contact: long overdue, never touched in years, drifting… and in no list.
  contact("Eve", { tier: "A", "last-touch": "2020-01-01", "do-not-contact": "2021-03-01" }),
  contact("Ezra", { tier: "none", "last-touch": "2019-05-05", "do-not-contact": true }),
  // Never contacted: New; Sno is snoozed so not on the list.
  contact("New", { tier: "C" }),
  contact("Sno", { tier: "B", "snooze-until": "2026-12-10" }),
  // Reconnect candidates: untracked with a last touch 3+ years ago (cutoff 2023-11-26).
  contact("Old", { tier: "none", "last-touch": "2022-11-26" }), // 4 years
  contact("Rec", { tier: "database", "last-touch": "2023-11-26" }), // exactly 3 years: in
  contact("Fresh", { tier: "none", "last-touch": "2023-11-27" }), // a day short of 3 years: out
  contact("Nev", { tier: "none" }), // never touched: not a tie
  contact("Nvr", { tier: "B", cadence: "never", "last-touch": "2020-01-01" }), // cadence never: their choice
  // Tier drift:
  // Busy, C: 09-03 … 11-12 every 14 days: (70 days) / 5 = 14; since then 14, not longer → 14.
  //   14 / 182.64 = 0.08 < 1/2 → closer; nearest closer tier to 14 days: A (|ln(30.44/14)| = 0.78 vs B 1.88).
  contact("Busy", { tier: "C" }, ["2026-09-03", "2026-09-17", "2026-10-01", "2026-10-15", "2026-10-29", "2026-11-12"]),
  // Slack, A: 01-10, 05-10, 09-10: 243 days / 2 = 121.5; since then 77, shorter → 121.5.
  //   121.5 / 30.44 = 3.99 > 2 → farther; nearest: B (|ln(91.32/121.5)| = 0.29 vs C 0.41).
  contact("Slack", { tier: "A" }, ["2026-01-10", "2026-05-10", "2026-09-10"]),
  // Steady, B: 02-20, 05-20, 08-20: 181/2 = 90.5; since then 98, longer → 279 / 3 = 93; 93/91.32 ≈ 1: fine.
  contact("Steady", { tier: "B" }, ["2026-02-20", "2026-05-20", "2026-08-20"]),
];

describe("networkReview", () => {
  const review: NetworkReview = networkReview(schedule(cast()), DEFAULTS, TODAY);

  it("lists the long overdue, most overdue relative to the cadence first", () => {
    // Ratios: Own 102/14 = 7.29, Stale 590/91.32 = 6.46, Ann 148/30.44 = 4.86, Dee 908/365.25 = 2.49.
    expect(names(review.longOverdue)).toEqual(["Own", "Stale", "Ann", "Dee"]);
    expect(review.longOverdue[2]).toEqual({
      path: "Contacts/Ann.md",
      name: "Ann",
      tier: "A",
      reason: "148 days overdue, more than twice the cadence (monthly)",
      proposal: { kind: "tier", toTier: "B" },
    });
  });

  it("offers the next slower tier, or a month's snooze where no tier move would help", () => {
    const proposals = Object.fromEntries(review.longOverdue.map((i) => [i.name, i.proposal]));
    expect(proposals.Stale).toEqual({ kind: "tier", toTier: "C" });
    expect(proposals.Dee).toEqual({ kind: "snooze", until: "2026-12-26" }); // last tier: never untracked for recency
    expect(proposals.Own).toEqual({ kind: "snooze", until: "2026-12-26" }); // own cadence: a tier move changes nothing
  });

  it("lists the never contacted, not the snoozed ones", () => {
    expect(names(review.neverContacted)).toEqual(["New"]);
    expect(review.neverContacted[0]?.reason).toBe("Never contacted since added to tier C");
    expect(review.neverContacted[0]?.proposal).toEqual({ kind: "snooze", until: "2026-12-26" });
  });

  it("offers dormant ties (3 years or more) the slowest tier, most recently touched first", () => {
    expect(names(review.reconnect)).toEqual(["Rec", "Old"]);
    expect(review.reconnect.map((i) => i.reason)).toEqual([
      "Last touch 2023-11-26, 3 years ago: a dormant tie",
      "Last touch 2022-11-26, 4 years ago: a dormant tie",
    ]);
    for (const i of review.reconnect) expect(i.proposal).toEqual({ kind: "tier", toTier: "D" });
  });

  it("finds tier drift both ways, strongest first, and leaves the long overdue to their own list", () => {
    // Strength |ln ratio|: Busy |ln 0.077| = 2.57, Slack ln 3.99 = 1.38.
    expect(names(review.tierDrift)).toEqual(["Busy", "Slack"]);
    const [busy, slack] = review.tierDrift;
    expect(busy).toMatchObject({
      direction: "closer",
      proposal: { kind: "tier", toTier: "A" },
      reason: "Touched about every 14 days; tier C is every 6 months",
    });
    expect(busy?.meanInterval).toBe(14);
    expect(busy?.cadenceDays).toBeCloseTo(182.64, 10);
    expect(slack).toMatchObject({ direction: "farther", proposal: { kind: "tier", toTier: "B" }, meanInterval: 121.5 });
  });

  it("never lists do-not-contact people", () => {
    const all = [...review.longOverdue, ...review.neverContacted, ...review.reconnect, ...review.tierDrift];
    expect(names(all)).not.toContain("Eve");
    expect(names(all)).not.toContain("Ezra");
  });

  it("offers no drift move beyond the ends of the ladder", () => {
    // Daily, A: 11-20 … 11-23, silence 3 days > 1 → 6 / 4 = 1.5 days: much closer than A, but no tier is.
    const daily = contact("Daily", { tier: "A" }, ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"]);
    // Rare, D: every 3 years (1096 days) > 2 × 365.25, 178 days overdue (not long): no tier is farther.
    const rare = contact("Rare", { tier: "D" }, ["2019-06-01", "2022-06-01", "2025-06-01"]);
    const review = networkReview(schedule([daily, rare]), DEFAULTS, TODAY);
    expect(review.tierDrift).toEqual([]);
    expect(review.longOverdue).toEqual([]);
    // The same two with tiers that leave room: both drift.
    const roomy = {
      tiers: [
        { key: "W", label: "Weekly", cadence: "1w", aliases: [] },
        ...DEFAULTS.tiers,
        { key: "E", label: "Every 3 years", cadence: "3y", aliases: [] },
      ],
    };
    const rebuilt = [daily, rare].map((c) => buildContact({ path: c.path, frontmatter: { tier: c.tier?.key }, log: c.logFacts }, roomy));
    const drift = networkReview(schedule(rebuilt), roomy, TODAY).tierDrift;
    expect(drift.map((i) => [i.name, i.proposal])).toEqual([
      ["Daily", { kind: "tier", toTier: "W" }], // |ln(1.5/30.44)| = 3.01
      ["Rare", { kind: "tier", toTier: "E" }], // ln(1096/365.25) = 1.10
    ]);
  });
});

describe("meanTouchInterval", () => {
  const mean = (log: string[], fm: Record<string, unknown>, today: IsoDate) => {
    const c = contact("X", { tier: "B", ...fm }, log);
    return meanTouchInterval(scheduleContact(c, today, 7), today);
  };

  it("is the mean gap between distinct touch days", () => {
    expect(mean(["2026-01-10", "2026-01-10", "2026-02-09"], {}, isoDate("2026-02-09"))).toBe(30); // same day counts once
  });

  it("counts the silence since the last touch once it is longer than the mean", () => {
    // 01-10, 02-09: 30 days; on 03-15 the silence is 34 > 30 → (01-10 → 03-15 = 64) / 2 = 32.
    expect(mean(["2026-01-10", "2026-02-09"], {}, isoDate("2026-03-15"))).toBe(32);
    expect(mean(["2026-01-10", "2026-02-09"], {}, isoDate("2026-03-10"))).toBe(30); // 29 days of silence: not yet
  });

  it("takes a later last-touch field as a touch, but needs two dated log entries", () => {
    // 01-10, 02-09 and last-touch 03-01: (50 days) / 2 = 25.
    expect(mean(["2026-01-10", "2026-02-09"], { "last-touch": "2026-03-01" }, isoDate("2026-03-05"))).toBe(25);
    expect(mean(["2026-01-10"], { "last-touch": "2026-03-01" }, isoDate("2026-03-05"))).toBeNull();
    expect(mean(["2026-01-10", "2026-12-01"], {}, isoDate("2026-03-05"))).toBeNull(); // one entry is in the future
  });
});

describe("describeProposal", () => {
  it("puts a proposal in words", () => {
    expect(describeProposal({ kind: "tier", toTier: "C" }, DEFAULTS)).toBe("Move to tier C (every 6 months)");
    expect(describeProposal({ kind: "snooze", until: isoDate("2026-12-26") }, DEFAULTS)).toBe("Snooze until 2026-12-26");
  });
});

describe("networkReview, properties", () => {
  const person = fc.record({
    tier: fc.constantFrom("A", "B", "C", "D", "none"),
    own: fc.option(fc.constantFrom("2w", "never"), { nil: undefined }),
    lastAgo: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
    logAgo: fc.array(fc.integer({ min: -30, max: 2000 }), { maxLength: 6 }),
    snoozeIn: fc.option(fc.integer({ min: -30, max: 60 }), { nil: undefined }),
    dnc: fc.boolean(),
  });

  it("never lists do-not-contact people, and only offers real tier moves or future snoozes", () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), (people) => {
        const contacts = people.map((p, i) => {
          const fm: Record<string, unknown> = { tier: p.tier };
          if (p.own !== undefined) fm.cadence = p.own;
          if (p.lastAgo !== undefined) fm["last-touch"] = addDays(TODAY, -p.lastAgo);
          if (p.snoozeIn !== undefined) fm["snooze-until"] = addDays(TODAY, p.snoozeIn);
          if (p.dnc) fm["do-not-contact"] = true;
          return contact(
            `P${i}`,
            fm,
            p.logAgo.map((d) => addDays(TODAY, -d)),
          );
        });
        const scheduled = schedule(contacts);
        const review = networkReview(scheduled, DEFAULTS, TODAY);
        const byPath = new Map(scheduled.map((s) => [s.contact.path, s]));
        for (const item of [...review.longOverdue, ...review.neverContacted, ...review.reconnect, ...review.tierDrift]) {
          const s = byPath.get(item.path);
          expect(s?.contact.doNotContact).toBe(false);
          if (item.proposal.kind === "snooze") expect(item.proposal.until > TODAY).toBe(true);
          else {
            expect(DEFAULTS.tiers.map((t) => t.key)).toContain(item.proposal.toTier);
            expect(item.proposal.toTier).not.toBe(s?.contact.tier?.key);
          }
        }
        for (const item of review.longOverdue) {
          const s = byPath.get(item.path);
          const cadence = s?.contact.cadence;
          expect(s?.status).toBe("overdue");
          expect(cadence).not.toBeNull();
          if (s?.daysOverdue != null && cadence != null)
            expect(s.daysOverdue).toBeGreaterThan(2 * (cadence.n * { d: 1, w: 7, m: 30.44, y: 365.25 }[cadence.unit]));
        }
        for (const item of review.reconnect) expect((byPath.get(item.path)?.lastTouch ?? "9999") <= "2023-11-26").toBe(true);
      }),
    );
  });
});
