/**
 * Suppression done right: the do-not-contact guard asks before anything is logged for someone
 * who asked not to be contacted (and "no" writes nothing), they are never suggested; no-refer
 * people never come up in "find someone to refer", even when their note matches the search.
 */
import assert from "node:assert/strict";
import { openPanel, readPanel } from "../harness/panel";
import { assertOnlyEdits, eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

const modal = ".modal-container .modal";

/** The names the open suggester lists for a query (after the notes' text has been read). */
async function suggestions(s: Session, query: string): Promise<string[]> {
  await s.page.locator(`${modal} input.prompt-input`).fill(query);
  return eventually(async () => {
    const names = await s.page.locator(`${modal} .suggestion-item .cc-suggestion-name`).allTextContents();
    const empty = await s.page.locator(`${modal} .suggestion-empty`).count();
    assert.ok(names.length > 0 || empty > 0, "the suggester answered");
    return names;
  });
}

export const scenarios: Scenario[] = [
  {
    name: "do-not-contact: the log modal asks once, in a warning callout; 'Cancel' writes nothing, 'Log anyway' writes the entry with no second question",
    async run(t) {
      const s = await t.open();
      const path = "Contacts/Former colleagues/Maya Goldberg.md";
      const before = s.disk.bytes(path);
      await s.openFile(path);
      assert.equal(await s.commandAvailable("log-interaction"), true);
      await s.runCommand("log-interaction");
      await s.page
        .locator(`${modal} .cc-modal-caution[data-callout="warning"]`, { hasText: "Maya Goldberg asked not to be contacted" })
        .waitFor();
      assert.equal(await s.page.locator(`${modal} button.mod-cta`).count(), 0, "no plain Log button for her");
      await s.page.locator(`${modal} button`, { hasText: "Cancel" }).click();
      await s.page.locator(modal).waitFor({ state: "detached" });
      await s.idle();
      assert.ok(s.disk.bytes(path).equals(before), "'Cancel' wrote nothing");

      await s.runCommand("log-interaction");
      await s.page.locator(`${modal} select.cc-log-type`).selectOption("email");
      await s.page.locator(`${modal} textarea.cc-log-summary`).fill("She wrote to ask for a reference");
      await s.page.locator(`${modal} button.mod-warning`, { hasText: "Log anyway" }).click();
      await s.page.locator(modal).waitFor({ state: "detached" });
      await s.idle();
      assert.equal(await s.page.locator(".cc-confirm-modal").count(), 0, "no second question");
      assertOnlyEdits(
        before,
        s.disk.bytes(path),
        [
          ["role: Former design lead\n---\n", "role: Former design lead\nlast-touch: 2026-11-26\n---\n"],
          ["#declined\n", "#declined\n- 2026-11-26 email: She wrote to ask for a reference\n"],
        ],
        "confirmed log",
      );
      await openPanel(s);
      assert.ok(!(await readPanel(s.page)).items.some((i) => i.path === path), "still never listed as due");
    },
  },
  {
    name: "do-not-contact: mark touched asks too, and people who asked are never suggested",
    async run(t) {
      const s = await t.open();
      const path = "Contacts/Kevin Brandt.md";
      const before = s.disk.bytes(path);
      await s.openFile(path);
      await s.runCommand("mark-touched-today");
      const confirm = s.page.locator(modal, { has: s.page.locator(".cc-confirm-modal") });
      await confirm.locator(".modal-content", { hasText: "since 2026-03-04" }).waitFor();
      await s.page.keyboard.press("Escape");
      await confirm.waitFor({ state: "detached" });
      await s.idle();
      assert.ok(s.disk.bytes(path).equals(before), "Escape answers no: nothing written");

      await s.runCommand("log-interaction-with");
      // The picker is fuzzy ("maya" also matches "MAllorY … Alert"): what matters is who is absent.
      assert.deepEqual(await suggestions(s, "Kevin Brandt"), []);
      assert.ok(!(await suggestions(s, "Maya")).includes("Maya Goldberg"), "Maya Goldberg is not offered");
      assert.ok((await suggestions(s, "")).length === 34, "everyone else is offered: 36 contacts, less 2 do-not-contact");
      assert.deepEqual(await suggestions(s, "Marcus"), ["Marcus Okafor"]);
    },
  },
  {
    name: "setting do-not-contact asks to confirm, records the date, and takes them off the panel",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Community/Zoe Martin.md";
      const before = s.disk.bytes(path);
      await s.openFile(path);
      await s.runCommand("toggle-do-not-contact");
      const confirm = s.page.locator(modal, { has: s.page.locator(".cc-confirm-modal") });
      await confirm.locator(".modal-title", { hasText: "Mark Zoe Martin as do-not-contact?" }).waitFor();
      await confirm.locator("button.cc-confirm-cta", { hasText: "Set do-not-contact" }).click();
      await eventually(async () => assert.ok(!(await readPanel(s.page)).items.some((i) => i.path === path), "Zoe is no longer listed"));
      await s.idle();
      assertOnlyEdits(
        before,
        s.disk.bytes(path),
        [["role: Bootcamp graduate (mentee)\n---\n", "role: Bootcamp graduate (mentee)\ndo-not-contact: 2026-11-26\n---\n"]],
        "flag set",
      );
      assert.ok(
        (await s.notices()).some((n) => n.startsWith("Zoe Martin is now do-not-contact.")),
        "a notice says so (with its Undo)",
      );
    },
  },
  {
    name: "no-refer: never offered by 'find someone to refer', even when the note matches",
    async run(t) {
      const s = await t.open();
      await s.runCommand("find-referral");
      await s.page.locator(`${modal}.cc-refer-modal`).waitFor();
      const everyone = await suggestions(s, "");
      for (const name of ["Victor Lang", "Nadia Rahman", "Kevin Brandt", "Maya Goldberg"])
        assert.ok(!everyone.includes(name), `${name} is not offered`);
      for (const name of ["Priya Raman", "Marcus Okafor", "Helen Park"]) assert.ok(everyone.includes(name), `${name} is offered`);
      assert.equal(everyone.length, 32, "36 contacts, less 2 do-not-contact and 2 no-refer");

      assert.deepEqual(await suggestions(s, "Victor"), [], "by name");
      assert.deepEqual(await suggestions(s, "warehouse"), [], "only Victor's note says warehouse");
      // Eight notes mention Kestrel; Nadia Rahman's is one, and she is no-refer.
      const kestrel = await suggestions(s, "Kestrel");
      assert.deepEqual([...kestrel].sort(), [
        "Ethan Brooks",
        "Fatima Al-Sayed",
        "Gabriel Silva",
        "Hannah Becker",
        "Lucas Ferreira",
        "Rosa Jiménez",
        "Tomás Herrera",
      ]);
      assert.deepEqual(await suggestions(s, "#engineering-leadership"), ["Priya Raman"]);
      await s.page.keyboard.press("Escape");

      // Setting no-refer on Priya: a badge in the panel, and she is no longer offered.
      await s.openFile("Contacts/Priya Raman.md");
      await s.runCommand("toggle-no-refer");
      await openPanel(s);
      await eventually(async () =>
        assert.ok(
          (await readPanel(s.page)).items.some((i) => i.path === "Contacts/Priya Raman.md" && i.noRefer && i.group === "week"),
          "the badge, and nothing else changes",
        ),
      );
      await s.runCommand("find-referral");
      assert.deepEqual(await suggestions(s, "#engineering-leadership"), []);
    },
  },
];
