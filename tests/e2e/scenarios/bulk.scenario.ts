/**
 * Acting on several people at once: select with Ctrl/Cmd-click, Shift-click, a phone's checkboxes
 * or "Select all" of what the filter shows; log one interaction with, mark touched, snooze or change the tier of all of
 * them; one undo takes the whole action back, note by note to the byte.
 */
import assert from "node:assert/strict";
import { openPanel, panel, rowOf, searchPanel } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

const bar = ".cc-bulk-bar";

function snapshot(s: Session, paths: readonly string[]): Map<string, Buffer> {
  return new Map(paths.map((p) => [p, s.disk.bytes(p)]));
}

async function unchanged(s: Session, before: Map<string, Buffer>, message: string): Promise<void> {
  await s.idle();
  await eventually(() => {
    for (const [path, bytes] of before) assert.ok(s.disk.bytes(path).equals(bytes), `${message}: ${path}`);
  });
}

/** Ctrl-clicks each person's row (away from the name) and waits until the bar counts them all. */
async function ctrlSelect(s: Session, paths: readonly string[]): Promise<void> {
  for (const p of paths)
    await rowOf(s.page, p)
      .locator(".cc-row-why")
      .click({ modifiers: ["Control"] });
  await panel(s.page)
    .locator(bar, { hasText: `${paths.length} selected` })
    .waitFor();
}

export const scenarios: Scenario[] = [
  {
    name: "bulk log: one date, type and summary for two people, one entry each; one undo gives both notes back to the byte",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const paths = ["Contacts/Priya Raman.md", "People/Dr Amara Nwosu.md"];
      const before = snapshot(s, paths);
      await ctrlSelect(s, paths);
      await panel(s.page).locator(`${bar} button.cc-bulk-log`).click();
      const modal = ".modal-container .modal";
      await s.page.locator(`${modal} .modal-title`, { hasText: "Log an interaction with 2 people" }).waitFor();
      await s.page.locator(`${modal} select.cc-log-type`).selectOption("meeting");
      await s.page.locator(`${modal} input.cc-log-date`).fill("2026-11-24");
      await s.page.locator(`${modal} textarea.cc-log-summary`).fill("Platform offsite dinner");
      await s.page.keyboard.press("Enter");
      await s.page.locator(modal).waitFor({ state: "detached" });
      await s.page.locator(".notice", { hasText: "Logged a meeting with 2 people." }).waitFor();
      await s.idle();
      await eventually(() => {
        for (const p of paths) {
          const text = s.disk.bytes(p).toString("utf8");
          assert.ok(text.includes("- 2026-11-24 meeting: Platform offsite dinner"), `${p} logged`);
          assert.ok(text.includes("2026-11-24"), `${p} last touch moved`);
        }
      });
      assert.equal(await panel(s.page).locator(bar).isVisible(), false, "the selection is cleared");
      await s.runCommand("undo-last-change");
      await unchanged(s, before, "one undo for both");
    },
  },
  {
    name: "a filter that hides a selected person drops them from the selection: the action reaches only who is shown",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const shownPath = "Contacts/Priya Raman.md";
      const hiddenPath = "People/Dr Amara Nwosu.md";
      await ctrlSelect(s, [shownPath, hiddenPath]);
      const hiddenBefore = snapshot(s, [hiddenPath]);
      await searchPanel(s.page, "Priya");
      await panel(s.page).locator(bar, { hasText: "1 selected" }).waitFor();
      await panel(s.page).locator(`${bar} button.cc-bulk-touched`).click();
      await s.page.locator(".notice", { hasText: "touched today" }).waitFor();
      await s.idle();
      await eventually(() =>
        assert.ok(s.disk.bytes(shownPath).toString("utf8").includes("last-touch: 2026-11-26"), "the shown person is marked"),
      );
      await unchanged(s, hiddenBefore, "the hidden person is not written");
    },
  },
  {
    name: "Ctrl-click two rows, mark both touched: one notice, one undo gives both notes back",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const paths = ["Contacts/Priya Raman.md", "People/Dr Amara Nwosu.md"];
      const before = snapshot(s, paths);
      await ctrlSelect(s, paths);
      assert.equal(await panel(s.page).locator(".cc-row.is-selected").count(), 2);
      await panel(s.page).locator(`${bar} button.cc-bulk-touched`).click();
      await s.idle();
      await eventually(() => {
        for (const p of paths) assert.ok(s.disk.bytes(p).toString("utf8").includes("last-touch: 2026-11-26"), `${p} marked`);
      });
      await s.page.locator(".notice", { hasText: "2 people: touched today." }).waitFor();
      await s.runCommand("undo-last-change");
      await unchanged(s, before, "one undo for both");
    },
  },
  {
    name: "Shift-click selects a range across rows; snooze them all a week, as one step",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const range = ["Contacts/Priya Raman.md", "Contacts/Work/Rosa Jiménez.md", "People/Dr Amara Nwosu.md"];
      const before = snapshot(s, range);
      await rowOf(s.page, range[0] ?? "")
        .locator(".cc-row-why")
        .click({ modifiers: ["Control"] });
      await rowOf(s.page, range[2] ?? "")
        .locator(".cc-row-why")
        .click({ modifiers: ["Shift"] });
      await panel(s.page).locator(bar, { hasText: "3 selected" }).waitFor();
      await panel(s.page).locator(`${bar} button.cc-bulk-snooze`).click();
      await s.page.locator(".menu .menu-item", { hasText: "1 week" }).click();
      await s.idle();
      await eventually(() => {
        for (const p of range) assert.ok(s.disk.bytes(p).toString("utf8").includes("snooze-until: 2026-12-03"), `${p} snoozed`);
      });
      await s.page.locator(".notice .cc-notice-undo").last().click();
      await unchanged(s, before, "the notice's Undo takes the three back");
    },
  },
  {
    name: "Select all selects what the filter shows; a tier change for all is one undo step",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      await searchPanel(s.page, "Ann");
      await eventually(async () => assert.ok((await panel(s.page).locator(".cc-row-contact").count()) >= 1, "someone matches"));
      const shown = await panel(s.page)
        .locator(".cc-row-contact")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-path") ?? ""));
      const before = snapshot(s, shown);
      await rowOf(s.page, shown[0] ?? "")
        .locator(".cc-row-why")
        .click({ modifiers: ["Control"] });
      await panel(s.page).locator(`${bar} button.cc-bulk-all`).click();
      await panel(s.page)
        .locator(bar, { hasText: `${shown.length} selected` })
        .waitFor();
      await panel(s.page).locator(`${bar} button.cc-bulk-tier`).click();
      await s.page.locator(".menu .menu-item", { hasText: "D" }).first().click();
      await s.idle();
      await eventually(() => {
        for (const p of shown) assert.match(s.disk.bytes(p).toString("utf8"), /^tier: D$/m, `${p} moved to D`);
      });
      await s.runCommand("undo-last-change");
      await unchanged(s, before, "one undo for the whole tier change");
    },
  },
  {
    name: "on a phone, each row has a checkbox that selects it",
    async run(t) {
      const s = await t.open({ phone: true });
      await openPanel(s);
      const path = "Contacts/Priya Raman.md";
      await rowOf(s.page, path).locator("input.cc-row-select").click();
      await panel(s.page).locator(bar, { hasText: "1 selected" }).waitFor();
      await panel(s.page).locator(`${bar} button.cc-bulk-clear`).click();
      await eventually(async () =>
        assert.equal(await panel(s.page).locator(`${bar}.cc-is-hidden`).count(), 1, "the bar goes with the selection"),
      );
    },
  },
];
