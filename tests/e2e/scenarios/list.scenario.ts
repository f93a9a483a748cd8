/**
 * The panel's list as Obsidian's own lists behave: a click anywhere on a row opens the note
 * (Ctrl/Cmd: a new tab), the open note's row is marked, the list is one tab stop worked with the
 * keyboard alone, and the header is compact enough to show ten people in a narrow 800 px window.
 */
import assert from "node:assert/strict";
import { namesIn, openPanel, panel, readPanel, rowOf } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

async function activeFile(s: Session): Promise<string | null> {
  return s.hooks((h) => h.activeFile());
}

/** The path of the row that has the keyboard. */
async function focusedRow(s: Session): Promise<string | null> {
  return panel(s.page).locator(".cc-row.has-focus").getAttribute("data-path", { timeout: 2000 });
}

export const scenarios: Scenario[] = [
  {
    name: "scrolled to the end, the last row sits clear of the floating status bar",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      await s.idle();
      await panel(s.page).locator(".cc-row-contact").first().waitFor();
      const scroller = panel(s.page).locator(".cc-due-scroller");
      await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await eventually(async () => {
        const { rowBottom, barTop } = await scroller.evaluate((el) => {
          const rows = [...el.querySelectorAll<HTMLElement>(".cc-row, .cc-group-header")];
          const last = rows.reduce<HTMLElement | null>(
            (a, r) => (a === null || Number(r.dataset.index) > Number(a.dataset.index) ? r : a),
            null,
          );
          const bar = document.querySelector(".status-bar");
          return { rowBottom: last?.getBoundingClientRect().bottom ?? Infinity, barTop: bar?.getBoundingClientRect().top ?? -Infinity };
        });
        assert.ok(rowBottom <= barTop, `the last row ends at ${rowBottom} px, the status bar starts at ${barTop} px`);
      });
    },
  },
  {
    name: "a click anywhere on a row opens the note, Ctrl-click on the name opens a new tab, the open note's row is marked",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Work/Rosa Jiménez.md";
      await rowOf(s.page, path).locator(".cc-row-why").click();
      await eventually(async () => assert.equal(await activeFile(s), path));
      await eventually(async () =>
        assert.ok(await rowOf(s.page, path).evaluate((el) => el.classList.contains("is-active")), "the open note's row is marked"),
      );
      const tabs = (await s.hooks((h) => h.openTabs())).length;
      // Ctrl on the name (a link) opens a new tab; Ctrl elsewhere on the row selects it (see bulk).
      await rowOf(s.page, "Contacts/Priya Raman.md")
        .locator(".cc-row-name")
        .click({ modifiers: ["Control"] });
      await eventually(async () => assert.equal((await s.hooks((h) => h.openTabs())).length, tabs + 1, "one more tab"));
      assert.equal(await activeFile(s), "Contacts/Priya Raman.md");
      await eventually(async () =>
        assert.equal(await panel(s.page).locator(".cc-row.is-active").count(), 1, "only the open note's row is marked"),
      );
    },
  },
  {
    name: "keyboard only: one tab stop, arrows move, Enter opens, T marks touched with an Undo",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const stops = await panel(s.page)
        .locator(".cc-due-scroller")
        .evaluate(
          (el) =>
            Array.from(el.querySelectorAll("button, input, select, [tabindex]")).filter((e) => (e as HTMLElement).tabIndex >= 0).length,
        );
      assert.equal(stops, 1, "the list is one tab stop");
      await panel(s.page).locator(".cc-due-window").focus();
      await s.page.keyboard.press("ArrowDown");
      assert.equal(await focusedRow(s), "Contacts/Priya Raman.md", "the first person");
      await s.page.keyboard.press("ArrowDown");
      assert.equal(await focusedRow(s), "Contacts/Work/Rosa Jiménez.md");
      await s.page.keyboard.press("ArrowUp");
      assert.equal(await focusedRow(s), "Contacts/Priya Raman.md");
      await s.page.keyboard.press("Enter");
      await eventually(async () => assert.equal(await activeFile(s), "Contacts/Priya Raman.md"));

      await panel(s.page).locator(".cc-due-window").focus();
      const path = "Contacts/Priya Raman.md";
      const before = s.disk.bytes(path);
      await s.page.keyboard.press("t");
      await s.idle();
      await eventually(() => assert.ok(s.disk.bytes(path).toString("utf8").includes("last-touch: 2026-11-26"), "marked with T"));
      await rowOf(s.page, path).locator(".cc-row-done").waitFor();
      await s.runCommand("undo-last-change");
      await s.idle();
      await eventually(() => assert.ok(s.disk.bytes(path).equals(before), "undone"));
    },
  },
  {
    name: "keyboard only: L opens the log modal and S the snooze menu for the focused row",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      await panel(s.page).locator(".cc-due-window").focus();
      await s.page.keyboard.press("ArrowDown");
      await s.page.keyboard.press("l");
      await s.page.locator(".modal .modal-title", { hasText: "Log an interaction with Priya Raman" }).waitFor();
      await s.page.keyboard.press("Escape");
      await s.page.locator(".modal").waitFor({ state: "detached" });
      await panel(s.page).locator(".cc-due-window").focus();
      await s.page.keyboard.press("s");
      await s.page.locator(".menu .menu-item", { hasText: "1 week" }).waitFor();
      await s.page.keyboard.press("Escape");
    },
  },
  {
    name: "at 340 × 800 the header is compact and at least ten people are in view",
    async run(t) {
      // The desktop window is 1280 × 800 and the right sidebar 340 px wide, as Obsidian's default.
      const s = await t.open();
      await openPanel(s);
      const scroller = panel(s.page).locator(".cc-due-scroller");
      const box = await scroller.boundingBox();
      assert.ok(box !== null, "the list is on screen");
      const visible = await panel(s.page)
        .locator(".cc-row-contact")
        .evaluateAll(
          (rows, bottom) =>
            rows.filter((r) => {
              const b = r.getBoundingClientRect();
              return b.top >= 0 && b.bottom <= bottom + 1;
            }).length,
          box.y + box.height,
        );
      assert.ok(visible >= 10, `${visible} people fully in view`);
      assert.equal(namesIn(await readPanel(s.page), "week").length, 5);
    },
  },
];
