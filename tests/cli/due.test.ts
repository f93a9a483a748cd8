/**
 * `due`: the JSON contract scripts rely on, field by field, the grouped human list, and colour.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanUp, copyFixture, runCli } from "./helpers";

afterAll(cleanUp);

const TODAY = "2026-11-26";

type Row = [
  path: string,
  name: string,
  tier: string | null,
  cadence: string | null,
  lastTouch: string | null,
  nextDue: string | null,
  status: string,
  daysOverdue: number | null,
  doNotContact: boolean,
  noRefer: boolean,
  snoozeUntil: string | null,
];

// Worked out by hand from the fixture notes, for 2026-11-26 (see tests/fixtures/cli/basic).
const BASIC: Row[] = [
  ["Contacts/Ann.md", "Ann", "B", "3m", "2026-08-10", "2026-11-10", "overdue", 16, false, false, null],
  ["Contacts/Bo Chen.md", "Bo Chen", "A", "1m", "2026-10-26", "2026-11-26", "due", 0, false, true, null],
  ["Contacts/Dev Patel.md", "Dev Patel", "B", "3m", null, null, "new", null, false, false, null],
  ["Contacts/Eve.md", "Eve", "A", "1m", "2026-01-01", null, "do-not-contact", null, true, false, null],
  ["Contacts/Finn.md", "Finn", null, null, "2026-05-05", null, "untracked", null, false, false, null],
  ["Contacts/Gia.md", "Gia", "C", "6m", "2026-01-10", "2026-07-10", "snoozed", 139, false, false, "2026-12-24"],
  ["Contacts/Hal.md", "Hal", null, "45d", "2026-11-20", "2027-01-04", "ok", -39, false, false, null],
  ["Contacts/Ivy.md", "Ivy", null, null, "2026-11-01", null, "untracked", null, false, false, null],
  ["Contacts/Jo.md", "Jo", null, null, "2026-11-01", null, "untracked", null, false, false, null],
  ["Contacts/Kai.md", "Kai", null, null, "2026-11-20", null, "untracked", null, false, false, null],
  ["Contacts/Lea.md", "Lea", null, null, null, null, "untracked", null, false, false, null],
  ["Contacts/Max.md", "Max", "A", "1m", "2026-11-01", "2026-12-01", "soon", -5, false, false, null],
  ["Contacts/Quinn.md", "Quinn", "B", "3m", "2026-11-01", "2027-02-01", "ok", -67, false, false, null],
  ["Contacts/Work/Cara Diaz.md", "Cara Diaz", null, "6w", "2026-10-20", "2026-12-01", "soon", -5, false, false, null],
  ["Notes/Nia.md", "Nia", "D", "1y", "2026-01-05", "2027-01-05", "ok", -40, false, false, null],
  ["Notes/Oz.md", "Oz", "B", "3m", null, null, "new", null, false, false, null],
];

/** A row's keys, in order, with `paused` (false in this fixture) where the JSON has it. */
const ROW_KEYS = [
  "path",
  "name",
  "tier",
  "cadence",
  "lastTouch",
  "nextDue",
  "status",
  "daysOverdue",
  "doNotContact",
  "noRefer",
  "paused",
  "snoozeUntil",
];
/** Every contact's keys, in order: the row's, with where the last touch comes from, and the open follow-ups. */
const CONTACT_KEYS = [
  "path",
  "name",
  "tier",
  "cadence",
  "lastTouch",
  "lastTouchSource",
  "lastTouchNote",
  "nextDue",
  "status",
  "daysOverdue",
  "doNotContact",
  "noRefer",
  "paused",
  "snoozeUntil",
  "followUps",
];

/** A row of the table with `paused` (false in this fixture) in its place among the keys. */
function toObject(row: Row): Record<string, unknown> {
  const values: unknown[] = [...row];
  values.splice(ROW_KEYS.indexOf("paused"), 0, false);
  return Object.fromEntries(ROW_KEYS.map((k, i) => [k, values[i]]));
}

/** A contact's fields that a `Row` gives. */
function rowFields(contact: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(ROW_KEYS.map((k) => [k, contact[k]]));
}

interface DueJson {
  today: string;
  contacts: Record<string, unknown>[];
  problems: { path: string; field: string; message: string }[];
  load: { touchesPerWeek: number; budget: number };
}

