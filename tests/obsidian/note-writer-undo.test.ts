import { describe, expect, it, vi } from "vitest";
import type * as O from "obsidian";
import { setTier } from "../../src/core/actions";
import { registerUndoCommands } from "../../src/commands/undo";
import { file, harness, hostFor } from "./helpers";
import { isoDate } from "../../src/core/dates";

const TODAY = isoDate("2026-11-26");
const ANN = "---\r\ntier: A # close\r\nlast-touch: 2026-09-01\r\n---\r\n## Log\r\n- 2026-09-01 call: hi\r\n";
const BOB = "---\ntier: B\n---\n";

async function setUp() {
  const h = harness({ "Contacts/Ann.md": ANN, "Contacts/Bob.md": BOB });
  await h.ready();
  const notices: string[] = [];
  const host = hostFor(h, TODAY, { confirm: vi.fn(() => Promise.resolve(true)), notify: (m) => notices.push(m) });
  return { h, notices, ...host };
}

describe("NoteWriter and the undo history", () => {
  it("records every kind of write, each undone to the byte", async () => {
    const { h, writer, writes, confirmations } = await setUp();
    const path = "Contacts/Ann.md";
    const writesToTry: [string, () => Promise<boolean>][] = [
      ["Logged a call with Ann. Undo", () => writer.logInteraction(path, { date: TODAY, type: "call", summary: "Lunch" })],
      ["Ann: touched today. Undo", () => writer.markTouchedToday(path)],
      ["Ann: snoozed until 2026-12-03. Undo", () => writer.snooze(path, isoDate("2026-12-03"))],
      ["Ann is now do-not-contact. Undo", () => writer.setDoNotContact(path, true)],
      ["Ann: no-refer set. Undo", () => writer.setNoRefer(path, true)],
      ["Ann is now tier C. Undo", () => writer.setTier(path, "C")],
    ];
    for (const [message, write] of writesToTry) {
      const before = h.vault.textOf(path);
      expect(await write()).toBe(true);
      expect(h.vault.textOf(path)).not.toBe(before);
      expect(confirmations.at(-1)).toBe(message);
      expect((await writes.undo()).ok).toBe(true);
      expect(h.vault.textOf(path)).toBe(before);
    }
    expect(h.vault.textOf(path)).toBe(ANN);
  });

  it("marks touched a contact whose last-touch is after today: the note says today, as the notice does", async () => {
    // As the example vault's Rosa Jiménez: a typo in last-touch, reported and ignored by the schedule.
    const rosa = "---\nname: Rosa Jiménez\ntier: A\nlast-touch: 2026-12-03\ncompany: Kestrel Labs\n---\n## Log\n- 2026-10-01 call\n";
    const h = harness({ "Contacts/Work/Rosa Jiménez.md": rosa });
    await h.ready();
    const { writer, writes, confirmations } = hostFor(h, TODAY, { confirm: vi.fn(() => Promise.resolve(true)), notify: () => {} });
    expect(await writer.markTouchedToday("Contacts/Work/Rosa Jiménez.md")).toBe(true);
    expect(h.vault.textOf("Contacts/Work/Rosa Jiménez.md")).toBe(rosa.replace("last-touch: 2026-12-03", "last-touch: 2026-11-26"));
    expect(confirmations).toEqual(["Rosa Jiménez: touched today. Undo"]);
    expect((await writes.undo()).ok).toBe(true);
    expect(h.vault.textOf("Contacts/Work/Rosa Jiménez.md")).toBe(rosa);
  });

  it("records nothing for a write that changed nothing, and offers no Undo", async () => {
    const { writer, writes, confirmations } = await setUp();
    expect(await writer.setTier("Contacts/Bob.md", "B")).toBe(true);
    expect(writes.history.canUndo).toBe(false);
    expect(confirmations).toEqual(["Bob is now tier B."]);
  });

  it("refuses to undo over an edit made since, and says so", async () => {
    const { h, writer, writes, confirmations } = await setUp();
    await writer.markTouchedToday("Contacts/Bob.md");
    const edited = h.vault.textOf("Contacts/Bob.md") + "Typed by hand.\n";
    await h.vault.modify(file(h.vault, "Contacts/Bob.md"), edited);
    const outcome = await writes.undo();
    expect(outcome.ok).toBe(false);
    expect(h.vault.textOf("Contacts/Bob.md")).toBe(edited);
    expect(confirmations.at(-1)).toBe(
      'Could not undo "mark Bob as touched today": Contacts/Bob.md has changed since. The note was not changed.',
    );
  });

  it("applies a plan as one step, undone whole, with one notice", async () => {
    const { h, writer, writes, confirmations } = await setUp();
    const toC = (text: string) => setTier(text, { tierKey: "C" });
    const outcome = await writer.applyAll(
      {
        label: "move 2 people to tier C",
        items: [
          { path: "Contacts/Ann.md", edit: toC },
          { path: "Contacts/Bob.md", edit: toC },
        ],
      },
      "2 people: now tier C.",
    );
    expect(outcome.ok).toBe(true);
    expect(confirmations).toEqual(["2 people: now tier C. Undo"]);
    expect(h.vault.textOf("Contacts/Bob.md")).toBe("---\ntier: C\n---\n");
    await writes.undo();
    expect(h.vault.textOf("Contacts/Ann.md")).toBe(ANN);
    expect(h.vault.textOf("Contacts/Bob.md")).toBe(BOB);
  });

  it("says which note stopped a plan, and leaves every note as it was", async () => {
    const { h, writer, writes, notices } = await setUp();
    const outcome = await writer.applyAll(
      {
        label: "move 2 people to tier C",
        items: [
          { path: "Contacts/Ann.md", edit: (t) => setTier(t, { tierKey: "C" }) },
          { path: "Contacts/Gone.md", edit: (t) => setTier(t, { tierKey: "C" }) },
        ],
      },
      "unused",
    );
    expect(outcome.ok).toBe(false);
    expect(h.vault.textOf("Contacts/Ann.md")).toBe(ANN);
    expect(writes.history.canUndo).toBe(false);
    expect(notices).toEqual(["Could not move 2 people to tier C: Contacts/Gone.md no longer exists. No note was changed."]);
  });

  it("a notice's Undo button undoes its own step, even after a later write", async () => {
    const { h, writer, undoButtons, confirmations } = await setUp();
    await writer.markTouchedToday("Contacts/Bob.md");
    await writer.markTouchedToday("Contacts/Ann.md");
    expect(undoButtons).toHaveLength(2);
    undoButtons[0]?.click();
    await vi.waitFor(() => expect(h.vault.textOf("Contacts/Bob.md")).toBe(BOB));
    expect(h.vault.textOf("Contacts/Ann.md")).toContain("last-touch: 2026-11-26");
    expect(confirmations.at(-1)).toBe("Undone: mark Bob as touched today.");
  });

  it("offers the undo and redo commands only when there is something to undo or redo", async () => {
    const { writer, writes } = await setUp();
    const commands = new Map<string, O.Command>();
    registerUndoCommands({ addCommand: (c) => (commands.set(c.id, c), c) }, writes);
    const undo = commands.get("undo-last-change");
    const redo = commands.get("redo-last-change");
    expect(undo?.name).toBe("Undo the last contact change");
    expect(redo?.name).toBe("Redo the last contact change");
    expect(undo?.hotkeys).toBeUndefined();
    expect(undo?.checkCallback?.(true)).toBe(false);
    await writer.markTouchedToday("Contacts/Bob.md");
    expect(undo?.checkCallback?.(true)).toBe(true);
    expect(redo?.checkCallback?.(true)).toBe(false);
  });

  it("ticks a follow-up in that line only, recorded and undone like every write", async () => {
    const daily = "# Thursday\n- [ ] Send [[Ann]] the deck 📅 2026-11-30\n- [ ] Call [[Bob]]\nno final newline";
    const { h, writer, writes, confirmations } = await setUp();
    await h.vault.create("Daily/2026-11-20.md", daily);
    expect(await writer.tickFollowUp("Daily/2026-11-20.md", 2, "- [ ] Call [[Bob]]")).toBe(true);
    expect(h.vault.textOf("Daily/2026-11-20.md")).toBe(daily.replace("- [ ] Call", "- [x] Call"));
    expect(confirmations.at(-1)).toBe("Ticked a follow-up in 2026-11-20. Undo");
    expect((await writes.undo()).ok).toBe(true);
    expect(h.vault.textOf("Daily/2026-11-20.md")).toBe(daily);
    expect(confirmations.at(-1)).toBe("Undone: tick a follow-up in 2026-11-20.");
  });

  it("refuses to tick a line that no longer holds the open task, and records nothing", async () => {
    const { h, writer, writes, notices } = await setUp();
    const daily = "- [x] Call [[Bob]]\n- [ ] Send [[Ann]] the deck\n";
    await h.vault.create("2026-11-20.md", daily);
    expect(await writer.tickFollowUp("2026-11-20.md", 0)).toBe(false);
    expect(await writer.tickFollowUp("2026-11-20.md", 1, "- [ ] Call [[Bob]]")).toBe(false);
    expect(h.vault.textOf("2026-11-20.md")).toBe(daily);
    expect(writes.history.canUndo).toBe(false);
    expect(notices).toEqual([
      "Could not tick the follow-up in 2026-11-20.md: line 1 is no longer an open task. The note was not changed.",
      "Could not tick the follow-up in 2026-11-20.md: line 2 has changed since the follow-up was read. The note was not changed.",
    ]);
  });

  it("takes back the latest write only when it is to the note asked for (triage's Backspace)", async () => {
    const { h, writer, writes } = await setUp();
    expect(await writer.setTier("Contacts/Ann.md", "database")).toBe(true);
    expect(await writer.setTier("Contacts/Bob.md", "C")).toBe(true);
    // Bob's write came after: Ann's is not the latest, nothing is undone.
    expect(await writes.undoLatestOf("Contacts/Ann.md")).toBeNull();
    expect(h.vault.textOf("Contacts/Bob.md")).toBe("---\ntier: C\n---\n");
    expect((await writes.undoLatestOf("Contacts/Bob.md"))?.ok).toBe(true);
    expect(h.vault.textOf("Contacts/Bob.md")).toBe(BOB);
    // Now Ann's is the latest; an edit made since refuses it and keeps the edit.
    await h.vault.process(file(h.vault, "Contacts/Ann.md"), (t) => `${t}edited\r\n`);
    expect(await writes.undoLatestOf("Contacts/Ann.md")).toMatchObject({ ok: false, reason: "refused" });
    expect(h.vault.textOf("Contacts/Ann.md").endsWith("edited\r\n")).toBe(true);
  });
});
