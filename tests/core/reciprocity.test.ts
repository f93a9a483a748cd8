import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import type { Contact } from "../../src/core/contact";
import { parseLogLine, type LogEntry } from "../../src/core/log";
import { reciprocity } from "../../src/core/reciprocity";
import { defaultSettings } from "../../src/core/settings";
import { isoDate, type IsoDate } from "../../src/core/dates";

const DEFAULTS = defaultSettings();

function entries(lines: readonly string[]): LogEntry[] {
  return lines.map((line, i) => {
    const entry = parseLogLine(line, DEFAULTS.interactionTypes, i);
    if (entry === null) throw new Error(`not a log line: ${line}`);
    return entry;
  });
}

function contact(frontmatter: Record<string, unknown>, log: readonly string[]): Contact {
  return buildContact({ path: "Contacts/Sam.md", frontmatter, log: entries(log) }, DEFAULTS);
}

const kinds = (c: Contact, today?: IsoDate): string[] => reciprocity(c, today).suggestions.map((s) => s.kind);

const ONE_WAY = [
  "- 2026-03-02 call: asked for an intro to Ann #asked",
  "- 2026-05-10 email: asked me to review a deck #asked",
  "- 2026-06-01 message: I asked for a reference; no time #declined",
  "- 2026-09-15 meeting: asked for a job lead #asked",
];

describe("reciprocity counts", () => {
  it("counts entries per tag, once per entry, nested tags included", () => {
    const c = contact({ tier: "B" }, [
      "- 2026-01-05 call: #asked #asked twice in one line",
      "- 2026-02-05 gift: sent a book #gave",
      "- 2026-03-05 email: #asked/intro for Sam",
      "- 2026-04-05 email: no answer #noreply",
      "- 2026-05-05 email: turned me down #declined #noreply",
      "- 2026-06-05 call: nothing tagged; #asking is another tag",
    ]);
    expect(reciprocity(c).counts).toEqual({ asked: 2, gave: 1, declined: 1, noreply: 2 });
  });

  it("leaves out entries after today when today is given", () => {
    const c = contact({ tier: "B" }, ["- 2026-01-05 call #asked", "- 2026-12-01 call #asked"]);
    expect(reciprocity(c).counts.asked).toBe(2);
    expect(reciprocity(c, isoDate("2026-11-26")).counts.asked).toBe(1);
  });
});

describe("the no-refer suggestion", () => {
  it("comes with three asks, a decline and nothing given, saying who asked whom", () => {
    const r = reciprocity(contact({ tier: "B" }, ONE_WAY));
    expect(r.suggestions).toEqual([
      {
        kind: "no-refer",
        reason:
          "Sam asked you for something 3 times and declined once when you asked; no entry says they gave. Consider no-refer: you stop referring people to them, privately.",
        evidence: "asked 3, declined 1",
      },
    ]);
  });

  it("spells the counts out, and its evidence moves with them (a hint put off comes back)", () => {
    const r = reciprocity(contact({ tier: "B" }, [...ONE_WAY, "- 2026-10-01 call #declined", "- 2026-10-02 call #asked"]));
    expect(r.suggestions[0]?.reason).toMatch(/^Sam asked you for something 4 times and declined twice when you asked;/);
    expect(r.suggestions[0]?.evidence).toBe("asked 4, declined 2");
  });

  it.each([
    ["two asks only", ONE_WAY.filter((l) => !l.includes("job lead"))],
    ["no decline", ONE_WAY.filter((l) => !l.includes("#declined"))],
    ["one gift", [...ONE_WAY, "- 2026-10-01 help: introduced me to a recruiter #gave"]],
  ])("does not come with %s", (_, log) => {
    expect(kinds(contact({ tier: "B" }, log))).toEqual([]);
  });

  it("does not come when no-refer is already set, in any form", () => {
    expect(kinds(contact({ tier: "B", "no-refer": true }, ONE_WAY))).toEqual([]);
    expect(kinds(contact({ tier: "B", no_refer: "2026-10-01" }, ONE_WAY))).toEqual([]);
    expect(kinds(contact({ tier: "B", "no-refer": false }, ONE_WAY))).toEqual(["no-refer"]);
  });

  it("counts only asks up to today when today is given", () => {
    const c = contact({ tier: "B" }, ONE_WAY);
    expect(kinds(c, isoDate("2026-09-14"))).toEqual([]); // the third ask is on 09-15
    expect(kinds(c, isoDate("2026-09-15"))).toEqual(["no-refer"]);
  });
});

