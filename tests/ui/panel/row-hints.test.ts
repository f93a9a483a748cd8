import { describe, expect, it } from "vitest";
import { contactFromText } from "../../../src/core/note";
import { scheduleContact } from "../../../src/core/schedule";
import { defaultSettings } from "../../../src/core/settings";
import { reciprocityHints } from "../../../src/ui/panel/row-hints";
import { dueCount } from "../../../src/ui/status-bar";
import { isoDate } from "../../../src/core/dates";

const TODAY = isoDate("2026-11-26");
const settings = defaultSettings();
const scheduled = (path: string, text: string) => scheduleContact(contactFromText(path, text, settings), TODAY, settings.soonDays);

describe("row hints", () => {
  it("suggests no-refer for a one-way pattern, and says nothing otherwise", () => {
    const hints = reciprocityHints(() => TODAY);
    const taker = scheduled("Contacts/T.md", "---\ntier: B\n---\n## Log\n- 2026-01-01 asked for an intro #asked\n- 2026-02-01 #asked again\n- 2026-03-01 #asked a favour\n- 2026-04-01 #declined to help\n");
    expect(hints(taker)).toEqual({ text: "Asked 3 times, declined once, never gave: consider no-refer", icon: "hand" });
    expect(hints(scheduled("Contacts/A.md", "---\ntier: B\n---\n## Log\n- 2026-01-01 call #gave\n"))).toBeNull();
  });
});

describe("the status bar's count", () => {
  it("counts overdue, due today and never contacted, not due soon or do-not-contact", () => {
    const list = [
      scheduled("Contacts/Overdue.md", "---\ntier: A\nlast-touch: 2026-09-01\n---\n"),
      scheduled("Contacts/Today.md", "---\ntier: A\nlast-touch: 2026-10-26\n---\n"),
      scheduled("Contacts/New.md", "---\ntier: A\n---\n"),
      scheduled("Contacts/Soon.md", "---\ntier: A\nlast-touch: 2026-10-30\n---\n"),
      scheduled("Contacts/Dnc.md", "---\ntier: A\ndo-not-contact: true\n---\n"),
      scheduled("Contacts/Snoozed.md", "---\ntier: A\nsnooze-until: 2026-12-01\n---\n"),
    ];
    expect(list.map((s) => s.status)).toEqual(["overdue", "due", "new", "soon", "do-not-contact", "snoozed"]);
    expect(dueCount(list)).toBe(3);
  });
});
