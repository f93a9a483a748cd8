/**
 * The follow-ups list (the modal's body, and the card's): each open task's text read when shown,
 * its note and due date, and a box that ticks it in its line and nowhere else.
 */
import { describe, expect, it, vi } from "vitest";
import { isoDate } from "../../../src/core/dates";
import { describeDue, renderFollowUps } from "../../../src/ui/modals/follow-ups-modal";
import { file, harness, hostFor } from "../../obsidian/helpers";

const TODAY = isoDate("2026-11-26");
const DAILY = "# Wednesday\r\n- [ ] call [[Dee Lane]] [due:: 2026-11-25]\r\n- [ ] ask [[Dee Lane]] about the talk\r\n";

async function setUp() {
  const h = harness({ "Contacts/Dee Lane.md": "---\ntier: C\nlast-touch: 2026-10-01\n---\n", "Daily/2026-11-25.md": DAILY }, undefined, {
    folder: "Daily",
    format: "YYYY-MM-DD",
  });
  await h.ready();
  const notices: string[] = [];
  const host = hostFor(h, TODAY, { confirm: vi.fn(() => Promise.resolve(true)), notify: (m) => notices.push(m) });
  const dee = h.index.get("Contacts/Dee Lane.md");
  if (dee === undefined) throw new Error("no contact");
  const el = createDiv();
  await renderFollowUps(el, { app: h.app, host: host.host }, dee);
  return { h, el, notices, ...host };
}

const items = (el: HTMLElement) => Array.from(el.querySelectorAll<HTMLElement>(".cc-follow-up"));

describe("the follow-ups list", () => {
  it("shows each open task as it reads, with its due date and note", async () => {
    const { el } = await setUp();
    expect(items(el).map((li) => li.textContent)).toEqual([
      "call Dee Lane1 day overdue (2026-11-25)2026-11-25",
      "ask Dee Lane about the talk2026-11-25",
    ]);
    expect(items(el).map((li) => li.querySelector(".cc-follow-up-due")?.className ?? null)).toEqual(["cc-follow-up-due is-due", null]);
  });

  it("ticks a task in its line only, undoably; a task changed since it was shown is refused", async () => {
    const { h, el, writes, notices } = await setUp();
    const [first, second] = items(el).map((li) => li.querySelector<HTMLInputElement>("input[type=checkbox]"));
    first?.click();
    await vi.waitFor(() => expect(first?.checked).toBe(true));
    expect(h.vault.textOf("Daily/2026-11-25.md")).toBe(DAILY.replace("- [ ] call", "- [x] call"));
    expect(first?.disabled).toBe(true);
    // Edited by hand after the list was drawn: the line no longer reads as shown.
    const edited = h.vault.textOf("Daily/2026-11-25.md").replace("about the talk", "about the venue");
    await h.vault.modify(file(h.vault, "Daily/2026-11-25.md"), edited);
    second?.click();
    await vi.waitFor(() => expect(notices).toHaveLength(1));
    expect(second?.checked).toBe(false);
    expect(second?.disabled).toBe(false);
    expect(h.vault.textOf("Daily/2026-11-25.md")).toBe(edited);
    expect(writes.history.peekUndo()?.label).toBe("tick a follow-up in 2026-11-25");
  });

  it("words due dates relative to today", () => {
    expect(describeDue(isoDate("2026-11-26"), TODAY)).toBe("due today");
    expect(describeDue(isoDate("2026-11-23"), TODAY)).toBe("3 days overdue (2026-11-23)");
    expect(describeDue(isoDate("2026-12-01"), TODAY)).toBe("due 2026-12-01");
    expect(describeDue(null, TODAY)).toBeNull();
  });
});
