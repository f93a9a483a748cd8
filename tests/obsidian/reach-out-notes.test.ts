/**
 * Reach-outs in today's daily note and follow-ups ticked from the panel, over the contact index
 * with mentions tracked: the command (one block, however often it runs), the automatic block in a
 * new daily note (today's only), ticking a reach-out as the touch, ticking a follow-up.
 */
import moment from "moment";
import { describe, expect, it, vi } from "vitest";
import { isoDate } from "../../src/core/dates";
import { defaultSettings } from "../../src/core/settings";
import { ReachOutNotes } from "../../src/obsidian/reach-out-notes";
import { derivePanelModel } from "../../src/ui/panel/model-cache";
import { file, harness, hostFor, type Harness } from "./helpers";

const TODAY = isoDate("2026-11-26");
const DAILY = { folder: "Daily", format: "YYYY-MM-DD" };
const FILES = {
  // Overdue (1m, last 2026-09-01), due soon never, and do-not-contact.
  "Contacts/Ann Lee.md": "---\ntier: A\nlast-touch: 2026-09-01\n---\n",
  "Contacts/Bob Hart.md": "---\ntier: B\nlast-touch: 2026-08-01\n---\n- [ ] send [[Bob Hart]] the deck 📅 2026-11-20\n",
  "Contacts/Cy Moss.md": "---\ntier: A\nlast-touch: 2026-01-01\ndo-not-contact: 2026-02-01\n---\n",
  "Contacts/Dee Lane.md": "---\ntier: C\nlast-touch: 2026-10-01\n---\n",
  "Daily/2026-11-26.md": "# Thursday\n\nNotes.\n",
  "Daily/2026-11-25.md": "# Wednesday\n- [ ] call [[Dee Lane]] [due:: 2026-11-25]\n- [ ] ask [[Dee Lane]] about the talk\n",
};

async function setUp(files: Record<string, string> = FILES, settings = defaultSettings()) {
  const h = harness(files, settings, DAILY);
  await h.ready();
  const notices: string[] = [];
  const host = hostFor(h, TODAY, { confirm: vi.fn(() => Promise.resolve(true)), notify: (m) => notices.push(m) });
  const reachOuts = new ReachOutNotes({
    vault: h.app.vault,
    metadataCache: h.app.metadataCache,
    host: host.host,
    writer: host.writer,
    dailyNotes: () => Promise.resolve(DAILY),
    moment: (text: string, format: string, strict: boolean) => moment(text, format, strict),
    notify: (m) => notices.push(m),
    wait: () => Promise.resolve(),
  });
  return { h, notices, reachOuts, ...host };
}

/** Lets the index take in the changes made so far (its debounce runs by hand). */
async function settle(h: Harness): Promise<void> {
  await h.index.settled();
  h.timers.flush();
}

const statusOf = (h: Harness, path: string) => h.index.scheduled(TODAY).find((s) => s.contact.path === path);

describe("inserting this week's reach-outs", () => {
  it("adds them under the heading of today's daily note, once, and never a do-not-contact person", async () => {
    const { h, reachOuts, confirmations, writes } = await setUp();
    await reachOuts.insertToday();
    const after = h.vault.textOf("Daily/2026-11-26.md");
    expect(after).toBe("# Thursday\n\nNotes.\n\n## Reach out\n- [ ] [[Ann Lee]] — 56 days overdue\n- [ ] [[Bob Hart]] — 25 days overdue\n");
    expect(confirmations.at(-1)).toBe("Added 2 reach-outs to 2026-11-26. Undo");
    await settle(h);
    // The second run finds everyone listed: no second block, nothing written, nothing to undo.
    await reachOuts.insertToday();
    expect(h.vault.textOf("Daily/2026-11-26.md")).toBe(after);
    expect(confirmations.at(-1)).toBe("2026-11-26 already lists everyone in this week's plan.");
    expect((await writes.undo()).ok).toBe(true);
    expect(h.vault.textOf("Daily/2026-11-26.md")).toBe("# Thursday\n\nNotes.\n");
  });

  it("says so, and creates nothing, when today's daily note does not exist", async () => {
    const files: Record<string, string> = { ...FILES };
    delete files["Daily/2026-11-26.md"];
    const { h, reachOuts, notices } = await setUp(files);
    await reachOuts.insertToday();
    expect(h.vault.getFileByPath("Daily/2026-11-26.md")).toBeNull();
    expect(notices).toEqual([
      "Today's daily note, Daily/2026-11-26.md, does not exist yet. Create it (Daily notes: \"Open today's daily note\"), then run this again.",
    ]);
  });

  it("counts a ticked reach-out as the touch, and an unticked one as nothing", async () => {
    const { h, reachOuts } = await setUp();
    await reachOuts.insertToday();
    await settle(h);
    expect(statusOf(h, "Contacts/Ann Lee.md")?.status).toBe("overdue");
    const text = h.vault.textOf("Daily/2026-11-26.md");
    await h.vault.modify(file(h.vault, "Daily/2026-11-26.md"), text.replace("- [ ] [[Ann Lee]]", "- [x] [[Ann Lee]]"));
    await settle(h);
    const ann = statusOf(h, "Contacts/Ann Lee.md");
    expect([ann?.status, ann?.lastTouch, ann?.lastTouchSource, ann?.lastTouchNote]).toEqual([
      "ok",
      TODAY,
      "mention",
      "Daily/2026-11-26.md",
    ]);
    // Bob's reach-out is still unticked: still overdue, and the block's tasks are no follow-ups.
    expect(statusOf(h, "Contacts/Bob Hart.md")?.status).toBe("overdue");
    expect(h.index.touchIndex()?.followUpsOf("Contacts/Ann Lee.md")).toEqual([]);
  });
});

