/**
 * Mentions on the command line: the daily notes' settings (Periodic Notes over the core plugin,
 * nested moment formats), what a dated note is, `countMentions`, and the example vault's
 * mention-derived last touches exactly as the README works them out by hand.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCli, cleanUp, copyFixture, EXAMPLE_VAULT, runCli, tempDir } from "./helpers";
import { MENTION_CASES } from "./mention-cases";

vi.setConfig({ testTimeout: 60_000 });
beforeAll(buildCli, 120_000);
afterAll(cleanUp);

interface Contact {
  path: string;
  status: string;
  lastTouch: string | null;
  lastTouchSource: string | null;
  lastTouchNote: string | null;
  nextDue: string | null;
  followUps: { note: string; line: number; due: string | null; text: string }[];
}

function due(vault: string, today = "2026-11-26"): Map<string, Contact> {
  const run = runCli(["due", vault, "--today", today, "--json"]);
  expect(run.stderr).toBe("");
  const json = JSON.parse(run.stdout) as { contacts: Contact[] };
  return new Map(json.contacts.map((c) => [c.path, c]));
}

const touch = (c: Contact | undefined) => [c?.lastTouch, c?.lastTouchSource, c?.lastTouchNote];

describe("the daily notes' settings", () => {
  it("follow Periodic Notes when it is enabled, with a nested format, and ignore the core plugin's then", () => {
    const contacts = due(copyFixture("mentions"));
    expect(touch(contacts.get("Contacts/Sam.md"))).toEqual(["2026-11-20", "mention", "Journal/2026/11/20th November 2026.md"]);
    expect(touch(contacts.get("Contacts/Ann.md"))).toEqual(["2026-11-21", "mention", "Journal/2026/11/21st November 2026.md"]);
    // Daily/22-11-2026.md matches only daily-notes.json's format, which Periodic Notes overrides.
    expect(touch(contacts.get("Contacts/Zed.md"))).toEqual(["2026-10-01", "frontmatter", null]);
  });

  it("use the core plugin's when Periodic Notes is not enabled", () => {
    const vault = copyFixture("mentions");
    writeFileSync(join(vault, ".obsidian", "community-plugins.json"), "[]");
    const contacts = due(vault);
    expect(touch(contacts.get("Contacts/Zed.md"))).toEqual(["2026-11-22", "mention", "Daily/22-11-2026.md"]);
    expect(touch(contacts.get("Contacts/Sam.md"))).toEqual(["2026-10-01", "frontmatter", null]);
  });

  it("never make a daily note a contact, nor date a contact's note by its name or its date key", () => {
    const contacts = due(copyFixture("mentions"));
    expect([...contacts.keys()]).toEqual(["Contacts/2026-11-21 Kim.md", "Contacts/Ann.md", "Contacts/Sam.md", "Contacts/Zed.md"]);
    // Kim's note links Sam, but a contact's note is not dated: no mention on 2026-11-21 or 2026-11-24.
    expect(contacts.get("Contacts/Sam.md")?.lastTouch).toBe("2026-11-20");
  });

  it("list the open follow-ups of a contact's note, with their due date and text", () => {
    const contacts = due(copyFixture("mentions"));
    expect(contacts.get("Contacts/Zed.md")?.followUps).toEqual([
      { note: "Contacts/2026-11-21 Kim.md", line: 6, due: "2026-11-20", text: "send Zed the photos" },
    ]);
    expect(contacts.get("Contacts/2026-11-21 Kim.md")?.followUps).toEqual([
      { note: "Contacts/2026-11-21 Kim.md", line: 6, due: "2026-11-20", text: "send Zed the photos" },
    ]);
  });

  it("count nothing with countMentions off", () => {
    const vault = copyFixture("mentions");
    mkdirSync(join(vault, ".obsidian", "plugins", "contact-cadence"), { recursive: true });
    writeFileSync(join(vault, ".obsidian", "plugins", "contact-cadence", "data.json"), JSON.stringify({ countMentions: false }));
    for (const c of due(vault).values()) expect(c.lastTouchSource === "mention", c.path).toBe(false);
  });
});

describe("the example vault, as the README works it out", () => {
  const contacts = due(EXAMPLE_VAULT);
  it.each([
    ["Contacts/Community/Chris Doyle.md", "2026-11-20", "Daily/2026-11-20.md", "2027-05-20", "ok"],
    ["Contacts/Former colleagues/Jonas Weber.md", "2026-11-21", "Daily/2026-11-21.md", "2027-05-21", "ok"],
    ["Contacts/Harold Jenkins.md", "2026-11-21", "Daily/2026-11-21.md", null, "untracked"],
    ["Contacts/Olivia Grant.md", "2026-11-20", "Daily/2026-11-20.md", "2026-12-20", "ok"],
    ["Contacts/Leo Novak.md", "2026-11-19", "Meetings/Guild retro.md", null, "untracked"],
    ["Contacts/Paul Mercer.md", "2026-11-19", "Meetings/Guild retro.md", null, "untracked"],
  ])("%s: mentioned %s in %s", (path, date, note, nextDue, status) => {
    const c = contacts.get(path);
    expect([c?.lastTouch, c?.lastTouchSource, c?.lastTouchNote, c?.nextDue, c?.status]).toEqual([date, "mention", note, nextDue, status]);
  });

  it.each([
    ["Contacts/Priya Raman.md", "overdue", "a quote"],
    ["Contacts/Work/Elena Petrova.md", "overdue", "a callout"],
    ["Contacts/Ann Lee.md", "overdue", "inline code and a comment"],
    ["Contacts/Victor Lang.md", "overdue", "an embed"],
    ["Contacts/Work/Rosa Jiménez.md", "overdue", "a note dated after today"],
    ["Contacts/Marcus Okafor.md", "overdue", "an unchecked task"],
    ["Contacts/Community/Sofia Lindqvist.md", "new", "an unchecked task"],
    ["Contacts/Ben Adeyemi.md", "new", "an unchecked task"],
    ["Contacts/Work/Tomás Herrera.md", "due", "a reach-out not yet ticked"],
    ["Contacts/Samuel Price.md", "untracked", "ignore-mentions"],
  ])("%s stays %s: only %s mentions them", (path, status) => {
    const c = contacts.get(path);
    expect(c?.status).toBe(status);
    expect(c?.lastTouchSource).not.toBe("mention");
  });

  it("lists the follow-ups, due or not", () => {
    const follow = (path: string) => contacts.get(path)?.followUps.map((f) => [f.note, f.due]);
    expect(follow("Contacts/Marcus Okafor.md")).toEqual([["Meetings/2026-11-18 Leadership offsite.md", "2026-11-25"]]);
    expect(follow("Contacts/Rafael Moreno.md")).toEqual([["Contacts/Rafael Moreno.md", "2026-11-20"]]);
    expect(follow("Contacts/Ben Adeyemi.md")).toEqual([["Daily/2026-11-24.md", "2026-11-27"]]);
    expect(follow("Contacts/Community/Sofia Lindqvist.md")).toEqual([["Daily/2026-11-20.md", "2026-11-27"]]);
    // The reach-out block's unchecked tasks are a plan, not follow-ups.
    expect(follow("Contacts/Work/Tomás Herrera.md")).toEqual([]);
  });

  it("shows the follow-ups due first in the terminal list", () => {
    const run = runCli(["due", EXAMPLE_VAULT, "--today", "2026-11-26"]);
    const lines = run.stdout.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Follow-ups due (2)"));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {2}Rafael Moreno +2026-11-20 +Send him the signed addendum/);
    expect(lines[at + 2]).toMatch(/^ {2}Marcus Okafor +2026-11-25 +Ask Marcus Okafor about the market/);
  });
});

describe("blocks inside list items and inline comments, as Obsidian's cache reads them", () => {
  // One dated note per case, each linking its own contact last touched long before.
  const vault = tempDir("nested");
  mkdirSync(join(vault, "Contacts"));
  mkdirSync(join(vault, "Meetings"));
  MENTION_CASES.forEach((c, n) => {
    writeFileSync(join(vault, "Contacts", `${c.contact}.md`), "---\ntier: B\nlast-touch: 2026-10-01\n---\n");
    writeFileSync(join(vault, "Meetings", `2026-11-20 Case ${n}.md`), c.text);
  });
  const contacts = due(vault);

  it.each(MENTION_CASES.map((c, n) => [c.what, c, n] as const))("%s", (_what, c, n) => {
    const contact = contacts.get(`Contacts/${c.contact}.md`);
    const note = `Meetings/2026-11-20 Case ${n}.md`;
    expect(touch(contact)).toEqual(c.mention ? ["2026-11-20", "mention", note] : ["2026-10-01", "frontmatter", null]);
    expect(contact?.followUps.map((f) => f.note)).toEqual(c.followUp ? [note] : []);
  });
});
