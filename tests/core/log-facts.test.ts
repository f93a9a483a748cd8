import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate, toIsoDate } from "../../src/core/dates";
import { latestEntry, parseLog, type LogEntry } from "../../src/core/log";
import { hasTag, LogFacts, RECIPROCITY_TAGS } from "../../src/core/log-facts";
import { defaultSettings } from "../../src/core/settings";

const TYPES = defaultSettings().interactionTypes;
const read = (lines: string): LogEntry[] => parseLog(`## Log\n${lines}\n`, "Log", TYPES);

describe("a log's facts", () => {
  const entries = read(
    "- 2026-11-01 call: hi #gave\n- [[2026-10-01]] email: #asked/intro for a hand\n- 2026-12-24 meal\n- 2026-10-01: no type #noreply #declined",
  );
  const facts = LogFacts.of(entries, TYPES);

  it("keeps each entry's day, line, type and reciprocity tags, in line order", () => {
    expect(facts.size).toBe(4);
    const rows = entries.map((_, i) => [facts.date(i), facts.line(i), facts.type(i), RECIPROCITY_TAGS.filter((t) => facts.hasTag(i, t))]);
    expect(rows).toEqual([
      ["2026-11-01", 1, "call", ["gave"]],
      ["2026-10-01", 2, "email", ["asked"]],
      ["2026-12-24", 3, "meal", []],
      ["2026-10-01", 4, null, ["declined", "noreply"]],
    ]);
    expect(facts.days().map(toIsoDate)).toEqual(entries.map((e) => e.date));
  });

  it("gives the latest entry, and the latest up to a day, as the full parse does", () => {
    expect(facts.latest()).toEqual({ date: "2026-12-24", line: 3 });
    expect(facts.latest(isoDate("2026-11-26"))).toEqual({ date: "2026-11-01", line: 1 });
    // Two entries on one day: the later line.
    expect(facts.latest(isoDate("2026-10-15"))).toEqual({ date: "2026-10-01", line: 4 });
    expect(facts.latest(isoDate("2026-01-01"))).toBeNull();
    expect(LogFacts.EMPTY.latest()).toBeNull();
  });

  it("names the type of the entry on a line, and none where no entry is", () => {
    expect(facts.typeAt(2)).toBe("email");
    expect(facts.typeAt(4)).toBeNull();
    expect(facts.typeAt(9)).toBeNull();
  });

  it("keeps a type its table lacks (entries read under other settings)", () => {
    const odd = LogFacts.of([{ date: isoDate("2026-01-02"), type: "séance", summary: "", tags: [], line: 3 }], TYPES);
    expect(odd.type(0)).toBe("séance");
    expect(TYPES).not.toContain("séance");
  });

  it("are equal for the same entries, and differ when a date, a line, a type, a tag or a summary does", () => {
    const same = LogFacts.of(read("- 2026-11-01 call: hi #gave"), TYPES);
    // Another table, the same types: still equal.
    expect(same.equals(LogFacts.of(read("- 2026-11-01 call: hi #gave"), ["meal", "call"]))).toBe(true);
    for (const other of [
      "- 2026-11-02 call: hi #gave",
      "\n- 2026-11-01 call: hi #gave",
      "- 2026-11-01 email: hi #gave",
      "- 2026-11-01 call: hi #asked",
      "- 2026-11-01 call: hello #gave",
    ])
      expect(same.equals(LogFacts.of(read(other), TYPES)), other).toBe(false);
  });

  it("agree with the entries on random logs (property)", () => {
    const line = fc.record({
      day: fc.integer({ min: 19_000, max: 21_000 }),
      type: fc.constantFrom("", "call ", "email ", "coffee "),
      tags: fc.subarray(["#gave", "#asked/intro", "#declined", "#noreply", "#team"]),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.integer({ min: 19_000, max: 21_000 }), (lines, todayDay) => {
        const log = read(lines.map((l) => `- ${toIsoDate(l.day)} ${l.type}note ${l.tags.join(" ")}`).join("\n"));
        const f = LogFacts.of(log, TYPES);
        const today = toIsoDate(todayDay);
        expect(f.latest()).toEqual(latestEntry(log));
        expect(f.latest(today)).toEqual(latestEntry(log.filter((e) => e.date <= today)));
        log.forEach((e, i) => {
          expect([f.date(i), f.line(i), f.type(i)]).toEqual([e.date, e.line, e.type]);
          for (const t of RECIPROCITY_TAGS) expect(f.hasTag(i, t)).toBe(hasTag(e, t));
        });
      }),
    );
  });
});
