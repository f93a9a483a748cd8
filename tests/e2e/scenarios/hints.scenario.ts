/**
 * Reciprocity hints and the empty panel: a hint opens in words with its action and "not now"
 * (remembered after the plugin loads again, nothing written); its action writes the one flag; the
 * empty panel's buttons and the next-up link do what they say.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPanel, panel, rowOf, scrollTo } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

/** The paths of the rows that carry a hint, scrolling through the list. */
async function hinted(s: Session): Promise<string[]> {
  const paths = new Set<string>();
  while (await scrollTo(s.page, ".cc-row-contact:has(.cc-row-hint)")) {
    const before = paths.size;
    for (const p of await panel(s.page)
      .locator(".cc-row-contact:has(.cc-row-hint)")
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.path ?? "")))
      paths.add(p);
    if (paths.size === before) break;
  }
  return [...paths].sort();
}

export const scenarios: Scenario[] = [
  {
    name: "a reciprocity hint says who asked whom; 'not now' hides it, also after a reload, and writes nothing",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const paths = await hinted(s);
      assert.ok(paths.length >= 1, "the example vault has someone with a hint");
      const path = paths[0] ?? "";
      const before = s.disk.bytes(path);
      await scrollTo(s.page, `.cc-row[data-path="${path}"]`);
      await rowOf(s.page, path).locator(".cc-row-hint").click();
      const modal = s.page.locator(".modal .cc-hint-modal");
      await modal.waitFor();
      const name = (await rowOf(s.page, path).locator(".cc-row-name").textContent()) ?? "";
      assert.match(
        await modal.locator(".cc-hint-text").innerText(),
        new RegExp(`^${name} (asked you for something|did not reply)`),
        "the hint names who did what",
      );
      await modal.locator("button", { hasText: "Not now" }).click();
      await eventually(async () => assert.deepEqual(await hinted(s), paths.slice(1), "the hint is gone from that row only"));
      assert.equal(await s.page.locator(".modal .cc-hint-modal").count(), 0, "the modal closed");
      assert.deepEqual(s.disk.bytes(path), before, "nothing written to the note");

      await s.hooks((h) => h.unloadPlugin());
      await s.hooks((h) => h.loadPlugin());
      await openPanel(s);
      await eventually(async () => assert.deepEqual(await hinted(s), paths.slice(1), "still put off after the plugin loads again"));
    },
  },
  {
    name: "a reciprocity hint's action writes its one flag",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      for (const path of await hinted(s)) {
        await scrollTo(s.page, `.cc-row[data-path="${path}"]`);
        await rowOf(s.page, path).locator(".cc-row-hint").click();
        const offer = s.page.locator(".modal .cc-hint-modal .cc-hint-offer");
        await s.page.locator(".modal .cc-hint-modal").waitFor();
        if ((await offer.count()) === 0 || (await offer.innerText()) !== "Set no-refer") {
          await s.page.keyboard.press("Escape");
          continue;
        }
        const before = s.disk.text(path);
        await offer.click();
        await eventually(() => assert.match(s.disk.text(path), /\nno-refer: 2026-11-26\n|\nno-refer: true\n/, "no-refer is set"));
        const after = s.disk.text(path);
        assert.equal(after.replace(/no-refer: .*\n/, ""), before.replace(/no-refer: .*\n/, ""), "only the flag changed");
        return;
      }
      assert.fail("no hint in the example vault offers no-refer");
    },
  },
  {
    name: "the empty panel: New contact, Open settings and the set-up check as buttons; the next person up as a link",
    async run(t) {
      const dir = mkdtempSync(join(tmpdir(), "cc-e2e-empty-"));
      try {
        mkdirSync(join(dir, ".obsidian"), { recursive: true });
        mkdirSync(join(dir, "Contacts"));
        writeFileSync(join(dir, "Shopping.md"), "- milk\n");
        const s = await t.open({ vault: dir });
        await s.runCommand("open-due-panel");
        const empty = panel(s.page).locator(".cc-due-empty:not(.cc-is-hidden)");
        await empty.locator(".cc-due-empty-reasons li").first().waitFor();
        assert.deepEqual(await empty.locator("button").allTextContents(), ["New contact", "Run the set-up check", "Open settings"]);
        await empty.locator("button", { hasText: "Open settings" }).click();
        await s.page.locator(".modal.mod-settings .cc-tier-setting").first().waitFor();
        await s.hooks((h) => h.closeModals());
        await empty.locator("button", { hasText: "New contact" }).click();
        await s.page.locator(".modal .cc-new-contact-modal").waitFor();
        await s.hooks((h) => h.closeModals());
        await empty.locator("button", { hasText: "Run the set-up check" }).click();
        await s.page.locator(".modal .cc-doctor").waitFor();
        await s.hooks((h) => h.closeModals());

        // One contact, touched last week: nobody is due, and her name opens her note.
        await s.external.write("Contacts/Ann Lee.md", "---\ntier: A\nlast-touch: 2026-11-20\n---\n# Ann\n");
        const link = panel(s.page).locator(".cc-due-empty-text a.cc-next-up");
        await link.waitFor();
        assert.equal(await link.textContent(), "Ann Lee");
        assert.match((await panel(s.page).locator(".cc-due-empty-text").textContent()) ?? "", /^Nobody is due\. Next up: Ann Lee, due /);
        assert.equal(await panel(s.page).locator(".cc-due-empty button").count(), 0, "no button when all is well");
        await link.click();
        await eventually(async () => assert.equal(await s.hooks((h) => h.activeFile()), "Contacts/Ann Lee.md", "the link opens her note"));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
