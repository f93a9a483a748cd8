/**
 * Network planning against the example vault, by hand calculation (see
 * tests/cli/planning.test.ts for the arithmetic): budget 6, load 6.601; one touch since Monday
 * leaves room for 5 this week, the five most overdue, with 15 overflow in the groups below; the
 * fewest tier moves are four A → B, the lowest-priority tier-A people. One of them applied with a
 * click changes one value on disk and the panel follows. A do-not-contact person is in no list to
 * reach: not the panel, the week plan, the suggestions or the review; only the audit list.
 */
import assert from "node:assert/strict";
import { DUE_VIEW, namesIn, openPanel, readPanel, type PanelContents } from "../harness/panel";
import { assertOnlyEdits, eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

const modal = ".modal-container .modal";
// Every assert.ok here carries a message: without one, Node parses the test's source to write it,
// which under tsx can block the process for minutes.
/** Do-not-contact in the example vault. */
const SUPPRESSED = ["Maya Goldberg", "Kevin Brandt"];

const groupsOf = (p: PanelContents): [string, number][] => p.groups.map((g) => [g.group, g.count]);

/** Opens the list of tier moves and reads it: [name, "A → B", apply button's text]. */
async function readMoves(s: Session): Promise<string[][]> {
  const view = s.page.locator(DUE_VIEW);
  if ((await view.locator(".cc-moves.is-collapsed").count()) > 0) await view.locator(".cc-moves-toggle").click();
  await view.locator(".cc-move").first().waitFor();
  return view
    .locator(".cc-move")
    .evaluateAll((items) =>
      items.map((li) => [
        li.querySelector(".cc-move-name")?.textContent ?? "",
        li.querySelector(".cc-move-label")?.textContent ?? "",
        li.querySelector(".cc-move-apply")?.textContent ?? "",
      ]),
    );
}

/** The names the open review lists, by section. */
async function readReview(s: Session): Promise<Record<string, string[]>> {
  await s.page.locator(`${modal} .cc-review-modal`).waitFor();
  return s.page
    .locator(`${modal} .cc-review-section`)
    .evaluateAll((sections) =>
      Object.fromEntries(
        sections.map((el) => [
          el.getAttribute("data-section") ?? "",
          Array.from(el.querySelectorAll(".cc-review-name")).map((n) => n.textContent ?? ""),
        ]),
      ),
    );
}

export const scenarios: Scenario[] = [
  {
    name: "the week plan: the five most overdue this week, fifteen overflow in their groups, the load over by 0.6",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const p = await eventually(async () => {
        const c = await readPanel(s.page);
        assert.deepEqual(groupsOf(c), [
          ["week", 5],
          ["overdue", 2],
          ["due", 4],
          ["new", 3],
          ["soon", 6],
          ["followUps", 2],
          ["comingUp", 4],
          ["snoozed", 2],
          ["problems", 4],
        ]);
        return c;
      });
      assert.equal(p.groups[0]?.label, "This week");
      assert.equal(p.load, "Your cadences ask for about 7 touches a week; your budget is 6");
      assert.equal(await s.page.locator(`${DUE_VIEW} .cc-week-summary`).textContent(), "This week: 5 to go · 1 done · budget 6");
      assert.equal(
        await s.page.locator(`${DUE_VIEW} .cc-week-summary`).getAttribute("aria-label"),
        "This week: room for 5 more touches (budget 6, 1 logged since Monday).",
        "the sentence is the tooltip",
      );
      assert.deepEqual(namesIn(p, "week"), ["Priya Raman", "Rosa Jiménez", "Dr. Amara Nwosu", "Marcus Okafor", "Victor Lang"]);
      assert.deepEqual(namesIn(p, "overdue"), ["Ann Lee", "Elena Petrova"]);
      // This week's rows still say why each person is there.
      assert.equal(p.items.find((i) => i.group === "week")?.why, "43 days overdue · last call 14 Sep · 2 months ago · monthly");
      for (const name of SUPPRESSED) assert.ok(!p.items.some((i) => i.name === name), `${name} is not listed`);
    },
  },
  {
    name: "over budget: four moves A → B, lowest priority first; one click writes one tier value and the panel follows",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const view = s.page.locator(DUE_VIEW);
      assert.equal(await view.locator(".cc-moves-toggle").getAttribute("aria-expanded"), "false", "the list starts closed");
      const moves = await readMoves(s);
      assert.deepEqual(
        moves,
        ["Nadia Rahman", "Fatima Al-Sayed", "Gabriel Silva", "Sofia Lindqvist"].map((n) => [n, "A → B", "Move to B"]),
      );
      assert.equal(
        await view.locator(".cc-moves-summary").textContent(),
        "Moving these 4 people down brings the load from 6.6 to 6.0 touches a week. Lowest priority first.",
      );
      await s.screenshot("planning-week-and-tier-moves");

      const path = "Contacts/Work/Nadia Rahman.md";
      const before = s.disk.bytes(path);
      await view.locator(`.cc-move[data-path="${path}"] .cc-move-apply`).click();
      await eventually(() => assertOnlyEdits(before, s.disk.bytes(path), [["\ntier: A\n", "\ntier: B\n"]], "Nadia's tier"));
      // 6.601 − (7/30.44 − 7/91.32) = 6.448: still over; three moves left, the same people in the same order.
      await eventually(async () =>
        assert.equal((await readPanel(s.page)).load, "Your cadences ask for about 6.4 touches a week; your budget is 6"),
      );
      await eventually(async () =>
        assert.deepEqual(
          (await readMoves(s)).map((m) => m[0]),
          ["Fatima Al-Sayed", "Gabriel Silva", "Sofia Lindqvist"],
        ),
      );
      await s.idle();
      // The list stays open across the redraw.
      assert.equal(await view.locator(".cc-moves-toggle").getAttribute("aria-expanded"), "true");
    },
  },
  {
    name: "do-not-contact: nowhere to reach (panel, week plan, moves, review), only in the audit list, with the date",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      // Before: Priya heads the week and the review finds her tier drifting.
      await s.runCommand("review-network");
      assert.deepEqual((await readReview(s)).tierDrift, ["Priya Raman"]);
      await s.screenshot("planning-review");
      await s.page.keyboard.press("Escape");
      await s.page.locator(modal).waitFor({ state: "detached" });

      const path = "Contacts/Priya Raman.md";
      const before = s.disk.bytes(path);
      await s.openFile(path);
      await s.runCommand("toggle-do-not-contact");
      await s.page.locator(`${modal} button.cc-confirm-cta`, { hasText: "Set do-not-contact" }).click();
      await eventually(() =>
        assertOnlyEdits(
          before,
          s.disk.bytes(path),
          [["last-touch: 2026-09-14\n---\n", "last-touch: 2026-09-14\ndo-not-contact: 2026-11-26\n---\n"]],
          "do-not-contact set",
        ),
      );

      // Her A no longer counts: 6.601 − 0.230 = 6.371; the week moves up by one; three moves suffice.
      // The header and the windowed rows repaint a frame apart: wait for both, then hold them to it.
      await eventually(async () => {
        const p = await readPanel(s.page);
        assert.equal(p.load, "Your cadences ask for about 6.4 touches a week; your budget is 6");
        assert.deepEqual(namesIn(p, "week"), ["Rosa Jiménez", "Dr. Amara Nwosu", "Marcus Okafor", "Victor Lang", "Ann Lee"]);
        for (const name of [...SUPPRESSED, "Priya Raman"]) assert.ok(!p.items.some((i) => i.name === name), `${name} is not in the panel`);
      });
      const moves = (
        await eventually(async () => {
          const m = await readMoves(s);
          assert.equal(m.length, 3);
          return m;
        })
      ).map((m) => m[0]);
      assert.deepEqual(moves, ["Nadia Rahman", "Fatima Al-Sayed", "Gabriel Silva"]);

      await s.runCommand("review-network");
      const review = await readReview(s);
      assert.deepEqual(review, {
        longOverdue: [],
        neverContacted: ["Sofia Lindqvist", "Ben Adeyemi", "Mallory <img src=x onerror=alert(1)>"],
        reconnect: [],
        tierDrift: [],
      });
      await s.page.keyboard.press("Escape");
      await s.page.locator(modal).waitFor({ state: "detached" });

      await s.runCommand("show-do-not-contact");
      const audit = await s.page
        .locator(`${modal} .cc-suppressed`)
        .evaluateAll((items) =>
          items.map((li) => [
            li.querySelector(".cc-review-name")?.textContent ?? "",
            li.querySelector(".cc-review-reason")?.textContent ?? "",
          ]),
        );
      assert.deepEqual(audit, [
        ["Kevin Brandt", "Since 2026-03-04"],
        ["Priya Raman", "Since 2026-11-26"],
        ["Maya Goldberg", "Since: not recorded (the note says yes, without a date)"],
      ]);
      await s.screenshot("planning-do-not-contact-list");
      await s.page.locator(`${modal} .cc-suppressed button.cc-review-name`, { hasText: "Kevin Brandt" }).click();
      await eventually(async () => assert.equal(await s.hooks((h) => h.activeFile()), "Contacts/Kevin Brandt.md"));
    },
  },
  {
    name: "the review offers each item's one change as a button: a snooze writes one key, a tier move one value",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      await s.runCommand("review-network");
      assert.deepEqual(await readReview(s), {
        longOverdue: [],
        neverContacted: ["Sofia Lindqvist", "Ben Adeyemi", "Mallory <img src=x onerror=alert(1)>"],
        reconnect: [],
        tierDrift: ["Priya Raman"],
      });
      const item = (path: string) => s.page.locator(`${modal} .cc-review-item[data-path="${path}"]`);

      const sofia = "Contacts/Community/Sofia Lindqvist.md";
      const sofiaBefore = s.disk.bytes(sofia);
      await item(sofia).locator("button.cc-review-apply", { hasText: "Snooze until 2026-12-26" }).click();
      await item(sofia).locator("button.cc-review-apply.is-done", { hasText: "Snoozed until 2026-12-26" }).waitFor();
      assertOnlyEdits(
        sofiaBefore,
        s.disk.bytes(sofia),
        [["role: Community director\n---\n", "role: Community director\nsnooze-until: 2026-12-26\n---\n"]],
        "Sofia snoozed",
      );

      // Priya is touched about every 67 days against tier A's month: the review offers tier B.
      const priya = "Contacts/Priya Raman.md";
      const priyaBefore = s.disk.bytes(priya);
      assert.equal(await item(priya).locator(".cc-review-reason").textContent(), "Touched about every 67 days; tier A is monthly");
      await item(priya).locator("button.cc-review-apply", { hasText: "Move to tier B (every 3 months)" }).click();
      await item(priya).locator("button.cc-review-apply.is-done", { hasText: "Moved to B" }).waitFor();
      assertOnlyEdits(priyaBefore, s.disk.bytes(priya), [["\ntier: A\n", "\ntier: B\n"]], "Priya's tier");
      await s.page.keyboard.press("Escape");
      await s.page.locator(modal).waitFor({ state: "detached" });
      // The panel follows: Sofia is snoozed, and Priya's lower tier lowers the load (6.601 − 0.153 = 6.448).
      await eventually(async () => {
        const p = await readPanel(s.page);
        assert.equal(p.load, "Your cadences ask for about 6.4 touches a week; your budget is 6");
        assert.ok(!p.items.some((i) => i.name === "Sofia Lindqvist"), "Sofia is snoozed (the group is collapsed)");
      });
    },
  },
  {
    name: "raising a tier past the budget asks first: Cancel writes nothing, confirming writes the tier",
    async run(t) {
      const s = await t.open();
      const path = "Contacts/Rafael Moreno.md";
      const before = s.disk.bytes(path);
      await s.openFile(path);
      const pick = async (): Promise<void> => {
        await s.runCommand("change-tier");
        await s.page.locator(`${modal} .suggestion-item`, { hasText: "A: Inner circle" }).click();
      };
      await pick();
      const confirm = s.page.locator(modal, { has: s.page.locator(".cc-confirm-modal") });
      // 6.601 − 7/365.25 + 7/30.44 = 6.812.
      await confirm
        .locator(".modal-content", {
          hasText: "Moving Rafael Moreno to tier A (monthly) raises the load to 6.8 touches a week, over the budget of 6.0.",
        })
        .waitFor();
      await confirm.locator("button", { hasText: "Cancel" }).click();
      await confirm.waitFor({ state: "detached" });
      await s.idle();
      assert.ok(s.disk.bytes(path).equals(before), "nothing written");

      await pick();
      await confirm.locator("button.cc-confirm-cta", { hasText: "Change the tier" }).click();
      await eventually(() => assertOnlyEdits(before, s.disk.bytes(path), [["\ntier: 4\n", "\ntier: A\n"]], "Rafael's tier"));
      await eventually(async () =>
        assert.ok(
          (await s.notices()).some((n) => n.startsWith("Rafael Moreno is now tier A.")),
          "a notice says so (with its Undo)",
        ),
      );
    },
  },
  {
    name: "an intro that links a no-refer contact: a private warning in the log modal and a notice, and the entry is logged",
    async run(t) {
      const s = await t.open();
      const path = "Contacts/Priya Raman.md";
      await s.openFile(path);
      await s.runCommand("log-interaction");
      const warning = s.page.locator(`${modal} .cc-referral-warning`);
      await s.page.locator(`${modal} textarea.cc-log-summary`).fill("Introduced [[Victor Lang]] to the platform team");
      assert.equal(await warning.isVisible(), false, "a call is not a referral");
      await s.page.locator(`${modal} select.cc-log-type`).selectOption("intro");
      await warning.filter({ hasText: "Private note: Victor Lang is marked no-refer." }).waitFor();
      await s.page.locator(`${modal} button.mod-cta`, { hasText: "Log" }).click();
      await s.page.locator(modal).waitFor({ state: "detached" });
      await eventually(async () =>
        assert.ok((await s.notices()).includes("Private note: Victor Lang is marked no-refer."), "the private notice is shown"),
      );
      await s.idle();
      assert.ok(
        s.disk.bytes(path).toString("utf8").includes("\n- 2026-11-26 intro: Introduced [[Victor Lang]] to the platform team\n"),
        "the entry is logged",
      );
    },
  },
];
