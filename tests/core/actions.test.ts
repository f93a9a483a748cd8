import { describe, expect, it } from "vitest";
import { logInteraction, markTouched, outreachRefusal, setFlag, setTier, snooze } from "../../src/core/actions";
import type { EditResult } from "../../src/core/edits";
import { contactFromText } from "../../src/core/note";
import { parseLog } from "../../src/core/log";
import { defaultSettings } from "../../src/core/settings";
import { isoDate, type IsoDate } from "../../src/core/dates";

const settings = defaultSettings();
const today = isoDate("2026-11-26");

function textOf(result: EditResult): string {
  if (!result.ok) throw new Error(`edit refused: ${result.error}`);
  return result.text;
}

describe("logInteraction", () => {
  const note = "---\ntier: B # colleague\nlast_touch: '2026-09-01'\n---\n# Ann\n\n## Log\n- 2026-09-01 call\n\n## Notes\nlikes tea\n";

  it("appends the entry and moves last-touch forward, in the note's spelling and quoting", () => {
    const edited = textOf(
      logInteraction(note, { entry: { date: isoDate("2026-11-20"), type: "meal", summary: "lunch #gave" }, today, settings }),
    );
    expect(edited).toBe(
      "---\ntier: B # colleague\nlast_touch: '2026-11-20'\n---\n# Ann\n\n## Log\n- 2026-09-01 call\n- 2026-11-20 meal: lunch #gave\n\n## Notes\nlikes tea\n",
    );
    const contact = contactFromText("Contacts/Ann.md", edited, settings);
    expect(contact.lastTouchField).toBe("2026-11-20");
    expect(contact.lastLogged).toEqual({ date: "2026-11-20", line: 8 });
    expect(parseLog(edited, settings.logHeading, settings.interactionTypes).at(-1)).toMatchObject({
      date: "2026-11-20",
      type: "meal",
      summary: "lunch #gave",
      tags: ["gave"],
    });
  });

  it("leaves last-touch alone for an entry that is older, or after today", () => {
    for (const date of [isoDate("2026-08-01"), isoDate("2026-09-01"), isoDate("2026-12-01")]) {
      const edited = textOf(logInteraction(note, { entry: { date, type: "email", summary: "" }, today, settings }));
      expect(edited).toBe(note.replace("- 2026-09-01 call\n", `- 2026-09-01 call\n- ${date} email\n`));
    }
  });

  it("replaces a last-touch after today with the entry's date, as it counts for nothing", () => {
    const future = "---\ntier: A\nlast-touch: 2026-12-03\n---\n## Log\n- 2026-10-01 call\n";
    for (const date of [today, isoDate("2026-11-20")]) {
      const edited = textOf(logInteraction(future, { entry: { date, type: "call", summary: "" }, today, settings }));
      expect(edited).toBe(`---\ntier: A\nlast-touch: ${date}\n---\n## Log\n- 2026-10-01 call\n- ${date} call\n`);
    }
  });

  it("adds last-touch and a ## Log section to a note that has neither", () => {
    const edited = textOf(
      logInteraction("---\ntier: A\n---\n# Bo", { entry: { date: today, type: null, summary: "met at a fair" }, today, settings }),
    );
    expect(edited).toBe("---\ntier: A\nlast-touch: 2026-11-26\n---\n# Bo\n\n## Log\n- 2026-11-26: met at a fair");
  });

  it("uses the log heading from the settings", () => {
    const custom = { ...settings, logHeading: "Interactions" };
    const edited = textOf(
      logInteraction("# Bo\n### Interactions\n", { entry: { date: today, type: "call", summary: "" }, today, settings: custom }),
    );
    expect(edited).toBe("---\nlast-touch: 2026-11-26\n---\n# Bo\n### Interactions\n- 2026-11-26 call\n");
  });

  it("replaces an unreadable last-touch with the entry's date", () => {
    const edited = textOf(
      logInteraction("---\nlast-touch: sometime\n---\n", { entry: { date: today, type: "call", summary: "" }, today, settings }),
    );
    expect(edited).toBe("---\nlast-touch: 2026-11-26\n---\n\n## Log\n- 2026-11-26 call\n");
  });

  it("refuses invalid YAML, a bad date and a multi-word type, without text", () => {
    const refusals = [
      logInteraction("---\ntier: [A\n---\n", { entry: { date: today, type: "call", summary: "" }, today, settings }),
      logInteraction("# Bo\n", { entry: { date: "2026-02-30" as IsoDate, type: "call", summary: "" }, today, settings }),
      logInteraction("# Bo\n", { entry: { date: today, type: "phone call", summary: "" }, today, settings }),
    ];
    for (const result of refusals) expect(result).toEqual({ ok: false, error: expect.any(String) as unknown });
  });
});

