/**
 * The person card and "Start with" on the example vault (today 2026-11-26): what the card shows
 * (the note's opening lines, entries and mentions, follow-ups, key dates, their year), acting from
 * it through the row's own actions with undo to the byte, the keyboard, and screenshots.
 */
import assert from "node:assert/strict";
import { DUE_VIEW, openPanel, panel, rowOf, scrollTo } from "../harness/panel";
import { eventually, type Scenario, type ScenarioContext } from "../harness/scenario";
import type { Session } from "../harness/session";

const CARD = `${DUE_VIEW} .cc-card`;

interface CardText {
  name: string;
  why: string;
  note: string;
  recent: string[];
  followUps: string[];
  keyDates: string[];
  months: string[];
}

async function readCard(s: Session): Promise<CardText> {
  await s.page.locator(`${CARD} .cc-card-name`).waitFor();
  return s.page.locator(CARD).evaluate((card) => {
    const all = (sel: string, attr?: string): string[] =>
      [...card.querySelectorAll(sel)].map((e) =>
        attr === undefined ? (e.textContent ?? "").replace(/\s+/g, " ").trim() : (e.getAttribute(attr) ?? ""),
      );
    return {
      name: card.querySelector(".cc-card-name")?.textContent ?? "",
      why: card.querySelector(".cc-card-why")?.textContent ?? "",
      note: (card.querySelector(".cc-card-note")?.textContent ?? "").replace(/\s+/g, " ").trim(),
      recent: [...card.querySelectorAll(".cc-card-entry")].map((e) =>
        [...e.querySelectorAll("span")].map((x) => x.textContent ?? "").join(" "),
      ),
      followUps: all(".cc-card-follow .cc-follow-up-text"),
      keyDates: all(".cc-card-key-date"),
      months: all(".cc-card-year-month", "aria-label"),
    };
  });
}

/** The card of the contact whose note is open, through the command. */
async function showCardOf(s: Session, path: string): Promise<void> {
  await s.openFile(path);
  await s.idle();
  assert.equal(await s.runCommand("show-contact-card"), true, "the command runs on a contact note");
  await s.page.locator(`${CARD}[data-path="${path}"]`).waitFor();
}

async function holds(s: Session, path: string, bytes: Buffer, message: string): Promise<void> {
  await s.idle();
  await eventually(() =>
    assert.ok(s.disk.bytes(path).equals(bytes), `${message}: ${path} holds ${JSON.stringify(s.disk.bytes(path).toString("utf8"))}`),
  );
}

async function shoot(t: ScenarioContext, theme: "light" | "dark", phone: boolean): Promise<void> {
  const s = await t.open({ theme, phone });
  if (!phone) await s.openFile("Contacts/Olivia Grant.md");
  await openPanel(s);
  await s.idle();
  if (!phone) {
    await s.page.locator(`${DUE_VIEW} .cc-start`).waitFor();
    await s.screenshot(`card-start-with-desktop-${theme}`);
  }
  await showCardOf(s, "Contacts/Olivia Grant.md");
  await s.page.locator(`${CARD} .cc-card-note p`).waitFor();
  await s.screenshot(`card-${phone ? "phone" : "desktop"}-${theme}`);
}