function dueJson(vault: string, extra: string[] = []): DueJson {
  const run = runCli(["due", vault, "--today", TODAY, "--json", ...extra]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as DueJson;
}

describe("due --json", () => {
  it("prints one object with today, contacts, problems, load and keyDates, in that order", () => {
    const json = dueJson(copyFixture("basic"));
    expect(Object.keys(json)).toEqual(["today", "contacts", "problems", "load", "keyDates"]);
    expect(json.today).toBe(TODAY);
  });

  it("lists every contact note, of every status, sorted by path, with each field as specified", () => {
    const json = dueJson(copyFixture("basic"));
    expect(json.contacts.map((c) => c.path)).toEqual(BASIC.map((r) => r[0]));
    for (const [i, contact] of json.contacts.entries()) {
      expect(Object.keys(contact)).toEqual(CONTACT_KEYS);
      const row = BASIC[i];
      if (row === undefined) throw new Error(`unexpected contact ${String(contact.path)}`);
      expect(rowFields(contact), row[0]).toEqual(toObject(row));
      // No dated note mentions anyone in this vault: the last touch is the frontmatter's or the log's.
      expect(contact.lastTouchSource, row[0]).toBe(row[4] === null ? null : contact.lastTouchSource === "log" ? "log" : "frontmatter");
      expect(contact.lastTouchNote, row[0]).toBeNull();
    }
  });

  it("never counts hidden folders, .trash, node_modules, non-markdown files, or notes without the tag outside the folder", () => {
    const paths = dueJson(copyFixture("basic")).contacts.map((c) => String(c.path));
    expect(paths.filter((p) => /^(\.|node_modules)|\.(png|txt)$|Plain|Code/.test(p))).toEqual([]);
  });

  it("lists each problem as {path, field, message}, by path", () => {
    const { problems } = dueJson(copyFixture("basic"));
    for (const p of problems) expect(Object.keys(p)).toEqual(["path", "field", "message"]);
    expect(problems.map((p) => [p.path, p.field])).toEqual([
      ["Contacts/Ann.md", "cadence"],
      ["Contacts/Ivy.md", "tier"],
      ["Contacts/Jo.md", "frontmatter"],
      ["Contacts/Kai.md", "frontmatter"],
      ["Contacts/Lea.md", "frontmatter"],
      ["Contacts/Max.md", "last-touch"],
    ]);
    expect(problems[0]?.message).toBe(
      'Contacts/Ann.md: cadence "sometimes" is not a cadence (try 2w, 3m, quarterly); tier B\'s 3m applies',
    );
    expect(problems[2]?.message).toMatch(/^Contacts\/Jo\.md: frontmatter is not valid YAML/);
    expect(problems[3]?.message).toMatch(/^Contacts\/Kai\.md: frontmatter opened with "---js" is never run/);
    expect(problems[5]?.message).toBe("Contacts/Max.md: last-touch 2026-12-01 is after today (2026-11-26); it is ignored");
  });

  it("gives the load in touches a week, rounded to one decimal, against the default budget", () => {
    // 4 × B (7/91.32) + 2 × A (7/30.44) + C (7/182.64) + 45 days + 6 weeks + D (7/365.25) = 1.146…
    expect(dueJson(copyFixture("basic")).load).toEqual({ touchesPerWeek: 1.1, budget: 10 });
  });

  it("is the same with --all: the JSON always holds every contact", () => {
    const vault = copyFixture("basic");
    expect(dueJson(vault, ["--all"])).toEqual(dueJson(vault));
  });

  it("reads the vault's settings: folder, tag, tiers, log heading, types and budget", () => {
    const run = runCli(["due", copyFixture("custom"), "--today", TODAY, "--json"]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as DueJson;
    const byPath: Record<string, Record<string, unknown>> = Object.fromEntries(json.contacts.map((c) => [String(c.path), c]));
    // People/ is the folder and #person the tag: Contacts/Uma.md and the #contact note are not contacts.
    expect(Object.keys(byPath)).toEqual(["Elsewhere/Rex.md", "People/Ola.md", "People/Pam.md", "People/Tia.md"]);
    // The "## Log" line is outside the configured "Interactions" section, so only 2026-11-15 counts.
    expect(byPath["People/Ola.md"]).toMatchObject({
      tier: "inner",
      cadence: "2w",
      lastTouch: "2026-11-15",
      nextDue: "2026-11-29",
      status: "soon",
    });
    expect(byPath["People/Pam.md"]).toMatchObject({ tier: "inner", status: "due" });
    expect(byPath["Elsewhere/Rex.md"]).toMatchObject({ tier: "outer", cadence: "2m", status: "new" });
    expect(byPath["People/Tia.md"]).toMatchObject({ tier: null, status: "untracked" });
    expect(json.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('tier "A" is not a tier (expected one of inner, outer, or none)'),
    ]);
    expect(json.load).toEqual({ touchesPerWeek: 1.1, budget: 1.5 });
    // The invalid soonDays falls back on its own, with a warning on stderr, not in the JSON.
    expect(run.stderr).toMatch(/warning: settings: soonDays is invalid.*using the default/);
  });

  it("uses the defaults, with a warning, when data.json is not JSON", () => {
    const run = runCli(["due", copyFixture("bad-settings"), "--today", TODAY, "--json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("data.json is not valid JSON; using the defaults");
    expect((JSON.parse(run.stdout) as DueJson).load.budget).toBe(10);
  });
});

describe("due (for people)", () => {
  it("groups like the panel, in priority order, and says why each is due", () => {
    const run = runCli(["due", copyFixture("basic"), "--today", TODAY]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    const titles = lines.filter((l) => /^\S.*\(\d+\)$/.test(l));
    expect(titles).toEqual(["Overdue (1)", "Due today (1)", "Never contacted (2)", "Due soon (2)"]);
    const rows = lines.filter((l) => l.startsWith("  "));
    expect(rows.map((r) => r.trim().split(/\s{2,}/)[0])).toEqual(["Ann", "Bo Chen", "Dev Patel", "Oz", "Max", "Cara Diaz"]);
    expect(run.stdout).toContain("16 days overdue · last touch 10 Aug · 3 months ago · every 3 months");
    expect(run.stdout).toContain("due in 5 days (1 Dec) · last meeting 20 Oct · 1 month ago · every 6 weeks");
    expect(rows.find((r) => r.includes("Bo Chen"))).toMatch(/\[no-refer\]$/);
    // Do-not-contact people are never in the list of people to reach.
    expect(run.stdout).not.toContain("Eve");
    expect(run.stdout).toContain("Not listed: 1 snoozed, 3 up to date, 5 untracked, 1 do not contact (--all lists everyone)");
    expect(run.stdout).toContain("6 problems in contact notes: contact-cadence check");
  });

  it("lines the columns up across groups", () => {
    const run = runCli(["due", copyFixture("basic"), "--today", TODAY, "--all"]);
    const rows = run.stdout.split("\n").filter((l) => l.startsWith("  "));
    expect(rows).toHaveLength(16);
    // The tier column starts at the same place on every row, and so does the reason.
    const tierColumn = new Set(rows.map((r) => r.search(/ (?:[A-D]|-) {2}/)));
    expect(tierColumn.size).toBe(1);
    const whyColumn = new Set(
      rows.map((r) => r.search(/(?:\d+ days? overdue|due today|never contacted|due in|snoozed until|next due|untracked|do not contact)/)),
    );
    expect(whyColumn.size).toBe(1);
  });

  it("with --all, also lists snoozed, up-to-date, untracked and do-not-contact people", () => {
    const run = runCli(["due", copyFixture("basic"), "--today", TODAY, "--all"]);
    const titles = run.stdout.split("\n").filter((l) => /^\S.*\(\d+\)$/.test(l));
    expect(titles).toEqual([
      "Overdue (1)",
      "Due today (1)",
      "Never contacted (2)",
      "Due soon (2)",
      "Snoozed (1)",
      "Up to date (3)",
      "Untracked (5)",
      "Do not contact (1)",
    ]);
    expect(run.stdout).toMatch(/Eve +A +do not contact since 15 Jan/);
    expect(run.stdout).not.toContain("Not listed");
  });

  it("shows the load against the budget, and says when it is over", () => {
    const vault = copyFixture("custom");
    const first = runCli(["due", vault, "--today", TODAY]).stdout.split("\n")[0];
    expect(first).toBe("Due on 2026-11-26: 3 people to reach · your cadences ask for about 1 touch a week; your budget is 1.5");
    writeFileSync(join(vault, "People", "Zed.md"), "---\ncadence: weekly\n---\n");
    expect(runCli(["due", vault, "--today", TODAY]).stdout.split("\n")[0]).toBe(
      "Due on 2026-11-26: 4 people to reach · your cadences ask for about 2 touches a week; your budget is 1.5 (over budget)",
    );
  });
});

describe("colour and unsafe text", () => {
  const ESC = "\u001b";

  it("is off in a pipe, on with FORCE_COLOR, and always off with NO_COLOR", () => {
    const vault = copyFixture("basic");
    expect(runCli(["due", vault, "--today", TODAY]).stdout).not.toContain(ESC);
    expect(runCli(["due", vault, "--today", TODAY], { env: { FORCE_COLOR: "1" } }).stdout).toContain(`${ESC}[31m`);
    for (const command of ["due", "check", "stats"]) {
      const run = runCli([command, vault, "--today", TODAY], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
      expect(run.stdout, command).not.toContain(ESC);
      expect(run.stdout.length, command).toBeGreaterThan(0);
    }
  });

  it("prints names as plain text: escape sequences and bidi overrides cannot reach the terminal", () => {
    const vault = copyFixture("basic");
    writeFileSync(join(vault, "Contacts", "Trap.md"), '---\nname: "Mal\\e[2J\\u202Eory <img src=x>"\ntier: A\n---\n');
    const run = runCli(["due", vault, "--today", TODAY]);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).not.toContain("\u202E");
    expect(run.stdout).toContain("Mal\uFFFD[2J\uFFFDory <img src=x>");
    // The JSON keeps the name exactly as written: escaping is the reader's job there.
    const json = JSON.parse(runCli(["due", vault, "--today", TODAY, "--json"]).stdout) as DueJson;
    expect(json.contacts.find((c) => c.path === "Contacts/Trap.md")?.name).toBe("Mal\u001b[2J\u202Eory <img src=x>");
  });
});
