import { describe, expect, it } from "vitest";
import type { Contact, Problem } from "../../../src/core/contact";
import type { LogEntry } from "../../../src/core/log";
import { suggestTierMoves } from "../../../src/core/tier-moves";
import { weeklyLoad } from "../../../src/core/load";
import type { ScheduledContact } from "../../../src/core/schedule";
import { defaultSettings, type Settings } from "../../../src/core/settings";
import type { ContactIndexReader, IndexState } from "../../../src/ports";
import { FlatRows } from "../../../src/ui/panel/flat-rows";
import { NO_FILTERS, REACH_GROUPS, type DueGroups } from "../../../src/ui/panel/list-model";
import { tagOptions } from "../../../src/ui/panel/filter-options";
import { derivePanelModel, isCurrent, PanelModelCache, type ModelSource } from "../../../src/ui/panel/model-cache";
import { groupSchedule, planGroups } from "./plain-model";
import { contact, network, schedule, TODAY } from "../helpers";
import { isoDate, type IsoDate } from "../../../src/core/dates";

/** An index over fixed contacts that counts how often the schedule is asked for. */
class FakeIndex implements ContactIndexReader {
  state: IndexState = "ready";
  revision = 1;
  scheduleCalls = 0;

  constructor(
    public list: Contact[],
    private readonly problemList: Problem[] = [],
  ) {}

  contacts(): readonly Contact[] {
    return this.list;
  }

  get(path: string): Contact | undefined {
    return this.list.find((c) => c.path === path);
  }

  scheduled(today: IsoDate): readonly ScheduledContact[] {
    this.scheduleCalls++;
    return this.list.map((c) => schedule(c, today));
  }

  problems(): readonly Problem[] {
    return this.problemList;
  }

  onChange(): () => void {
    return () => undefined;
  }

  // The panel's model never reads log entries (the card and "Start with" do).
  logEntries(): Promise<readonly LogEntry[]> {
    return Promise.reject(new Error("the panel's model read log entries"));
  }

  cachedLogEntries(): readonly LogEntry[] | undefined {
    throw new Error("the panel's model read log entries");
  }
}

function source(index: FakeIndex, start: { today?: IsoDate; settings?: Settings } = {}): ModelSource & { day: IsoDate; current: Settings } {
  return {
    index,
    day: start.today ?? TODAY,
    current: start.settings ?? defaultSettings(),
    settings() {
      return this.current;
    },
    today() {
      return this.day;
    },
  };
}

const paths = (list: { toArray(): ScheduledContact[] }): string[] => list.toArray().map((s) => s.contact.path);
const everyGroup = (g: DueGroups): Record<string, string[]> =>
  Object.fromEntries(Object.entries(g.contacts).map(([k, list]) => [k, paths(list)]));

/** A contact whose `tags` (lazy in the index) and log facts count their readers. */
function counted(c: Contact, reads: { tags: Set<string>; log: Set<string> }): Contact {
  const copy = { ...c };
  Object.defineProperty(copy, "tags", { get: () => (reads.tags.add(c.path), c.tags) });
  Object.defineProperty(copy, "logFacts", { get: () => (reads.log.add(c.path), c.logFacts) });
  return copy;
}

describe("the panel's model", () => {
  it("is what the panel derived on each open before: the groups, the week plan and the load", () => {
    const all = network(1500, 21);
    const contacts = all.map((s) => s.contact);
    const settings = { ...defaultSettings(), weeklyBudget: 40 };
    const problems: Problem[] = [{ path: "Contacts/Zed.md", field: "cadence", message: "Contacts/Zed.md: bad" }];
    const model = derivePanelModel(new FakeIndex(contacts, problems), TODAY, settings);
    const before = planGroups(groupSchedule(all, problems), all, settings, TODAY);
    expect(everyGroup(model.groups)).toEqual(everyGroup(before.groups));
    expect(model.groups.problems.toArray()).toEqual(before.groups.problems.toArray());
    expect(model.plan.week).toEqual(before.week);
    expect(model.plan.week.planned).toBeGreaterThan(0);
    expect(model.plan.load).toBe(weeklyLoad(contacts));
    expect(model.contacts).toBe(contacts);
  });

  it("reads no one's tags, and the log facts only of those with an entry this week", () => {
    const reads = { tags: new Set<string>(), log: new Set<string>() };
    const people = [
      contact("Ann", { tier: "A", "last-touch": "2026-09-01" }, { tags: ["work"], log: "- 2026-09-01 call" }),
      contact("Bob", { tier: "B" }, { log: "- 2026-11-24 call: touched on Tuesday" }),
      contact("Cy", { tier: "C", "last-touch": "2026-11-25" }, { log: "- 2026-11-01 call" }), // touched this week, logged before it
      contact("Di", { tier: "A", "last-touch": "2026-11-02" }, { tags: ["friend"], log: "- 2026-10-01 email" }),
    ].map((c) => counted(c, reads));
    const model = derivePanelModel(new FakeIndex(people), TODAY, defaultSettings());
    // Showing the first rows reads nothing more.
    const flat = new FlatRows(model.groups, new Set());
    for (let i = 0; i < flat.length; i++) flat.at(i);
    expect(model.plan.week.loggedThisWeek).toBe(2);
    expect([...reads.tags]).toEqual([]);
    expect([...reads.log]).toEqual(["Contacts/Bob.md"]);
  });

  it("works out the tier moves only when asked, once", () => {
    const all = network(300, 22);
    const contacts = all.map((s) => s.contact);
    const settings = { ...defaultSettings(), weeklyBudget: 5 };
    const model = derivePanelModel(new FakeIndex(contacts), TODAY, settings);
    expect(model.plan.moves.peek()).toBeNull();
    const moves = model.plan.moves.get();
    expect(moves).toEqual(suggestTierMoves(contacts, settings, all));
    expect(moves.suggestions.length).toBeGreaterThan(0);
    expect(model.plan.moves.peek()).toBe(moves);
    expect(model.plan.moves.get()).toBe(moves);
  });
});

