/**
 * Undo and redo of every kind of write: from the confirming notice's Undo button, from the row's
 * "done" state, and from the commands. Each undo must give back the note's exact bytes; an undo
 * after the note was edited elsewhere must refuse, say so, and leave the edit alone.
 */
import assert from "node:assert/strict";
import { namesIn, openPanel, panel, readPanel, rowOf, scrollTo } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

const modal = ".modal-container .modal";
const undoInNotice = ".notice .cc-notice-undo";

async function clickRowAction(s: Session, path: string, action: "log" | "touched" | "snooze"): Promise<void> {
  assert.ok(await scrollTo(s.page, `.cc-row[data-path="${path}"]`), `${path} is listed`);
  await rowOf(s.page, path).locator(`button.cc-action-${action}`).click();
}

async function lastNotice(s: Session): Promise<string> {
  const all = await s.notices();
  return all[all.length - 1] ?? "";
}

/** Waits until the note on disk holds exactly `bytes`. */
async function holds(s: Session, path: string, bytes: Buffer, message: string): Promise<void> {
  await s.idle();
  await eventually(() =>
    assert.ok(s.disk.bytes(path).equals(bytes), `${message}: ${path} holds ${JSON.stringify(s.disk.bytes(path).toString("utf8"))}`),
  );
}

