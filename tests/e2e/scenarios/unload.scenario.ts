/**
 * Disabling the plugin after using it leaves nothing behind: no event handler on the vault, the
 * metadata cache or the workspace, no interval, no DOM listener on the window, the document or
 * anything still on screen, and no command, view type, ribbon icon, status bar item or settings
 * tab. It can then be enabled again.
 */
import assert from "node:assert/strict";
import { DUE_VIEW, openPanel, readPanel, rowOf, showFilters } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";

const modal = ".modal-container .modal";

export const scenarios: Scenario[] = [
  {
    name: "unloading leaves no event, interval or DOM listener behind; loading again works",
    async run(t) {
      const s = await t.open({ autoload: false });
      const baseline = await s.counts();

      await s.hooks((h) => h.loadPlugin());
      await openPanel(s);
      // Use the plugin a little: a modal, the snooze menu, the file menu, a filter, the settings, a write.
      await rowOf(s.page, "Contacts/Priya Raman.md").locator("button.cc-action-log").click();
      await s.page.locator(`${modal} textarea.cc-log-summary`).waitFor();
      await s.page.keyboard.press("Escape");
      await rowOf(s.page, "Contacts/Priya Raman.md").locator("button.cc-action-snooze").click();
      await s.page.keyboard.press("Escape");
      await s.hooks((h) => h.fileMenu("Contacts/Helen Park.md"));
      await s.page.keyboard.press("Escape");
      await showFilters(s.page);
      await s.page.locator(`${DUE_VIEW} select.cc-filter-tier`).selectOption({ label: "A: Inner circle" });
      await s.hooks((h) => h.openSettings());
      await s.page.locator(`${modal}.mod-settings .setting-item`).first().waitFor();
      await s.page.keyboard.press("Escape");
      await s.openFile("Contacts/Helen Park.md");
      await s.runCommand("mark-touched-today");
      await s.idle();
      // The contact calendar too (the second view type): a click on a cell.
      await s.runCommand("open-calendar");
      await s.page.locator(".cc-calendar-view button.cc-cal-cell").last().click();

      const loaded = await s.counts();
      assert.ok(
        loaded.commands >= 12 &&
          loaded.viewTypes === 2 &&
          loaded.ribbonIcons === 1 &&
          loaded.statusBarItems === 1 &&
          loaded.settingTabs === 1,
        JSON.stringify(loaded),
      );
      assert.ok(
        Object.keys(loaded.handlers).length > Object.keys(baseline.handlers).length,
        "the plugin listens to the vault and the cache",
      );
      assert.ok(loaded.live.intervals > baseline.live.intervals, "and runs intervals");

      await s.hooks((h) => h.unloadPlugin());
      await eventually(async () => assert.deepEqual(await s.counts(), baseline));
      assert.deepEqual(
        await s.hooks((h) => h.leafTypes()),
        ["markdown", "empty", "empty"],
        "the calendar's and the panel's leaves stay, emptied, as in Obsidian",
      );

      // Changes after unload reach no handler of the old plugin (no errors), and it loads again.
      await s.external.write("Contacts/Ann Lee.md", `${s.disk.text("Contacts/Ann Lee.md")}\n`);
      await s.idle();
      await s.hooks((h) => h.loadPlugin());
      await openPanel(s);
      await eventually(async () => assert.equal((await readPanel(s.page)).items[0]?.name, "Priya Raman"));
      const reloaded = await s.counts();
      assert.equal(reloaded.commands, loaded.commands, "each command registered once");
      assert.equal(reloaded.viewTypes, 2);
    },
  },
];
