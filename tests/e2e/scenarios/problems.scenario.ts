/**
 * A note whose frontmatter is not valid YAML: listed as a problem, and never written — not by the
 * commands, the file menu or the modals — until it is fixed; then it is a contact like any other.
 */
import assert from "node:assert/strict";
import { expandGroup, openPanel, readPanel } from "../harness/panel";
import { assertOnlyEdits, eventually, type Scenario } from "../harness/scenario";

const modal = ".modal-container .modal";
const LEO = "Contacts/Leo Novak.md";

export const scenarios: Scenario[] = [
  {
    name: "invalid YAML: listed as a problem, never written by any action, writable once fixed",
    async run(t) {
      const s = await t.open();
      const before = s.disk.bytes(LEO);
      await openPanel(s);
      await expandGroup(s.page, "problems");
      const problem = (await readPanel(s.page)).items.find((i) => i.path === LEO);
      assert.deepEqual(
        [problem?.group, problem?.field, problem?.why],
        [
          "problems",
          "frontmatter",
          'frontmatter is not valid YAML (Missing closing "quote); the plugin will not write to this note until it is fixed',
        ],
      );

      await s.runCommand("show-problems");
      await s.page.locator(`${modal} .cc-problem[data-path="${LEO}"] .cc-problem-message`, { hasText: "not valid YAML" }).waitFor();
      assert.equal(
        await s.page.locator(`${modal} .cc-problems-summary`).textContent(),
        "4 problems in 4 notes. Choose one to open the note.",
      );
      await s.page.locator(`${modal} .cc-problem[data-path="${LEO}"] button.cc-problem-file`).click();
      await eventually(async () => assert.equal(await s.hooks((h) => h.activeFile()), LEO, "choosing the problem opens the note"));

      // 1. A command on the open note.
      await s.runCommand("mark-touched-today");
      await eventually(async () =>
        assert.ok(
          (await s.notices()).some(
            (n) => n.startsWith(`Could not mark the contact as touched in ${LEO}`) && n.endsWith("The note was not changed."),
          ),
          "a notice says nothing was written",
        ),
      );
      // 2. The file menu, then the log modal.
      assert.deepEqual(await s.hooks((h, p) => h.fileMenu(p), LEO), ["Log an interaction", "Snooze contact"]);
      await s.page.locator(".menu .menu-item", { hasText: "Log an interaction" }).click();
      await s.page.locator(`${modal} textarea.cc-log-summary`).fill("Coffee");
      await s.page.locator(`${modal} button.mod-cta`, { hasText: "Log" }).click();
      await s.page.locator(`${modal} .cc-modal-message.mod-error`, { hasText: "Nothing was written to the note." }).waitFor();
      await s.page.keyboard.press("Escape");
      // 3. The snooze modal's quick choice.
      await s.runCommand("snooze");
      await s.page.locator(`${modal} button`, { hasText: "1 week" }).click();
      await s.page.locator(`${modal} .cc-modal-message.mod-error`, { hasText: "Nothing was written to the note." }).waitFor();
      await s.page.keyboard.press("Escape");
      await s.idle();
      assert.ok(s.disk.bytes(LEO).equals(before), "the note is byte for byte as it was");

      // Fixed by hand: no longer a problem, and now the plugin writes to it.
      const fixed = s.disk.text(LEO).replace('company: "Northwind Analytics\n', 'company: "Northwind Analytics"\n');
      await s.external.write(LEO, fixed);
      await eventually(async () => assert.equal((await readPanel(s.page)).groups.find((g) => g.group === "problems")?.count, 3));
      await s.runCommand("mark-touched-today");
      await eventually(() =>
        assertOnlyEdits(Buffer.from(fixed), s.disk.bytes(LEO), [["last-touch: 2026-10-02\n", "last-touch: 2026-11-26\n"]], "after the fix"),
      );
    },
  },
];
