/**
 * Your notes are the log, in the panel: a daily note that mentions an overdue person takes them
 * out of Overdue; a reach-out ticked in today's daily note does the same; a follow-up ticked from
 * its list changes one character of its note; the why-line's note opens on a click.
 */
import assert from "node:assert/strict";
import { openPanel, readPanel, rowOf, scrollTo, type PanelContents } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

const modal = ".modal-container .modal";
const TODAY_NOTE = "Daily/2026-11-26.md";

function groupsOf(p: PanelContents, path: string): string[] {
  return p.items.filter((i) => i.path === path).map((i) => i.group);
}

async function activeFile(s: Session): Promise<string | null> {
  return s.hooks((h) => h.activeFile());
}

export const scenarios: Scenario[] = [
  {
    name: "a daily note that mentions an overdue person takes them out of Overdue; an unchecked task would not",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const ann = "Contacts/Ann Lee.md";
      assert.deepEqual(groupsOf(await readPanel(s.page), ann), ["overdue"]);
      // An intention is not a touch: she stays.
      await s.external.write(TODAY_NOTE, "# Thursday\n\n- [ ] call [[Ann Lee]] about the slides\n");
      await s.idle();
      assert.deepEqual(groupsOf(await readPanel(s.page), ann), ["overdue"], "an unchecked task is no touch");
      await s.external.write(TODAY_NOTE, "# Thursday\n\n- Coffee with [[Ann Lee|Ann]]: she sent the slide template.\n");
      await eventually(async () =>
        assert.deepEqual(groupsOf(await readPanel(s.page), ann), [], "Ann Lee is touched today, and no longer listed"),
      );
      await eventually(async () =>
        assert.equal(await s.page.locator(".status-bar .plugin-contact-cadence").textContent(), "6 overdue · 4 due today · 3 new"),
      );
    },
  },
  {
    name: "this week's reach-outs go into today's daily note once; ticking one is the touch",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const note = "# Thursday\n\nNotes of the day.\n";
      await s.external.write(TODAY_NOTE, note);
      await s.idle();
      assert.ok(await s.runCommand("insert-reach-outs"), "the command ran");
      await s.idle();
      const block = [
        "## Reach out",
        "- [ ] [[Priya Raman]] — 43 days overdue",
        "- [ ] [[Rosa Jiménez]] — 25 days overdue",
        "- [ ] [[Dr Amara Nwosu]] — 16 days overdue",
        "- [ ] [[Marcus Okafor]] — 27 days overdue",
        "- [ ] [[Victor Lang]] — 47 days overdue",
      ];
      await eventually(async () => assert.equal(s.disk.text(TODAY_NOTE), `${note}\n${block.join("\n")}\n`));
      // A second run adds no second block.
      assert.ok(await s.runCommand("insert-reach-outs"));
      await s.idle();
      assert.equal(s.disk.text(TODAY_NOTE), `${note}\n${block.join("\n")}\n`);
      // Unticked, the plan is unchanged; ticked (as a user would, in the editor), Priya is touched.
      assert.deepEqual(groupsOf(await readPanel(s.page), "Contacts/Priya Raman.md"), ["week"]);
      await s.external.write(TODAY_NOTE, s.disk.text(TODAY_NOTE).replace("- [ ] [[Priya Raman]]", "- [x] [[Priya Raman]]"));
      await eventually(async () =>
        assert.deepEqual(
          groupsOf(await readPanel(s.page), "Contacts/Priya Raman.md"),
          [],
          "Priya Raman is touched by the ticked reach-out",
        ),
      );
      // The others are still to reach, and their unticked reach-outs are not follow-ups.
      const p = await readPanel(s.page);
      assert.deepEqual(groupsOf(p, "Contacts/Victor Lang.md"), ["week"]);
      assert.deepEqual(
        p.items.filter((i) => i.group === "followUps").map((i) => i.name),
        ["Rafael Moreno", "Marcus Okafor"],
      );
    },
  },
  {
    name: "a follow-up ticked from its list: one character of its note changes, and Undo puts it back",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const path = "Contacts/Marcus Okafor.md";
      const meeting = "Meetings/2026-11-18 Leadership offsite.md";
      const before = s.disk.text(meeting);
      assert.ok(await scrollTo(s.page, `.cc-row[data-path="${path}"] .cc-badge-followups`), "Marcus's row shows his follow-ups");
      const badge = rowOf(s.page, path).locator(".cc-badge-followups").first();
      assert.equal(await badge.innerText(), "1");
      await badge.click();
      await s.page.locator(`${modal} .modal-title`, { hasText: "Follow-ups for Marcus Okafor" }).waitFor();
      const item = s.page.locator(`${modal} .cc-follow-up`);
      assert.equal(await item.locator(".cc-follow-up-text").innerText(), "Ask Marcus Okafor about the market");
      assert.equal(await item.locator(".cc-follow-up-due").innerText(), "1 day overdue (2026-11-25)");
      await item.locator("input[type=checkbox]").click();
      await eventually(async () =>
        assert.ok(await item.locator("input[type=checkbox]").isChecked(), "the box shows the tick once written"),
      );
      await s.idle();
      assert.equal(s.disk.text(meeting), before.replace("- [ ] Ask [[Marcus Okafor]]", "- [x] Ask [[Marcus Okafor]]"));
      assert.equal(s.disk.bytes(meeting).length, Buffer.byteLength(before));
      await s.page.keyboard.press("Escape");
      await eventually(async () =>
        assert.deepEqual(
          (await readPanel(s.page)).items.filter((i) => i.group === "followUps").map((i) => i.name),
          ["Rafael Moreno"],
        ),
      );
      assert.ok(await s.runCommand("undo-last-change"));
      await s.idle();
      assert.equal(s.disk.text(meeting), before);
      await eventually(async () =>
        assert.deepEqual(
          (await readPanel(s.page)).items.filter((i) => i.group === "followUps").map((i) => i.name),
          ["Rafael Moreno", "Marcus Okafor"],
        ),
      );
    },
  },
  {
    name: "the why-line names the note a mention came from, and a click opens it",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const rafael = "Contacts/Rafael Moreno.md";
      const note = "Meetings/2026-11-24 Board dinner.md";
      await s.external.write(note, "# Board dinner\n\n- Sat next to [[Rafael Moreno]].\n");
      // Still listed for his follow-up due, now on schedule, touched at the dinner.
      await eventually(async () => {
        const row = (await readPanel(s.page)).items.find((i) => i.path === rafael && i.group === "followUps");
        assert.equal(
          row?.why,
          "follow-up 6 days overdue · next due 24 Nov 2027 · last mentioned in 2026-11-24 Board dinner · 2 days ago · yearly",
        );
      });
      assert.ok(await scrollTo(s.page, `.cc-row[data-path="${rafael}"] .cc-row-mention`));
      const link = rowOf(s.page, rafael).locator(".cc-row-mention").first();
      assert.equal(await link.innerText(), "2026-11-24 Board dinner");
      await link.click();
      await eventually(async () => assert.equal(await activeFile(s), note));
    },
  },
];
