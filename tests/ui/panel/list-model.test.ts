import { describe, expect, it } from "vitest";
import type { Problem } from "../../../src/core/contact";
import { dueList, type ScheduledContact } from "../../../src/core/schedule";
import {
  contactFilter,
  defaultCollapsed,
  emptyStateReasons,
  emptyStateText,
  filterGroups,
  loadSummary,
  nextUp,
  NO_FILTERS,
  NO_TIER,
  problemText,
  reachCount,
  snoozeChoices,
  type DueFilters,
  type GroupKey,
} from "../../../src/ui/panel/list-model";
import { tagFromOption, tagOptions, tagToOption, tierFromOption, tierOptions, tierToOption } from "../../../src/ui/panel/filter-options";
import { formatAmount } from "../../../src/core/load";
import { FlatRows, type DueRow } from "../../../src/ui/panel/flat-rows";
import { contact, network, person, settings, TODAY } from "../helpers";
import { groupSchedule } from "./plain-model";
import { isoDate } from "../../../src/core/dates";

const names = (list: { toArray(): ScheduledContact[] }): string[] => list.toArray().map((s) => s.contact.name);
const filters = (f: Partial<DueFilters>): DueFilters => ({ ...NO_FILTERS, ...f });

const ann = person("Ann", { tier: "A", "last-touch": "2026-09-01" }); // 56 days overdue on 1m
const bob = person("Bob", { tier: "B", "last-touch": "2026-08-26" }); // due today on 3m
const cara = person("Cara", { tier: "C" }); // never contacted
const dev = person("Dev", { tier: "A", "last-touch": "2026-11-01" }); // due in 5 days
const eli = person("Eli", { tier: "A", "last-touch": "2026-01-01", "snooze-until": "2027-02-01" });
const fay = person("Fay", { tier: "A", "last-touch": "2026-01-01", "snooze-until": "2026-12-01" });
const gus = person("Gus", { tier: "A", "last-touch": "2026-01-01", "do-not-contact": true });
const hana = person("Hana", { tier: "A", "last-touch": "2026-11-20" }); // on schedule
const ivo = person("Ivo", { "last-touch": "2026-01-01" }); // untracked
const problem = (path: string, message: string): Problem => ({ path, field: "cadence", message: `${path}: ${message}` });

describe("grouping the schedule", () => {
  it("puts each person in the group of their status, in the panel's order", () => {
    const g = groupSchedule([hana, gus, fay, dev, cara, bob, ann, eli, ivo], []);
    expect(names(g.contacts.overdue)).toEqual(["Ann"]);
    expect(names(g.contacts.due)).toEqual(["Bob"]);
    expect(names(g.contacts.new)).toEqual(["Cara"]);
    expect(names(g.contacts.soon)).toEqual(["Dev"]);
    // Snoozed people in the order they wake up.
    expect(names(g.contacts.snoozed)).toEqual(["Fay", "Eli"]);
  });

  it("never lists a do-not-contact person, even one whose status says otherwise", () => {
    const forged: ScheduledContact = { ...ann, contact: { ...ann.contact, name: "Forged", doNotContact: true } };
    const g = groupSchedule([gus, forged, ann], []);
    const everyone = Object.values(g.contacts).flatMap((l) => names(l));
    expect(everyone).toEqual(["Ann"]);
  });

  it("orders people to reach exactly as the core's due list (the CLI's order)", () => {
    const all = network(3000, 7);
    const g = groupSchedule(all, []);
    const panel = [...g.contacts.overdue.toArray(), ...g.contacts.due.toArray(), ...g.contacts.new.toArray(), ...g.contacts.soon.toArray()];
    expect(panel.map((s) => s.contact.path)).toEqual(dueList(all).map((s) => s.contact.path));
    expect(reachCount(g)).toBe(panel.length);
  });

  it("sorts problems by file", () => {
    const g = groupSchedule([], [problem("Contacts/Zed.md", "b"), problem("Contacts/Al.md", "a")]);
    expect(g.problems.toArray().map((p) => p.path)).toEqual(["Contacts/Al.md", "Contacts/Zed.md"]);
  });
});

