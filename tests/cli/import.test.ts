import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/run";
import { cleanUp, copyVault, EXAMPLE_VAULT, hashTree } from "./helpers";
import { IMPORT_KEYS } from "../../src/core/import/person";

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
  const status = run(args, io);
  return { status, stdout, stderr };
}

const sample = (name: string): string => join(EXAMPLE_VAULT, "imports", name);
const SAMPLES = ["google.csv", "outlook.csv", "linkedin-connections.csv", "contacts.vcf"];

interface Preview {
  kind: string;
  create: { name: string; path: string; fields: Record<string, string> }[];
  update: { name: string; path: string; fields: Record<string, string> }[];
  unchanged: { name: string; path: string }[];
  ambiguous: unknown[];
  applied: boolean;
}

function preview(vault: string, file: string, ...flags: string[]): Preview {
  const result = cli(["import", vault, file, "--json", ...flags]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Preview;
}

afterEach(cleanUp);

describe("contact-cadence import", () => {
  it.each([
    ["google.csv", "google", 4, 2],
    ["outlook.csv", "outlook", 4, 2],
    ["linkedin-connections.csv", "linkedin", 5, 2],
    ["contacts.vcf", "vcard", 4, 2],
  ])("previews %s in the documented shape, and writes nothing", (file, kind, creates, updates) => {
    const vault = copyVault(EXAMPLE_VAULT);
    const before = hashTree(vault);
    const json = preview(vault, sample(file));
    expect(json.kind).toBe(kind);
    // The shape the README documents, and nothing else.
    expect(Object.keys(json)).toEqual(["file", "kind", "create", "update", "unchanged", "ambiguous", "problems", "applied"]);
    expect([json.create.length, json.update.length, json.unchanged.length, json.ambiguous.length]).toEqual([creates, updates, 0, 0]);
    for (const item of [...json.create, ...json.update]) {
      expect(Object.keys(item).sort()).toEqual(["fields", "name", "path", "source"]);
      expect(item.path).toMatch(json.create.includes(item) ? /^Contacts\/[^/]+\.md$/ : /\.md$/);
      expect(typeof item.name).toBe("string");
      for (const [key, value] of Object.entries(item.fields)) {
        expect(IMPORT_KEYS as readonly string[]).toContain(key);
        expect(typeof value).toBe("string");
      }
    }
    // A new note's fields say everything it is given, its name first.
    for (const item of json.create) expect(Object.keys(item.fields)[0]).toBe("name");
    expect(json.applied).toBe(false);
    expect(hashTree(vault)).toEqual(before);
  });

  it("matches the example vault's people by accent-free name, honorific and word order", () => {
    const vault = copyVault(EXAMPLE_VAULT);
    expect(preview(vault, sample("outlook.csv")).update.map((u) => [u.name, u.path])).toEqual([
      ["Rosa Jimenez", "Contacts/Work/Rosa Jiménez.md"],
      ["Maya Goldberg", "Contacts/Former colleagues/Maya Goldberg.md"],
    ]);
    expect(preview(vault, sample("contacts.vcf")).update.map((u) => u.path)).toContain("People/Dr Amara Nwosu.md");
  });

  it("with --apply writes every note; a second import finds everything unchanged", () => {
    const vault = copyVault(EXAMPLE_VAULT);
    for (const file of SAMPLES) {
      const first = preview(vault, sample(file));
      const result = cli(["import", vault, sample(file), "--apply"]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Imported: ${first.create.length} created, ${first.update.length} updated.`);
      // Straight after: every person of the file unchanged, nothing to write.
      const again = preview(vault, sample(file));
      expect([again.create.length, again.update.length, again.ambiguous.length]).toEqual([0, 0, 0]);
      expect(again.unchanged.map((u) => u.path).sort()).toEqual(
        [...first.create, ...first.update, ...first.unchanged].map((u) => u.path).sort(),
      );
      expect(cli(["import", vault, sample(file)]).stdout).toMatch(
        /: 0 to create, 0 to update, \d+ unchanged, 0 ambiguous\n[\s\S]*\nNothing to write\.\n$/,
      );
    }
    for (const file of SAMPLES) {
      const again = preview(vault, sample(file));
      expect([again.create.length, again.update.length, again.ambiguous.length]).toEqual([0, 0, 0]);
      expect(again.unchanged.length).toBeGreaterThan(0);
    }
    const priya = readFileSync(join(vault, "Contacts/Priya Raman.md"), "utf8");
    expect(priya).toContain("last-touch: 2026-09-14\nemail: priya.raman@lumenhealth.example\n");
  });

  it("keeps new people untracked unless --tier, and never makes a do-not-contact person tracked", () => {
    const vault = copyVault(EXAMPLE_VAULT);
    expect(cli(["import", vault, sample("outlook.csv"), "--apply", "--tier", "B"]).status).toBe(0);
    const due = JSON.parse(cli(["due", vault, "--json", "--today", "2026-11-26"]).stdout) as {
      contacts: { path: string; tier: string | null; status: string }[];
    };
    const byPath = new Map(due.contacts.map((c) => [c.path, c]));
    expect(byPath.get("Contacts/Björn Lindqvist.md")).toMatchObject({ tier: "B", status: "new" });
    expect(byPath.get("Contacts/Former colleagues/Maya Goldberg.md")).toMatchObject({ status: "do-not-contact" });
    expect(readFileSync(join(vault, "Contacts/Former colleagues/Maya Goldberg.md"), "utf8")).toContain("email: maya.goldberg@example.com");

    const other = copyVault(EXAMPLE_VAULT);
    cli(["import", other, sample("outlook.csv"), "--apply"]);
    const untracked = JSON.parse(cli(["due", other, "--json", "--today", "2026-11-26"]).stdout) as {
      contacts: { path: string; status: string }[];
    };
    expect(untracked.contacts.find((c) => c.path === "Contacts/Björn Lindqvist.md")?.status).toBe("untracked");
  });

  it("writes nothing when one note cannot be written, and says which", () => {
    const vault = copyVault(EXAMPLE_VAULT);
    // A folder where a new note would go: its creation fails after the updates were made.
    mkdirSync(join(vault, "Contacts", "Zeynep Yıldız.md"));
    const before = hashTree(vault);
    const result = cli(["import", vault, sample("outlook.csv"), "--apply"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "contact-cadence: import: Contacts/Zeynep Yıldız.md already exists; it was left as it is; every note written before it was put back as it was. Nothing was imported.\n",
    );
    expect(hashTree(vault)).toEqual(before);
  });

  it("refuses an unknown tier and a file it does not know, before anything is written", () => {
    const vault = copyVault(EXAMPLE_VAULT);
    expect(cli(["import", vault, sample("outlook.csv"), "--tier", "Z"])).toMatchObject({
      status: 2,
      stderr: 'contact-cadence: import: --tier "Z" is not a tier (expected one of A, B, C, D, or none)\n',
    });
    const notes = join(vault, "Start here.md");
    const unknown = cli(["import", vault, notes]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^contact-cadence: import: Start here\.md: not a contact export we know/);
    const missing = cli(["import", vault, join(vault, "missing.csv")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot read");
    expect(cli(["import", vault])).toMatchObject({ status: 2 });
  });

  it("prints a readable preview", () => {
    const vault = copyVault(EXAMPLE_VAULT);
    const { stdout } = cli(["import", vault, sample("linkedin-connections.csv")]);
    expect(stdout).toContain("(LinkedIn connections): 5 to create, 2 to update, 0 unchanged, 0 ambiguous");
    expect(stdout).toContain(
      "  Contacts/Marcus Okafor.md  Marcus Okafor  + linkedin: https://www.linkedin.com/in/marcus-okafor-example · connected: 2019-02-14",
    );
    expect(stdout).toContain("Nothing was written. Run again with --apply");
  });

  it("the sample exports in the example vault are not contacts", () => {
    const due = JSON.parse(cli(["due", EXAMPLE_VAULT, "--json", "--today", "2026-11-26"]).stdout) as { contacts: { path: string }[] };
    expect(due.contacts.some((c) => c.path.startsWith("imports/"))).toBe(false);
    expect(due.contacts).toHaveLength(36);
  });
});
