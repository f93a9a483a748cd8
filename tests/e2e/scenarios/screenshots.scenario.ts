/**
 * Screenshots of the panel at desktop and phone width, in the light and the dark theme, for
 * people to look at (the run prints where they are). Also checks that styles.css only uses
 * Obsidian variables that exist in both themes, so the panel follows whatever theme is on.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { DUE_VIEW, openPanel, rowOf } from "../harness/panel";
import { eventually, type Scenario, type ScenarioContext } from "../harness/scenario";
import type { Session } from "../harness/session";

/** Waits until the panel and the status bar have caught up with the index. */
async function settled(s: Session, phone: boolean): Promise<void> {
  await openPanel(s);
  await s.idle();
  if (!phone)
    await eventually(async () =>
      assert.equal(await s.page.locator(".status-bar .plugin-contact-cadence").textContent(), "7 overdue · 4 due today · 3 new"),
    );
  await s.page.locator(`${DUE_VIEW} .cc-row-contact`).first().waitFor();
  // Let the windowed list's ResizeObservers settle the row heights before the picture.
  await s.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

async function shoot(t: ScenarioContext, theme: "light" | "dark", phone: boolean): Promise<void> {
  const s = await t.open({ theme, phone });
  // On the desktop a note sits beside the panel, as it would in a real vault.
  if (!phone) await s.openFile("Contacts/Priya Raman.md");
  await settled(s, phone);
  await s.screenshot(`${phone ? "phone" : "desktop"}-${theme}`);
  // The log modal in every theme and size (docs/log-modal-*.png): the summary first, type and date below.
  const modal = ".modal-container .modal";
  await rowOf(s.page, "Contacts/Priya Raman.md").locator("button.cc-action-log").click();
  await s.page.locator(`${modal} textarea.cc-log-summary`).fill("Sent her the hiring rubric #gave");
  await s.screenshot(`${phone ? "phone" : "desktop"}-${theme}-log-modal`);
  await s.page.locator(`${modal} button`, { hasText: "Cancel" }).click();
  await s.page.locator(modal).waitFor({ state: "detached" });
  if (phone && theme === "dark") {
    await rowOf(s.page, "Contacts/Priya Raman.md").locator("button.cc-action-snooze").click();
    await s.screenshot("phone-dark-snooze-menu");
  }
}

/** The settings tab, scrolled to the tiers (the rows that stack on a phone). */
async function shootSettings(t: ScenarioContext, theme: "light" | "dark", phone: boolean): Promise<void> {
  const s = await t.open({ theme, phone });
  await openPanel(s);
  await s.hooks((h) => h.openSettings());
  const tiers = s.page.locator(".modal.mod-settings .setting-item-heading", { hasText: "Tiers" });
  await tiers.waitFor();
  await tiers.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await s.screenshot(`settings-${phone ? "phone" : "desktop"}-${theme}`);
}

/** `var(--x)` without a fallback in styles.css, less the variables styles.css sets itself. */
function obsidianVariablesUsed(css: string): string[] {
  const own = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
  const used = [...css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].map((m) => m[1] ?? "");
  return [...new Set(used)].filter((v) => !own.has(v)).sort();
}

export const scenarios: Scenario[] = [
  { name: "desktop, light theme", run: (t) => shoot(t, "light", false) },
  { name: "desktop, dark theme", run: (t) => shoot(t, "dark", false) },
  { name: "phone, light theme", run: (t) => shoot(t, "light", true) },
  { name: "phone, dark theme", run: (t) => shoot(t, "dark", true) },
  { name: "settings, desktop, light theme", run: (t) => shootSettings(t, "light", false) },
  { name: "settings, desktop, dark theme", run: (t) => shootSettings(t, "dark", false) },
  { name: "settings, phone, light theme", run: (t) => shootSettings(t, "light", true) },
  { name: "settings, phone, dark theme", run: (t) => shootSettings(t, "dark", true) },
  {
    name: "styles.css uses only variables Obsidian defines, in both themes",
    async run(t) {
      const css = readFileSync(new URL("../../../styles.css", import.meta.url), "utf8");
      const wanted = obsidianVariablesUsed(css);
      assert.ok(wanted.length > 10, "styles.css styles with Obsidian's variables");
      const s = await t.open();
      for (const theme of ["light", "dark"] as const) {
        await s.hooks((h, th) => h.setTheme(th), theme);
        const missing = await s.page.evaluate(
          (names) => names.filter((n) => getComputedStyle(document.body).getPropertyValue(n).trim() === ""),
          wanted,
        );
        assert.deepEqual(missing, [], `undefined in the ${theme} theme`);
      }
      // And the panel really changes with the theme (no hard-coded colours on the main surfaces).
      const colours = async (): Promise<string[]> =>
        s.page.evaluate((view) => {
          const el = document.querySelector(view);
          const name = document.querySelector(`${view} .cc-row-name`);
          return el === null || name === null ? [] : [getComputedStyle(el).backgroundColor, getComputedStyle(name).color];
        }, DUE_VIEW);
      await openPanel(s);
      const dark = await colours();
      await s.hooks((h) => h.setTheme("light"));
      const light = await colours();
      assert.equal(light.length, 2);
      assert.notEqual(light[0], dark[0], "the background follows the theme");
      assert.notEqual(light[1], dark[1], "the text colour follows the theme");
    },
  },
];