describe("filters", () => {
  const work = person("Wren", { tier: "B", "last-touch": "2026-01-01" }, { tags: ["contact", "work/eng"] });
  const zoe = person("Zoë Martin", { tier: "C" }, { tags: ["work"] });
  const notier = person("Noa", { cadence: "2w", "last-touch": "2026-01-01" });
  const all = [ann, bob, cara, work, zoe, notier];

  it("passes everyone without filters (and hands back the same groups)", () => {
    expect(contactFilter(NO_FILTERS)).toBeNull();
    const g = groupSchedule(all, []);
    expect(filterGroups(g, NO_FILTERS)).toBe(g);
    expect(filterGroups(g, filters({ search: "   " }))).toBe(g);
  });

  it("filters by tier key (any case) and by the absence of a tier", () => {
    const g = groupSchedule(all, []);
    expect(names(filterGroups(g, filters({ tier: "b" })).contacts.overdue)).toEqual(["Wren"]);
    expect(names(filterGroups(g, filters({ tier: NO_TIER })).contacts.overdue)).toEqual(["Noa"]);
  });

  it("filters by tag, nested tags included, with or without #", () => {
    const keep = contactFilter(filters({ tag: "#work" }));
    expect(all.filter((s) => keep?.(s.contact)).map((s) => s.contact.name)).toEqual(["Wren", "Zoë Martin"]);
    const eng = contactFilter(filters({ tag: "work/eng" }));
    expect(all.filter((s) => eng?.(s.contact)).map((s) => s.contact.name)).toEqual(["Wren"]);
    const prefixOnly = contactFilter(filters({ tag: "wor" }));
    expect(all.filter((s) => prefixOnly?.(s.contact))).toEqual([]);
  });

  it("searches names by every word, ignoring case and accents", () => {
    const match = (search: string): string[] =>
      all.filter((s) => contactFilter(filters({ search }))?.(s.contact)).map((s) => s.contact.name);
    expect(match("zoe")).toEqual(["Zoë Martin"]);
    expect(match("MARTIN zo")).toEqual(["Zoë Martin"]);
    expect(match("martin bob")).toEqual([]);
    expect(match("a")).toEqual(["Ann", "Cara", "Zoë Martin", "Noa"]);
  });

  it("combines the filters", () => {
    expect(all.filter((s) => contactFilter(filters({ tier: "C", tag: "work", search: "zo" }))?.(s.contact)).length).toBe(1);
    expect(all.filter((s) => contactFilter(filters({ tier: "B", tag: "work", search: "zo" }))?.(s.contact)).length).toBe(0);
  });

  it("narrows problems by the search words only", () => {
    const g = groupSchedule(all, [
      problem("Contacts/Ann.md", 'cadence "sometimes" is not a cadence'),
      problem("Contacts/Bob.md", "tier X is not a tier"),
    ]);
    expect(filterGroups(g, filters({ tier: "A" })).problems.length).toBe(2);
    expect(
      filterGroups(g, filters({ search: "sometimes" }))
        .problems.toArray()
        .map((p) => p.path),
    ).toEqual(["Contacts/Ann.md"]);
    expect(
      filterGroups(g, filters({ search: "bob" }))
        .problems.toArray()
        .map((p) => p.path),
    ).toEqual(["Contacts/Bob.md"]);
  });

  it("keeps the priority order inside filtered groups", () => {
    const big = network(2000, 3);
    const g = groupSchedule(big, []);
    g.contacts.overdue.at(10);
    const f = filterGroups(g, filters({ tier: "A" }));
    expect(f.contacts.overdue.toArray().map((s) => s.contact.path)).toEqual(
      dueList(big)
        .filter((s) => s.status === "overdue" && s.contact.tier?.key === "A")
        .map((s) => s.contact.path),
    );
  });
});