describe("markTouched", () => {
  it("sets last-touch to today when newer, in the spelling the note uses", () => {
    expect(textOf(markTouched('---\nlastContact: "2026-01-01" # via email\n---\nbody', { today }))).toBe(
      '---\nlastContact: "2026-11-26" # via email\n---\nbody',
    );
    expect(textOf(markTouched("---\ntier: C\n---\n", { today }))).toBe("---\ntier: C\nlast-touch: 2026-11-26\n---\n");
  });

  it("changes nothing when last-touch is already today", () => {
    const note = "---\nlast-touch: 2026-11-26\n---\n";
    expect(markTouched(note, { today })).toEqual({ ok: true, text: note, changed: false });
  });

  it("replaces a last-touch after today (a typo the schedule ignores) with today, keeping its spelling and quotes", () => {
    expect(textOf(markTouched("---\nlast-touch: 2026-12-24\n---\n", { today }))).toBe("---\nlast-touch: 2026-11-26\n---\n");
    expect(textOf(markTouched("---\ntier: A\nlast_contact: '2027-01-03' # typo\n---\nBody", { today }))).toBe(
      "---\ntier: A\nlast_contact: '2026-11-26' # typo\n---\nBody",
    );
  });

  it("refuses invalid YAML", () => {
    expect(markTouched("---\na: b: c\n---\n", { today }).ok).toBe(false);
  });
});

describe("snooze", () => {
  it("sets snooze-until, and removes it for null", () => {
    const note = "---\r\ntier: A\r\nsnooze_until: 2026-12-01\r\nz: 1\r\n---\r\n";
    expect(textOf(snooze(note, { until: isoDate("2027-01-15") }))).toBe("---\r\ntier: A\r\nsnooze_until: 2027-01-15\r\nz: 1\r\n---\r\n");
    expect(textOf(snooze(note, { until: null }))).toBe("---\r\ntier: A\r\nz: 1\r\n---\r\n");
    expect(textOf(snooze("# Ann\n", { until: isoDate("2027-01-15") }))).toBe("---\nsnooze-until: 2027-01-15\n---\n# Ann\n");
  });

  it("refuses a date that is not one", () => {
    expect(snooze("# Ann\n", { until: "next week" as IsoDate }).ok).toBe(false);
  });
});

describe("setFlag", () => {
  it("sets a flag by writing today's date, and clears it by writing false", () => {
    const note = "---\ntier: B\ndoNotContact: no # asked in 2024?\n---\n";
    const on = textOf(setFlag(note, { field: "do-not-contact", on: true, today }));
    expect(on).toBe("---\ntier: B\ndoNotContact: 2026-11-26 # asked in 2024?\n---\n");
    expect(contactFromText("Ann.md", on, settings)).toMatchObject({ doNotContact: true, doNotContactSince: today });
    expect(textOf(setFlag(on, { field: "do-not-contact", on: false, today }))).toBe(
      "---\ntier: B\ndoNotContact: false # asked in 2024?\n---\n",
    );
    expect(textOf(setFlag("---\ntier: B\n---\n", { field: "no-refer", on: true, today }))).toBe(
      "---\ntier: B\nno-refer: 2026-11-26\n---\n",
    );
  });

  it("keeps the first date when the flag is already set, and adds nothing to clear an absent flag", () => {
    for (const [note, on] of [
      ["---\nno-refer: 2025-03-01\n---\n", true],
      ["---\nno-refer: true\n---\n", true],
      ["---\ntier: A\n---\n", false],
      ["---\nno_refer: no\n---\n", false],
    ] as const) {
      expect(setFlag(note, { field: "no-refer", on, today })).toEqual({ ok: true, text: note, changed: false });
    }
  });

  it("replaces an unreadable flag either way", () => {
    expect(textOf(setFlag("---\nno-refer: maybe\n---\n", { field: "no-refer", on: true, today }))).toBe("---\nno-refer: 2026-11-26\n---\n");
    expect(textOf(setFlag("---\nno-refer: maybe\n---\n", { field: "no-refer", on: false, today }))).toBe("---\nno-refer: false\n---\n");
  });
});

describe("setTier", () => {
  it("writes the tier key in place, keeping quotes and comments", () => {
    expect(textOf(setTier("\uFEFF---\ntier: 'B' # since the reorg\n---\nbody", { tierKey: "A" }))).toBe(
      "\uFEFF---\ntier: 'A' # since the reorg\n---\nbody",
    );
    expect(textOf(setTier("---\nname: Ann\n---\n", { tierKey: "C" }))).toBe("---\nname: Ann\ntier: C\n---\n");
  });

  it("quotes a key that would otherwise read as a number", () => {
    expect(textOf(setTier("---\ntier: A\n---\n", { tierKey: "2" }))).toBe('---\ntier: "2"\n---\n');
  });

  it("refuses an empty key", () => {
    expect(setTier("---\ntier: A\n---\n", { tierKey: "  " }).ok).toBe(false);
  });
});

describe("outreachRefusal", () => {
  const read = (fm: string) => contactFromText("Contacts/Cy.md", `---\n${fm}\n---\n`, settings);

  it("refuses reaching out to someone marked do-not-contact, saying since when", () => {
    expect(outreachRefusal(read("do-not-contact: 2026-01-05"), false)).toBe("Cy asked not to be contacted (since 2026-01-05)");
    expect(outreachRefusal(read("do_not_contact: yes"), false)).toBe("Cy asked not to be contacted");
    // When in doubt, do not contact: an unreadable flag counts as set.
    expect(outreachRefusal(read("do-not-contact: maybe"), false)).toBe("Cy asked not to be contacted");
  });

  it("lets it through once confirmed, or when the flag is not set", () => {
    expect(outreachRefusal(read("do-not-contact: true"), true)).toBeNull();
    expect(outreachRefusal(read("do-not-contact: no"), false)).toBeNull();
    expect(outreachRefusal(read("tier: A"), false)).toBeNull();
  });
});
