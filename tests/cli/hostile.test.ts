/**
 * One hostile note never stops the rest: links out of the vault, pipes, devices, binary files and
 * notes built to exhaust a parser each become a problem naming the file, nothing hangs, nothing
 * outside the vault is touched, and the other notes are read as usual.
 *
 * Anything that could hang runs in a spawned CLI with a timeout (a blocked read would also block
 * an in-process test); the rest runs in process.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCli, CLI, cleanUp, hashTree, tempDir, runCliOnExampleDay } from "./helpers";

vi.setConfig({ testTimeout: 60_000 });
beforeAll(buildCli, 120_000);
afterAll(cleanUp);

const TODAY = ["--today", "2026-11-26"];
const ANN = "---\ntier: A\nlast-touch: 2026-09-01\n---\n# Ann\n";

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

const cli = runCliOnExampleDay;

/** The built CLI in its own process, killed if it runs for more than 20 s. */
function spawned(args: string[]): Ran & { timedOut: boolean } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
}

function vault(notes: Record<string, string | Buffer> = {}): string {
  const root = join(tempDir("hostile"), "vault");
  mkdirSync(join(root, ".obsidian"), { recursive: true });
  for (const [path, text] of Object.entries({ "Contacts/Ann.md": ANN, ...notes })) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

interface DueJson {
  contacts: { path: string; status: string }[];
  problems: { path: string; field: string; message: string }[];
}

function dueJson(root: string): DueJson {
  return JSON.parse(cli(["due", root, "--json", ...TODAY]).stdout) as DueJson;
}

describe("files that are not notes", () => {
  it("a FIFO, a link to a FIFO and a link to /dev/zero: reported by name, nothing hangs, Ann still due", () => {
    const root = vault();
    const pipe = join(tempDir("pipe"), "pipe");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    expect(spawnSync("mkfifo", [join(root, "Contacts", "Fifo.md")]).status).toBe(0);
    symlinkSync(pipe, join(root, "Contacts", "Piped.md"));
    symlinkSync("/dev/zero", join(root, "Zero.md"));
    for (const command of ["due", "check", "stats"]) {
      const ran = spawned([command, root, ...TODAY]);
      expect(ran.timedOut, command).toBe(false);
      expect(ran.status, command).toBe(1);
    }
    const check = spawned(["check", root, ...TODAY]);
    expect(check.stdout).toContain("Contacts/Fifo.md: a named pipe (FIFO), not a regular file, so it is never read or written");
    expect(check.stdout).toContain("Contacts/Piped.md: a named pipe (FIFO), not a regular file, so it is never read or written");
    expect(check.stdout).toContain("Zero.md: a device, not a regular file, so it is never read or written");
    const due = spawned(["due", root, "--json", ...TODAY]);
    expect((JSON.parse(due.stdout) as DueJson).contacts.find((c) => c.path === "Contacts/Ann.md")?.status).toBe("overdue");
    const log = spawned(["log", root, "Fifo", ...TODAY]);
    expect(log.timedOut).toBe(false);
    expect(log.status).toBe(1);
    expect(log.stderr).toContain("Contacts/Fifo.md is a named pipe (FIFO), not a regular file");
  });

  it("a binary note is a problem ('not UTF-8 text') in check and due --json, and log never writes it", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const latin1 = Buffer.from("---\ntier: B\n---\nCaf\xe9\n", "latin1");
    const root = vault({
      "Contacts/Photo.md": png,
      "Contacts/Latin.md": latin1,
      "Notes/Scan.md": Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]),
    });
    const before = hashTree(root);
    const check = cli(["check", root, ...TODAY]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("Contacts/Photo.md: not UTF-8 text");
    expect(check.stdout).toContain("Contacts/Latin.md: not UTF-8 text");
    expect(check.stdout).toContain("Notes/Scan.md: not UTF-8 text");
    const json = dueJson(root);
    expect(json.problems.filter((p) => p.message.includes("not UTF-8 text")).map((p) => [p.path, p.field])).toEqual([
      ["Contacts/Latin.md", "file"],
      ["Contacts/Photo.md", "file"],
      ["Notes/Scan.md", "file"],
    ]);
    expect(json.contacts.find((c) => c.path === "Contacts/Ann.md")?.status).toBe("overdue");
    for (const name of ["Photo", "Latin"]) {
      const log = cli(["log", root, name, "--force", ...TODAY]);
      expect(log.status, name).toBe(1);
      expect(log.stderr, name).toContain("is not valid UTF-8 text; nothing was written");
    }
    expect(hashTree(root)).toEqual(before);
  });
});