export const scenarios: Scenario[] = [
  {
    name: "mark touched: the notice's Undo gives back the note's bytes, and the row returns",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Work/Tomás Herrera.md";
      const before = s.disk.bytes(path);
      await clickRowAction(s, path, "touched");
      await s.page.locator(".notice", { hasText: "Tomás Herrera: touched today." }).waitFor();
      await s.idle();
      assert.ok(!s.disk.bytes(path).equals(before), "written");
      await s.page.locator(undoInNotice).last().click();
      await holds(s, path, before, "undone");
      await eventually(async () => assert.equal(await lastNotice(s), "Undone: mark Tomás Herrera as touched today."));
      await eventually(async () =>
        assert.ok(
          (await readPanel(s.page)).items.some((i) => i.path === path),
          "listed again",
        ),
      );
    },
  },
  {
    name: "log through the modal: the undo command takes it back, redo writes it again",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Priya Raman.md";
      const before = s.disk.bytes(path);
      await clickRowAction(s, path, "log");
      await s.page.locator(`${modal} textarea.cc-log-summary`).fill("Sent her the hiring rubric");
      await s.page.locator(`${modal} button.mod-cta`, { hasText: "Log" }).click();
      await s.page.locator(modal).waitFor({ state: "detached" });
      await s.idle();
      const after = s.disk.bytes(path);
      assert.ok(after.toString("utf8").includes("- 2026-11-26 call: Sent her the hiring rubric\n"), "logged");
      assert.equal(await s.commandAvailable("redo-last-change"), false, "nothing to redo yet");
      assert.ok(await s.runCommand("undo-last-change"), "undo ran");
      await holds(s, path, before, "undone");
      assert.ok(await s.runCommand("redo-last-change"), "redo ran");
      await holds(s, path, after, "redone");
      await eventually(async () => assert.equal(await lastNotice(s), "Redone: log a call with Priya Raman."));
    },
  },
  {
    name: "snooze from the row's menu: the row stays, done, with an Undo that gives the bytes back",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Marcus Okafor.md";
      const before = s.disk.bytes(path);
      await clickRowAction(s, path, "snooze");
      await s.page.locator(".menu .menu-item", { hasText: "1 week" }).click();
      const row = rowOf(s.page, path);
      await row.locator(".cc-row-done").waitFor();
      await eventually(async () =>
        assert.match(await row.locator(".cc-row-done").innerText(), /Marcus Okafor: snoozed until 2026-12-03\./),
      );
      // The confirming notice sits over the top of the sidebar, as in Obsidian: put it away first.
      await s.page.locator(".notice").evaluateAll((notices) => notices.forEach((n) => (n as HTMLElement).click()));
      await row.locator("button.cc-row-undo").click();
      await holds(s, path, before, "undone from the row");
      await eventually(async () =>
        assert.ok(namesIn(await readPanel(s.page), "week").includes("Marcus Okafor"), "back in this week's plan"),
      );
    },
  },
  {
    name: "a double click on ✓ marks one person, not the next one sliding under the pointer",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const week = namesIn(await readPanel(s.page), "week");
      const first = "Contacts/Priya Raman.md";
      const second = "Contacts/Work/Rosa Jiménez.md";
      const secondBefore = s.disk.bytes(second);
      assert.equal(week[0], "Priya Raman");
      await rowOf(s.page, first).locator("button.cc-action-touched").dblclick();
      await s.idle();
      await eventually(() => assert.ok(s.disk.bytes(first).toString("utf8").includes("last-touch: 2026-11-26"), "the first is marked"));
      assert.ok(s.disk.bytes(second).equals(secondBefore), "the second is untouched");
    },
  },
  {
    name: "no-refer and do-not-contact from the commands: each undone by the command",
    async run(t) {
      const s = await t.open();
      const path = "Contacts/Helen Park.md";
      const before = s.disk.bytes(path);
      await s.openFile(path);
      await s.runCommand("toggle-no-refer");
      await s.idle();
      assert.ok(s.disk.bytes(path).toString("utf8").includes("no-refer: 2026-11-26"), "no-refer set");
      await s.runCommand("undo-last-change");
      await holds(s, path, before, "no-refer undone");

      await s.runCommand("toggle-do-not-contact");
      await s.page.locator(`${modal} button.mod-cta`, { hasText: "Set do-not-contact" }).click();
      await s.idle();
      await eventually(() => assert.ok(s.disk.bytes(path).toString("utf8").includes("do-not-contact: 2026-11-26"), "do-not-contact set"));
      await s.page.locator(undoInNotice).last().click();
      await holds(s, path, before, "do-not-contact undone");
    },
  },
  {
    name: "file menu log and a new contact: both undone; the new note goes away",
    async run(t) {
      const s = await t.open();
      const path = "Contacts/Helen Park.md";
      const before = s.disk.bytes(path);
      await s.hooks((h, p) => h.fileMenu(p), path);
      await s.page.locator(".menu .menu-item", { hasText: "Log an interaction" }).click();
      await s.page.locator(`${modal} textarea.cc-log-summary`).fill("Coffee");
      await s.page.locator(`${modal} button.mod-cta`, { hasText: "Log" }).click();
      await s.page.locator(modal).waitFor({ state: "detached" });
      await s.idle();
      assert.ok(!s.disk.bytes(path).equals(before), "logged");
      await s.runCommand("undo-last-change");
      await holds(s, path, before, "file-menu log undone");

      await s.runCommand("new-contact");
      await s.page.locator(`${modal} input.cc-new-contact-name`).fill("Nora Quinn");
      await s.page.locator(`${modal} button.mod-cta`, { hasText: "Create" }).click();
      await s.idle();
      await eventually(() => assert.ok(s.disk.exists("Contacts/Nora Quinn.md"), "created"));
      await s.page.locator(undoInNotice).last().click();
      await s.idle();
      await eventually(() => assert.ok(!s.disk.exists("Contacts/Nora Quinn.md"), "removed by the undo"));
    },
  },
  {
    name: "an undo after an edit made elsewhere is refused, says so, and keeps the edit",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Work/Tomás Herrera.md";
      await clickRowAction(s, path, "touched");
      await s.idle();
      const edited = Buffer.from(s.disk.bytes(path).toString("utf8") + "\nAdded on the phone.\n", "utf8");
      await s.external.write(path, edited);
      await s.idle();
      await s.runCommand("undo-last-change");
      await eventually(async () =>
        assert.match(
          await lastNotice(s),
          /^Could not undo "mark Tomás Herrera as touched today": Contacts\/Work\/Tomás Herrera\.md has changed since\. The note was not changed\.$/,
        ),
      );
      await s.idle();
      assert.ok(s.disk.bytes(path).equals(edited), "the edit made elsewhere is kept");
      assert.equal(await s.commandAvailable("undo-last-change"), false, "the refused step is gone");
    },
  },
  {
    name: "the done row ignores further clicks while it stays",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Priya Raman.md";
      await clickRowAction(s, path, "touched");
      const row = rowOf(s.page, path);
      await row.locator(".cc-row-done").waitFor();
      assert.equal(await row.getAttribute("data-action"), null, "a click on the done row does nothing");
      assert.equal(await row.locator("button.cc-action-touched").isVisible(), false, "its actions are gone");
      await eventually(
        async () => assert.equal(await panel(s.page).locator(`.cc-row[data-path="${path}"]`).count(), 0, "the row leaves after a moment"),
        8000,
      );
    },
  },
];
