/**
 * The settings tab writes data.json (where the CLI reads them too): a bad value is refused and not
 * saved, a good one is saved with the rest untouched, and the panel follows at once.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { DUE_VIEW, groupCount, openPanel, readPanel } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import { PHONE, type Session } from "../harness/session";

const DATA = ".obsidian/plugins/contact-cadence/data.json";

const tierKeys = (s: Session): string[] => (JSON.parse(s.disk.text(DATA)) as { tiers: { key: string }[] }).tiers.map((t) => t.key);

/** The contacts of the example vault whose tier is `key`, counted from the notes by the command line (not by the plugin). */
function usersOf(key: string): number {
  const out = execFileSync(process.execPath, ["dist/cli.mjs", "due", "examples/vault", "--json", "--all"], { encoding: "utf8" });
  return (JSON.parse(out) as { contacts: { tier: string | null }[] }).contacts.filter((c) => c.tier === key).length;
}

export const scenarios: Scenario[] = [
  {
    name: "settings: a bad weekly budget is refused; a good one is saved and the panel follows",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const before = JSON.parse(s.disk.text(DATA)) as Record<string, unknown>;
      assert.equal(before.weeklyBudget, 6);

      await s.hooks((h) => h.openSettings());
      const row = s.page.locator(".modal.mod-settings .setting-item", {
        has: s.page.locator(".setting-item-name", { hasText: /^Weekly budget$/ }),
      });
      const input = row.locator("input");
      assert.equal(await input.inputValue(), "6");

      await input.fill("lots");
      await row.locator(".cc-modal-message.mod-error", { hasText: "Not saved" }).waitFor();
      await s.idle();
      assert.deepEqual(JSON.parse(s.disk.text(DATA)), before, "nothing saved");

      await input.fill("10");
      await eventually(() => assert.deepEqual(JSON.parse(s.disk.text(DATA)), { ...before, weeklyBudget: 10 }, "only the budget changed"));
      await s.page.keyboard.press("Escape");

      // 6.6 a week is within 10; room for 9 this week (one touch logged since Monday).
      await eventually(async () => {
        assert.match(
          await s.page.locator(`${DUE_VIEW} .cc-load-text`).innerText(),
          /^Your cadences ask for about 7 touches a week; your budget is 10$/,
        );
        assert.equal(await s.page.locator(`${DUE_VIEW} .cc-load.cc-over-budget`).count(), 0);
        assert.equal(groupCount(await readPanel(s.page), "week"), 9);
      });
      assert.equal(await s.page.locator(`${DUE_VIEW} .cc-moves.cc-is-hidden`).count(), 1, "no tier moves within budget");
    },
  },
  {
    name: "settings at 390 px: every tier field is on screen with its label; deleting a tier in use asks first, naming how many",
    async run(t) {
      const s = await t.open({ phone: true });
      await openPanel(s);
      await s.hooks((h) => h.openSettings());
      const rows = s.page.locator(".modal.mod-settings .cc-tier-setting");
      assert.equal(await rows.count(), 4, "four tier rows");
      for (let i = 0; i < 4; i++) {
        const row = rows.nth(i);
        await row.scrollIntoViewIfNeeded();
        const labels = await row
          .locator(".cc-tier-field-label")
          .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width > 1).map((el) => el.textContent));
        assert.deepEqual(labels, ["Key", "Label", "Cadence", "Aliases"], `tier ${i + 1}'s fields show their names`);
        for (const el of [...(await row.locator("input").all()), row.locator(".cc-tier-remove")]) {
          const box = await el.boundingBox();
          assert.ok(box !== null && box.width > 0, `a field of tier ${i + 1} is drawn`);
          assert.ok(
            box.x >= 0 && box.x + box.width <= PHONE.width + 0.5,
            `a field of tier ${i + 1} is inside the screen (${box.x}…${box.x + box.width})`,
          );
          assert.ok(box.height >= 44, `a field of tier ${i + 1} is at least 44 px tall (${box.height})`);
        }
      }
      // Every other field of the tab is on screen too.
      for (const input of await s.page.locator(".modal.mod-settings .cc-settings input").all()) {
        await input.scrollIntoViewIfNeeded();
        const box = await input.boundingBox();
        assert.ok(
          box !== null && box.x >= 0 && box.x + box.width <= PHONE.width + 0.5,
          `a settings field is inside the screen (${box?.x}…${(box?.x ?? 0) + (box?.width ?? 0)})`,
        );
      }
      // Typing in a stacked field still saves (the label wraps the real input).
      await rows.nth(3).locator("input").nth(1).fill("Yearly");
      await eventually(() => assert.equal((JSON.parse(s.disk.text(DATA)) as { tiers: { label: string }[] }).tiers[3]?.label, "Yearly"));

      // Tier D is in use: asked first, with the count; Cancel keeps it.
      const users = usersOf("D");
      assert.ok(users > 0, "someone in the example vault uses tier D");
      await rows.nth(3).locator(".cc-tier-remove").click();
      const confirm = s.page.locator(".modal .cc-confirm-modal");
      await confirm.waitFor();
      const expected = users === 1 ? "1 contact uses tier D (Yearly)." : `${users} contacts use tier D (Yearly).`;
      assert.match(await confirm.innerText(), new RegExp(`^${expected.replace(/[().]/g, "\\$&")}`), "the question names how many");
      await confirm.locator("button", { hasText: "Cancel" }).click();
      await s.idle();
      assert.deepEqual(tierKeys(s), ["A", "B", "C", "D"], "nothing removed on Cancel");
      await rows.nth(3).locator(".cc-tier-remove").click();
      await s.page.locator(".modal .cc-confirm-modal button", { hasText: "Remove tier" }).click();
      await eventually(() => assert.deepEqual(tierKeys(s), ["A", "B", "C"], "removed once confirmed"));

      // A tier nobody uses goes at once (a new one named D would be in use again: it is named Z).
      await s.page.locator(".modal.mod-settings .setting-item", { hasText: "Add a tier" }).locator("button").click();
      await eventually(() => assert.deepEqual(tierKeys(s), ["A", "B", "C", "D"]));
      await s.page.locator(".modal.mod-settings .cc-tier-setting").nth(3).locator("input").first().fill("Z");
      await eventually(() => assert.deepEqual(tierKeys(s), ["A", "B", "C", "Z"]));
      await s.idle();
      await s.page.locator(".modal.mod-settings .cc-tier-setting").nth(3).locator(".cc-tier-remove").click();
      await eventually(() => assert.deepEqual(tierKeys(s), ["A", "B", "C"], "an unused tier is removed without a question"));
      assert.equal(await s.page.locator(".modal .cc-confirm-modal").count(), 0);
    },
  },
];
