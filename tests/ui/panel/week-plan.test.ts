import { describe, expect, it } from "vitest";
import { planWeek, touchesThisWeek } from "../../../src/core/week-plan";
import type { TierMovePlan } from "../../../src/core/tier-moves";
import type { ScheduledContact } from "../../../src/core/schedule";
import { filterGroups, NO_FILTERS, reachCount, REACH_GROUPS, type DueGroups } from "../../../src/ui/panel/list-model";
import { FlatRows } from "../../../src/ui/panel/flat-rows";
import {
  moveAction,
  moveLabel,
  moveSaving,
  movesSummary,
  moveTierKey,
  weekDetail,
  weekSummary,
  type PanelWeek,
} from "../../../src/ui/panel/week-plan";
import { contact, network, person, rng, schedule, TODAY } from "../helpers";
import { groupSchedule, planGroups } from "./plain-model";
import type { Contact } from "../../../src/core/contact";
import { isoDate, isoWeek, toIsoDate, type IsoDate } from "../../../src/core/dates";

/** The plain rule, reading every log: what the core's `touchesThisWeek` must always agree with. */
function touchesByEveryLog(contacts: readonly Contact[], today: IsoDate): number {
  const { start } = isoWeek(today);
  const inWeek = (d: IsoDate | null): d is IsoDate => d !== null && d >= start && d <= today;
  let total = 0;
  for (const c of contacts) {
    const days = new Set<IsoDate>();
    if (inWeek(c.lastTouchField)) days.add(c.lastTouchField);
    for (const day of c.logFacts.days()) if (inWeek(toIsoDate(day))) days.add(toIsoDate(day));
    total += days.size;
  }
  return total;
}

const paths = (list: readonly ScheduledContact[]): string[] => list.map((s) => s.contact.path);
const contactsOf = (all: readonly ScheduledContact[]) => all.map((s) => s.contact);

/** The overflow as the panel lists it: the groups of people to reach, top to bottom. */
function overflowOf(groups: DueGroups): ScheduledContact[] {
  return REACH_GROUPS.flatMap((key) => groups.contacts[key].toArray());
}

/** A network where some people were already touched this week (Monday 11-23 to Thursday 11-26). */
function busyNetwork(n: number, seed: number): ScheduledContact[] {
  const r = rng(seed);
  return network(n, seed).map((s, i) => {
    if (r() > 0.1) return s;
    const day = `2026-11-2${3 + Math.floor(r() * 5)}`; // 23..27: the 27th is after today and must not count
    return person(
      `${s.contact.name} (busy ${i})`,
      { tier: s.contact.tier?.key ?? "none", "last-touch": "2026-08-01" },
      { log: `- ${day} call: caught up\n- 2026-11-20 email`, path: `Busy/${i}.md` },
    );
  });
}

