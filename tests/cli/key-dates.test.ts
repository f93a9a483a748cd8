import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/run";
import { cleanUp, copyVault, EXAMPLE_VAULT } from "./helpers";

function cli(args: readonly string[]): { status: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: {},
    cwd: process.cwd(),
    now: () => new Date("2026-11-26T12:00:00"),
    version: "test",
  };
  return { status: run(args, io), stdout, stderr };
}

afterEach(cleanUp);

describe("key dates in due", () => {
  it("adds keyDates to due --json, soonest first, without do-not-contact people", () => {
    const json = JSON.parse(cli(["due", EXAMPLE_VAULT, "--json", "--today", "2026-11-26"]).stdout) as { keyDates: unknown[] };
    expect(json.keyDates).toEqual([
      { path: "Contacts/Harold Jenkins.md", name: "Harold Jenkins", kind: "birthday", date: "--11-29", next: "2026-11-29", age: null },
      { path: "Contacts/Ben Adeyemi.md", name: "Ben Adeyemi", kind: "birthday", date: "1986-12-01", next: "2026-12-01", age: 40 },
      { path: "Contacts/Harold Jenkins.md", name: "Harold Jenkins", kind: "anniversary", date: "2011-12-05", next: "2026-12-05", age: 15 },
      {
        path: "Contacts/Olivia Grant.md",
        name: "Olivia Grant",
        kind: "reminder",
        date: "2026-12-08",
        next: "2026-12-08",
        age: null,
        text: "ask how the offsite went",
      },
    ]);
  });

  it("prints them under Coming up", () => {
    const { stdout } = cli(["due", EXAMPLE_VAULT, "--today", "2026-11-26"]);
    expect(stdout).toContain("\nComing up (4)\n  Harold Jenkins  Birthday Sun 29 Nov\n  Ben Adeyemi     Birthday Tue 1 Dec · turns 40\n");
    expect(stdout).not.toContain("Maya Goldberg");
  });

  it("follows keyDateDays and keyDateKeys from the settings, and reports bad values in check", () => {
    const vault = copyVault(EXAMPLE_VAULT);
    const settingsPath = join(vault, ".obsidian/plugins/contact-cadence/data.json");
    writeFileSync(settingsPath, JSON.stringify({ keyDateDays: 3, keyDateKeys: ["first-met"] }));
    writeFileSync(join(vault, "Contacts/Ann Lee.md"), "---\nname: Ann Lee\nfirst met: 2019-11-28\nbirthday: soon\n---\n");
    const json = JSON.parse(cli(["due", vault, "--json", "--today", "2026-11-26"]).stdout) as {
      keyDates: { name: string; kind: string }[];
    };
    expect(json.keyDates.map((k) => [k.name, k.kind])).toEqual([
      ["Ann Lee", "first-met"],
      ["Harold Jenkins", "birthday"],
    ]);
    const check = cli(["check", vault, "--today", "2026-11-26"]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('Contacts/Ann Lee.md: birthday "soon" is not a date (expected YYYY-MM-DD, MM-DD or --MM-DD)');
  });
});