export const scenarios: Scenario[] = [
  {
    name: "Start with names the first person of the week and something to say; a click opens the card, Escape goes back",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const start = panel(s.page).locator(".cc-start");
      await eventually(async () =>
        assert.equal(
          (await start.textContent())?.trim(),
          "Start withPriya Raman · Last call 14 Sep: Congratulated her on the VP promotion",
        ),
      );
      await start.locator(".cc-start-main").click();
      const card = await readCard(s);
      assert.deepEqual(card, {
        name: "Priya Raman",
        why: "43 days overdue · last call 14 Sep · 2 months ago · monthly",
        note: "Former tech lead on the payments team; now runs engineering at Lumen Health (about 120 people). Generous with introductions. Ask about her daughter's robotics team.",
        recent: [
          "14 Sep call Congratulated her on the VP promotion",
          "20 Jun email Thanked her for the intro to Sam",
          "18 Jun intro Introduced me to Sam Oduya at Fernwood #gave",
          "2 Mar meal Lunch near her office, compared notes on hiring loops",
        ],
        followUps: [],
        keyDates: [],
        months: [
          "No touches, December 2025",
          "No touches, January 2026",
          "No touches, February 2026",
          "1 touch, March 2026",
          "No touches, April 2026",
          "No touches, May 2026",
          "2 touches, June 2026",
          "No touches, July 2026",
          "No touches, August 2026",
          "1 touch, September 2026",
          "No touches, October 2026",
          "No touches, November 2026",
        ],
      });
      // The list is hidden meanwhile; Escape brings it back.
      assert.equal(await panel(s.page).locator(".cc-due-scroller").isVisible(), false, "the card stands in for the list");
      await s.page.keyboard.press("Escape");
      await panel(s.page).locator(".cc-due-scroller").waitFor({ state: "visible" });
      assert.equal(await panel(s.page).locator(".cc-card").isVisible(), false, "the card is gone");
    },
  },
  {
    name: "a card with mentions, key dates and their year; a mention opens its note, the strip the calendar",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      await showCardOf(s, "Contacts/Olivia Grant.md");
      const card = await readCard(s);
      assert.equal(card.note, "Leadership coach; monthly sessions since the promotion.");
      // The 16 Dec entry is after today; the offsite and the 20 Nov daily note mention her.
      assert.deepEqual(card.recent, [
        "20 Nov mentioned 2026-11-20",
        "18 Nov call Debrief of the reorg; lent me *The Making of a Manager* #gave",
        "18 Nov mentioned 2026-11-18 Leadership offsite",
        "16 Oct call Preparing for the reorg conversation",
        '17 Sep call Delegation and the "two-way door" test',
      ]);
      assert.deepEqual(card.keyDates, ["Reminder Tue 8 Dec · ask how the offsite went"]);
      assert.deepEqual(card.months.slice(-3), ["1 touch, September 2026", "1 touch, October 2026", "2 touches, November 2026"]);
      await s.page.locator(`${CARD} .cc-card-entry`, { hasText: "Leadership offsite" }).locator("button").click();
      await eventually(async () => assert.equal(await s.hooks((h) => h.activeFile()), "Meetings/2026-11-18 Leadership offsite.md"));
      await s.page.locator(`${CARD} button.cc-card-year`).click();
      await s.page.locator(".cc-calendar-view .cc-cal-title", { hasText: "Olivia Grant" }).waitFor();
    },
  },
  {
    name: "a follow-up ticked from the card writes [x] in its one line; the undo command gives the bytes back",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      await showCardOf(s, "Contacts/Ben Adeyemi.md");
      await eventually(async () => assert.deepEqual((await readCard(s)).followUps, ["Send the rollout checklist to Ben Adeyemi"]));
      assert.deepEqual((await readCard(s)).keyDates, ["Birthday Tue 1 Dec · turns 40"]);
      const daily = "Daily/2026-11-24.md";
      const before = s.disk.bytes(daily);
      await s.page.locator(`${CARD} .cc-card-follow input.task-list-item-checkbox`).click();
      await s.idle();
      await eventually(() =>
        assert.equal(
          s.disk.bytes(daily).toString("utf8"),
          before.toString("utf8").replace("- [ ] Send the rollout", "- [x] Send the rollout"),
          "one character changed",
        ),
      );
      assert.ok(await s.runCommand("undo-last-change"), "undo ran");
      await holds(s, daily, before, "undone");
    },
  },
  {
    name: "keyboard: Space opens the focused row's card, T marks touched, its Undo gives the bytes back, ← returns to the row",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "People/Dr Amara Nwosu.md";
      const before = s.disk.bytes(path);
      await panel(s.page).locator(".cc-due-window").focus();
      await s.page.keyboard.press("ArrowDown");
      await s.page.keyboard.press("ArrowDown");
      await s.page.keyboard.press("ArrowDown");
      await s.page.keyboard.press(" ");
      assert.equal((await readCard(s)).name, "Dr. Amara Nwosu");
      assert.equal(await s.page.evaluate(() => document.activeElement?.className ?? ""), "cc-card", "the card has the keyboard");
      await s.page.keyboard.press("t");
      await s.idle();
      await eventually(() => assert.ok(s.disk.bytes(path).toString("utf8").includes("last-touch: 2026-11-26"), "marked with T"));
      const done = s.page.locator(`${CARD} .cc-card-done`);
      await eventually(async () => assert.equal(await done.locator(".cc-card-done-text").textContent(), "Dr. Amara Nwosu: touched today."));
      await eventually(async () => assert.ok((await readCard(s)).why.startsWith("next due 26 Dec"), "the card follows the write"));
      await done.locator("button.cc-card-undo").click();
      await holds(s, path, before, "undone from the card");
      await s.page.locator(CARD).focus();
      await s.page.keyboard.press("ArrowLeft");
      await panel(s.page).locator(".cc-due-scroller").waitFor({ state: "visible" });
      await eventually(async () =>
        assert.equal(await panel(s.page).locator(".cc-row.has-focus").getAttribute("data-path"), path, "the keyboard is back on the row"),
      );
      assert.equal(
        await s.page.evaluate(() => document.activeElement?.classList.contains("cc-due-window") ?? false),
        true,
        "the list has the focus",
      );
    },
  },
  {
    name: "from the card: snooze from its menu and a new tier, each undone to the byte; the row's menu offers the card",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Marcus Okafor.md";
      const before = s.disk.bytes(path);
      assert.ok(await scrollTo(s.page, `.cc-row[data-path="${path}"]`), "Marcus is listed");
      await rowOf(s.page, path).click({ button: "right" });
      await s.page.locator(".menu .menu-item", { hasText: "Show card" }).click();
      assert.equal((await readCard(s)).name, "Marcus Okafor");
      await s.page.locator(`${CARD} button.cc-card-action-snooze`).click();
      await s.page.locator(".menu .menu-item", { hasText: "1 week" }).click();
      await s.idle();
      await eventually(() => assert.ok(s.disk.bytes(path).toString("utf8").includes("snooze-until: 2026-12-03"), "snoozed"));
      assert.ok(await s.runCommand("undo-last-change"), "undo ran");
      await holds(s, path, before, "snooze undone");

      await s.page.locator(`${CARD} button.cc-card-action-tier`).click();
      await s.page.locator(".suggestion-item", { hasText: "C: Maintain" }).click();
      await s.idle();
      await eventually(() =>
        assert.equal(
          s.disk.bytes(path).toString("utf8"),
          before.toString("utf8").replace("tier: 2\n", "tier: C\n"),
          "only the tier changed",
        ),
      );
      await eventually(async () => assert.ok((await readCard(s)).why.endsWith("every 6 months"), "the card shows the new cadence"));
      await s.page.locator(".notice .cc-notice-undo").last().click();
      await holds(s, path, before, "tier undone");
    },
  },
  {
    name: "a name containing HTML shows as text in the card: no element is created, no script runs",
    async run(t) {
      const s = await t.open();
      const hostile = '<b>Eve</b> <img src=x onerror="window.__pwned = true"><script>window.__pwned = true</script>';
      await s.external.write(
        "Contacts/Eve.md",
        `---\nname: '${hostile}'\ntier: A\n---\n## Log\n- 2026-11-02 call: <img src=y onerror="window.__pwned = true">\n`,
      );
      await openPanel(s);
      await showCardOf(s, "Contacts/Eve.md");
      const card = await readCard(s);
      assert.equal(card.name, hostile);
      assert.deepEqual(card.recent, ['2 Nov call <img src=y onerror="window.__pwned = true">']);
      const made = await s.page.evaluate(() => ({
        elements: document.querySelectorAll(".cc-card img, .cc-card b, .cc-card script").length,
        pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
      }));
      assert.deepEqual(made, { elements: 0, pwned: false });
    },
  },
  { name: "screenshots: desktop, light theme", run: (t) => shoot(t, "light", false) },
  { name: "screenshots: desktop, dark theme", run: (t) => shoot(t, "dark", false) },
  { name: "screenshots: phone, light theme", run: (t) => shoot(t, "light", true) },
  { name: "screenshots: phone, dark theme", run: (t) => shoot(t, "dark", true) },
];
