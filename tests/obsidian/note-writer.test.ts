import { describe, expect, it, vi } from "vitest";
import { NoteWriter } from "../../src/obsidian/note-writer";
import type { ConfirmRequest } from "../../src/ports";
import { file, harness, hostFor, type Harness } from "./helpers";
import { isoDate } from "../../src/core/dates";

const TODAY = isoDate("2026-11-26");

function writerFor(
  h: Harness,
  answer = false,
): { writer: NoteWriter; confirm: ReturnType<typeof vi.fn<(r: ConfirmRequest) => Promise<boolean>>>; notices: string[] } {
  const notices: string[] = [];
  const confirm = vi.fn<(r: ConfirmRequest) => Promise<boolean>>(() => Promise.resolve(answer));
  const { writer } = hostFor(h, TODAY, { confirm, notify: (m) => notices.push(m) });
  return { writer, confirm, notices };
}

const MESSY =
  "\uFEFF---\r\n# who she is\r\ntier: 'A'   # closest\r\nlast-touch: \"2026-09-01\"\r\n---\r\nIntro\r\n\r\n## Log\r\n- 2026-09-01 call: hi\r\n\r\n## Notes\r\nLikes tea";

describe("NoteWriter: bytes", () => {
  it("changes only the value and the inserted line, through Vault.process (CRLF, BOM, comments, quotes, no final newline)", async () => {
    const h = harness({ "Contacts/Ann.md": MESSY });
    await h.ready();
    const { writer, notices } = writerFor(h);
    expect(await writer.logInteraction("Contacts/Ann.md", { date: TODAY, type: "meal", summary: "Lunch" })).toBe(true);
    expect(h.vault.textOf("Contacts/Ann.md")).toBe(
      "\uFEFF---\r\n# who she is\r\ntier: 'A'   # closest\r\nlast-touch: \"2026-11-26\"\r\n---\r\nIntro\r\n\r\n## Log\r\n- 2026-09-01 call: hi\r\n- 2026-11-26 meal: Lunch\r\n\r\n## Notes\r\nLikes tea",
    );
    expect(h.vault.processCalls).toBe(1);
    expect(notices).toEqual([]);
  });

  it("runs each action as one edit of one key", async () => {
    const h = harness({ "Contacts/Bob.md": "---\ntier: B # active\n---\nBody" });
    await h.ready();
    const { writer } = writerFor(h);
    const path = "Contacts/Bob.md";
    await writer.snooze(path, isoDate("2026-12-24"));
    await writer.setNoRefer(path, true);
    await writer.setTier(path, "C");
    await writer.markTouchedToday(path);
    await writer.setDoNotContact(path, true);
    expect(h.vault.textOf(path)).toBe(
      "---\ntier: C # active\nsnooze-until: 2026-12-24\nno-refer: 2026-11-26\nlast-touch: 2026-11-26\ndo-not-contact: 2026-11-26\n---\nBody",
    );
    await writer.setNoRefer(path, false);
    expect(h.vault.textOf(path)).toContain("\nno-refer: false\n");
  });

  it("leaves a note whose frontmatter is not valid YAML untouched, and says which file and why", async () => {
    const broken = "---\ntier: [A\n---\n## Log\n";
    const h = harness({ "Contacts/Broken.md": broken });
    await h.ready();
    const { writer, notices } = writerFor(h);
    expect(await writer.logInteraction("Contacts/Broken.md", { date: TODAY, type: "call", summary: "" })).toBe(false);
    expect(await writer.snooze("Contacts/Broken.md", isoDate("2026-12-01"))).toBe(false);
    expect(h.vault.textOf("Contacts/Broken.md")).toBe(broken);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(
      /^Could not log the interaction in Contacts\/Broken\.md: frontmatter is not valid YAML .*The note was not changed\.$/,
    );
  });

  it("says so when the note is gone", async () => {
    const h = harness({});
    await h.ready();
    const { writer, notices } = writerFor(h);
    expect(await writer.markTouchedToday("Contacts/Gone.md")).toBe(false);
    await writer.openNote("Contacts/Gone.md");
    expect(notices).toEqual([
      "Could not mark the contact as touched: Contacts/Gone.md no longer exists.",
      "Contacts/Gone.md no longer exists.",
    ]);
  });
});

