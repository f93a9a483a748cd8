/**
 * An empty result says why: the folder and tag looked for, whether the folder exists (or only in
 * another letter case), whether the path looks like a vault. A path that does not exist is exit 2.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanUp, tempDir, runCliOnExampleDay } from "./helpers";

afterAll(cleanUp);

const cli = runCliOnExampleDay;

function folder(files: Record<string, string> = {}, dirs: string[] = []): string {
  const root = join(tempDir("empty"), "vault");
  mkdirSync(root, { recursive: true });
  for (const d of dirs) mkdirSync(join(root, d), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("no contact found", () => {
  it("in an empty folder that is not a vault: due says so and why, exit 0", () => {
    const root = folder();
    const due = cli(["due", root]);
    expect(due.status).toBe(0);
    expect(due.stdout).toBe(
      `No contact notes found in ${root}.\n` +
        "  This folder has no .obsidian folder, so it may not be an Obsidian vault: give the folder that holds .obsidian.\n" +
        "  It holds no markdown notes at all.\n" +
        '  A contact is a note in the folder "Contacts" (subfolders included), or tagged #contact.\n' +
        '  The folder "Contacts" does not exist in this vault.\n' +
        "  No .obsidian/plugins/contact-cadence/data.json here, so the plugin's default settings apply.\n",
    );
    expect(due.stdout).not.toContain("nobody to reach");
  });

  it("with the folder in another letter case: check names both spellings and fails", () => {
    const root = folder({ "contacts/Ann.md": "---\ntier: A\n---\n", "Daily.md": "hello" }, [".obsidian"]);
    const check = cli(["check", root]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('The folder "Contacts" does not exist, but "contacts" does');
    expect(check.stdout).toContain("None of the 2 notes carries #contact");
    expect(check.stdout).not.toContain("No problems in 0 contact notes");
    expect(check.stdout).not.toContain("may not be an Obsidian vault");
  });

  it("with custom settings: the configured folder and tag are named", () => {
    const settings = JSON.stringify({ contactsFolder: "People", contactTag: "person" });
    const root = folder({ ".obsidian/plugins/contact-cadence/data.json": settings, "Note.md": "#contact\n" });
    const stats = cli(["stats", root]);
    expect(stats.status).toBe(0);
    expect(stats.stdout).toContain('A contact is a note in the folder "People" (subfolders included), or tagged #person.');
    expect(stats.stdout).toContain("Settings were read from .obsidian/plugins/contact-cadence/data.json.");
  });

  it("due --json keeps its object on stdout and explains on stderr", () => {
    const root = folder({}, [".obsidian", "Contacts"]);
    const due = cli(["due", root, "--json"]);
    expect(due.status).toBe(0);
    expect((JSON.parse(due.stdout) as { contacts: unknown[] }).contacts).toEqual([]);
    expect(due.stderr).toContain(`No contact notes found in ${root}.`);
    expect(due.stderr).toContain("It holds no markdown notes at all.");
  });

  it("log explains instead of 'no contact matches'", () => {
    const root = folder({ "People/Ann.md": "hi" }, [".obsidian"]);
    const log = cli(["log", root, "Ann"]);
    expect(log.status).toBe(2);
    expect(log.stderr).toContain(`contact-cadence: log: No contact notes found in ${root}.`);
    expect(log.stderr).toContain('The folder "Contacts" does not exist in this vault.');
  });

  it("a path that does not exist stays exit 2", () => {
    const missing = join(tempDir("missing"), "nope");
    const due = cli(["due", missing]);
    expect(due.status).toBe(2);
    expect(due.stderr).toBe(`contact-cadence: cannot open the vault folder "${missing}": no such file or directory\n`);
  });
});

describe("contacts found, but a configured folder is missing", () => {
  it("check still mentions it, without failing for it", () => {
    const root = folder({ "Ann.md": "---\ntier: A\nlast-touch: 2026-11-20\n---\n#contact\n" }, [".obsidian"]);
    const check = cli(["check", root, "--today", "2026-11-26"]);
    expect(check.status).toBe(0);
    expect(check.stdout).toBe('No problems in 1 contact note.\nNote: The folder "Contacts" does not exist in this vault.\n');
  });
});
