/**
 * Dated notes: daily notes by folder and moment.js format (the real `moment`, strict, as the
 * command line and Obsidian both parse), file names that start with an ISO date, and dates in
 * frontmatter keys; and the precedence between being a contact and being dated.
 */
import moment from "moment";
import { describe, expect, it } from "vitest";
import {
  chooseDailyNotes,
  dailyNoteDate,
  dailyNotesFrom,
  datedNote,
  frontmatterDate,
  momentParser,
  nameDate,
  type DatedNoteRules,
} from "../../src/core/dated-notes";

const parseDate = momentParser((text, format, strict) => moment(text, format, strict));

describe("daily notes by folder and moment.js format", () => {
  const cases: [folder: string, format: string, path: string, date: string | null][] = [
    ["", "YYYY-MM-DD", "2026-11-26.md", "2026-11-26"],
    ["", "YYYY-MM-DD", "Journal/2026-11-26.md", "2026-11-26"],
    ["Daily", "YYYY-MM-DD", "Daily/2026-11-26.md", "2026-11-26"],
    ["Daily", "YYYY-MM-DD", "Daily/2026/2026-11-26.md", "2026-11-26"],
    ["Daily", "YYYY-MM-DD", "Other/2026-11-26.md", null],
    ["Daily", "YYYY-MM-DD", "Dailyish/2026-11-26.md", null],
    ["Daily", "YYYY-MM-DD", "Daily/2026-02-30.md", null],
    ["Daily", "YYYY-MM-DD", "Daily/2026-11-26 notes.md", null],
    ["Daily", "YYYY-MM-DD", "Daily/2026-11-26.txt", null],
    ["Journal", "YYYY/MM/YYYY-MM-DD", "Journal/2026/11/2026-11-26.md", "2026-11-26"],
    ["Journal", "YYYY/MM/YYYY-MM-DD", "Journal/2026/12/2026-11-26.md", null],
    ["Journal", "YYYY/MM/YYYY-MM-DD", "Journal/2026-11-26.md", null],
    ["Journal", "YYYY/MM/DD", "Journal/2026/11/26.md", "2026-11-26"],
    ["", "DD.MM.YYYY", "26.11.2026.md", "2026-11-26"],
    ["", "Do MMMM YYYY", "26th November 2026.md", "2026-11-26"],
    ["", "Do MMMM YYYY", "26 November 2026.md", null],
    ["", "dddd, MMMM Do YYYY", "Thursday, November 26th 2026.md", "2026-11-26"],
    ["", "GGGG-[W]WW-E", "2026-W48-4.md", "2026-11-26"],
    ["", "gggg-[W]ww-e", "2026-W48-4.md", "2026-11-26"],
    ["Daily", "[Daily note] YYYY-MM-DD", "Daily/Daily note 2026-11-26.md", "2026-11-26"],
    ["Daily", "YYYY-MM-DD [a/b]", "Daily/2026-11-26 a/b.md", null],
  ];
  it.each(cases)("folder %j, format %j: %s is dated %s", (folder, format, path, date) => {
    expect(dailyNoteDate(path, { folder, format }, parseDate)).toBe(date);
  });

  it("reads the daily-notes settings with Obsidian's defaults for what is missing", () => {
    expect(dailyNotesFrom(undefined)).toEqual({ folder: "", format: "YYYY-MM-DD" });
    expect(dailyNotesFrom({ folder: "/Journal/", format: "" })).toEqual({ folder: "Journal", format: "YYYY-MM-DD" });
    expect(dailyNotesFrom({ folder: "Daily", format: "YYYY/MM/DD", template: "T" })).toEqual({ folder: "Daily", format: "YYYY/MM/DD" });
    expect(dailyNotesFrom("nonsense")).toEqual({ folder: "", format: "YYYY-MM-DD" });
  });
});

