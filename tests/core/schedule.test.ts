import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import type { Contact } from "../../src/core/contact";
import { parseLog } from "../../src/core/log";
import { weeklyLoad } from "../../src/core/load";
import {
  comparePriority,
  describeWhy,
  dueList,
  lastEntryType,
  scheduleContact,
  whyDates,
  type ScheduledContact,
} from "../../src/core/schedule";
import { defaultSettings } from "../../src/core/settings";
import { isoDate } from "../../src/core/dates";

const settings = defaultSettings();
const TODAY = isoDate("2026-11-26");

function make(name: string, frontmatter: Record<string, unknown>, log = ""): Contact {
  const text = log === "" ? "" : `## Log\n${log}\n`;
  return buildContact({ path: `Contacts/${name}.md`, frontmatter, log: parseLog(text, "Log", settings.interactionTypes) }, settings);
}
const sched = (c: Contact, today = TODAY): ScheduledContact => scheduleContact(c, today, settings.soonDays);

describe("the status ladder, first match wins", () => {
  it.each<[rung: string, fm: Record<string, unknown>, status: string]>([
    ["do-not-contact beats everything", { tier: "A", "do-not-contact": true, "last-touch": "2020-01-01" }, "do-not-contact"],
    ["do-not-contact even when unreadable", { tier: "A", "do-not-contact": "perhaps" }, "do-not-contact"],
    ["do-not-contact even when untracked", { tier: "none", "do-not-contact": "2026-01-01" }, "do-not-contact"],
    ["untracked: no cadence", { "last-touch": "2020-01-01" }, "untracked"],
    ["untracked beats snoozed", { tier: "none", "snooze-until": "2027-01-01" }, "untracked"],
    ["paused: untracked, however overdue", { tier: "A", "last-touch": "2020-01-01", paused: true }, "untracked"],
    ["prm-paused as paused", { "prm-tier": "A", "prm-last-contacted": "2020-01-01", "prm-paused": "yes" }, "untracked"],
    ["snoozed: snooze-until after today", { tier: "A", "last-touch": "2020-01-01", "snooze-until": "2026-11-27" }, "snoozed"],
    ["snooze ending today no longer snoozes", { tier: "A", "last-touch": "2020-01-01", "snooze-until": TODAY }, "overdue"],
    ["new: tracked, never touched", { tier: "C" }, "new"],
    ["overdue: next due before today", { tier: "A", "last-touch": "2026-10-25" }, "overdue"],
    ["due: next due is today", { tier: "A", "last-touch": "2026-10-26" }, "due"],
    ["soon: within soonDays", { tier: "A", "last-touch": "2026-11-02" }, "soon"],
    ["soon: exactly soonDays ahead", { tier: "A", "last-touch": "2026-11-03" }, "soon"],
    ["ok: further ahead", { tier: "A", "last-touch": "2026-11-04" }, "ok"],
  ])("%s", (_rung, fm, status) => {
    expect(sched(make("X", fm)).status).toBe(status);
  });

  it("puts the edge of 'soon' at soonDays", () => {
    // 2026-11-03 + 1m = 2026-12-03, 7 days after today: soon; a day later it is ok.
    expect(sched(make("X", { tier: "A", "last-touch": "2026-11-03" })).status).toBe("soon");
    expect(sched(make("X", { tier: "A", "last-touch": "2026-11-04" })).status).toBe("ok");
  });
});