describe("the flat list of headers and rows", () => {
  const kinds = (rows: FlatRows): string[] => {
    const out: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r: DueRow = rows.at(i);
      out.push(
        r.kind === "header"
          ? `[${r.label} ${r.count}${r.collapsed ? " +" : ""}]`
          : r.kind === "divider"
            ? `— ${r.label} ${r.count} —`
            : r.kind === "contact"
              ? r.item.contact.name
              : r.kind === "keyDate"
                ? `${r.item.date.name}: ${r.item.date.kind}`
                : problemText(r.problem),
      );
    }
    return out;
  };

  it("lists non-empty groups with their rows; Snoozed and Problems start collapsed", () => {
    const g = groupSchedule([ann, bob, cara, dev, eli, fay, hana], [problem("Contacts/X.md", "bad")]);
    const rows = new FlatRows(g, defaultCollapsed());
    expect(kinds(rows)).toEqual([
      "[Overdue 1]",
      "Ann",
      "[Due today 1]",
      "Bob",
      "[Never contacted 1]",
      "Cara",
      "[Due soon 1]",
      "Dev",
      "[Snoozed 2 +]",
      "[Problems 1 +]",
    ]);
    expect(rows.length).toBe(10);
    expect(rows.sections.map((s) => [s.group, s.start, s.rows])).toEqual([
      ["overdue", 0, 1],
      ["due", 2, 1],
      ["new", 4, 1],
      ["soon", 6, 1],
      ["snoozed", 8, 0],
      ["problems", 9, 0],
    ]);
  });

  it("expands a collapsed group and collapses an open one", () => {
    const g = groupSchedule([ann, eli, fay], [problem("Contacts/X.md", "bad")]);
    const rows = new FlatRows(g, new Set<GroupKey>(["overdue"]));
    expect(kinds(rows)).toEqual(["[Overdue 1 +]", "[Snoozed 2]", "Fay", "Eli", "[Problems 1]", "bad"]);
    expect(rows.headerIndex("snoozed")).toBe(1);
    expect(rows.headerIndex("due")).toBe(-1);
    expect(() => rows.at(6)).toThrow(RangeError);
  });

  it("has no rows at all when nobody is listed", () => {
    expect(new FlatRows(groupSchedule([hana, ivo, gus], []), defaultCollapsed()).length).toBe(0);
  });

  it("costs nothing per row: reading the first screen leaves the big groups unsorted", () => {
    const g = groupSchedule(network(5000, 11), []);
    const rows = new FlatRows(g, defaultCollapsed());
    for (let i = 0; i < 30; i++) rows.at(i);
    expect(g.contacts.overdue.length).toBeGreaterThan(1000);
    expect(g.contacts.overdue.sortedCount).toBeLessThan(g.contacts.overdue.length / 4);
    expect(g.contacts.new.sortedCount).toBe(0);
  });
});

describe("the load line", () => {
  it("says what the cadences ask for in whole touches, against the budget", () => {
    expect(loadSummary(7.43, 10)).toEqual({
      text: "Your cadences ask for about 7 touches a week; your budget is 10",
      fraction: 0.743,
      over: false,
    });
    expect(loadSummary(0, 12.5).text).toBe("Your cadences ask for no touches a week; your budget is 12.5");
    expect(loadSummary(0.43, 6).text).toBe("Your cadences ask for about 0.4 touches a week; your budget is 6");
    expect(loadSummary(1.2, 6).text).toBe("Your cadences ask for about 1 touch a week; your budget is 6");
  });

  it("is over budget by the load to one decimal, and fills the meter no further than full", () => {
    expect(loadSummary(12.26, 10)).toEqual({
      text: "Your cadences ask for about 12 touches a week; your budget is 10",
      fraction: 1,
      over: true,
    });
    // The example vault: 6.601 against 6.
    expect(loadSummary(6.601, 6)).toMatchObject({ text: "Your cadences ask for about 7 touches a week; your budget is 6", over: true });
    // 10.04 reads as 10: not over a budget of 10; 10.05 is 10.1, over, and rounding to 10 would hide it.
    expect(loadSummary(10.04, 10)).toMatchObject({ text: "Your cadences ask for about 10 touches a week; your budget is 10", over: false });
    expect(loadSummary(10.05, 10)).toMatchObject({
      text: "Your cadences ask for about 10.1 touches a week; your budget is 10",
      over: true,
    });
    // 6.4 against 6 would read "about 6": the decimal says it is over.
    expect(loadSummary(6.4, 6).text).toBe("Your cadences ask for about 6.4 touches a week; your budget is 6");
    expect(loadSummary(12.58, 12.5).text).toBe("Your cadences ask for about 13 touches a week; your budget is 12.5");
  });

  it("formats amounts without a trailing .0", () => {
    expect([formatAmount(10), formatAmount(9.96), formatAmount(0.04), formatAmount(3.25)]).toEqual(["10", "10", "0", "3.3"]);
  });
});