describe("NoteWriter: concurrency", () => {
  it("edits the text as it is at write time, not as the index last saw it", async () => {
    const h = harness({ "Contacts/Ann.md": "---\ntier: A\n---\n" });
    await h.ready();
    h.metadataCache.hold();
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), "---\ntier: A\n---\nAdded by hand.\n");
    // Another change lands right before the write's read (sync, another device).
    h.vault.beforeProcess = (f) => {
      h.vault.beforeProcess = null;
      void h.vault.modify(f, h.vault.textOf(f) + "And by sync.\n");
    };
    const { writer } = writerFor(h);
    await writer.logInteraction("Contacts/Ann.md", { date: TODAY, type: "call", summary: "" });
    expect(h.vault.textOf("Contacts/Ann.md")).toBe(
      "---\ntier: A\nlast-touch: 2026-11-26\n---\nAdded by hand.\nAnd by sync.\n\n## Log\n- 2026-11-26 call\n",
    );
  });

  it("lands two logs written in quick succession", async () => {
    const h = harness({ "Contacts/Ann.md": "---\ntier: A\n---\n## Log\n" });
    await h.ready();
    const { writer } = writerFor(h);
    const results = await Promise.all([
      writer.logInteraction("Contacts/Ann.md", { date: isoDate("2026-11-25"), type: "email", summary: "first" }),
      writer.logInteraction("Contacts/Ann.md", { date: TODAY, type: "call", summary: "second" }),
    ]);
    expect(results).toEqual([true, true]);
    expect(h.vault.textOf("Contacts/Ann.md")).toBe(
      "---\ntier: A\nlast-touch: 2026-11-26\n---\n## Log\n- 2026-11-25 email: first\n- 2026-11-26 call: second\n",
    );
    expect((await h.index.logEntries("Contacts/Ann.md")).map((e) => e.summary)).toEqual(["first", "second"]);
  });
});

describe("NoteWriter: the do-not-contact guard", () => {
  const DNC = "---\ntier: A\ndo-not-contact: 2026-01-05\n---\n";

  it("asks before logging with a do-not-contact person, and writes nothing on cancel", async () => {
    const h = harness({ "Contacts/Cy.md": DNC });
    await h.ready();
    const { writer, confirm } = writerFor(h, false);
    expect(await writer.logInteraction("Contacts/Cy.md", { date: TODAY, type: "call", summary: "" })).toBe(false);
    expect(await writer.markTouchedToday("Contacts/Cy.md")).toBe(false);
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(confirm.mock.calls[0]?.[0]).toMatchObject({ title: "Cy asked not to be contacted", warning: true });
    expect(confirm.mock.calls[0]?.[0].message).toContain("since 2026-01-05");
    expect(h.vault.processCalls).toBe(0);
    expect(h.vault.textOf("Contacts/Cy.md")).toBe(DNC);
  });

  it("logs when the user confirms", async () => {
    const h = harness({ "Contacts/Cy.md": DNC });
    await h.ready();
    const { writer } = writerFor(h, true);
    expect(await writer.logInteraction("Contacts/Cy.md", { date: TODAY, type: "call", summary: "they called me" })).toBe(true);
    expect(h.vault.textOf("Contacts/Cy.md")).toContain("- 2026-11-26 call: they called me");
  });

  it("asks no second time when the log modal asked already", async () => {
    const h = harness({ "Contacts/Cy.md": DNC });
    await h.ready();
    const { writer, confirm } = writerFor(h, false);
    expect(
      await writer.logInteraction("Contacts/Cy.md", { date: TODAY, type: "call", summary: "they called me" }, { confirmed: true }),
    ).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    expect(h.vault.textOf("Contacts/Cy.md")).toContain("- 2026-11-26 call: they called me");
  });

  it("does not ask about anyone else", async () => {
    const h = harness({ "Contacts/Ann.md": "---\ntier: A\ndo-not-contact: false\n---\n" });
    await h.ready();
    const { writer, confirm } = writerFor(h, false);
    expect(await writer.logInteraction("Contacts/Ann.md", { date: TODAY, type: null, summary: "" })).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it("refuses when the note was flagged after the index last saw it", async () => {
    const h = harness({ "Contacts/Ann.md": "---\ntier: A\n---\n" });
    await h.ready();
    h.metadataCache.hold();
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), DNC);
    const { writer, confirm, notices } = writerFor(h, true);
    expect(await writer.logInteraction("Contacts/Ann.md", { date: TODAY, type: null, summary: "" })).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
    expect(h.vault.textOf("Contacts/Ann.md")).toBe(DNC);
    expect(notices[0]).toContain("Ann asked not to be contacted (since 2026-01-05); try again to confirm");
  });
});

describe("NoteWriter: opening notes", () => {
  it("opens the note in a leaf", async () => {
    const h = harness({ "Contacts/Ann.md": "" });
    await h.ready();
    const { writer } = writerFor(h);
    await writer.openNote("Contacts/Ann.md");
    expect(h.workspace.getActiveFile()?.path).toBe("Contacts/Ann.md");
  });
});
