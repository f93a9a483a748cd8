/**
 * "Find someone to refer" from the panel's header: results say who the person is (role · company)
 * and show the note's body around the match, never its frontmatter, with the query's words
 * highlighted as text; a result's actions insert `[[Name]]` at the cursor of the note being written,
 * or open the log form with an intro.
 */
import assert from "node:assert/strict";
import { openPanel, panel } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

const MODAL = ".modal.cc-refer-modal";
const PRIYA = "Contacts/Priya Raman.md";

/** Opens the finder from the panel's header and searches; returns Ethan Brooks's result. */
async function find(s: Session, query: string) {
  await panel(s.page).locator(".cc-tool-refer").click();
  await s.page.locator(`${MODAL} input.prompt-input`).fill(query);
  const item = s.page.locator(`${MODAL} .suggestion-item`, { has: s.page.locator(".cc-suggestion-name", { hasText: "Ethan Brooks" }) });
  await item.waitFor();
  return item;
}

export const scenarios: Scenario[] = [
  {
    name: "find someone to refer: role · company, a clean highlighted snippet, insert a link at the cursor, log an intro",
    async run(t) {
      const s = await t.open();
      await s.openFile(PRIYA);
      await openPanel(s);
      // The cursor at the end of a line of Priya's note, as if writing there.
      await s.page.locator(".cm-line", { hasText: "Ask about her daughter's robotics team." }).click();
      await s.page.keyboard.press("End");
      const before = s.disk.text(PRIYA);

      const ethan = await find(s, "career advice");
      assert.equal(await ethan.locator(".cc-suggestion-who").innerText(), "VP of engineering, my former manager · Kestrel Labs");
      const note = await ethan.locator(".cc-suggestion-note").innerText();
      assert.match(note, /best career advice I get/);
      assert.doesNotMatch(note, /---|tier:|company:/, "no frontmatter in the snippet");
      assert.deepEqual(
        await ethan.locator(".cc-suggestion-note .cc-match").allTextContents(),
        ["career", "advice"],
        "the query's words highlighted",
      );
      assert.equal(await ethan.locator(".cc-suggestion-note *:not(.cc-match)").count(), 0, "nothing but text and highlight spans");
      await s.screenshot("desktop-light-refer");
      // Found by the company the result shows too (it sits in the frontmatter).
      await s.page.locator(`${MODAL} input.prompt-input`).fill("kestrel labs VP");
      await ethan.waitFor();
      await eventually(async () =>
        assert.deepEqual(
          await ethan.locator(".cc-suggestion-who .cc-match").allTextContents(),
          ["VP", "Kestrel", "Labs"],
          "the words found in role · company highlighted",
        ),
      );
      await s.page.locator(`${MODAL} input.prompt-input`).fill("career advice");
      await ethan.locator(".cc-refer-insert").click();
      assert.equal(await s.page.locator(MODAL).count(), 0, "the finder closed");
      await eventually(() =>
        assert.equal(
          s.disk.text(PRIYA),
          before.replace("robotics team.", "robotics team.[[Ethan Brooks]]"),
          "the link, at the cursor, and nothing else",
        ),
      );

      const again = await find(s, "career advice");
      await again.locator(".cc-refer-intro").click();
      const form = s.page.locator(".modal .cc-log-modal");
      await form.waitFor();
      assert.equal(await form.locator(".cc-log-type").inputValue(), "intro");
      assert.equal(await form.locator(".cc-log-summary").inputValue(), "to [[Ethan Brooks]] ");
      await form.locator("button.mod-cta").click();
      await eventually(() =>
        assert.match(s.disk.text(PRIYA), /\n- 2026-11-26 intro: to \[\[Ethan Brooks\]\]\n/, "the intro is logged in Priya's note"),
      );
    },
  },
];