describe("file names that start with an ISO date", () => {
  it.each([
    ["Meetings/2026-11-20 Offsite.md", "2026-11-20"],
    ["2026-11-20.md", "2026-11-20"],
    ["2026-11-20-standup.md", "2026-11-20"],
    ["Meetings/2026-11-201 room.md", null],
    ["Meetings/2026-13-01 Offsite.md", null],
    ["Offsite 2026-11-20.md", null],
    ["Notes/short.md", null],
  ])("%s → %s", (path, date) => {
    expect(nameDate(path)).toBe(date);
  });
});

describe("dates in frontmatter keys", () => {
  it.each([
    [{ date: "2026-11-19" }, ["date"], "2026-11-19"],
    [{ date: "2026-11-19T09:30" }, ["date"], "2026-11-19"],
    [{ date: new Date(Date.UTC(2026, 10, 19)) }, ["date"], "2026-11-19"],
    [{ date: "next week" }, ["date"], null],
    [{ created: "2026-11-19" }, ["date"], null],
    [{ created: "2026-11-19" }, ["date", "created"], "2026-11-19"],
    [{ date: "soon", created: "2026-11-18" }, ["date", "created"], "2026-11-18"],
  ])("%j with keys %j → %s", (fm, keys, date) => {
    expect(frontmatterDate(fm, keys)).toBe(date);
  });
});

describe("which notes are dated", () => {
  const rules: DatedNoteRules = { daily: { folder: "Daily", format: "YYYY-MM-DD" }, parseDate, dateKeys: ["date"] };
  it("dates a daily note by its name, even when it has a date key", () => {
    expect(datedNote("Daily/2026-11-20.md", { date: "2026-01-01" }, false, rules)).toEqual({ date: "2026-11-20", by: "daily" });
  });
  it("prefers the name's date to the frontmatter's", () => {
    expect(datedNote("Meetings/2026-11-18 Offsite.md", { date: "2026-11-19" }, false, rules)).toEqual({ date: "2026-11-18", by: "name" });
  });
  it("dates a meeting note by its date key", () => {
    expect(datedNote("Meetings/Retro.md", { date: "2026-11-19" }, false, rules)).toEqual({ date: "2026-11-19", by: "frontmatter" });
  });
  it("never dates a contact's note by its name or frontmatter", () => {
    expect(datedNote("Contacts/2026-11-20 Sam.md", { date: "2020-01-01" }, true, rules)).toBeNull();
    expect(datedNote("Contacts/Sam.md", { date: "2020-01-01" }, true, rules)).toBeNull();
  });
  it("leaves other notes undated", () => {
    expect(datedNote("Projects/Plan.md", { status: "open" }, false, rules)).toBeNull();
    expect(datedNote("Projects/Plan.md", undefined, false, rules)).toBeNull();
  });
});

describe("which daily-notes settings apply", () => {
  const core = { folder: "Daily", format: "YYYY-MM-DD" };
  const periodicNotes = { daily: { enabled: true, folder: "Journal", format: "YYYY/MM/DD" }, weekly: { enabled: true } };
  it.each<
    [
      what: string,
      files: { core: unknown; communityPlugins: unknown; periodicNotes: unknown },
      expected: ReturnType<typeof chooseDailyNotes>,
    ]
  >([
    [
      "Periodic Notes, enabled, daily on",
      { core, communityPlugins: ["periodic-notes"], periodicNotes },
      { daily: { folder: "Journal", format: "YYYY/MM/DD" }, from: "periodicNotes" },
    ],
    ["Periodic Notes installed but not enabled", { core, communityPlugins: ["other"], periodicNotes }, { daily: core, from: "core" }],
    [
      "Periodic Notes with daily notes off",
      { core, communityPlugins: ["periodic-notes"], periodicNotes: { daily: { enabled: false, folder: "J" } } },
      { daily: core, from: "core" },
    ],
    [
      "no settings files at all",
      { core: undefined, communityPlugins: undefined, periodicNotes: undefined },
      { daily: { folder: "", format: "YYYY-MM-DD" }, from: null },
    ],
  ])("%s", (_what, files, expected) => {
    expect(chooseDailyNotes(files)).toEqual(expected);
  });
});