describe("empty states", () => {
  const base = { indexReady: true, contactCount: 3, filtersActive: false, reachCount: 0, scheduled: [hana, ivo], settings };

  it("explains where contacts come from when there are none", () => {
    expect(emptyStateText({ ...base, contactCount: 0, scheduled: [] })).toBe(
      "No contacts yet: notes in the folder Contacts, or tagged #contact are contacts. The set-up check finds people notes elsewhere and proposes settings.",
    );
    expect(
      emptyStateText({
        ...base,
        contactCount: 0,
        scheduled: [],
        settings: { contactsFolders: [], contactTags: ["person", "people"], contactMarkers: ["type: person"] },
      }),
    ).toBe(
      "No contacts yet: notes tagged #person or #people, or marked type: person are contacts. The set-up check finds people notes elsewhere and proposes settings.",
    );
    expect(emptyStateText({ ...base, contactCount: 0, scheduled: [], indexReady: false })).toBe("Indexing contacts…");
  });

  it("adds the shared findings once the index is built and found nobody, and asks for them only then", () => {
    const explanation = { headline: "No contact notes found.", reasons: ["def", "finding"], findings: ["finding"] };
    let asked = 0;
    const explain = () => (asked++, explanation);
    expect(emptyStateReasons({ indexReady: true, contactCount: 0 }, explain)).toEqual(["finding"]);
    expect(emptyStateReasons({ indexReady: false, contactCount: 0 }, explain)).toEqual([]);
    expect(emptyStateReasons({ indexReady: true, contactCount: 2 }, explain)).toEqual([]);
    expect(asked).toBe(1);
  });

  it("says nothing while someone is due", () => {
    expect(emptyStateText({ ...base, reachCount: 1 })).toBeNull();
  });

  it("names who is next when nobody is due", () => {
    const later = person("Later", { tier: "D", "last-touch": "2026-06-01" });
    expect(emptyStateText({ ...base, scheduled: [later, hana, ivo, gus] })).toBe("Nobody is due. Next up: Hana, due 2026-12-20.");
    expect(nextUp([later, gus])?.contact.name).toBe("Later");
  });

  it("tells filters apart from an empty schedule", () => {
    expect(emptyStateText({ ...base, filtersActive: true })).toBe("No one to reach matches these filters.");
  });

  it("points at tiers when nobody is tracked, and at the snoozed list when all are snoozed", () => {
    expect(emptyStateText({ ...base, scheduled: [ivo, gus] })).toMatch(/^Nobody is due: no contact has a tier or a cadence yet/);
    expect(emptyStateText({ ...base, scheduled: [eli, ivo] })).toBe("Nobody is due. Snoozed contacts are listed below.");
  });
});

describe("dropdown options", () => {
  it("round-trips tier choices, keeping 'all' and 'no tier' apart from any key", () => {
    const options = tierOptions(settings.tiers);
    expect(options.map((o) => o.label)).toEqual(["All tiers", "A: Inner circle", "B: Active", "C: Maintain", "D: Annual", "No tier"]);
    for (const tier of [null, NO_TIER, "A", "none", "all"]) expect(tierFromOption(tierToOption(tier))).toBe(tier);
  });

  it("offers the topic tags of reachable contacts, without the contact tag or the log's reciprocity tags, with counts", () => {
    const cs = [
      contact("A", {}, { tags: ["contact", "work/eng", "climbing", "asked"] }),
      contact("B", {}, { tags: ["contact", "work/eng", "gave", "noreply/email"] }),
      contact("C", { "do-not-contact": true }, { tags: ["secret"] }),
    ];
    const options = tagOptions(cs, ["#Contact"]);
    expect(options.map((o) => o.label)).toEqual(["All tags", "#climbing (1)", "#work/eng (2)"]);
    for (const tag of [null, "work/eng", "all"]) expect(tagFromOption(tagToOption(tag))).toBe(tag);
  });
});

describe("small helpers", () => {
  it("offers a week and a calendar month of snooze", () => {
    expect(snoozeChoices(TODAY)).toEqual([
      { label: "1 week", until: "2026-12-03" },
      { label: "1 month", until: "2026-12-26" },
    ]);
    expect(snoozeChoices(isoDate("2026-01-31"))[1]?.until).toBe("2026-02-28");
  });

  it("drops the file name a problem message starts with", () => {
    expect(problemText(problem("Contacts/Ann.md", "tier Z is not a tier"))).toBe("tier Z is not a tier");
    expect(problemText({ path: "a.md", field: "tier", message: "something else" })).toBe("something else");
  });
});
