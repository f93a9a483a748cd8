/**
 * Notes change under the plugin: edited in another app, created, renamed, moved and deleted on
 * disk (reported as Obsidian's file watcher reports them). The panel follows each time, and a
 * log line typed by hand counts exactly like one the plugin writes.
 */
import assert from "node:assert/strict";
import { groupCount as count, namesIn, openPanel, readPanel, reachTotal, type PanelContents } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";

function row(p: PanelContents, path: string): [string, string, string] | undefined {
  const item = p.items.find((i) => i.path === path);
  return item === undefined ? undefined : [item.group, item.name, item.why];
}

export const scenarios: Scenario[] = [
  {
    name: "an edit made on disk outside the plugin: a log typed by hand counts",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Community/Sofia Lindqvist.md";
      assert.deepEqual(row(await readPanel(s.page), path), ["new", "Sofia Lindqvist", "never contacted · monthly"]);
      await s.external.write(path, `${s.disk.text(path)}\n## Log\n* [[2026-10-01]] call — planned the meetup sponsorship\n`);
      // 25 days late on a monthly cadence ranks her third, so she joins this week's plan.
      await eventually(async () =>
        assert.deepEqual(row(await readPanel(s.page), path), [
          "week",
          "Sofia Lindqvist",
          "25 days overdue · last call 1 Oct · 1 month ago · monthly",
        ]),
      );
      const p = await readPanel(s.page);
      assert.deepEqual(namesIn(p, "week"), ["Priya Raman", "Rosa Jiménez", "Sofia Lindqvist", "Dr. Amara Nwosu", "Marcus Okafor"]);
      assert.equal(count(p, "new"), 2);
      assert.equal(reachTotal(p), 20);
    },
  },
  {
    name: "a note created, renamed, moved out of the contacts folder and deleted: the panel follows",
    async run(t) {
      const s = await t.open();
      await openPanel(s);

      await s.external.write("Contacts/Noor Haddad.md", "---\ntier: A\n---\nMet at the meetup.\n");
      await eventually(async () =>
        assert.deepEqual(row(await readPanel(s.page), "Contacts/Noor Haddad.md"), ["new", "Noor Haddad", "never contacted · monthly"]),
      );

      // A rename keeps the person (the name comes from the frontmatter) under the new path.
      await s.external.rename("Contacts/Ben Adeyemi.md", "Contacts/Ben A. Adeyemi.md");
      await eventually(async () => {
        const p = await readPanel(s.page);
        assert.equal(row(p, "Contacts/Ben Adeyemi.md"), undefined);
        assert.deepEqual(row(p, "Contacts/Ben A. Adeyemi.md"), ["new", "Ben Adeyemi", "never contacted · every 3 months"]);
      });
      // A note named by its file: renaming it renames the person.
      await s.external.rename("Contacts/Noor Haddad.md", "Contacts/Noor Haddad-Khan.md");
      await eventually(async () =>
        assert.deepEqual(row(await readPanel(s.page), "Contacts/Noor Haddad-Khan.md"), [
          "new",
          "Noor Haddad-Khan",
          "never contacted · monthly",
        ]),
      );

      // Zoe is a contact only by folder: moved out of it, she is no longer one.
      await s.external.rename("Contacts/Community/Zoe Martin.md", "Reading/Zoe Martin.md");
      await s.external.remove("Contacts/Marcus Okafor.md");
      await eventually(async () => {
        const p = await readPanel(s.page);
        assert.equal(row(p, "Reading/Zoe Martin.md"), undefined);
        assert.equal(row(p, "Contacts/Community/Zoe Martin.md"), undefined);
        assert.equal(row(p, "Contacts/Marcus Okafor.md"), undefined);
        assert.equal(count(p, "due"), 3);
        assert.equal(count(p, "new"), 4);
        assert.equal(reachTotal(p), 19, "20, plus Noor, less Zoe and Marcus");
        assert.deepEqual(namesIn(p, "week"), ["Priya Raman", "Rosa Jiménez", "Dr. Amara Nwosu", "Victor Lang", "Ann Lee"]);
      });
      await eventually(async () =>
        assert.equal(await s.page.locator(".status-bar .plugin-contact-cadence").textContent(), "6 overdue · 3 due today · 4 new"),
      );
    },
  },
];