describe("links out of the vault", () => {
  it("are read but never written, and nothing outside changes", () => {
    const root = vault();
    const outsideDir = tempDir("outside");
    const outside = join(outsideDir, "Secret.md");
    writeFileSync(outside, "---\ntier: B\n---\n");
    symlinkSync(outside, join(root, "Contacts", "Secret.md"));
    // A linked folder on the way counts too: the real location decides.
    symlinkSync(outsideDir, join(root, "Contacts", "Elsewhere"));
    const log = cli(["log", root, "Secret", "--type", "call", ...TODAY]);
    expect(log.status).toBe(1);
    expect(log.stderr).toContain("will not write Contacts/Secret.md: it is a link to");
    expect(readFileSync(outside, "utf8")).toBe("---\ntier: B\n---\n");
    expect(hashTree(outsideDir).size).toBe(1);
    expect(cli(["log", root, "Ann", ...TODAY]).status).toBe(0);
  });
});

describe("notes built to exhaust a parser", () => {
  const cases: Record<string, string> = {
    "130,000 hashtags on one line": `---\ntier: B\n---\n${Array.from({ length: 130_000 }, (_, i) => `#t${i}`).join(" ")}\n`,
    "frontmatter nested 20,000 deep": `---\ntier: B\nx: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n---\n`,
    "a list of 50,000 tags": `---\ntier: B\ntags:\n${Array.from({ length: 50_000 }, (_, i) => `  - t${i}`).join("\n")}\n---\n`,
    "a 4 MB line in the log": `---\ntier: B\n---\n## Log\n- 2026-11-01 call ${"x".repeat(4_000_000)}\n`,
    "100,000 log entries": `---\ntier: B\n---\n## Log\n${"- 2026-11-01 call #a\n".repeat(100_000)}`,
    "an alias bomb": `---\ntier: B\na: &a [x, x]\n${Array.from({ length: 25 }, (_, i) => `b${i}: &b${i} [${i === 0 ? "*a, *a" : `*b${i - 1}, *b${i - 1}`}]`).join("\n")}\n---\n`,
  };
  for (const [label, text] of Object.entries(cases)) {
    it(`${label}: every command finishes, the note is named if it is a problem, Ann is read`, () => {
      const root = vault({ "Contacts/Hostile.md": text });
      for (const command of ["due", "check", "stats"]) {
        const ran = cli([command, root, ...TODAY]);
        expect(ran.stderr, command).not.toContain("unexpected error");
        expect([0, 1], command).toContain(ran.status);
      }
      const json = dueJson(root);
      expect(json.contacts.map((c) => c.path)).toEqual(["Contacts/Ann.md", "Contacts/Hostile.md"]);
      expect(json.contacts[0]?.status).toBe("overdue");
      for (const p of json.problems) expect(p.message.startsWith("Contacts/Hostile.md: ")).toBe(true);
      // Only the two that really are unreadable YAML may be problems; the rest is read in full.
      const readable = !label.includes("nested") && !label.includes("alias");
      expect(json.problems.length === 0, json.problems.map((p) => p.message.slice(0, 200)).join("\n")).toBe(readable);
      if (readable) expect(json.contacts[1]?.status).not.toBe("untracked");
    });
  }
});

describe("the settings file", () => {
  it("a pipe in place of data.json does not hang: the defaults, with a warning", () => {
    const root = vault();
    mkdirSync(join(root, ".obsidian", "plugins", "contact-cadence"), { recursive: true });
    expect(spawnSync("mkfifo", [join(root, ".obsidian", "plugins", "contact-cadence", "data.json")]).status).toBe(0);
    const ran = spawned(["due", root, ...TODAY]);
    expect(ran.timedOut).toBe(false);
    expect(ran.status).toBe(0);
    expect(ran.stderr).toContain(
      "settings: cannot read .obsidian/plugins/contact-cadence/data.json (a named pipe (FIFO), not a regular file",
    );
    expect(ran.stdout).toContain("Ann");
  });
});
