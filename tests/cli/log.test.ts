/**
 * `log`: exact bytes after an edit, the guards (do-not-contact, invalid YAML, `---js`, not UTF-8),
 * name matching, and no temporary file left behind.
 */
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cleanUp, copyFixture, hashTree, hasStackTrace, runCli } from "./helpers";

afterAll(cleanUp);

const TODAY = ["--today", "2026-11-26"];

function read(vault: string, path: string): string {
  return readFileSync(join(vault, path), "utf8");
}

/** The files that differ between two snapshots of a vault (added, removed or changed). */
function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

describe("log writes one line and one value, and keeps every other byte", () => {
  it("keeps a BOM, CRLF line endings, comments, quoting and a missing final newline", () => {
    const vault = copyFixture("log");
    const before = hashTree(vault);
    const run = runCli([
      "log",
      vault,
      "wren ito",
      "--type",
      "Call",
      "--date",
      "2026-11-20",
      "--note",
      "Coffee; asked about the offsite #asked",
      ...TODAY,
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(read(vault, "Contacts/Crlf Bom.md")).toBe(
      "\uFEFF---\r\n# kept: a comment\r\nname: Wren Ito   # display name\r\ntier: B\r\nlast-touch: '2026-11-20'  # quoted on purpose\r\n---\r\n" +
        "Intro.\r\n\r\n## Log\r\n* 2026-10-01 call – planning\r\n- 2026-11-20 call: Coffee; asked about the offsite #asked\r\n\r\n## Notes\r\nLikes tea.",
    );
    // Only that note changed, and no temporary file was left next to it.
    expect(changedFiles(before, hashTree(vault))).toEqual(["Contacts/Crlf Bom.md"]);
    expect(run.stdout).toContain("Logged for Wren Ito in Contacts/Crlf Bom.md:");
    expect(run.stdout).toContain("last-touch: 2026-10-01 → 2026-11-20");
  });

  it("creates ## Log at the end of a note without one, defaults the date to today, and keeps the spelling of last-touch", () => {
    const vault = copyFixture("log");
    const run = runCli(["log", vault, "Contacts/No log", "--note", "Sent the deck", ...TODAY]);
    expect(run.status).toBe(0);
    expect(read(vault, "Contacts/No log.md")).toBe(
      "---\ntier: A\nlastTouch: 2026-11-26\n---\nNo log yet.\n\n## Log\n- 2026-11-26: Sent the deck",
    );
  });

  it("does not move last-touch back for an older entry, and moves it forward for a newer one", () => {
    const vault = copyFixture("log");
    expect(runCli(["log", vault, "Snake", "--type", "email", "--date", "2026-11-10", ...TODAY]).status).toBe(0);
    expect(read(vault, "Contacts/Snake.md")).toBe(
      "---\ntier: C\nlast_touch: 2026-11-25\n---\n## Log\n- 2026-11-25 call: yesterday\n- 2026-11-10 email\n",
    );
    expect(runCli(["log", vault, "Snake", "--type", "meal", ...TODAY]).status).toBe(0);
    expect(read(vault, "Contacts/Snake.md")).toBe(
      "---\ntier: C\nlast_touch: 2026-11-26\n---\n## Log\n- 2026-11-25 call: yesterday\n- 2026-11-10 email\n- 2026-11-26 meal\n",
    );
  });

  it("logs an entry dated after today without moving last-touch, and says so", () => {
    const vault = copyFixture("log");
    const run = runCli(["log", vault, "Snake", "--type", "meal", "--date", "2026-12-02", "--note", "Booked", ...TODAY]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("dated after today");
    expect(read(vault, "Contacts/Snake.md")).toBe(
      "---\ntier: C\nlast_touch: 2026-11-25\n---\n## Log\n- 2026-11-25 call: yesterday\n- 2026-12-02 meal: Booked\n",
    );
  });

  it("writes through a symbolic link to a note inside the vault, leaving the link in place", () => {
    const vault = copyFixture("log");
    writeFileSync(join(vault, "Real note.md"), "---\ntier: B\n---\n");
    symlinkSync(join(vault, "Real note.md"), join(vault, "Contacts", "Linked.md"));
    expect(runCli(["log", vault, "Linked", "--type", "call", ...TODAY]).status).toBe(0);
    expect(read(vault, "Real note.md")).toBe("---\ntier: B\nlast-touch: 2026-11-26\n---\n\n## Log\n- 2026-11-26 call\n");
    expect(hashTree(vault).get("Contacts/Linked.md")).toBe("symlink");
  });

  it("never writes through a symbolic link to a file outside the vault", () => {
    const vault = copyFixture("log");
    const outside = join(dirname(vault), "Real note.md");
    writeFileSync(outside, "---\ntier: B\n---\n");
    symlinkSync(outside, join(vault, "Contacts", "Linked.md"));
    const run = runCli(["log", vault, "Linked", "--type", "call", ...TODAY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("log: will not write Contacts/Linked.md: it is a link to");
    expect(run.stderr).toContain("outside the vault");
    expect(readFileSync(outside, "utf8")).toBe("---\ntier: B\n---\n");
  });
});

describe("log refuses, and changes nothing, when it should not write", () => {
  function refused(args: string[], status: number, message: RegExp): string {
    const vault = copyFixture("log");
    const before = hashTree(vault);
    const run = runCli(["log", vault, ...args, ...TODAY]);
    expect(run.status).toBe(status);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(changedFiles(before, hashTree(vault))).toEqual([]);
    return vault;
  }

  it("a do-not-contact person, unless --force", () => {
    refused(["Dnc", "--type", "email"], 1, /Dnc asked not to be contacted; nothing was written\. Add --force/);
    const vault = copyFixture("log");
    const run = runCli(["log", vault, "Dnc", "--type", "email", "--force", ...TODAY]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("logged because of --force");
    expect(read(vault, "Contacts/Dnc.md")).toBe(
      "---\ntier: B\ndo-not-contact: true\nlast-touch: 2026-11-26\n---\n## Log\n- 2026-11-26 email\n",
    );
  });

  it("a note whose frontmatter is not valid YAML", () => {
    refused(["Broken", "--type", "call"], 1, /Contacts\/Broken\.md: frontmatter is not valid YAML .*Nothing was written/);
  });

  it("a ---js note, without running its code", () => {
    // The note's code would write to $CC_MARKER and set a global, in this very process.
    const marker = join(copyFixture("log"), "..", "marker");
    vi.stubEnv("CC_MARKER", marker);
    try {
      refused(["Js", "--type", "call"], 1, /frontmatter opened with "---js" is never run/);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(() => readFileSync(marker)).toThrow();
    expect((globalThis as { ccPwned?: unknown }).ccPwned).toBeUndefined();
  });

  it("a note that is not valid UTF-8 (decoding it would lose bytes)", () => {
    refused(["Latin1", "--type", "call"], 1, /Contacts\/Latin1\.md is not valid UTF-8 text; nothing was written/);
  });

  it("a name that matches several notes, listing them", () => {
    const vault = refused(
      ["sam lee"],
      2,
      /"sam lee" matches 2 contacts; give the note's path:\n {2}Contacts\/Sam Lee\.md {2}\(Sam Lee\)\n {2}Contacts\/Work\/Sam Lee\.md/,
    );
    expect(runCli(["log", vault, "Contacts/Work/Sam Lee", ...TODAY]).status).toBe(0);
    expect(read(vault, "Contacts/Work/Sam Lee.md")).toContain("- 2026-11-26\n");
  });

  it("a name that matches nothing, suggesting near names", () => {
    refused(["Nobody"], 2, /no contact matches "Nobody" \(try the note's path/);
    refused(["robin"], 2, /no contact matches "robin"; did you mean:\n {2}Contacts\/Named\.md {2}\(Robin Hood\)/);
  });

  it("a note that is not a contact", () => {
    refused(["Notes/Plain.md"], 2, /Notes\/Plain\.md is not a contact note/);
  });

  it("an unknown interaction type or a date that is not one", () => {
    refused(["Snake", "--type", "telegram"], 2, /--type "telegram" is not an interaction type \(expected one of call, email, message/);
    refused(["Snake", "--date", "2026-02-30"], 2, /--date "2026-02-30" is not a date/);
  });
});

describe("log finds the contact", () => {
  it("by name in any case, by file name, and by vault path (from the current folder: tests/cli/process.test.ts)", () => {
    const vault = copyFixture("log");
    const cases: [string[], string][] = [
      [["log", vault, "ROBIN HOOD"], "Contacts/Named.md"],
      [["log", vault, "named"], "Contacts/Named.md"],
      [["log", vault, "Contacts/Named.md"], "Contacts/Named.md"],
      [["log", vault, "Contacts\\Snake"], "Contacts/Snake.md"],
    ];
    for (const [args, path] of cases) {
      const run = runCli([...args, ...TODAY]);
      expect(run.status, args.join(" ")).toBe(0);
      expect(run.stdout, args.join(" ")).toContain(`in ${path}:`);
    }
  });
});
