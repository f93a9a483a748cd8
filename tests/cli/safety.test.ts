/**
 * No code from a note ever runs, and `due`, `check` and `stats` never change a file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { cleanUp, copyFixture, copyVault, EXAMPLE_VAULT, FIXTURES, hashTree, REPO, runCli, tempDir } from "./helpers";

afterAll(cleanUp);

describe("---js front matter", () => {
  it("would run in stock gray-matter: the fixture is a real attack", () => {
    // The control: without the hardening, gray-matter evaluates the block and the marker appears.
    const marker = join(tempDir("control"), "marker");
    const script = `const matter = require("gray-matter"); matter(require("fs").readFileSync(process.argv[1], "utf8"), {});`;
    const run = spawnSync(process.execPath, ["-e", script, join(FIXTURES, "basic", "Contacts", "Kai.md")], {
      cwd: REPO,
      env: { ...process.env, CC_MARKER: marker },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(readFileSync(marker, "utf8")).toBe("the note's code ran");
  });

  it("never runs in the CLI, whatever the command, and makes the note a problem", () => {
    // In this process: the note's code would write to $CC_MARKER and set a global here.
    const vault = copyFixture("basic");
    const marker = join(tempDir("marker"), "marker");
    vi.stubEnv("CC_MARKER", marker);
    onTestFinished(() => void vi.unstubAllEnvs());
    for (const args of [["due", "--json"], ["due", "--all"], ["check"], ["stats"], ["log", "Kai"], ["log", "Lea"]]) {
      const [command, ...rest] = args as [string, ...string[]];
      runCli([command, vault, ...rest, "--today", "2026-11-26"]);
      expect(existsSync(marker), args.join(" ")).toBe(false);
      expect((globalThis as { ccPwned?: unknown }).ccPwned, args.join(" ")).toBeUndefined();
    }
    const check = runCli(["check", vault, "--today", "2026-11-26"]);
    expect(check.stdout).toContain('Contacts/Kai.md: frontmatter opened with "---js" is never run or read');
    expect(check.stdout).toContain('Contacts/Lea.md: frontmatter opened with "---javascript" is never run or read');
  });
});

describe("due, check and stats are read-only", () => {
  const commands = [
    ["due"],
    ["due", "--all"],
    ["due", "--json"],
    ["check"],
    ["stats"],
    ["due", "--today", "2026-11-26"],
    ["stats", "--today", "2030-01-01"],
  ];

  for (const [label, source] of [
    ["the basic fixture", join(FIXTURES, "basic")],
    ["the example vault", EXAMPLE_VAULT],
  ] as const) {
    it(`leave every file of ${label} byte-identical, and add none`, () => {
      const vault = copyVault(source, "readonly");
      const before = hashTree(vault);
      expect(before.size).toBeGreaterThan(10);
      for (const [command, ...rest] of commands as [string, ...string[]][]) {
        const run = runCli([command, vault, ...rest]);
        expect(run.status === 0 || run.status === 1, `${command} ${rest.join(" ")}: ${run.stderr}`).toBe(true);
      }
      expect(hashTree(vault)).toEqual(before);
    });
  }
});