describe("this week's plan in the panel", () => {
  it("is the core's planWeek: the same people this week, the same overflow in the same order", () => {
    for (const [n, seed] of [
      [40, 1],
      [300, 2],
      [2000, 3],
    ] as const) {
      const all = busyNetwork(n, seed);
      for (const weeklyBudget of [0, 0.5, 3, 10, 12.5, 60, 5000]) {
        const core = planWeek(all, { weeklyBudget }, TODAY);
        const { groups, week } = planGroups(groupSchedule(all, []), all, { weeklyBudget }, TODAY);
        const label = `${n} people, budget ${weeklyBudget}`;
        expect(paths(groups.contacts.week.toArray()), label).toEqual(paths(core.thisWeek));
        expect(paths(overflowOf(groups)), label).toEqual(paths(core.overflow));
        expect(week, label).toEqual({
          weekStart: core.weekStart,
          weekEnd: core.weekEnd,
          budget: weeklyBudget,
          loggedThisWeek: core.loggedThisWeek,
          capacity: core.capacity,
          planned: core.thisWeek.length,
          overflow: core.overflow.length,
        });
      }
    }
  });

  it("fills the week from the top of the due list: overdue first, then due today, never contacted, due soon", () => {
    const ann = person("Ann", { tier: "A", "last-touch": "2026-09-01" }); // overdue
    const bob = person("Bob", { tier: "B", "last-touch": "2026-08-26" }); // due today
    const cara = person("Cara", { tier: "C" }); // never contacted
    const dev = person("Dev", { tier: "A", "last-touch": "2026-11-01" }); // due soon
    const eve = person("Eve", { tier: "A", "last-touch": "2026-11-24" }); // touched Tuesday: one of the week's touches
    const { groups, week } = planGroups(
      groupSchedule([dev, cara, bob, ann, eve], []),
      [ann, bob, cara, dev, eve],
      { weeklyBudget: 3 },
      TODAY,
    );
    expect(week).toMatchObject({ loggedThisWeek: 1, capacity: 2, planned: 2, overflow: 2 });
    expect(groups.contacts.week.toArray().map((s) => s.contact.name)).toEqual(["Ann", "Bob"]);
    expect(groups.contacts.overdue.length + groups.contacts.due.length).toBe(0);
    expect(groups.contacts.new.toArray().map((s) => s.contact.name)).toEqual(["Cara"]);
    expect(groups.contacts.soon.toArray().map((s) => s.contact.name)).toEqual(["Dev"]);
    // This week is listed first, then one divider over the people beyond its budget, and nobody twice.
    const flat = new FlatRows(groups, new Set());
    expect(flat.sections.map((s) => [s.kind, s.group, s.count])).toEqual([
      ["group", "week", 2],
      ["divider", "week", 2],
      ["group", "new", 1],
      ["group", "soon", 1],
    ]);
    expect(flat.at(3)).toEqual({ kind: "divider", label: "Beyond this week's budget", count: 2 });
    expect(flat.at(4)).toMatchObject({ kind: "header", group: "new" });
    expect(flat.headerIndex("new")).toBe(4);
    // No divider when nothing is beyond the week.
    const { groups: within } = planGroups(groupSchedule([ann, bob], []), [ann, bob], { weeklyBudget: 5 }, TODAY);
    expect(new FlatRows(within, new Set()).sections.map((s) => s.kind)).toEqual(["group"]);
    expect(reachCount(groups)).toBe(4);
  });

  it("never plans a do-not-contact person, even one whose status says otherwise", () => {
    const ann = person("Ann", { tier: "A", "last-touch": "2026-09-01" });
    const gus = person("Gus", { tier: "A", "last-touch": "2026-01-01", "do-not-contact": "2026-02-01" });
    const forged: ScheduledContact = {
      ...ann,
      contact: { ...ann.contact, name: "Forged", path: "Contacts/Forged.md", doNotContact: true },
    };
    const { groups } = planGroups(groupSchedule([gus, forged, ann], []), [gus, forged, ann], { weeklyBudget: 10 }, TODAY);
    expect(groups.contacts.week.toArray().map((s) => s.contact.name)).toEqual(["Ann"]);
  });

  it("sorts only as many people as the week takes", () => {
    const all = network(10_000, 11);
    const fresh = groupSchedule(all, []);
    // A budget of ten more than the touches already made this week: room for ten.
    const weeklyBudget = touchesThisWeek(contactsOf(all), TODAY) + 10;
    const { groups, week } = planGroups(fresh, all, { weeklyBudget }, TODAY);
    expect(week.planned).toBe(10);
    expect(fresh.contacts.overdue.length).toBeGreaterThan(3000);
    // Ten taken from thousands overdue: a prefix was selected, the rest left unsorted.
    expect(fresh.contacts.overdue.sortedCount).toBeLessThan(fresh.contacts.overdue.length / 4);
    expect(groups.contacts.overdue.sortedCount).toBeLessThan(groups.contacts.overdue.length / 4);
  });

  it("narrows with the panel's filters like any group", () => {
    const ann = person("Ann", { tier: "A", "last-touch": "2026-09-01" });
    const bob = person("Bob", { tier: "B", "last-touch": "2026-05-01" });
    const { groups } = planGroups(groupSchedule([ann, bob], []), [ann, bob], { weeklyBudget: 5 }, TODAY);
    expect(
      filterGroups(groups, { ...NO_FILTERS, tier: "B" })
        .contacts.week.toArray()
        .map((s) => s.contact.name),
    ).toEqual(["Bob"]);
    expect(reachCount(filterGroups(groups, { ...NO_FILTERS, search: "zed" }))).toBe(0);
  });
});

describe("touches logged this week", () => {
  it("reads a log only when its latest entry is this week or later, and counts what the core counts", () => {
    const cases = [
      contact("Field only", { tier: "A", "last-touch": "2026-11-24" }),
      contact("Logged before", { tier: "A", "last-touch": "2026-11-25" }, { log: "- 2026-11-02 call" }),
      contact("Logged this week", { tier: "B", "last-touch": "2026-11-25" }, { log: "- 2026-11-23 call\n- 2026-11-25 email" }),
      contact("Logged ahead", { tier: "B", "last-touch": "2026-11-24" }, { log: "- 2026-11-27 call: planned" }),
      contact("Field ahead", { tier: "C", "last-touch": "2026-11-27" }, { log: "- 2026-11-20 call" }),
      contact("Quiet", { tier: "C", "last-touch": "2026-11-01" }),
    ];
    const read = new Set<string>();
    const watched = cases.map((c) => {
      const copy = { ...c };
      Object.defineProperty(copy, "logFacts", { get: () => (read.add(c.name), c.logFacts) });
      return copy;
    });
    expect(touchesThisWeek(watched, TODAY)).toBe(touchesByEveryLog(cases, TODAY));
    expect(touchesThisWeek(watched, TODAY)).toBe(5); // 1 + 1 + 2 days + 1; a last-touch after today does not count
    expect([...read].sort()).toEqual(["Logged ahead", "Logged this week"]);
    for (const c of cases) expect(touchesThisWeek([c], TODAY), c.name).toBe(touchesByEveryLog([c], TODAY));
  });

  it("counts what the plain rule counts, over a busy network and any day of the week", () => {
    const odd = [
      // Two days this week in the log, and last-touch on a third: three touches.
      person("Three", { tier: "B", "last-touch": "2026-11-23" }, { log: "- 2026-11-24 call\n- 2026-11-25 email\n- 2026-11-25 meal" }),
      // Last week, and a date after today: none.
      person("Late", { tier: "A", "last-touch": "2026-11-22" }, { log: "- 2026-11-27 call" }),
      // A last-touch after today (a problem, ignored), and an untracked person touched today: one.
      person("Ahead", { tier: "A", "last-touch": "2026-11-28" }),
      person("Untracked", { tier: "none" }, { log: "- 2026-11-26 coffee" }),
      person("Blocked", { tier: "A", "do-not-contact": true }, { log: "- 2026-11-24 call: they called me" }),
    ];
    expect(touchesThisWeek(contactsOf(odd), TODAY)).toBe(touchesByEveryLog(contactsOf(odd), TODAY));
    expect(touchesThisWeek(contactsOf(odd), TODAY)).toBe(5);
    for (const seed of [4, 5, 6]) {
      const all = busyNetwork(1500, seed);
      for (const today of [isoDate("2026-11-23"), isoDate("2026-11-26"), isoDate("2026-11-29"), isoDate("2026-11-30")]) {
        const scheduled = all.map((s) => schedule(s.contact, today));
        expect(touchesThisWeek(contactsOf(scheduled), today), `${seed} ${today}`).toBe(touchesByEveryLog(contactsOf(all), today));
      }
    }
  });
});

