/**
 * A panel with no contact says why, with the same findings as the command line: here the notes
 * sit in `contacts/` while the setting says `Contacts`, and none carries the tag.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { panel } from "../harness/panel";
import type { Scenario } from "../harness/scenario";

export const scenarios: Scenario[] = [
  {
    name: "no contact found: the empty state names the folder in another letter case and the tag",
    async run(t) {
      const dir = mkdtempSync(join(tmpdir(), "cc-e2e-empty-"));
      try {
        mkdirSync(join(dir, ".obsidian"), { recursive: true });
        mkdirSync(join(dir, "contacts"), { recursive: true });
        writeFileSync(join(dir, "contacts", "Ann Lee.md"), "---\ntier: A\n---\n# Ann\n");
        writeFileSync(join(dir, "Shopping.md"), "- milk\n");
        const s = await t.open({ vault: dir });
        await s.runCommand("open-due-panel");
        const reasons = panel(s.page).locator(".cc-due-empty .cc-due-empty-reasons li");
        await reasons.first().waitFor({ state: "visible" });
        assert.equal(
          await panel(s.page).locator(".cc-due-empty-text").textContent(),
          "No contacts yet: notes in the folder Contacts, or tagged #contact are contacts. The set-up check finds people notes elsewhere and proposes settings.",
        );
        assert.deepEqual(await reasons.allTextContents(), [
          'The folder "Contacts" does not exist, but "contacts" does: folder names are case-sensitive, so set the contacts folder to "contacts".',
          "None of the 2 notes carries #contact (in its tags or its text).",
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