describe("effective last touch", () => {
  it("is the latest of last-touch and the log", () => {
    const s = sched(make("X", { tier: "B", "last-touch": "2026-08-01" }, "- 2026-09-01 call: caught up\n- 2026-07-01 email"));
    expect(s.lastTouch).toBe("2026-09-01");
    expect(lastEntryType(s)).toBe("call");
    expect(s.nextDue).toBe("2026-12-01");
  });

  it("keeps the frontmatter date when it is later than the log", () => {
    const s = sched(make("X", { tier: "B", "last-touch": "2026-10-01" }, "- 2026-09-01 call"));
    expect(s.lastTouch).toBe("2026-10-01");
    expect(lastEntryType(s)).toBeNull();
  });

  it("ignores log entries after today", () => {
    const s = sched(make("X", { tier: "A" }, "- 2026-12-24 meal: planned dinner"));
    expect(s.lastTouch).toBeNull();
    expect(s.status).toBe("new");
  });

  it("falls back to the latest entry up to today when the log's latest is after today", () => {
    const c = make(
      "X",
      { tier: "A" },
      "- 2026-12-24 meal: planned dinner\n- 2026-10-02 email\n- 2026-11-02 call: hello\n- 2026-11-02 note: after the call",
    );
    expect(c.lastLogged).toEqual({ date: "2026-12-24", line: 1 });
    const s = sched(c);
    expect(s.lastTouch).toBe("2026-11-02");
    // The later line of the two on that day.
    expect(s.lastEntryLine).toBe(4);
    expect(lastEntryType(s)).toBe("note");
    // On Christmas Eve the dinner counts.
    expect(sched(c, isoDate("2026-12-24")).lastTouch).toBe("2026-12-24");
  });

  it("ignores a last-touch after today and reports it", () => {
    const s = sched(make("X", { tier: "A", last_touch: "2026-12-01" }, "- 2026-10-01 call"));
    expect(s.lastTouch).toBe("2026-10-01");
    expect(s.problems).toEqual([
      {
        path: "Contacts/X.md",
        field: "last-touch",
        message: "Contacts/X.md: last_touch 2026-12-01 is after today (2026-11-26); it is ignored",
      },
    ]);
    expect(sched(make("X", { tier: "A", last_touch: "2026-12-01" }), isoDate("2026-12-02")).problems).toEqual([]);
  });
});

describe("daysOverdue and next due", () => {
  it("counts calendar days from next due to today", () => {
    // 2026-08-31 + 1m = 2026-09-30 (clamped); 2026-11-26 − 2026-09-30 = 57 days.
    const s = sched(make("X", { tier: "A", "last-touch": "2026-08-31" }));
    expect(s.nextDue).toBe("2026-09-30");
    expect(s.daysOverdue).toBe(57);
  });

  it("is null without a next due date", () => {
    expect(sched(make("X", { tier: "A" })).daysOverdue).toBeNull();
    expect(sched(make("X", { "last-touch": "2026-01-01" })).daysOverdue).toBeNull();
    expect(sched(make("X", { tier: "A", "last-touch": "2026-01-01", "do-not-contact": true })).nextDue).toBeNull();
  });
});

describe("priority", () => {
  const people = [
    make("Okay", { tier: "A", "last-touch": "2026-11-20" }),
    make("Soon later", { tier: "A", "last-touch": "2026-11-01" }), // due 12-01
    make("Soon first", { tier: "B", "last-touch": "2026-08-28" }), // due 11-28
    make("New C", { tier: "C" }),
    make("New A", { tier: "A" }),
    make("Due B", { tier: "B", "last-touch": "2026-08-26" }),
    make("Due A", { tier: "A", "last-touch": "2026-10-26" }),
    // 30 days late on 1m (ratio 0.99) outranks 60 days late on 1y (ratio 0.16)
    make("Late yearly", { tier: "D", "last-touch": "2025-09-27" }),
    make("Late monthly", { tier: "A", "last-touch": "2026-09-27" }),
    // same ratio: tier order decides
    make("Late B", { cadence: "10d", tier: "B", "last-touch": "2026-11-06" }),
    make("Late A", { cadence: "10d", tier: "A", "last-touch": "2026-11-06" }),
    make("Blocked", { tier: "A", "do-not-contact": true }),
    make("Nobody", { tier: "none" }),
    make("Snoozy", { tier: "A", "snooze-until": "2027-01-01" }),
  ];

  it("orders overdue by days overdue / cadence, then due, then new by tier, then soon by date", () => {
    expect(dueList(people.map((p) => sched(p))).map((s) => s.contact.name)).toEqual([
      "Late A",
      "Late B",
      "Late monthly",
      "Late yearly",
      "Due A",
      "Due B",
      "New A",
      "New C",
      "Soon first",
      "Soon later",
    ]);
  });

  it("never lists do-not-contact, untracked, snoozed or ok people as due", () => {
    const names = dueList(people.map((p) => sched(p))).map((s) => s.contact.name);
    for (const n of ["Blocked", "Nobody", "Snoozy", "Okay"]) expect(names).not.toContain(n);
  });

  it("sorts everyone else after the due groups", () => {
    const all = people
      .map((p) => sched(p))
      .sort(comparePriority)
      .map((s) => s.status);
    expect(all.slice(-4)).toEqual(["snoozed", "ok", "untracked", "do-not-contact"]);
  });
});

