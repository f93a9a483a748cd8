/**
 * The set-up check on a vault written for another tool (Personal CRM's `prm-*` keys, #people,
 * a "Contact log" heading), run in process: it finds the people, proposes the settings, and after
 * `--apply` they are tracked with the last contact, tier and snooze that tool had.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/run";
import { cleanUp, copyVault, EXAMPLE_VAULT, hashTree, REPO } from "./helpers";

const VAULT = join(REPO, "tests", "fixtures", "personal-crm-vault");

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    isTTY: false,
    env: {},
    cwd: REPO,
    now: () => new Date("2026-11-26T12:00:00Z"),
    version: "test",
  };
  const code = run(args, io);
  return { code, out, err };
}

afterEach(cleanUp);

describe("doctor on a Personal CRM vault", () => {
  it("says where the people are and what would track them, and writes nothing", () => {
    const vault = copyVault(VAULT, "prm");
    const before = hashTree(vault);
    const { code, out } = cli(["doctor", vault]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        "0 contact notes, 0 tracked.",
        "",
        "Settings that find nothing:",
        '  - the contacts folder "Contacts" does not exist',
        "",
        "People notes where the settings do not look:",
        '  - 6 notes in the folder "People", which is not a contacts folder',
        "  - 6 notes tagged #people, which is not a contact tag",
        "",
        "Settings changes that would fix it (each counted on top of the ones before):",
        '  1. Add the folder "People" to the contacts folders: contacts 0 → 6, tracked 0 → 0',
        "  2. Use Personal CRM's tiers: inner (14d), close (30d), casual (90d), warm (180d), dormant (365d): contacts 6 → 6, tracked 0 → 3",
        "  All of them: contacts 0 → 6, tracked 0 → 3",
        "",
        "Apply with: contact-cadence doctor <vault> --apply all (or --apply 1,2); this writes .obsidian/plugins/contact-cadence/data.json and no note.",
        "",
      ].join("\n"),
    );
    expect(hashTree(vault)).toEqual(before);
  });

  it("after --apply all, tracks them with the other tool's last contact, tier and snooze", () => {
    const vault = copyVault(VAULT, "prm");
    const notes = [...hashTree(vault)].filter(([p]) => p.endsWith(".md"));
    expect(cli(["doctor", vault, "--apply", "all"]).code).toBe(0);
    // Only the settings were written.
    expect([...hashTree(vault)].filter(([p]) => p.endsWith(".md"))).toEqual(notes);
    const settings = JSON.parse(readFileSync(join(vault, ".obsidian/plugins/contact-cadence/data.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(settings.contactsFolders).toEqual(["Contacts", "People"]);

    const due = cli(["due", vault, "--json", "--today", "2026-11-26"]);
    const contacts = (JSON.parse(due.out) as { contacts: Record<string, unknown>[] }).contacts;
    const pick = (name: string) => contacts.find((c) => c.name === name);
    expect(contacts.map((c) => c.name)).toEqual([
      "Ines Duarte",
      "Lena Fischer",
      "Omar Haddad",
      "Priya Natarajan",
      "Sam Okonkwo",
      "Theo Marsh",
    ]);
    // Sam's `prm-last-contacted` (2026-10-20) is overtaken by the coffee his daily note of 20 November mentions.
    expect(pick("Sam Okonkwo")).toMatchObject({
      tier: "close",
      cadence: "30d",
      lastTouch: "2026-11-20",
      lastTouchSource: "mention",
      lastTouchNote: "Daily/2026-11-20.md",
      nextDue: "2026-12-20",
      status: "ok",
    });
    expect(pick("Lena Fischer")).toMatchObject({ tier: "casual", lastTouch: "2026-07-14", snoozeUntil: "2026-12-15", status: "snoozed" });
    expect(pick("Omar Haddad")).toMatchObject({
      tier: "inner",
      cadence: "21d",
      lastTouch: "2026-11-10",
      nextDue: "2026-12-01",
      status: "soon",
    });
    expect(pick("Ines Duarte")).toMatchObject({ tier: "warm", status: "untracked", paused: true });
    expect(pick("Priya Natarajan")).toMatchObject({ doNotContact: true, status: "do-not-contact" });
    expect(pick("Theo Marsh")).toMatchObject({ tier: null, status: "untracked" });

    // Run again: nothing left to propose.
    const again = cli(["doctor", vault]);
    expect(again.out).toContain("6 contact notes, 3 tracked.");
    expect(again.out).toContain("Nothing to change.");
  });

  it("applies only the numbered proposals, and refuses a number that is not one", () => {
    const vault = copyVault(VAULT, "prm");
    expect(cli(["doctor", vault, "--apply", "1"]).code).toBe(0);
    expect(cli(["doctor", vault, "--json"]).out).toContain('"tracked": 0');
    const bad = cli(["doctor", vault, "--apply", "7"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("expected all, or proposal numbers from 1 to 1");
  });
});

describe("doctor on the example vault, whose People folder Personal CRM wrote", () => {
  it("proposes the folder and that tool's tiers, never the template; after --apply the people are as that tool had them", () => {
    const vault = copyVault(EXAMPLE_VAULT, "example");
    const before = cli(["due", vault, "--json", "--today", "2026-11-26"]);
    const people = (out: string) =>
      (JSON.parse(out) as { contacts: Record<string, unknown>[] }).contacts.filter((c) => String(c.path).startsWith("People/"));
    // Before: only the two notes written in this plugin's own way are contacts there.
    expect(people(before.out).map((c) => c.name)).toEqual(["Dr. Amara Nwosu", "Jorge Ramírez"]);
    const report = cli(["doctor", vault]);
    expect(report.out).toContain('  1. Add the folder "People" to the contacts folders: contacts 36 → 41, tracked 28 → 28\n');
    expect(report.out).toContain(
      "  2. Add Personal CRM's tiers: inner (14d), close (30d), casual (90d), warm (180d), dormant (365d): contacts 41 → 41, tracked 28 → 31\n",
    );
    expect(report.out).not.toMatch(/template/i);
    expect(cli(["doctor", vault, "--apply", "all"]).code).toBe(0);

    const after = people(cli(["due", vault, "--json", "--today", "2026-11-26"]).out);
    const pick = (name: string) => after.find((c) => c.name === name);
    expect(after.map((c) => c.name)).toEqual([
      "Dr. Amara Nwosu",
      "Ines Duarte",
      "Jorge Ramírez",
      "Lena Fischer",
      "Omar Haddad",
      "Sam Okonkwo",
      "Theo Marsh",
    ]);
    expect(pick("Sam Okonkwo")).toMatchObject({
      tier: "close",
      cadence: "30d",
      lastTouch: "2026-10-20",
      nextDue: "2026-11-19",
      status: "overdue",
    });
    expect(pick("Lena Fischer")).toMatchObject({
      tier: "casual",
      cadence: "90d",
      lastTouch: "2026-07-14",
      snoozeUntil: "2026-12-15",
      status: "snoozed",
    });
    expect(pick("Omar Haddad")).toMatchObject({
      tier: "inner",
      cadence: "21d",
      lastTouch: "2026-11-10",
      nextDue: "2026-12-01",
      status: "soon",
    });
    expect(pick("Ines Duarte")).toMatchObject({ tier: "warm", lastTouch: "2026-03-03", status: "untracked", paused: true });
    expect(pick("Theo Marsh")).toMatchObject({ tier: null, status: "untracked" });
    // The terminal says paused where the panel does; not among the people to reach.
    const text = cli(["due", vault, "--all", "--today", "2026-11-26"]).out;
    expect(text).toMatch(/\n {2}Ines Duarte +warm +paused · last touch 3 Mar · 8 months ago\n/);
    expect(text.slice(0, text.indexOf("\nUntracked"))).not.toContain("Ines Duarte");
    // The templates stay out, whether a placeholder or a folder's name says so.
    expect(after.some((c) => String(c.path).includes("Templates"))).toBe(false);
    expect(cli(["doctor", vault]).out).toContain("Nothing to change.");
  });
});

describe("check names a contacts folder that does not exist", () => {
  it("in the default settings, on a vault without Contacts", () => {
    const vault = copyVault(VAULT, "prm");
    const { code, out } = cli(["check", vault]);
    expect(code).toBe(1);
    // The vault holds no contact, so check explains why; the missing folder is one of the reasons.
    expect(out).toContain('The folder "Contacts" does not exist in this vault.');
  });
});
