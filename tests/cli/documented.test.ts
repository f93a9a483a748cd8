/**
 * The command line as the README shows it: values that start with "-", note names with a
 * backslash, implausible dates, and the package's `bin` built by `npm run build`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { implausibleDate } from "../../src/cli/log-command";
import { isoDate } from "../../src/core/dates";
import { cleanUp, REPO, tempDir, runCliOnExampleDay } from "./helpers";

afterAll(cleanUp);

const TODAY = ["--today", "2026-11-26"];

const cli = runCliOnExampleDay;

function vault(files: Record<string, string>): string {
  const root = join(tempDir("doc"), "vault");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const ANN = "---\ntier: A\n---\n## Log\n";
const TOUCHED = "---\ntier: A\nlast-touch: 2026-11-26\n---\n## Log\n";

describe("option values that start with -", () => {
  for (const args of [["--note", "-5 min call"], ["-n", "-5 min call"], ["--note=-5 min call"]]) {
    it(`${args.join(" ")} is the note`, () => {
      const root = vault({ "Contacts/Ann.md": ANN });
      const ran = cli(["log", root, "Ann", ...args, ...TODAY]);
      expect(ran.stderr).toBe("");
      expect(ran.status).toBe(0);
      expect(readFileSync(join(root, "Contacts/Ann.md"), "utf8")).toBe(`${TOUCHED}- 2026-11-26: -5 min call\n`);
    });
  }

  it("an option where the value should be gets a clear message, and nothing is written", () => {
    const root = vault({ "Contacts/Ann.md": ANN });
    const ran = cli(["log", root, "Ann", "--note", "--force", ...TODAY]);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toBe(
      "contact-cadence: log: --note is followed by another option instead of its value; give it a value, or write --note=VALUE for a value that looks like an option\n",
    );
    expect(readFileSync(join(root, "Contacts/Ann.md"), "utf8")).toBe(ANN);
  });

  it("a value after -- stays a positional", () => {
    const root = vault({ "Contacts/-Dash.md": ANN });
    const ran = cli(["log", root, ...TODAY, "--", "-Dash"]);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain("Logged for -Dash in Contacts/-Dash.md:");
  });
});

describe("a note name with a backslash", () => {
  it("is found by its name and by its path, and logged", () => {
    const root = vault({ "Contacts/AC\\DC.md": ANN, "Contacts/Ann.md": ANN });
    expect(cli(["log", root, "AC\\DC", "--note", "one", ...TODAY]).status).toBe(0);
    expect(cli(["log", root, "Contacts/AC\\DC.md", "--note", "two", ...TODAY]).status).toBe(0);
    expect(readFileSync(join(root, "Contacts/AC\\DC.md"), "utf8")).toBe(`${TOUCHED}- 2026-11-26: one\n- 2026-11-26: two\n`);
    expect(readFileSync(join(root, "Contacts/Ann.md"), "utf8")).toBe(ANN);
  });

  it("still reads as a folder separator when no name has one", () => {
    const root = vault({ "Contacts/Work/Tom.md": ANN });
    expect(cli(["log", root, "Contacts\\Work\\Tom", ...TODAY]).status).toBe(0);
  });
});

describe("implausible dates", () => {
  it("are logged with a warning", () => {
    const root = vault({ "Contacts/Ann.md": ANN });
    const ran = cli(["log", root, "Ann", "--date", "0000-01-01", ...TODAY]);
    expect(ran.status).toBe(0);
    expect(ran.stderr).toContain("contact-cadence: note: the date 0000-01-01 is before 1900: is it a typo?");
  });

  it("are before 1900 or more than a year after today; the rest are not", () => {
    expect(implausibleDate(isoDate("1899-12-31"), isoDate("2026-11-26"))).toContain("before 1900");
    expect(implausibleDate(isoDate("1900-01-01"), isoDate("2026-11-26"))).toBeNull();
    expect(implausibleDate(isoDate("2027-11-26"), isoDate("2026-11-26"))).toBeNull();
    expect(implausibleDate(isoDate("2027-11-27"), isoDate("2026-11-26"))).toContain("more than a year after today (2026-11-26)");
  });
});

describe("the package", () => {
  it("builds its bin with npm run build, so npm link and npx contact-cadence find it", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.bin["contact-cadence"]).toBe("dist/cli.mjs");
    expect(pkg.scripts.build).toContain("node scripts/build-cli.mjs");
    expect(pkg.scripts.cli).toContain("node scripts/build-cli.mjs");
  });
});
