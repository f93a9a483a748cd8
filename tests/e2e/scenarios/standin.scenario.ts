/**
 * The stand-in checked against what Obsidian documents, with the fixture plugin: event order,
 * metadata, writes landing on disk, and an unload check that can actually catch a leak. If these
 * fail, the plugin's scenarios would be testing against a wrong picture of Obsidian.
 */
import assert from "node:assert/strict";
import { eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

async function events(s: Session): Promise<string[]> {
  return s.page.evaluate(() => [...((window as unknown as { fixtureEvents?: string[] }).fixtureEvents ?? [])]);
}

async function listText(s: Session): Promise<string[]> {
  return s.page.locator(".fixture-list li").allTextContents();
}

/** Events recorded after `mark`, without the `resolved` pings that follow every batch. */
async function eventsSince(s: Session, mark: number): Promise<string[]> {
  return (await events(s)).slice(mark).filter((e) => e !== "cache:resolved");
}

export const scenarios: Scenario[] = [
  {
    name: "events come in Obsidian's documented order",
    async run(t) {
      const s = await t.open({ plugin: "fixture" });
      await eventually(async () =>
        assert.deepEqual(await listText(s), ["Loose.md: (no name)", "People/Ann.md: Ann Example", "People/Bad.md: (no name)"]),
      );
      // The handlers were registered in onLayoutReady: the start-up `create`s came before it.
      const startup = await events(s);
      assert.ok(!startup.some((e) => e.startsWith("vault:create")), `no start-up creates after layout ready: ${startup.join(", ")}`);
      assert.ok(startup.includes("cache:resolved"), "the cache resolves once indexed");

      let mark = (await events(s)).length;
      await s.external.write("People/Ann.md", s.disk.text("People/Ann.md").replace("Ann Example", "Ann Changed"));
      await s.idle();
      assert.deepEqual(await eventsSince(s, mark), ["vault:modify People/Ann.md", "cache:changed People/Ann.md"]);
      await eventually(async () => assert.ok((await listText(s)).includes("People/Ann.md: Ann Changed"), "the view shows the new name"));

      mark = (await events(s)).length;
      await s.external.rename("People/Ann.md", "People/Ann B.md");
      await s.idle();
      assert.deepEqual(await eventsSince(s, mark), ["vault:rename People/Ann B.md from People/Ann.md"], "a rename brings no 'changed'");
      assert.ok(s.disk.exists("People/Ann B.md") && !s.disk.exists("People/Ann.md"), "renamed on disk");
      await eventually(async () =>
        assert.ok((await listText(s)).includes("People/Ann B.md: Ann Changed"), "the cache entry moved with the file"),
      );

      mark = (await events(s)).length;
      await s.external.write("New.md", "---\nname: Newcomer\n---\n");
      await s.idle();
      assert.deepEqual(await eventsSince(s, mark), ["vault:create New.md", "cache:changed New.md"]);

      mark = (await events(s)).length;
      await s.external.remove("Loose.md");
      await s.idle();
      assert.deepEqual(await eventsSince(s, mark), ["vault:delete Loose.md", "cache:deleted Loose.md"]);
      await eventually(async () =>
        assert.deepEqual(await listText(s), ["New.md: Newcomer", "People/Ann B.md: Ann Changed", "People/Bad.md: (no name)"]),
      );
    },
  },
  {
    name: "a cold metadata cache announces each note after layout ready; a warm one is silent",
    async run(t) {
      const cold = await t.open({ plugin: "fixture", cache: "cold" });
      await cold.idle();
      const changed = (await events(cold)).filter((e) => e.startsWith("cache:changed")).sort();
      assert.deepEqual(changed, ["cache:changed Loose.md", "cache:changed People/Ann.md", "cache:changed People/Bad.md"]);
      assert.equal((await events(cold)).at(-1), "cache:resolved", "resolved comes last");
      const warm = await t.open({ plugin: "fixture", cache: "warm" });
      await warm.idle();
      assert.deepEqual(await events(warm), ["cache:resolved"]);
    },
  },
  {
    name: "the metadata cache reads notes like Obsidian",
    async run(t) {
      const s = await t.open({ plugin: "fixture" });
      await s.idle();
      const meta = await s.hooks((h) => h.metadata(["People/Ann.md", "People/Bad.md", "Loose.md"]));
      const [ann, bad, loose] = meta;
      assert.deepEqual(
        ann?.frontmatter,
        { name: "Ann Example", tier: "B", "last-touch": "2026-09-01", tags: ["contact", "work"] },
        "dates stay strings",
      );
      assert.deepEqual(ann?.headings, [
        { heading: "Ann", level: 1 },
        { heading: "Log", level: 2 },
      ]);
      assert.deepEqual(ann?.listItemLines, [9, 10]);
      assert.deepEqual(ann?.allTags, ["#contact", "#work", "#gave"]);
      assert.equal(bad?.frontmatter, undefined, "invalid YAML gives no frontmatter");
      assert.equal(bad?.hasFrontmatterPosition, true, "the block is still where it is");
      assert.deepEqual(bad?.allTags, ["#inline-tag"], "no tag inside inline code");
      assert.deepEqual(loose?.allTags, ["#contact/work"], "no tag inside a code fence");
    },
  },
  {
    name: "writes land on disk; unload leaves nothing behind, and a leak is seen",
    async run(t) {
      const s = await t.open({ plugin: "fixture", autoload: false });
      const baseline = await s.counts();
      await s.hooks((h) => h.loadPlugin());
      await eventually(async () => assert.equal((await listText(s)).length, 3));
      assert.deepEqual(JSON.parse(s.disk.text(".obsidian/plugins/contact-cadence/data.json")), { loads: 1 }, "saveData writes data.json");

      const before = s.disk.bytes("People/Ann.md");
      await s.openFile("People/Ann.md");
      assert.equal(await s.runCommand("stamp-active"), true);
      await s.idle();
      assert.ok(
        s.disk.bytes("People/Ann.md").equals(Buffer.concat([before, Buffer.from("stamped\n")])),
        "only the stamp was added, CRLF kept",
      );
      assert.ok((await s.notices()).includes("Stamped Ann"), "the fixture's notice");

      const titles = await s.hooks((h) => h.fileMenu("Loose.md"));
      assert.deepEqual(titles, ["Fixture: stamp"]);
      await s.page.locator(".menu .menu-item", { hasText: "Fixture: stamp" }).click();
      await s.idle();
      assert.equal(
        s.disk.text("Loose.md"),
        "No frontmatter here.\n\n```\n#fenced-not-a-tag\n```\n- item one\n- item two #contact/work\nstamped\n",
      );

      const loaded = await s.counts();
      assert.ok(
        loaded.commands > baseline.commands && loaded.live.intervals > baseline.live.intervals && loaded.ribbonIcons > baseline.ribbonIcons,
        "the fixture registered things",
      );
      await s.hooks((h) => h.unloadPlugin());
      assert.deepEqual(await s.counts(), baseline, "everything the plugin registered is gone");

      // The same check must catch a listener the plugin forgot to register.
      await s.hooks((h) => h.loadPlugin());
      await s.runCommand("leak-a-listener");
      await s.hooks((h) => h.unloadPlugin());
      const leaked = await s.counts();
      assert.equal(leaked.live.domListeners, baseline.live.domListeners + 1);
      assert.ok(leaked.live.domListenerSites.includes("window:resize"), "the leak is named");
    },
  },
];
