/**
 * The tracker over the metadata cache: a dated note's change updates exactly the contacts it
 * mentions before and after; delete and rename of dated notes; daily notes by the configured
 * folder and format; due dates read from follow-up lines.
 */
import moment from "moment";
import type { CachedMetadata } from "obsidian";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/dates";
import { markdownMetadata } from "../../src/cli/markdown-metadata";
import { momentParser } from "../../src/core/dated-notes";
import { linkResolver } from "../../src/core/link-resolver";
import { defaultSettings } from "../../src/core/settings";
import { TouchTracker } from "../../src/obsidian/touch-tracker";

const SAM = "Contacts/Sam.md";
const ANN = "Contacts/Ann.md";
const contacts = new Set([SAM, ANN]);
const isContact = (p: string): boolean => contacts.has(p);

function tracker(settings = defaultSettings()): TouchTracker {
  const resolve = linkResolver([SAM, ANN, "Daily/2026-11-20.md", "Projects/P.md"]);
  const t = new TouchTracker({
    resolveLink: resolve,
    settings: () => settings,
    parseDate: momentParser((text, format, strict) => moment(text, format, strict)),
  });
  t.setDailyNotes({ folder: "Daily", format: "YYYY-MM-DD" });
  return t;
}

const cache = (text: string, fm: Record<string, unknown> | null = null): CachedMetadata => markdownMetadata(text, fm) as CachedMetadata;
const sorted = (s: Set<string>): string[] => [...s].sort();

describe("the touch tracker", () => {
  it("updates only the contacts a dated note mentions, before and after a change", () => {
    const t = tracker();
    expect(sorted(t.update("Daily/2026-11-20.md", cache("Coffee with [[Sam]]"), isContact))).toEqual([SAM]);
    expect(sorted(t.update("Daily/2026-11-20.md", cache("Coffee with [[Ann]]"), isContact))).toEqual([ANN, SAM]);
    expect(t.index.latestMention(SAM, isoDate("2026-11-26"))).toBeNull();
    expect(t.index.latestMention(ANN, isoDate("2026-11-26"))).toEqual({ date: isoDate("2026-11-20"), note: "Daily/2026-11-20.md" });
    // A change that does not touch anyone's mentions concerns nobody.
    expect(sorted(t.update("Projects/P.md", cache("Plain text"), isContact))).toEqual([]);
  });

  it("forgets a deleted dated note, and follows a renamed one (a new name may not be dated)", () => {
    const t = tracker();
    t.update("Daily/2026-11-20.md", cache("[[Sam]]"), isContact);
    expect(sorted(t.remove("Daily/2026-11-20.md"))).toEqual([SAM]);
    expect(t.index.latestMention(SAM, isoDate("2026-11-26"))).toBeNull();
    t.update("Daily/2026-11-20.md", cache("[[Sam]]"), isContact);
    // Renamed within the daily folder: a new date.
    t.remove("Daily/2026-11-20.md");
    t.update("Daily/2026-11-21.md", cache("[[Sam]]"), isContact);
    expect(t.index.latestMention(SAM, isoDate("2026-11-26"))?.date).toBe(isoDate("2026-11-21"));
    // Renamed to a name without a date: no longer dated, no mention.
    t.remove("Daily/2026-11-21.md");
    expect(sorted(t.update("Daily/Notes.md", cache("[[Sam]]"), isContact))).toEqual([]);
    expect(t.index.latestMention(SAM, isoDate("2026-11-26"))).toBeNull();
  });

  it("knows daily notes by the configured folder and format, and dates notes by name and date key", () => {
    const t = tracker();
    expect(t.isDailyNote("Daily/2026-11-20.md")).toBe(true);
    expect(t.isDailyNote("Contacts/2026-11-20.md")).toBe(false);
    t.setDailyNotes({ folder: "Journal", format: "YYYY/MM/DD" });
    expect(t.isDailyNote("Journal/2026/11/20.md")).toBe(true);
    expect(t.isDailyNote("Daily/2026-11-20.md")).toBe(false);
    t.update("Meetings/Retro.md", cache("---\ndate: 2026-11-19\n---\n[[Sam]]", { date: isoDate("2026-11-19") }), isContact);
    expect(t.index.latestMention(SAM, isoDate("2026-11-26"))?.note).toBe("Meetings/Retro.md");
  });

  it("counts no mention when countMentions is off, and still keeps follow-ups", () => {
    const t = tracker({ ...defaultSettings(), countMentions: false });
    t.update("Daily/2026-11-20.md", cache("[[Sam]]\n- [ ] call [[Ann]] 📅 2026-11-25"), isContact);
    expect(t.index.latestMention(SAM, isoDate("2026-11-26"))).toBeNull();
    expect(t.index.followUpCount(ANN)).toBe(1);
  });

  it("reads due dates from the follow-ups' lines only", () => {
    const t = tracker();
    const text = "intro [[Sam]]\n- [ ] call [[Ann]] 📅 2026-11-25\n- [ ] not a follow-up 📅 2026-11-01";
    t.update("Projects/P.md", cache(text), isContact);
    expect(t.notesToRead()).toEqual(["Projects/P.md"]);
    expect(sorted(t.readDueDates("Projects/P.md", text))).toEqual([ANN]);
    expect(t.index.followUpsOf(ANN)).toEqual([{ note: "Projects/P.md", line: 1, due: isoDate("2026-11-25") }]);
  });
});
