/**
 * Smoke tests of the built dist/cli.mjs as a process of its own: what the in-process tests cannot
 * see (exit codes as the shell gets them, a pipe closed early, the version the build bakes in, the
 * process's own time zone and folder, and `---js` notes never running in the real bundle).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCli, CLI, cleanUp, copyFixture, hasStackTrace, REPO, spawnCli, tempDir } from "./helpers";

// Each test starts a process or two; a busy machine makes that slow, never wrong.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(buildCli, 120_000);
afterAll(cleanUp);

const TODAY = ["--today", "2026-11-26"];

describe("dist/cli.mjs", () => {
  it("prints help and its version, and exits 0", () => {
    for (const args of [["--help"], ["due", "--help"]]) {
      const run = spawnCli(args);
      expect(run.status, args.join(" ")).toBe(0);
      expect(run.stdout, args.join(" ")).toMatch(/^Usage:|\nUsage:/);
    }
    const { version } = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };
    expect(spawnCli(["--version"]).stdout).toBe(`${version}\n`);
  });

  it("exits 0 when all is well, 1 when check finds problems, 2 on a usage error, with one line and no stack", () => {
    const vault = copyFixture("basic");
    expect(spawnCli(["due", copyFixture("bad-settings"), ...TODAY]).status).toBe(0);
    expect(spawnCli(["check", vault, ...TODAY]).status).toBe(1);
    const usage = spawnCli(["due", vault, "--jsn"]);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe("");
    expect(usage.stderr).toMatch(/^contact-cadence: due: Unknown option '--jsn'.*\n$/);
    expect(hasStackTrace(usage.stderr)).toBe(false);
  });

  it("never runs a ---js note's code, with the marker path in its environment", () => {
    const vault = copyFixture("basic");
    const marker = join(tempDir("marker"), "marker");
    const run = spawnCli(["check", vault, ...TODAY], { env: { CC_MARKER: marker } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Contacts/Kai.md: frontmatter opened with "---js" is never run or read');
    expect(existsSync(marker)).toBe(false);
  });

  it("stops quietly with exit 0 when the reader closes the pipe early (| head)", async () => {
    // Far more than the pipe and the first read hold (2 × 64 KB), so the CLI is still writing when
    // the pipe closes: without its EPIPE handler the process dies with a stack trace and exit 1
    // (checked by hand against a build without it).
    const vault = join(tempDir("big"), "vault");
    mkdirSync(join(vault, "Contacts"), { recursive: true });
    const long = "x".repeat(1000);
    for (let i = 0; i < 300; i++) writeFileSync(join(vault, "Contacts", `P${i}.md`), `---\nname: Person ${i} ${long}\ntier: A\n---\n`);
    const whole = 300 * long.length; // at least: every name is printed in full
    const child = spawn(process.execPath, [CLI, "due", vault, "--json", ...TODAY], { stdio: ["ignore", "pipe", "pipe"] });
    let received = 0;
    let stderr = "";
    child.stdout.once("data", (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(whole); // it really was cut short
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });

  it("takes today from the process's own time zone when --today is not given", () => {
    const vault = copyFixture("bad-settings");
    for (const zone of ["Pacific/Kiritimati", "America/Los_Angeles"]) {
      const local = () =>
        new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
      const before = local();
      const run = spawnCli(["due", vault, "--json"], { env: { TZ: zone } });
      const after = local();
      const today = (JSON.parse(run.stdout) as { today: string }).today;
      expect([before, after], zone).toContain(today);
    }
  });

  it("finds a contact by a path from the current folder", () => {
    const vault = copyFixture("log");
    const run = spawnCli(["log", "vault", "vault/Contacts/Named.md", "--type", "gift", ...TODAY], { cwd: dirname(vault) });
    expect(run.status).toBe(0);
    expect(readFileSync(join(vault, "Contacts/Named.md"), "utf8").endsWith("- 2026-11-26 gift\n")).toBe(true);
  });
});