describe("the model cache", () => {
  const people = network(200, 23).map((s) => s.contact);

  it("hands back the same model while nothing moved, without scheduling again", () => {
    const index = new FakeIndex(people);
    const src = source(index);
    const cache = new PanelModelCache();
    const first = cache.model(src);
    expect(cache.model(src)).toBe(first);
    expect(cache.model(src)).toBe(first);
    expect(index.scheduleCalls).toBe(1);
    expect(isCurrent(first, index, src.today(), src.settings())).toBe(true);
  });

  it("derives a new model for a new index revision, with what changed in it", () => {
    const index = new FakeIndex(people.slice(0, 10));
    const src = source(index);
    const cache = new PanelModelCache();
    const first = cache.model(src);
    index.list = [...index.list, contact("Newcomer", { tier: "A" })];
    expect(cache.model(src)).toBe(first); // the index says nothing moved: nothing is read
    index.revision++;
    const second = cache.model(src);
    expect(second).not.toBe(first);
    expect(paths(second.groups.contacts.new).concat(paths(second.groups.contacts.week))).toContain("Contacts/Newcomer.md");
    expect(second.revision).toBe(index.revision);
  });

  it("derives a new model when the index becomes ready", () => {
    const index = new FakeIndex(people);
    index.state = "indexing";
    const src = source(index);
    const cache = new PanelModelCache();
    const first = cache.model(src);
    expect(first.ready).toBe(false);
    index.state = "ready";
    const second = cache.model(src);
    expect(second).not.toBe(first);
    expect(second.ready).toBe(true);
  });

  it("derives a new model on another day: statuses and this week follow the date", () => {
    const ann = contact("Ann", { tier: "A", "last-touch": "2026-10-27" }); // due 2026-11-27
    const index = new FakeIndex([ann]);
    const src = source(index);
    const cache = new PanelModelCache();
    const today = cache.model(src);
    expect(paths(today.groups.contacts.soon).concat(paths(today.groups.contacts.week))).toEqual(["Contacts/Ann.md"]);
    expect(today.scheduled[0]?.status).toBe("soon");
    src.day = isoDate("2026-11-28");
    const later = cache.model(src);
    expect(later).not.toBe(today);
    expect(later.today).toBe("2026-11-28");
    expect(later.scheduled[0]?.status).toBe("overdue");
  });

  it("derives a new model for new settings: the budget shapes the week", () => {
    const index = new FakeIndex(people);
    const src = source(index, { settings: { ...defaultSettings(), weeklyBudget: 10 } });
    const cache = new PanelModelCache();
    const first = cache.model(src);
    // An equal copy is still new settings (the plugin replaces the object on every save).
    src.current = { ...src.current, weeklyBudget: 3 };
    const second = cache.model(src);
    expect(second).not.toBe(first);
    expect(second.plan.week.budget).toBe(3);
    expect(second.groups.contacts.week.length).toBeLessThan(first.groups.contacts.week.length);
  });

  it("starts afresh when invalidated", () => {
    const index = new FakeIndex(people);
    const src = source(index);
    const cache = new PanelModelCache();
    const first = cache.model(src);
    cache.invalidate();
    expect(cache.model(src)).not.toBe(first);
    expect(index.scheduleCalls).toBe(2);
  });

  it("keeps the last filtering for its model only", () => {
    const index = new FakeIndex(people);
    const src = source(index);
    const cache = new PanelModelCache();
    const model = cache.model(src);
    expect(cache.filtered(model, NO_FILTERS)).toBe(model.groups);
    const tierB = { ...NO_FILTERS, tier: "B" };
    const b = cache.filtered(model, tierB);
    expect(cache.filtered(model, { ...tierB })).toBe(b);
    for (const key of REACH_GROUPS) expect(b.contacts[key].toArray().every((s) => s.contact.tier?.key === "B")).toBe(true);
    expect(cache.filtered(model, { ...NO_FILTERS, tier: "C" })).not.toBe(b);
    index.revision++;
    const next = cache.model(src);
    const again = cache.filtered(next, tierB);
    expect(again).not.toBe(b);
    expect(again.contacts.overdue.toArray().every((s) => next.scheduled.includes(s))).toBe(true);
  });

  it("lists the tags once per model, when asked", () => {
    const index = new FakeIndex([
      contact("Ann", { tier: "A" }, { tags: ["contact", "work"] }),
      contact("Bob", { tier: "B" }, { tags: ["friend"] }),
    ]);
    const src = source(index);
    const cache = new PanelModelCache();
    const model = cache.model(src);
    const options = cache.tagOptions(model);
    expect(options).toEqual(tagOptions(index.list, ["contact"]));
    expect(options.map((o) => o.label)).toEqual(["All tags", "#friend (1)", "#work (1)"]);
    expect(cache.tagOptions(model)).toBe(options);
    index.list = [...index.list, contact("Cy", { tier: "C" }, { tags: ["work"] })];
    index.revision++;
    const next = cache.model(src);
    expect(cache.tagOptions(next).map((o) => o.label)).toEqual(["All tags", "#friend (1)", "#work (2)"]);
  });
});
