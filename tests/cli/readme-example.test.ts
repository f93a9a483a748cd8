/**
 * The README's hand-worked example of "Your notes are the log" is what the command line says:
 * each row of its table (who, the note that mentions them, the last touch, the next due date and
 * status) is read from README.md and checked against `due --json` on the example vault.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_VAULT, REPO, runCli } from "./helpers";

interface Contact {
  name: string;
  status: string;
  lastTouch: string | null;
  lastTouchSource: string | null;
  lastTouchNote: string | null;
  nextDue: string | null;
}

interface Row {
  names: string[];
  note: string;
  lastTouch: string;
  nextDue: string | null;
  status: string | null;
}

/** The rows of the worked example's table, as the README writes them. */
function readmeRows(names: readonly string[]): Row[] {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Your notes are the log"));
  const example = section.slice(section.indexOf("### A worked example"));
  const lines = example.split("\n");
  const start = lines.findIndex((l) => l.startsWith("| "));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("|"));
  // The table's rows, without its header and the line under it.
  const table = lines.slice(start + 2, end);
  return table.map((line) => {
    // Cells split on `|` not escaped as `\|` (an alias link inside a cell).
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
    const [who = "", , mentioned = "", last = "", next = ""] = cells;
    const notes = [...mentioned.matchAll(/(?:in|of) `([^`]+\.md)`/g)].map((m) => m[1] ?? "");
    const nextMatch = /^(\d{4}-\d{2}-\d{2}) \((\w[\w-]*)\)$/.exec(next);
    return {
      names: names.filter((n) => who.includes(n)),
      note: notes.at(-1) ?? "",
      lastTouch: last,
      nextDue: nextMatch?.[1] ?? null,
      status: nextMatch?.[2] ?? (/untracked/.test(who) ? "untracked" : null),
    };
  });
}

describe("the README's worked example", () => {
  const run = runCli(["due", EXAMPLE_VAULT, "--today", "2026-11-26", "--json"]);
  const contacts = (JSON.parse(run.stdout) as { contacts: Contact[] }).contacts;
  const rows = readmeRows(contacts.map((c) => c.name));

  it("has a row for each person it works out, each naming a dated note", () => {
    expect(run.stderr).toBe("");
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      expect(row.names.length, JSON.stringify(row)).toBeGreaterThan(0);
      expect(row.note, JSON.stringify(row)).toMatch(/^(Daily|Meetings)\//);
    }
  });

  it("matches due --json for every person in it: the last touch, its source and note, the next due date and status", () => {
    for (const row of rows) {
      for (const name of row.names) {
        const c = contacts.find((x) => x.name === name);
        expect([name, c?.lastTouch, c?.lastTouchSource, c?.lastTouchNote, c?.nextDue, c?.status]).toEqual([
          name,
          row.lastTouch,
          "mention",
          row.note,
          row.nextDue,
          row.status,
        ]);
      }
    }
  });
});
