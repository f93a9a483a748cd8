/**
 * Dated notes renamed and deleted in the vault, through the contact index's own event wiring: the
 * mention moves to the new date, leaves with a name that is no date, and goes with the note.
 */
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/dates";
import { deleteNote, file, harness, type Harness } from "./helpers";

const TODAY = isoDate("2026-11-26");
const ANN = "Contacts/Ann Lee.md";

async function setUp(): Promise<Harness> {
  const h = harness(
    { [ANN]: "---\ntier: A\nlast-touch: 2026-09-01\n---\n", "Daily/2026-11-20.md": "- Coffee with [[Ann Lee]]\n" },
    undefined,
    { folder: "Daily", format: "YYYY-MM-DD" },
  );
  await h.ready();
  return h;
}

async function touch(
  h: Harness,
): Promise<[string | null | undefined, string | null | undefined, string | null | undefined, string | undefined]> {
  await h.index.settled();
  h.timers.flush();
  const s = h.index.scheduled(TODAY).find((x) => x.contact.path === ANN);
  return [s?.lastTouch, s?.lastTouchSource, s?.lastTouchNote, s?.status];
}

describe("dated notes renamed and deleted", () => {
  it("a daily note renamed to another day moves the touch to that day", async () => {
    const h = await setUp();
    expect(await touch(h)).toEqual(["2026-11-20", "mention", "Daily/2026-11-20.md", "ok"]);
    await h.app.fileManager.renameFile(file(h.vault, "Daily/2026-11-20.md"), "Daily/2026-10-20.md");
    expect(await touch(h)).toEqual(["2026-10-20", "mention", "Daily/2026-10-20.md", "overdue"]);
  });

  it("a dated note renamed to a name without a date no longer touches anyone", async () => {
    const h = await setUp();
    await h.app.fileManager.renameFile(file(h.vault, "Daily/2026-11-20.md"), "Notes/Coffee.md");
    expect(await touch(h)).toEqual(["2026-09-01", "frontmatter", null, "overdue"]);
  });

  it("a note renamed to start with a date becomes dated", async () => {
    const h = await setUp();
    await h.vault.create("Notes/Coffee.md", "Met [[Ann Lee]] again.\n");
    await h.app.fileManager.renameFile(file(h.vault, "Notes/Coffee.md"), "Notes/2026-11-24 Coffee.md");
    expect(await touch(h)).toEqual(["2026-11-24", "mention", "Notes/2026-11-24 Coffee.md", "ok"]);
  });

  it("a deleted dated note takes its touch with it", async () => {
    const h = await setUp();
    await deleteNote(h, "Daily/2026-11-20.md");
    expect(await touch(h)).toEqual(["2026-09-01", "frontmatter", null, "overdue"]);
  });
});
