import { describe, expect, it } from "vitest";
import { History } from "../../../src/core/history";
import { isoDate } from "../../../src/core/dates";
import { contactFromText } from "../../../src/core/note";
import { defaultSettings } from "../../../src/core/settings";
import { VaultNoteStore } from "../../../src/obsidian/vault-note-store";
import { applyPlan } from "../../../src/obsidian/write-plan";
import { bulkLogPlan, bulkTouchedPlan } from "../../../src/ui/panel/bulk-outreach";
import { createApp } from "../../stubs/obsidian";

const TODAY = isoDate("2026-11-26");
const settings = defaultSettings();
const entry = { date: TODAY, type: "email", summary: "Shared the offsite notes" };

// Messy notes: CRLF, a byte-order mark, a comment, no final newline, an existing log.
const NOTES: Record<string, string> = {
  "Contacts/Ann.md": "\uFEFF---\r\ntier: A # close\r\nlast-touch: 2026-10-01\r\n---\r\n## Log\r\n- 2026-10-01 call: hi\r\n",
  "Contacts/Bo.md": "---\ntier: B\nlastTouch: '2026-09-01'\n---\nNotes first.",
  "Contacts/Cy.md": "---\ntier: C\n---\n# Cy\n\n## Log\n\n## After\ntext\n",
  "Contacts/Maya.md": "---\ntier: B\ndo-not-contact: 2026-03-04\n---\n",
};

function setUp(files: Record<string, string>) {
  const { app, vault } = createApp();
  vault.seed(files);
  const store = new VaultNoteStore(vault, app.fileManager);
  const history = new History(store);
  return { vault, history, services: { vault, store, history } };
}

const contactOf = (files: Record<string, string>) => (path: string) => {
  const text = files[path];
  return text === undefined ? undefined : contactFromText(path, text, settings);
};

describe("bulk log", () => {
  it("logs one entry with everyone as one step, and one undo restores every note byte for byte", async () => {
    const { vault, history, services } = setUp(NOTES);
    const paths = ["Contacts/Ann.md", "Contacts/Bo.md", "Contacts/Cy.md"];
    const { plan, message, refused } = bulkLogPlan({ paths, contact: contactOf(NOTES), entry, settings, today: TODAY });
    expect(refused).toEqual([]);
    expect(message).toBe("Logged an email with 3 people.");
    if (plan === null) throw new Error("no plan");
    const outcome = await applyPlan(services, plan);
    expect(outcome.ok && outcome.step?.changes.length).toBe(3);
    expect(vault.textOf("Contacts/Ann.md")).toBe(
      "\uFEFF---\r\ntier: A # close\r\nlast-touch: 2026-11-26\r\n---\r\n## Log\r\n- 2026-10-01 call: hi\r\n- 2026-11-26 email: Shared the offsite notes\r\n",
    );
    expect(vault.textOf("Contacts/Bo.md")).toBe(
      "---\ntier: B\nlastTouch: '2026-11-26'\n---\nNotes first.\n\n## Log\n- 2026-11-26 email: Shared the offsite notes",
    );
    expect(vault.textOf("Contacts/Cy.md")).toBe(
      "---\ntier: C\nlast-touch: 2026-11-26\n---\n# Cy\n\n## Log\n- 2026-11-26 email: Shared the offsite notes\n\n## After\ntext\n",
    );
    expect((await history.undo()).ok).toBe(true);
    for (const path of paths) expect(vault.textOf(path)).toBe(NOTES[path]);
    expect(history.canUndo).toBe(false);
  });

  it("refuses do-not-contact people by name and never writes to them", async () => {
    const { vault, services } = setUp(NOTES);
    const { plan, message, refused } = bulkLogPlan({
      paths: ["Contacts/Ann.md", "Contacts/Maya.md"],
      contact: contactOf(NOTES),
      entry,
      settings,
      today: TODAY,
    });
    expect(refused).toEqual(["Maya"]);
    expect(message).toBe("Logged an email with 1 person. Maya asked not to be contacted: nothing was logged for them.");
    expect(plan?.items.map((i) => i.path)).toEqual(["Contacts/Ann.md"]);
    if (plan === null) throw new Error("no plan");
    await applyPlan(services, plan);
    expect(vault.textOf("Contacts/Maya.md")).toBe(NOTES["Contacts/Maya.md"]);
    const none = bulkLogPlan({ paths: ["Contacts/Maya.md"], contact: contactOf(NOTES), entry, settings, today: TODAY });
    expect(none).toEqual({
      plan: null,
      message: "Nothing logged. Maya asked not to be contacted: nothing was logged for them.",
      refused: ["Maya"],
    });
  });

  it("writes nothing for anyone when a note was flagged do-not-contact after the index saw it", async () => {
    const { vault, history, services } = setUp(NOTES);
    const stale = { ...NOTES, "Contacts/Maya.md": "---\ntier: B\n---\n" };
    const { plan } = bulkLogPlan({
      paths: ["Contacts/Ann.md", "Contacts/Maya.md"],
      contact: contactOf(stale),
      entry,
      settings,
      today: TODAY,
    });
    if (plan === null) throw new Error("no plan");
    const outcome = await applyPlan(services, plan);
    expect(outcome).toMatchObject({ ok: false, path: "Contacts/Maya.md", rolledBack: true });
    expect(!outcome.ok && outcome.error).toContain("Maya asked not to be contacted (since 2026-03-04)");
    for (const [path, text] of Object.entries(NOTES)) expect(vault.textOf(path)).toBe(text);
    expect(history.canUndo).toBe(false);
  });
});