describe("the untracked suggestion", () => {
  const silent = [
    "- 2026-01-10 call: good chat",
    "- 2026-04-10 email: checking in #noreply",
    "- 2026-07-10 message: congrats on the launch #noreply",
    "- 2026-10-10 email: coffee? #noreply",
  ];

  it("comes when the three most recent entries are all #noreply", () => {
    const r = reciprocity(contact({ tier: "C" }, silent));
    expect(r.suggestions).toEqual([
      {
        kind: "untrack",
        reason:
          "Sam did not reply the last 3 times you reached out. Consider moving them to untracked: they stay in your notes and are never due.",
        evidence: "no reply since 2026-04-10, last 2026-10-10",
      },
    ]);
  });

  it("does not come when a reply breaks the run, or with fewer than three entries", () => {
    const replied = [...silent.slice(0, 3), "- 2026-10-10 call: she called back", "- 2026-11-10 email #noreply"];
    expect(kinds(contact({ tier: "C" }, replied))).toEqual([]);
    expect(kinds(contact({ tier: "C" }, silent.slice(2)))).toEqual([]);
  });

  it("orders entries by date, not by where they are written", () => {
    // The reply is written first but dated last: the most recent entry is a reply.
    const shuffled = ["- 2026-11-01 call: she called back", ...silent.slice(1)];
    expect(kinds(contact({ tier: "C" }, shuffled))).toEqual([]);
    // Same day: the later line is the more recent entry.
    const later = ["- 2026-10-20 email #noreply", "- 2026-11-01 email #noreply"];
    const replyThenSilence = ["- 2026-10-10 call: she called back", "- 2026-10-10 email: sent notes #noreply", ...later];
    const silenceThenReply = ["- 2026-10-10 email: sent notes #noreply", "- 2026-10-10 call: she called back", ...later];
    expect(kinds(contact({ tier: "C" }, replyThenSilence))).toEqual(["untrack"]);
    expect(kinds(contact({ tier: "C" }, silenceThenReply))).toEqual([]);
  });

  it("does not come for people already untracked", () => {
    expect(kinds(contact({ tier: "none" }, silent))).toEqual([]);
    expect(kinds(contact({ tier: "C", cadence: "never" }, silent))).toEqual([]);
  });

  it("ignores entries after today", () => {
    const c = contact({ tier: "C" }, [...silent, "- 2026-12-20 call: planned, she said yes"]);
    expect(kinds(c)).toEqual([]);
    expect(kinds(c, isoDate("2026-11-26"))).toEqual(["untrack"]);
  });
});

describe("both suggestions, and do-not-contact", () => {
  const both = [...ONE_WAY, "- 2026-10-01 email #noreply", "- 2026-10-15 email #noreply", "- 2026-11-01 email #noreply"];

  it("gives at most the two suggestions", () => {
    expect(kinds(contact({ tier: "B" }, both))).toEqual(["no-refer", "untrack"]);
  });

  it("gives none for do-not-contact people, but still counts", () => {
    const r = reciprocity(contact({ tier: "B", "do-not-contact": "2026-11-02" }, both));
    expect(r.suggestions).toEqual([]);
    expect(r.counts).toEqual({ asked: 3, gave: 0, declined: 1, noreply: 3 });
  });

  it("holds for any log: at most one of each, never for no-refer or do-not-contact people", () => {
    const tags = ["#gave", "#asked", "#declined", "#noreply", ""];
    const line = fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), tag: fc.constantFrom(...tags) });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("A", "none"),
        (lines, noRefer, dnc, tier) => {
          const log = lines.map((l) => `- 2026-${String(l.month).padStart(2, "0")}-${String(l.day).padStart(2, "0")} call: ${l.tag}`);
          const c = contact({ tier, "no-refer": noRefer, "do-not-contact": dnc }, log);
          const got = kinds(c);
          expect(new Set(got).size).toBe(got.length);
          if (dnc) expect(got).toEqual([]);
          if (noRefer) expect(got).not.toContain("no-refer");
          if (tier === "none") expect(got).not.toContain("untrack");
          const r = reciprocity(c);
          // The rule, restated over the counts.
          const oneWay = r.counts.asked >= 3 && r.counts.declined >= 1 && r.counts.gave === 0;
          expect(got.includes("no-refer")).toBe(oneWay && !noRefer && !dnc);
        },
      ),
    );
  });
});
