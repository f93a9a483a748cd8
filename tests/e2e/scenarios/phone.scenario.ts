/**
 * Phone width (390 × 844, Obsidian mobile: the sidebar is a full-width drawer, no status bar):
 * the panel stays usable. Nothing scrolls sideways, every row's actions are on screen and do not
 * cover the name, and the modals fit.
 */
import assert from "node:assert/strict";
import { DUE_VIEW, openPanel, rowOf } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import { PHONE } from "../harness/session";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function inside(box: Box | null, what: string): Box {
  assert.ok(box !== null, `${what} is drawn`);
  assert.ok(box.width > 0 && box.height > 0, `${what} has a size`);
  assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width + 0.5, `${what} fits the width (${box.x}…${box.x + box.width})`);
  return box;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export const scenarios: Scenario[] = [
  {
    name: "phone width: no horizontal overflow, actions visible beside the names, modals fit",
    async run(t) {
      const s = await t.open({ phone: true });
      await openPanel(s);
      await eventually(async () => assert.ok((await s.page.locator(`${DUE_VIEW} .cc-row-contact`).count()) > 3, "rows are drawn"));

      // The tier moves (over budget) open too, so their rows are measured as well.
      await s.page.locator(`${DUE_VIEW} .cc-moves-toggle`).click();
      await s.page.locator(`${DUE_VIEW} .cc-move`).first().waitFor();
      const overflow = await s.page.evaluate((view) => {
        const els = [
          document.querySelector(view),
          ...Array.from(
            document.querySelectorAll(
              `${view} .view-content, ${view} .cc-due-header, ${view} .cc-due-scroller, ${view} .cc-row, ${view} .cc-group-header, ${view} .cc-move, ${view} .cc-moves`,
            ),
          ),
        ];
        return els
          .filter((el): el is Element => el !== null)
          .filter((el) => el.scrollWidth > el.clientWidth)
          .map((el) => `${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
      }, DUE_VIEW);
      assert.deepEqual(overflow, [], "no element of the panel scrolls sideways");
      inside(await s.page.locator(DUE_VIEW).boundingBox(), "the panel");
      for (const apply of await s.page.locator(`${DUE_VIEW} .cc-move-apply`).all())
        inside(await apply.boundingBox(), "a tier move's button");
      await s.screenshot("phone-light-tier-moves");
      await s.page.locator(`${DUE_VIEW} .cc-moves-toggle`).click();

      // Every drawn row: name, tier and the three actions on screen, the actions not over the name.
      const rows = s.page.locator(`${DUE_VIEW} .cc-row-contact`);
      for (let i = 0; i < (await rows.count()); i++) {
        const row = rows.nth(i);
        const name = await row.locator(".cc-row-name").textContent();
        const rowBox = inside(await row.boundingBox(), `the row of ${name}`);
        if (rowBox.y + rowBox.height > PHONE.height) continue; // below the fold: drawn, not yet on screen
        const nameBox = inside(await row.locator(".cc-row-name").boundingBox(), `${name}'s name`);
        for (const action of ["log", "touched", "snooze"]) {
          const box = inside(await row.locator(`button.cc-action-${action}`).boundingBox(), `${name}'s ${action} button`);
          assert.ok(box.width >= 24 && box.height >= 24, `${name}'s ${action} button is big enough to tap (${box.width}×${box.height})`);
          assert.ok(!overlap(box, nameBox), `${name}'s ${action} button does not cover the name`);
        }
        inside(await row.locator(".cc-row-why").boundingBox(), `${name}'s reason`);
      }
      assert.equal(await s.page.locator(".status-bar .plugin-contact-cadence").count(), 0, "no status bar item on mobile");

      // Tapping an action opens a modal that fits the screen.
      await rowOf(s.page, "Contacts/Priya Raman.md").locator("button.cc-action-log").click();
      const modal = s.page.locator(".modal-container .modal");
      inside(await modal.boundingBox(), "the log modal");
      inside(await modal.locator("button.mod-cta").boundingBox(), "the Log button");
      const modalOverflow = await modal.evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.ok(modalOverflow <= 0, "the modal does not scroll sideways");
      await s.page.keyboard.press("Escape");

      await rowOf(s.page, "Contacts/Priya Raman.md").locator("button.cc-action-snooze").click();
      for (const item of await s.page.locator(".menu .menu-item").all()) inside(await item.boundingBox(), "a snooze menu item");
    },
  },
];
