/**
 * `check`, `stats`, help, and the errors every command reports without a stack trace.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanUp, copyFixture, EXAMPLE_VAULT, hasStackTrace, runCli, tempDir } from "./helpers";

afterAll(cleanUp);

const TODAY = ["--today", "2026-11-26"];

describe("check", () => {
  it("prints each problem on its own line, a summary, and exits 1", () => {
    const run = runCli(["check", copyFixture("basic"), ...TODAY]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.slice(0, 6).map((l) => l.split(":")[0])).toEqual([
      "Contacts/Ann.md",
      "Contacts/Ivy.md",
      "Contacts/Jo.md",
      "Contacts/Kai.md",
      "Contacts/Lea.md",
      "Contacts/Max.md",
    ]);
    expect(lines.at(-1)).toBe("6 problems in 6 of 16 contact notes.");
  });

  it("exits 0 and says so when there are none", () => {
    const run = runCli(["check", copyFixture("bad-settings"), ...TODAY]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("No problems in 1 contact note.\n");
  });

  it("depends on the date: a last-touch after --today is a problem only until that day", () => {
    const vault = copyFixture("basic");
    expect(runCli(["check", vault, "--today", "2026-12-01"]).stdout).not.toContain("Contacts/Max.md");
  });
});

describe("stats", () => {
  it("counts contacts per tier and per status, and the load against the budget", () => {
    const run = runCli(["stats", copyFixture("basic"), ...TODAY]);
    expect(run.status).toBe(0);
    const cells = (prefix: RegExp) =>
      run.stdout
        .split("\n")
        .find((l) => prefix.test(l))
        ?.trim()
        .split(/\s{2,}/);
    expect(run.stdout.split("\n")[0]).toBe("16 contacts on 2026-11-26");
    expect(cells(/^ {2}A {2}/)).toEqual(["A", "Inner circle", "3", "monthly", "0.5"]);
    expect(cells(/^ {2}B {2}/)).toEqual(["B", "Active", "4", "every 3 months", "0.3"]);
    expect(cells(/^ {2}C {2}/)).toEqual(["C", "Maintain", "1", "every 6 months", "0.0"]);
    expect(cells(/^ {2}D {2}/)).toEqual(["D", "Annual", "1", "yearly", "0.0"]);
    expect(cells(/^ {2}- {2}/)).toEqual(["-", "no tier", "7", "0.3"]);
    const statuses = Object.fromEntries(
      ["overdue", "due today", "never contacted", "due soon", "snoozed", "up to date", "untracked", "do not contact"].map((s) => [
        s,
        cells(new RegExp(`^ {2}${s} {2}`))?.[1],
      ]),
    );
    expect(statuses).toEqual({
      overdue: "1",
      "due today": "1",
      "never contacted": "2",
      "due soon": "2",
      snoozed: "1",
      "up to date": "3",
      untracked: "5",
      "do not contact": "1",
    });
    expect(run.stdout).toContain("1.1 touches a week for 10 tracked contacts, against a budget of 10 (11%)");
    expect(run.stdout).toContain("Within budget: 8.9 touches a week to spare.");
  });

  it("says when the example vault is over its budget of 6", () => {
    const run = runCli(["stats", EXAMPLE_VAULT, ...TODAY]);
    expect(run.stdout).toMatch(
      /6\.6 touches a week for 28 tracked contacts, against a budget of 6 \(110%\)\n.*Over budget by 0\.6 touches a week/,
    );
  });
});

describe("help", () => {
  it("prints the overview with no arguments, --help or help, and exits 0", () => {
    for (const args of [[], ["--help"], ["-h"], ["help"]]) {
      const run = runCli(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("Usage:\n  contact-cadence <command> <vault> [options]");
      for (const command of ["due", "check", "log", "stats"]) expect(run.stdout).toContain(`  ${command} <vault>`);
    }
  });

  it("has a page for each command", () => {
    for (const command of ["due", "check", "log", "stats"]) {
      for (const args of [
        [command, "--help"],
        ["help", command],
        [command, "some/vault", "-h"],
      ]) {
        const run = runCli(args);
        expect(run.status, args.join(" ")).toBe(0);
        expect(run.stdout, args.join(" ")).toMatch(new RegExp(`^Usage: contact-cadence ${command} <vault>`));
      }
    }
    expect(runCli(["log", "--help"]).stdout).toContain("--force");
    expect(runCli(["due", "--help"]).stdout).toContain("--json");
  });
});

describe("errors: one clear line, a non-zero exit code, never a stack trace", () => {
  function fails(args: string[], status: number, message: RegExp): void {
    const run = runCli(args);
    expect(run.status, args.join(" ")).toBe(status);
    expect(run.stdout, args.join(" ")).toBe("");
    expect(run.stderr, args.join(" ")).toMatch(message);
    expect(run.stderr.startsWith("contact-cadence: "), args.join(" ")).toBe(true);
    expect(hasStackTrace(run.stderr), args.join(" ")).toBe(false);
  }

  it("for a missing vault path", () => {
    for (const command of ["due", "check", "stats", "log"]) fails([command], 2, new RegExp(`${command}: missing the vault folder`));
  });

  it("for a vault that does not exist", () => {
    fails(["due", join(tempDir("none"), "nowhere")], 2, /cannot open the vault folder ".*nowhere": no such file or directory/);
  });

  it("for a vault path that is a file", () => {
    const file = join(tempDir("file"), "notes.md");
    writeFileSync(file, "# not a vault\n");
    for (const command of ["due", "check", "stats"]) fails([command, file], 2, /is a file, not a vault folder/);
    fails(["log", file, "Ann"], 2, /is a file, not a vault folder/);
  });

  it("for a missing contact in log", () => {
    fails(["log", copyFixture("log")], 2, /log: missing the contact/);
  });

  it("for unknown commands, unknown options, extra arguments and bad dates", () => {
    fails(["dew", "vault"], 2, /unknown command "dew" \(commands: due, check, log, stats, doctor, import; try --help\)/);
    fails(["due", copyFixture("basic"), "--jsn"], 2, /due: Unknown option '--jsn' \(try contact-cadence due --help\)/);
    fails(["due", copyFixture("basic"), "other"], 2, /due: unexpected argument "other"/);
    fails(["due", copyFixture("basic"), "--today", "26/11/2026"], 2, /--today "26\/11\/2026" is not a date \(expected YYYY-MM-DD/);
    fails(["due", copyFixture("basic"), "--today"], 2, /due: Option '--today <value>' argument missing/);
  });

  it("for a note that cannot be read: reported, the rest still listed, exit 1", () => {
    const vault = copyFixture("basic");
    symlinkSync(join(vault, "missing-target.md"), join(vault, "Contacts", "Ghost.md"));
    mkdirSync(join(vault, "Notes", "Loop.md"));
    const run = runCli(["due", vault, "--json", ...TODAY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("contact-cadence: cannot read Contacts/Ghost.md: no such file or directory\n");
    const json = JSON.parse(run.stdout) as {
      contacts: { path: string; status: string }[];
      problems: { path: string; field: string; message: string }[];
    };
    expect(json.contacts).toHaveLength(17);
    expect(json.contacts.find((c) => c.path === "Contacts/Ghost.md")?.status).toBe("untracked");
    expect(json.problems).toContainEqual({
      path: "Contacts/Ghost.md",
      field: "file",
      message: "Contacts/Ghost.md: the note could not be read (no such file or directory)",
    });
    const check = runCli(["check", vault, ...TODAY]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("Contacts/Ghost.md: the note could not be read");
  });

  it("for a log on an unreadable note", () => {
    const vault = copyFixture("log");
    symlinkSync(join(vault, "missing-target.md"), join(vault, "Contacts", "Ghost.md"));
    const run = runCli(["log", vault, "Ghost", ...TODAY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("contact-cadence: cannot read Contacts/Ghost.md: no such file or directory");
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
