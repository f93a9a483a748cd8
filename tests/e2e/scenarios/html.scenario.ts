/**
 * Note text is text: a name that contains HTML shows as those characters everywhere the plugin
 * shows a name (panel, modals, suggestions), no element is created from it, and no script runs.
 */
import assert from "node:assert/strict";
import { DUE_VIEW, openPanel, readPanel, rowOf, scrollTo, showFilters } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

const MALLORY = "Mallory <img src=x onerror=alert(1)>";
const HOSTILE = '<b>Eve</b> <script>window.__pwned = true</script><svg onload="window.__pwned = true"></svg>';
const modal = ".modal-container .modal";

/** Elements the hostile names would create if they were parsed as HTML, anywhere in the page. */
async function injected(s: Session): Promise<{ img: number; b: number; script: number; svgOnload: number; pwned: boolean }> {
  return s.page.evaluate(() => ({
    img: document.querySelectorAll("img").length,
    b: document.querySelectorAll("b").length,
    script: document.querySelectorAll("body script:not([src])").length,
    svgOnload: document.querySelectorAll("svg[onload]").length,
    pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
  }));
}

const CLEAN = { img: 0, b: 0, script: 0, svgOnload: 0, pwned: false };

export const scenarios: Scenario[] = [
  {
    name: "a name containing HTML renders as text: no element is created, no script runs",
    async run(t) {
      const s = await t.open();
      const eve = "Contacts/Eve.md";
      await s.external.write(eve, `---\nname: "${HOSTILE.replace(/"/g, '\\"')}"\ntier: A\n---\n`);
      await openPanel(s);
      const names = await eventually(async () => {
        const items = (await readPanel(s.page)).items.filter((i) => i.group === "new").map((i) => i.name);
        assert.ok(items.includes(HOSTILE), "the new contact is listed");
        return items;
      });
      assert.ok(names.includes(MALLORY), "the name shows exactly as written");
      assert.ok(await scrollTo(s.page, `.cc-row[data-path="Contacts/Mallory Quinn.md"]`), "Mallory is listed");
      assert.equal(await rowOf(s.page, "Contacts/Mallory Quinn.md").locator(".cc-row-name").textContent(), MALLORY);
      assert.deepEqual(await injected(s), CLEAN);

      // The log modal's title and the two suggesters show the names as text too.
      await rowOf(s.page, "Contacts/Mallory Quinn.md").locator("button.cc-action-log").click();
      assert.equal(await s.page.locator(`${modal} .modal-title`).textContent(), `Log an interaction with ${MALLORY}`);
      await s.page.keyboard.press("Escape");
      await s.runCommand("log-interaction-with");
      await s.page.locator(`${modal} input.prompt-input`).fill("Mallory");
      await eventually(async () =>
        assert.equal(await s.page.locator(`${modal} .suggestion-item .cc-suggestion-name`).first().textContent(), MALLORY),
      );
      await s.page.keyboard.press("Escape");
      await s.runCommand("find-referral");
      await s.page.locator(`${modal} input.prompt-input`).fill("Eve");
      // A name match ranks first; other notes that merely contain "eve" (every, never) follow.
      await eventually(async () =>
        assert.equal(await s.page.locator(`${modal} .suggestion-item .cc-suggestion-name`).first().textContent(), HOSTILE),
      );
      await s.page.keyboard.press("Escape");

      await showFilters(s.page);
      await s.page.locator(`${DUE_VIEW} input.cc-filter-search`).fill("<img");
      await eventually(async () =>
        assert.deepEqual(
          (await readPanel(s.page)).items.map((i) => i.name),
          [MALLORY],
          "searching for the markup finds her",
        ),
      );
      assert.deepEqual(await injected(s), CLEAN);
      assert.deepEqual(s.dialogs, [], "no alert() ever ran");
    },
  },
];
