import { describe, expect, it } from "vitest";
import { isoDate } from "../../../src/core/dates";
import { lastEntry, noteReminder, startWith } from "../../../src/ui/card/start-with-model";
import { contact, entriesOf, person, TODAY } from "../helpers";

describe("Start with", () => {
  it("gives the first person of the week, their reminder and their last logged summary", () => {
    const log = "- 2026-09-17 call: Delegation\n- 2026-11-18 call: Debrief of the reorg\n- 2026-12-16 call: Booked";
    const s = person("Olivia Grant", { tier: "B", remind: "2026-12-08 ask how the offsite went" }, { log });
    expect(startWith(s, TODAY, entriesOf(log))).toEqual({
      path: "Contacts/Olivia Grant.md",
      name: "Olivia Grant",
      reminder: "Reminder 8 Dec: ask how the offsite went",
      // The entry dated after today is not the last one.
      last: "Last call 18 Nov: Debrief of the reorg",
    });
    // While the log is being read, the reminder alone.
    expect(startWith(s, TODAY, null)).toMatchObject({ reminder: "Reminder 8 Dec: ask how the offsite went", last: null });
  });

  it("says what there is: no reminder, an entry without a type or summary, nothing at all", () => {
    expect(startWith(person("Ann", { tier: "A" }, { log: "- 2025-05-01" }), TODAY, entriesOf("- 2025-05-01"))).toMatchObject({
      reminder: null,
      last: "Last entry 1 May 2025",
    });
    expect(startWith(person("Bo", { tier: "A" }), TODAY, [])).toMatchObject({ reminder: null, last: null });
    expect(startWith(undefined, TODAY, null)).toBeNull();
  });

  it("prefers the next reminder, else the latest one already past", () => {
    const both = contact("Cy", { remind: ["2026-10-01 old news", "2027-01-10 later", "2026-12-01 sooner"] });
    expect(noteReminder(both, TODAY)).toEqual({ date: "2026-12-01", text: "sooner" });
    const past = contact("Di", { remind: ["2026-09-01 older", "2026-10-01 newer"] });
    expect(noteReminder(past, TODAY)).toEqual({ date: "2026-10-01", text: "newer" });
    expect(noteReminder(contact("Ed", { birthday: "1980-12-01" }), TODAY)).toBeNull();
  });

  it("takes the later line when two entries share the latest day", () => {
    const log = entriesOf("- 2026-11-20 call: first\n- 2026-11-20 email: second\n- 2026-11-02 meal: earlier");
    expect(lastEntry(log, TODAY)?.summary).toBe("second");
    expect(lastEntry(log, isoDate("2026-11-10"))?.summary).toBe("earlier");
  });
});