describe("the reach-out block in a new daily note", () => {
  const on = { ...defaultSettings(), reachOutsInNewDailyNote: true };
  const withoutToday = (): Record<string, string> => {
    const files: Record<string, string> = { ...FILES };
    delete files["Daily/2026-11-26.md"];
    return files;
  };

  it("is added to today's daily note when it is created", async () => {
    const { h, reachOuts } = await setUp(withoutToday(), on);
    const created = await h.vault.create("Daily/2026-11-26.md", "# Thursday\n");
    expect(await reachOuts.onCreate(created)).toBe(true);
    expect(h.vault.textOf("Daily/2026-11-26.md")).toBe(
      "# Thursday\n\n## Reach out\n- [ ] [[Ann Lee]] — 56 days overdue\n- [ ] [[Bob Hart]] — 25 days overdue\n",
    );
  });

  it("is never added with the setting off, to another day's note, or to a note that has the heading", async () => {
    const off = await setUp(withoutToday());
    const created = await off.h.vault.create("Daily/2026-11-26.md", "# Thursday\n");
    expect(await off.reachOuts.onCreate(created)).toBe(false);
    expect(off.h.vault.textOf("Daily/2026-11-26.md")).toBe("# Thursday\n");

    const { h, reachOuts, confirmations } = await setUp(withoutToday(), on);
    // An older note arriving by sync.
    const older = await h.vault.create("Daily/2026-11-19.md", "# Thursday last week\n");
    expect(await reachOuts.onCreate(older)).toBe(false);
    const synced = "# Thursday\n\n## Reach out\n- [x] [[Ann Lee]] — 56 days overdue\n";
    const today = await h.vault.create("Daily/2026-11-26.md", synced);
    expect(await reachOuts.onCreate(today)).toBe(false);
    expect(h.vault.textOf("Daily/2026-11-19.md")).toBe("# Thursday last week\n");
    expect(h.vault.textOf("Daily/2026-11-26.md")).toBe(synced);
    expect(confirmations).toEqual([]);
  });
});

describe("follow-ups in the panel", () => {
  it("groups the people with a follow-up due today or before, oldest first, never a do-not-contact one", async () => {
    const files = {
      ...FILES,
      "Daily/2026-11-24.md": "- [ ] thank [[Cy Moss]] 📅 2026-11-01\n- [ ] lunch with [[Ann Lee]] 📅 2026-12-03\n",
    };
    const { h } = await setUp(files);
    await settle(h);
    const model = derivePanelModel(h.index, TODAY, h.settings);
    const group = model.groups.contacts.followUps;
    expect(Array.from({ length: group.length }, (_, i) => group.at(i).contact.name)).toEqual(["Bob Hart", "Dee Lane"]);
    const touches = h.index.touchIndex();
    expect([touches?.followUpCount("Contacts/Dee Lane.md"), touches?.followUpCount("Contacts/Ann Lee.md")]).toEqual([2, 1]);
  });

  it("ticks one from the panel, and the person leaves the group once nothing else is due", async () => {
    const { h, writer } = await setUp();
    await settle(h);
    const [first] = h.index.touchIndex()?.followUpsOf("Contacts/Dee Lane.md") ?? [];
    expect(first).toEqual({ note: "Daily/2026-11-25.md", line: 1, due: "2026-11-25" });
    expect(await writer.tickFollowUp("Daily/2026-11-25.md", 1, "- [ ] call [[Dee Lane]] [due:: 2026-11-25]")).toBe(true);
    expect(h.vault.textOf("Daily/2026-11-25.md")).toBe(
      "# Wednesday\n- [x] call [[Dee Lane]] [due:: 2026-11-25]\n- [ ] ask [[Dee Lane]] about the talk\n",
    );
    await settle(h);
    expect(h.index.touchIndex()?.followUpCount("Contacts/Dee Lane.md")).toBe(1);
    const group = derivePanelModel(h.index, TODAY, h.settings).groups.contacts.followUps;
    expect(Array.from({ length: group.length }, (_, i) => group.at(i).contact.name)).toEqual(["Bob Hart"]);
  });
});
