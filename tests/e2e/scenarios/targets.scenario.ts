/**
 * On a phone every control is at least 44 px on both sides: measured with getBoundingClientRect on
 * every clickable element of the panel (toolbar, filters, tier moves, rows, bulk bar, problems),
 * the network review, the log form, the reciprocity hint and "find someone to refer".
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { DUE_VIEW, expandGroup, openPanel, panel, rowOf, scrollTo, showFilters } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";

const MIN = 44;

interface Measured {
  count: number;
  small: string[];
}

/** Every drawn clickable element under `root` that is smaller than 44 × 44 px, described. */
async function undersized(page: Page, root: string): Promise<Measured> {
  return page.evaluate(
    ({ root, min }) => {
      const clickable = 'button, select, input, a, [role="button"], .clickable-icon, [data-action], .suggestion-item';
      const small: string[] = [];
      let count = 0;
      for (const scope of Array.from(document.querySelectorAll(root))) {
        for (const el of Array.from(scope.querySelectorAll<HTMLElement>(clickable))) {
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          // Not drawn, or not something a finger can press (a toggle's hidden input, a disabled field).
          if (box.width === 0 || box.height === 0 || style.visibility === "hidden" || style.pointerEvents === "none") continue;
          count++;
          if (box.width + 0.5 < min || box.height + 0.5 < min) {
            const what = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30) ?? "";
            small.push(
              `${el.tagName.toLowerCase()}.${Array.from(el.classList).join(".")} "${what}": ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`,
            );
          }
        }
      }
      return { count, small };
    },
    { root, min: MIN },
  );
}

async function assertTargets(page: Page, root: string, what: string, atLeast: number): Promise<void> {
  const m = await undersized(page, root);
  assert.ok(m.count >= atLeast, `${what}: ${m.count} clickable elements measured, expected at least ${atLeast}`);
  assert.deepEqual(m.small, [], `${what}: every target is at least ${MIN} × ${MIN} px`);
}

export const scenarios: Scenario[] = [
  {
    name: "phone: every target of the panel, the bulk bar, the review and the modals measures at least 44 × 44 px",
    async run(t) {
      const s = await t.open({ phone: true });
      await openPanel(s);
      await eventually(async () => assert.ok((await panel(s.page).locator(".cc-row-contact").count()) > 3, "rows are drawn"));

      // Everything the panel can show at once: filters, the tier moves, a selection with its bulk bar.
      await showFilters(s.page);
      await panel(s.page).locator(".cc-moves-toggle").click();
      await panel(s.page).locator(".cc-move").first().waitFor();
      await rowOf(s.page, "Contacts/Priya Raman.md").locator("input.cc-row-select").click();
      await panel(s.page).locator(".cc-bulk-bar:not(.cc-is-hidden)").waitFor();
      await assertTargets(s.page, DUE_VIEW, "the panel", 30);

      // The row icons stand apart, not 2 px from each other.
      const boxes = await rowOf(s.page, "Contacts/Priya Raman.md")
        .locator(".cc-row-actions .clickable-icon")
        .evaluateAll((els) => els.map((el) => [el.getBoundingClientRect().left, el.getBoundingClientRect().right]));
      assert.equal(boxes.length, 3, "three row icons");
      for (let i = 1; i < boxes.length; i++)
        assert.ok((boxes[i]?.[0] ?? 0) - (boxes[i - 1]?.[1] ?? 0) >= 4, `row icons ${i} and ${i + 1} are at least 4 px apart`);
      await panel(s.page).locator(".cc-bulk-clear").click();

      // A row just acted on shows its Undo for a moment: a target too.
      assert.ok(await scrollTo(s.page, '.cc-row[data-path="Contacts/Work/Rosa Jiménez.md"]'), "Rosa's row is drawn");
      await rowOf(s.page, "Contacts/Work/Rosa Jiménez.md").locator("button.cc-action-touched").click();
      await rowOf(s.page, "Contacts/Work/Rosa Jiménez.md").locator("button.cc-row-undo").waitFor();
      await assertTargets(s.page, DUE_VIEW, "the panel with a done row", 10);

      // Further down: the problems and a reciprocity hint, drawn by scrolling the windowed list.
      await expandGroup(s.page, "problems");
      assert.ok(await scrollTo(s.page, ".cc-row-problem"), "a problem row is drawn");
      await assertTargets(s.page, DUE_VIEW, "the panel with its problems", 10);
      assert.ok(await scrollTo(s.page, ".cc-row-hint"), "a row with a reciprocity hint is drawn");
      await assertTargets(s.page, DUE_VIEW, "the panel at a hint", 10);
      await panel(s.page).locator(".cc-row-hint").first().click();
      await s.page.locator(".modal .cc-hint-modal").waitFor();
      await assertTargets(s.page, ".modal-container .modal", "the reciprocity hint", 2);
      await s.page.keyboard.press("Escape");

      // The network review, the log form and "find someone to refer".
      await s.runCommand("review-network");
      await s.page.locator(".modal .cc-review-modal").waitFor();
      await assertTargets(s.page, ".modal-container .modal", "the network review", 3);
      await s.page.keyboard.press("Escape");

      await scrollTo(s.page, '.cc-row[data-path="Contacts/Priya Raman.md"]');
      await rowOf(s.page, "Contacts/Priya Raman.md").locator("button.cc-action-log").click();
      await s.page.locator(".modal .cc-log-modal").waitFor();
      await assertTargets(s.page, ".modal-container .modal", "the log form", 3);
      await s.page.keyboard.press("Escape");

      // The other forms the panel and its menus open.
      for (const [command, cls] of [
        ["new-contact", "cc-new-contact-modal"],
        ["triage", "cc-triage"],
        ["show-problems", "cc-problems-modal"],
        ["show-do-not-contact", "cc-suppression-modal"],
      ] as const) {
        await s.runCommand(command);
        await s.page.locator(`.modal .${cls}`).waitFor();
        await assertTargets(s.page, ".modal-container .modal", command, 1);
        await s.page.keyboard.press("Escape");
        await eventually(async () => assert.equal(await s.page.locator(".modal-container").count(), 0, "the modal closed"));
      }
      await s.openFile("Contacts/Priya Raman.md");
      await s.runCommand("snooze");
      await s.page.locator(".modal .cc-snooze-modal").waitFor();
      await assertTargets(s.page, ".modal-container .modal", "the snooze form", 3);
      await s.page.keyboard.press("Escape");

      await s.runCommand("find-referral");
      await s.page.locator(".modal.cc-refer-modal .suggestion-item").first().waitFor();
      await s.page.locator(".modal.cc-refer-modal input").fill("engineer");
      await eventually(async () =>
        assert.ok((await s.page.locator(".modal.cc-refer-modal .cc-refer-intro").count()) > 0, "results with their actions"),
      );
      await assertTargets(s.page, ".modal.cc-refer-modal .prompt-results", "find someone to refer", 3);
    },
  },
];
