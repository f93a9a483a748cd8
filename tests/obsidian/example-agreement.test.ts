/**
 * The command line and the panel agree on the example vault: for every contact, the status, the
 * last touch with where it came from, the next due date and the open follow-ups of `due --json`
 * (run in this process) are what the panel's model shows, the plugin reading the same notes
 * through the metadata cache.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/dates";
import { dailyNotesFrom } from "../../src/core/dated-notes";
import { loadSettings } from "../../src/core/settings";
import { derivePanelModel } from "../../src/ui/panel/model-cache";
import { EXAMPLE_VAULT, runCli } from "../cli/helpers";
import { harness } from "./helpers";

const TODAY = isoDate("2026-11-26");

interface CliContact {
  path: string;
  status: string;
  lastTouch: string | null;
  lastTouchSource: string | null;
  lastTouchNote: string | null;
  nextDue: string | null;
  followUps: { note: string; line: number; due: string | null }[];
}

function notes(dir: string, out: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".")) notes(path, out);
    else if (entry.isFile() && entry.name.endsWith(".md"))
      out[relative(EXAMPLE_VAULT, path).split(sep).join("/")] = readFileSync(path, "utf8");
  }
  return out;
}

describe("the example vault, in the panel and on the command line", () => {
  it("gives every contact the same status, last touch, source, note, next due date and follow-ups", async () => {
    const run = runCli(["due", EXAMPLE_VAULT, "--today", TODAY, "--json"]);
    expect(run.stderr).toBe("");
    const cli = (JSON.parse(run.stdout) as { contacts: CliContact[] }).contacts;
    const config = join(EXAMPLE_VAULT, ".obsidian");
    const settings = loadSettings(JSON.parse(readFileSync(join(config, "plugins", "contact-cadence", "data.json"), "utf8"))).settings;
    const daily = dailyNotesFrom(JSON.parse(readFileSync(join(config, "daily-notes.json"), "utf8")));
    const h = harness(notes(EXAMPLE_VAULT), settings, daily);
    await h.ready();
    h.timers.flush();
    const model = derivePanelModel(h.index, TODAY, settings);
    const touches = h.index.touchIndex();
    const panel = model.scheduled.map((s) => ({
      path: s.contact.path,
      status: s.status,
      lastTouch: s.lastTouch,
      lastTouchSource: s.lastTouchSource,
      lastTouchNote: s.lastTouchNote,
      nextDue: s.nextDue,
      followUps: (touches?.followUpsOf(s.contact.path) ?? []).map((f) => ({ note: f.note, line: f.line, due: f.due })),
    }));
    const sorted = <T extends { path: string }>(list: T[]): T[] => [...list].sort((a, b) => (a.path < b.path ? -1 : 1));
    const fromCli = sorted(cli).map((c) => ({
      path: c.path,
      status: c.status,
      lastTouch: c.lastTouch,
      lastTouchSource: c.lastTouchSource,
      lastTouchNote: c.lastTouchNote,
      nextDue: c.nextDue,
      followUps: c.followUps.map((f) => ({ note: f.note, line: f.line, due: f.due })),
    }));
    expect(sorted(panel)).toEqual(fromCli);
    // The vault exercises every source, and mentions from several notes.
    expect(new Set(fromCli.map((c) => c.lastTouchSource))).toEqual(new Set(["frontmatter", "log", "mention", null]));
    // The panel's Follow-ups due group holds exactly the people whose follow-up is due by today.
    const group = model.groups.contacts.followUps;
    const listed = Array.from({ length: group.length }, (_, i) => group.at(i).contact.path).sort();
    const due = fromCli
      .filter((c) => c.status !== "do-not-contact" && c.followUps.some((f) => f.due !== null && f.due <= TODAY))
      .map((c) => c.path);
    expect(listed).toEqual(due);
    expect(listed.length).toBeGreaterThan(0);
  });
});