describe("weekly load", () => {
  it("sums 7 / cadence-in-days over tracked people who may be contacted", () => {
    const load = weeklyLoad([
      make("A", { tier: "A" }), // 7 / 30.44
      make("W", { cadence: "weekly" }), // 1
      make("Y", { tier: "D" }), // 7 / 365.25
      make("Dnc", { tier: "A", "do-not-contact": true }),
      make("Untracked", { tier: "none" }),
    ]);
    expect(load).toBeCloseTo(7 / 30.44 + 1 + 7 / 365.25, 10);
  });
});

describe("describeWhy", () => {
  it("explains each status in one line", () => {
    const overdue = sched(make("X", { tier: "B" }, "- 2026-08-01 call: hi"));
    expect(describeWhy(overdue, TODAY)).toBe("25 days overdue · last call 1 Aug · 3 months ago · every 3 months");
    expect(describeWhy(sched(make("X", { tier: "A", "last-touch": "2026-10-26" })), TODAY)).toBe(
      "due today · last touch 26 Oct · 1 month ago · monthly",
    );
    expect(describeWhy(sched(make("X", { tier: "A" })), TODAY)).toBe("never contacted · monthly");
    expect(describeWhy(sched(make("X", { tier: "A", "last-touch": "2026-11-01" })), TODAY)).toBe(
      "due in 5 days (1 Dec) · last touch 1 Nov · 3 weeks ago · monthly",
    );
    expect(describeWhy(sched(make("X", { tier: "A", "do-not-contact": "2026-02-03" })), TODAY)).toBe("do not contact since 3 Feb");
    expect(describeWhy(sched(make("X", { "last-touch": "2026-11-25" })), TODAY)).toBe("untracked · last touch 25 Nov · yesterday");
    expect(describeWhy(sched(make("X", { tier: "A", "last-touch": "2026-03-03", "prm-paused": true })), TODAY)).toBe(
      "paused · last touch 3 Mar · 8 months ago",
    );
    expect(describeWhy(sched(make("X", { tier: "D", "last-touch": "2025-09-14" })), TODAY)).toBe(
      "73 days overdue · last touch 14 Sep 2025 · 1 year ago · yearly",
    );
  });

  it("gives the dates as the note writes them for the tooltip", () => {
    expect(whyDates(sched(make("X", { tier: "B" }, "- 2026-08-01 call: hi")))).toBe(
      "last touch 2026-08-01 · next due 2026-11-01 · cadence 3m",
    );
    expect(whyDates(sched(make("X", { tier: "A", "do-not-contact": "2026-02-03", "last-touch": "2026-01-01" })))).toBe(
      "last touch 2026-01-01 · do not contact since 2026-02-03 · cadence 1m",
    );
    expect(whyDates(sched(make("X", { tier: "A", "snooze-until": "2026-12-24", "last-touch": "2026-10-01" })))).toBe(
      "last touch 2026-10-01 · next due 2026-11-01 · snoozed until 2026-12-24 · cadence 1m",
    );
  });
});