describe("bulk mark touched", () => {
  const ROSA = "---\nname: Rosa Jiménez\ntier: A\nlast-touch: 2026-12-03 # typo\n---\n";
  const files: Record<string, string> = {
    ...NOTES,
    "Contacts/Rosa.md": ROSA,
    "Contacts/Dee.md": "---\ntier: A\nlast-touch: 2026-11-26\n---\n",
  };

  it("writes today as one row's Mark touched does (a last-touch after today included), in one undo step", async () => {
    const { vault, history, services } = setUp(files);
    const paths = ["Contacts/Bo.md", "Contacts/Rosa.md", "Contacts/Dee.md"];
    const { plan, message, refused } = bulkTouchedPlan({ paths, contact: contactOf(files), settings, today: TODAY });
    expect(refused).toEqual([]);
    expect(message).toBe("3 people: touched today.");
    expect(plan?.label).toBe("mark 3 people as touched today");
    if (plan === null) throw new Error("no plan");
    const outcome = await applyPlan(services, plan);
    // Dee already says today: nothing to write there.
    expect(outcome.ok && outcome.step?.changes.map((c) => c.path)).toEqual(["Contacts/Bo.md", "Contacts/Rosa.md"]);
    expect(vault.textOf("Contacts/Bo.md")).toBe("---\ntier: B\nlastTouch: '2026-11-26'\n---\nNotes first.");
    expect(vault.textOf("Contacts/Rosa.md")).toBe(ROSA.replace("2026-12-03", "2026-11-26"));
    expect((await history.undo()).ok).toBe(true);
    for (const path of paths) expect(vault.textOf(path)).toBe(files[path]);
  });

  it("leaves out do-not-contact people and names them, as a bulk log does", async () => {
    const { vault, services } = setUp(files);
    const { plan, message, refused } = bulkTouchedPlan({
      paths: ["Contacts/Rosa.md", "Contacts/Maya.md"],
      contact: contactOf(files),
      settings,
      today: TODAY,
    });
    expect(refused).toEqual(["Maya"]);
    expect(message).toBe("1 person: touched today. Maya asked not to be contacted: nothing was marked as touched for them.");
    if (plan === null) throw new Error("no plan");
    await applyPlan(services, plan);
    expect(vault.textOf("Contacts/Maya.md")).toBe(NOTES["Contacts/Maya.md"]);
    expect(bulkTouchedPlan({ paths: ["Contacts/Maya.md"], contact: contactOf(files), settings, today: TODAY })).toMatchObject({
      plan: null,
      message: "Nothing marked as touched. Maya asked not to be contacted: nothing was marked as touched for them.",
    });
  });
});
