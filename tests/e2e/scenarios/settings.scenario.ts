/**
 * The settings tab writes data.json (where the CLI reads them too): a bad value is refused and not
 * saved, a good one is saved with the rest untouched, and the panel follows at once.
 */
import assert from "node:assert/strict";
import { DUE_VIEW, groupCount, openPanel, readPanel } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";

const DATA = ".obsidian/plugins/contact-cadence/data.json";

export const scenarios: Scenario[] = [
  {
    name: "settings: a bad weekly budget is refused; a good one is saved and the panel follows",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const before = JSON.parse(s.disk.text(DATA)) as Record<string, unknown>;
      assert.equal(before.weeklyBudget, 6);

      await s.hooks((h) => h.openSettings());
      const row = s.page.locator(".modal.mod-settings .setting-item", { has: s.page.locator(".setting-item-name", { hasText: /^Weekly budget$/ }) });
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
        assert.match(await s.page.locator(`${DUE_VIEW} .cc-load-text`).innerText(), /^Your cadences ask for about 7 touches a week; your budget is 10$/);
        assert.equal(await s.page.locator(`${DUE_VIEW} .cc-load.cc-over-budget`).count(), 0);
        assert.equal(groupCount(await readPanel(s.page), "week"), 9);
      });
      assert.equal(await s.page.locator(`${DUE_VIEW} .cc-moves.cc-is-hidden`).count(), 1, "no tier moves within budget");
    },
  },
];
