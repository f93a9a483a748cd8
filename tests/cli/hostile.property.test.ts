/**
 * Every per-note step (frontmatter, tags, log, the contact) takes any text without throwing, and
 * a vault with one generated hostile note still reads its other notes. Generated notes mix very
 * long lines, deep nesting and huge lists with ordinary pieces.
 */
import fc from "fast-check";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { readFrontmatter } from "../../src/cli/frontmatter";
import { contactFromNote, loadVault } from "../../src/cli/vault";
import { parseLog } from "../../src/core/log";
import { bodyTags, contactFromText } from "../../src/core/note";
import { defaultSettings } from "../../src/core/settings";
import { cleanUp, tempDir } from "./helpers";

// Each run builds notes of megabytes: slow on a busy machine, never wrong.
vi.setConfig({ testTimeout: 120_000 });
afterAll(cleanUp);

const settings = defaultSettings();

/** One piece of a hostile note; sizes are large enough to break recursion or quadratic code. */
const piece: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 100_000, max: 150_000 }).map((n) => Array.from({ length: n }, (_, i) => `#t${i % 5000}`).join(" ")),
  fc.integer({ min: 1_000, max: 30_000 }).map((n) => `x: ${"[".repeat(n)}${"]".repeat(n)}`),
  fc.integer({ min: 1_000, max: 30_000 }).map((n) => `x: ${"{a: ".repeat(n)}1${"}".repeat(n)}`),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => `tags:\n${"  - t\n".repeat(n)}`),
  fc.integer({ min: 10_000, max: 1_000_000 }).map((n) => "y".repeat(n)),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => "- 2026-11-01 call #a\n".repeat(n)),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => `${"> ".repeat(n)}#contact`),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => "```\n".repeat(n)),
  fc.constantFrom("---", "## Log", "tier: A", "last-touch: 2026-01-01", "- [[Ann]]", "\r\n", "\uFEFF", "#contact"),
  fc.string({ maxLength: 40 }),
);

const hostileNote = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("\n"));

describe("per-note steps on hostile text", () => {
  it("never throw", () => {
    fc.assert(
      fc.property(hostileNote, (text) => {
        const fm = readFrontmatter(text);
        expect(Array.isArray(bodyTags(text.slice(fm.bodyStart)))).toBe(true);
        expect(Array.isArray(parseLog(text, settings.logHeading, settings.interactionTypes))).toBe(true);
        expect(contactFromNote("Contacts/H.md", text, settings).path).toBe("Contacts/H.md");
        expect(contactFromText("Contacts/H.md", text, settings).path).toBe("Contacts/H.md");
      }),
      { numRuns: 20 },
    );
  });

  it("leave the other notes of the vault read as usual", () => {
    fc.assert(
      fc.property(hostileNote, (text) => {
        const root = join(tempDir("prop"), "vault");
        mkdirSync(join(root, "Contacts"), { recursive: true });
        writeFileSync(join(root, "Contacts", "Ann.md"), "---\ntier: A\n---\n");
        writeFileSync(join(root, "Contacts", "Hostile.md"), text);
        writeFileSync(join(root, "Zed.md"), "#contact\n");
        const vault = loadVault(root);
        expect(vault.contacts.map((c) => c.path)).toEqual(["Contacts/Ann.md", "Contacts/Hostile.md", "Zed.md"]);
        expect(vault.contacts[0]?.tier?.key).toBe("A");
        for (const p of [...vault.problems, ...vault.contacts.flatMap((c) => c.problems)]) expect(p.path).toBe("Contacts/Hostile.md");
        cleanUp();
      }),
      { numRuns: 15 },
    );
  });
});