describe("the week line", () => {
  const week = (w: Partial<PanelWeek>): PanelWeek => ({
    weekStart: isoDate("2026-11-23"),
    weekEnd: isoDate("2026-11-29"),
    budget: 6,
    loggedThisWeek: 1,
    capacity: 5,
    planned: 5,
    overflow: 15,
    ...w,
  });

  it("says in one line who is left to reach, what is done and the budget", () => {
    expect(weekSummary(week({}))).toBe("This week: 5 to go · 1 done · budget 6");
    expect(weekSummary(week({ loggedThisWeek: 7, capacity: 0, planned: 0, budget: 6.5 }))).toBe("This week: 0 to go · 7 done · budget 6.5");
  });

  it("says in its tooltip how many touches are left, and how many were logged since Monday", () => {
    expect(weekDetail(week({}))).toBe("This week: room for 5 more touches (budget 6, 1 logged since Monday).");
    expect(weekDetail(week({ loggedThisWeek: 0, capacity: 1, budget: 1.5 }))).toBe(
      "This week: room for 1 touch (budget 1.5, none logged yet).",
    );
  });

  it("says when the budget is used", () => {
    expect(weekDetail(week({ loggedThisWeek: 7, capacity: 0, planned: 0 }))).toBe(
      "This week: the budget of 6 is used (7 logged since Monday); the rest can wait.",
    );
    expect(weekDetail(week({ loggedThisWeek: 0, capacity: 0, planned: 0, overflow: 0, budget: 0.5 }))).toBe(
      "This week: the budget of 0.5 is used (none logged yet).",
    );
  });
});

describe("the tier moves in words", () => {
  const plan = (p: Partial<TierMovePlan>): TierMovePlan => ({
    load: 6.600917,
    budget: 6,
    overBy: 0.600917,
    suggestions: [],
    moves: 0,
    loadAfter: 6.600917,
    fixedLoad: 3.8,
    withinBudget: false,
    minimal: true,
    ...p,
  });
  const aToB = { path: "Contacts/Nadia.md", name: "Nadia", fromTier: "A", toTier: "B", steps: 1, loadSaved: 0.153307 };

  it("names each move, what it writes and what it saves", () => {
    expect([moveLabel(aToB), moveTierKey(aToB), moveAction(aToB), moveSaving(aToB)]).toEqual(["A → B", "B", "Move to B", "−0.15 a week"]);
    const untrack = { ...aToB, fromTier: "D", toTier: null, loadSaved: 0.019165 };
    expect([moveLabel(untrack), moveTierKey(untrack), moveAction(untrack), moveSaving(untrack)]).toEqual([
      "D → untracked",
      "none",
      "Untrack",
      "−0.02 a week",
    ]);
  });

  it("says where the moves bring the load", () => {
    const four = Array.from({ length: 4 }, (_, i) => ({ ...aToB, path: `Contacts/${i}.md` }));
    expect(movesSummary(plan({ suggestions: four, moves: 4, loadAfter: 5.987689, withinBudget: true }))).toBe(
      "Moving these 4 people down brings the load from 6.6 to 6.0 touches a week. Lowest priority first.",
    );
    const twoSteps = [{ ...aToB, toTier: "C", steps: 2, loadSaved: 0.191634 }];
    expect(movesSummary(plan({ suggestions: twoSteps, moves: 2, loadAfter: 6.4, withinBudget: true }))).toBe(
      "Moving this person down (2 tier steps) brings the load from 6.6 to 6.4 touches a week. Lowest priority first.",
    );
  });

  it("says when no tier moves can fit the budget, and why", () => {
    expect(movesSummary(plan({}))).toBe(
      "No tier moves can fit the budget: 3.8 touches a week come from cadences set in the notes themselves or without a tier. Raise the budget, or lengthen those cadences by hand.",
    );
  });
});
