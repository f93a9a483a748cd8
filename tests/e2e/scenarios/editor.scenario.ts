/**
 * Typing in a contact note: suggestions complete a log line by hand and the panel counts it at
 * once; a value the plugin cannot read is shown on its own line in the editor and at the top of
 * reading view, and goes when it is fixed.
 */
import assert from "node:assert/strict";
import { openPanel, readPanel, reachTotal } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";

const SUGGESTION = ".suggestion-container .suggestion-item";

export const scenarios: Scenario[] = [
  {
    name: "a log line typed by hand with two suggestions: today's date, then a type; the panel counts it",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Priya Raman.md";
      const before = await readPanel(s.page);
      assert.ok(
        before.items.some((i) => i.path === path),
        "Priya is to be reached before",
      );
      await s.hooks((h, p) => h.openFile(p), path);
      await s.page.locator(".cm-line", { hasText: "Congratulated her on the VP promotion" }).click();
      await s.page.keyboard.press("End");
      await s.page.keyboard.press("Enter");
      await s.page.keyboard.type("- ");
      await eventually(async () =>
        assert.deepEqual(await s.page.locator(SUGGESTION).allInnerTexts(), ["2026-11-26\ntoday"], "today's date offered"),
      );
      await s.page.keyboard.press("Enter");
      await eventually(async () =>
        assert.equal((await s.page.locator(SUGGESTION).allInnerTexts())[0], "call", "the types offered, from the settings"),
      );
      await s.page.keyboard.press("Enter");
      await s.page.keyboard.type("caught up about the offsite #gave");
      await s.page.keyboard.press("Escape");
      await eventually(() =>
        assert.ok(
          s.disk
            .text(path)
            .includes(
              "- 2026-09-14 call: Congratulated her on the VP promotion\n- 2026-11-26 call: caught up about the offsite #gave\n\n## Ideas",
            ),
          "the line is saved where it was typed",
        ),
      );
      await eventually(async () => {
        const after = await readPanel(s.page);
        assert.equal(
          after.items.find((i) => i.path === path),
          undefined,
          "touched today: no longer to reach",
        );
        assert.equal(reachTotal(after), reachTotal(before) - 1, "one fewer to reach");
      });
    },
  },
  {
    name: "cadence: sometimes is shown on its line in the editor and in reading view, and goes once fixed",
    async run(t) {
      const s = await t.open();
      const path = "Contacts/Community/Sofia Lindqvist.md";
      await s.hooks((h, p) => h.openFile(p), path);
      await s.page.locator(".cm-line", { hasText: "role: Community director" }).click();
      await s.page.keyboard.press("End");
      await s.page.keyboard.press("Enter");
      await s.page.keyboard.type("cadence: sometimes");
      const note = s.page.locator(".cm-line", { hasText: "cadence: sometimes" }).locator(".cc-line-problem-note");
      await eventually(async () =>
        assert.match(
          await note.innerText(),
          /^cadence "sometimes" is not a cadence \(try 2w, 3m, quarterly\); tier A's 1m applies$/,
          "the message on the cadence line",
        ),
      );
      assert.equal(await s.page.locator(".cm-line .cc-line-problem").innerText(), "sometimes", "the value is underlined");
      assert.equal(await s.page.locator(".cc-line-problem-note").count(), 1, "no other line has a problem");
      await s.screenshot("editor-inline-problem");

      await s.hooks((h) => h.readingView(true));
      const banner = s.page.locator(".markdown-reading-view .cc-note-problems");
      await eventually(async () =>
        assert.match(
          await banner.innerText(),
          /Contacts\/Community\/Sofia Lindqvist\.md: cadence "sometimes" is not a cadence/,
          "the problem at the top of reading view",
        ),
      );
      await s.screenshot("reading-view-problem");

      await s.hooks((h) => h.readingView(false));
      await s.page.locator(".cm-line", { hasText: "cadence: sometimes" }).click();
      await s.page.keyboard.press("End");
      for (let i = 0; i < "sometimes".length; i++) await s.page.keyboard.press("Backspace");
      await s.page.keyboard.type("quarterly");
      await eventually(async () => assert.equal(await s.page.locator(".cc-line-problem-note").count(), 0, "the inline problem goes"));
      await eventually(() =>
        assert.ok(s.disk.text(path).includes("role: Community director\ncadence: quarterly\n---"), "the fix is saved"),
      );
      await s.hooks((h) => h.readingView(true));
      await eventually(async () =>
        assert.equal(await banner.filter({ hasText: "sometimes" }).count(), 0, "reading view has no problem left"),
      );
    },
  },
  {
    name: "reading view shows a log's types and reciprocity tags as chips, and the file stays as it was",
    async run(t) {
      const s = await t.open();
      const path = "Contacts/Priya Raman.md";
      const bytes = s.disk.text(path);
      await s.hooks((h, p) => h.openFile(p), path);
      await s.hooks((h) => h.readingView(true));
      const chips = s.page.locator(".markdown-reading-view .cc-chip-type");
      await eventually(async () =>
        assert.deepEqual(await chips.allInnerTexts(), ["meal", "intro", "email", "call"], "each entry's type, in the log only"),
      );
      assert.deepEqual(await s.page.locator(".markdown-reading-view a.tag.cc-chip").allInnerTexts(), ["#gave"]);
      assert.equal(
        await s.page.locator(".markdown-reading-view .cc-note-problems:not(.cc-is-hidden)").count(),
        0,
        "no problem banner on a clean note",
      );
      await s.idle();
      assert.equal(s.disk.text(path), bytes, "the note is unchanged");
    },
  },
];
