/**
 * The panel's actions, clicked as a user would: log through the modal, mark touched today, snooze
 * from the row's menu and to a date through the modal. Each checks the note's bytes (only the
 * changed value and the inserted line differ from the original) and that the panel follows.
 */
import assert from "node:assert/strict";
import { expandGroup, namesIn, openPanel, readPanel, reachTotal, rowOf, scrollTo } from "../harness/panel";
import { assertOnlyEdits, eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

async function groupCount(s: Session, group: string): Promise<number | undefined> {
  return (await readPanel(s.page)).groups.find((g) => g.group === group)?.count;
}

/** The week plan at start-up (budget 6, one touch logged since Monday). */
const WEEK = ["Priya Raman", "Rosa Jiménez", "Dr. Amara Nwosu", "Marcus Okafor", "Victor Lang"];

async function itemsOf(s: Session, path: string): Promise<{ group: string; why: string }[]> {
  const p = await readPanel(s.page);
  return p.items.filter((i) => i.path === path).map((i) => ({ group: i.group, why: i.why }));
}

async function clickRowAction(s: Session, path: string, action: "log" | "touched" | "snooze"): Promise<void> {
  assert.ok(await scrollTo(s.page, `.cc-row[data-path="${path}"]`), `${path} is listed`);
  await rowOf(s.page, path).locator(`button.cc-action-${action}`).click();
}

const modal = ".modal-container .modal";

export const scenarios: Scenario[] = [
  {
    name: "log through the modal: the summary first, Enter logs (Shift+Enter a new line); one line appended, last-touch moved, the row leaves the plan",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Priya Raman.md";
      const before = s.disk.bytes(path);
      await clickRowAction(s, path, "log");
      await s.page.locator(`${modal} .modal-title`, { hasText: "Log an interaction with Priya Raman" }).waitFor();
      assert.equal(await s.page.locator(`${modal} input.cc-log-date`).inputValue(), "2026-11-26", "the date defaults to today");
      assert.equal(
        await s.page.locator(`${modal} .cc-log-date-words`).textContent(),
        "Thu 26 Nov · today",
        "the date in words beside the field",
      );
      const summary = s.page.locator(`${modal} textarea.cc-log-summary`);
      assert.ok(await summary.evaluate((el) => el === document.activeElement), "the summary has the focus");
      const [boxWidth, modalWidth] = await Promise.all([
        summary.evaluate((el) => el.getBoundingClientRect().width),
        s.page.locator(`${modal} .modal-content`).evaluate((el) => el.getBoundingClientRect().width),
      ]);
      assert.ok(boxWidth >= modalWidth - 1, `the summary is as wide as the modal (${boxWidth} of ${modalWidth})`);
      await s.page.locator(`${modal} select.cc-log-type`).selectOption("email");
      await summary.click();
      await s.page.keyboard.type("Sent her the hiring rubric");
      await s.page.keyboard.press("Shift+Enter");
      await s.page.keyboard.type("#gave");
      assert.equal(await summary.inputValue(), "Sent her the hiring rubric\n#gave", "Shift+Enter starts a new line");
      assert.equal(await s.page.locator(modal).count(), 1, "Shift+Enter logs nothing");
      await s.page.keyboard.press("Enter");
      await s.page.locator(modal).waitFor({ state: "detached" });
      await s.idle();
      assertOnlyEdits(
        before,
        s.disk.bytes(path),
        [
          ["last-touch: 2026-09-14\n", "last-touch: 2026-11-26\n"],
          [
            "- 2026-09-14 call: Congratulated her on the VP promotion\n",
            "- 2026-09-14 call: Congratulated her on the VP promotion\n- 2026-11-26 email: Sent her the hiring rubric #gave\n",
          ],
        ],
        "log entry",
      );
      // Up to date now, and a second touch logged this week leaves room for four in the plan.
      await eventually(async () =>
        assert.deepEqual(namesIn(await readPanel(s.page), "week"), ["Rosa Jiménez", "Dr. Amara Nwosu", "Marcus Okafor", "Victor Lang"]),
      );
      assert.deepEqual(await itemsOf(s, path), [], "no longer listed");
      assert.equal(reachTotal(await readPanel(s.page)), 19);
    },
  },
  {
    name: "mark touched today: only the value of lastTouch changes, the row leaves Due today",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Work/Tomás Herrera.md";
      const before = s.disk.bytes(path);
      await clickRowAction(s, path, "touched");
      await eventually(async () => assert.equal(await groupCount(s, "due"), 3));
      await s.idle();
      // The note spells the key lastTouch and wrote a date-time: the plugin keeps the spelling.
      assertOnlyEdits(before, s.disk.bytes(path), [["lastTouch: 2026-10-26T09:30\n", "lastTouch: 2026-11-26\n"]], "mark touched");
      assert.deepEqual(await itemsOf(s, path), []);
    },
  },
  {
    name: "mark touched today over a last-touch after today (Rosa Jiménez's typo): today is written, the notice says so",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Work/Rosa Jiménez.md";
      const before = s.disk.bytes(path);
      await clickRowAction(s, path, "touched");
      await s.page.locator(".notice", { hasText: "Rosa Jiménez: touched today." }).waitFor();
      await s.idle();
      assertOnlyEdits(before, s.disk.bytes(path), [["last-touch: 2026-12-03\n", "last-touch: 2026-11-26\n"]], "mark touched");
      // Touched today, and her last-touch no longer a problem: no row of hers is left.
      await eventually(async () => assert.deepEqual(await itemsOf(s, path), []));
    },
  },
  {
    name: "snooze a week from the row's menu: one key inserted, the row moves to Snoozed",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Marcus Okafor.md";
      const before = s.disk.bytes(path);
      await clickRowAction(s, path, "snooze");
      const items = await s.page.locator(".menu .menu-item-title").allTextContents();
      assert.deepEqual(items, ["1 week (until 2026-12-03)", "1 month (until 2026-12-26)", "A date…"]);
      await s.page.locator(".menu .menu-item", { hasText: "1 week" }).click();
      await eventually(async () => assert.equal(await groupCount(s, "snoozed"), 3));
      await s.idle();
      assertOnlyEdits(
        before,
        s.disk.bytes(path),
        [["last_touch: 2026-07-30\n---\n", "last_touch: 2026-07-30\nsnooze-until: 2026-12-03\n---\n"]],
        "snooze",
      );
      // A snooze is not a touch: the plan still holds five, the next most overdue moving up.
      assert.deepEqual(namesIn(await readPanel(s.page), "week"), [...WEEK.filter((n) => n !== "Marcus Okafor"), "Ann Lee"]);
      await expandGroup(s.page, "snoozed");
      // His follow-up due (the offsite's open task) keeps him under Follow-ups due: a promise has its own date.
      assert.deepEqual(await itemsOf(s, path), [
        { group: "followUps", why: "follow-up 1 day overdue · snoozed until 3 Dec · last message 30 Jul · 3 months ago · every 3 months" },
        { group: "snoozed", why: "snoozed until 3 Dec · last message 30 Jul · 3 months ago · every 3 months" },
      ]);
    },
  },
  {
    name: "snooze to a date through the modal, in a CRLF note: CRLF kept, one line inserted",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Work/Gabriel Silva.md";
      const before = s.disk.bytes(path);
      assert.ok(before.includes("\r\n"), "the note is CRLF to begin with");
      await clickRowAction(s, path, "snooze");
      await s.page.locator(".menu .menu-item", { hasText: "A date…" }).click();
      await s.page.locator(`${modal} .modal-title`, { hasText: "Snooze Gabriel Silva" }).waitFor();
      await s.page.locator(`${modal} input.cc-snooze-date`).fill("2027-01-15");
      await s.page.locator(`${modal} button.mod-cta`, { hasText: "Snooze" }).click();
      await s.page.locator(modal).waitFor({ state: "detached" });
      await eventually(async () => assert.equal(await groupCount(s, "soon"), 5));
      await s.idle();
      assertOnlyEdits(
        before,
        s.disk.bytes(path),
        [["role: Engineering manager, mobile\r\n---\r\n", "role: Engineering manager, mobile\r\nsnooze-until: 2027-01-15\r\n---\r\n"]],
        "snooze to a date",
      );
    },
  },
  {
    name: "the snooze modal refuses a date that is not after today and writes nothing",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Helen Park.md";
      const before = s.disk.bytes(path);
      await clickRowAction(s, path, "snooze");
      await s.page.locator(".menu .menu-item", { hasText: "A date…" }).click();
      await s.page.locator(`${modal} input.cc-snooze-date`).fill("2026-11-26");
      await s.page.locator(`${modal} button.mod-cta`, { hasText: "Snooze" }).click();
      await s.page.locator(`${modal} .cc-modal-message.mod-error`, { hasText: "Pick a date after today" }).waitFor();
      await s.page.keyboard.press("Escape");
      await s.page.locator(modal).waitFor({ state: "detached" });
      await s.idle();
      assert.ok(s.disk.bytes(path).equals(before), "nothing written");
    },
  },
];
