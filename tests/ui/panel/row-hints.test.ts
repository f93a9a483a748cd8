import { describe, expect, it } from "vitest";
import { contactFromText } from "../../../src/core/note";
import { scheduleContact } from "../../../src/core/schedule";
import { defaultSettings } from "../../../src/core/settings";
import { reciprocityHints } from "../../../src/ui/panel/row-hints";
import { statusText } from "../../../src/ui/status-bar";
import { isoDate } from "../../../src/core/dates";

const TODAY = isoDate("2026-11-26");
const settings = defaultSettings();
const scheduled = (path: string, text: string) => scheduleContact(contactFromText(path, text, settings), TODAY, settings.soonDays);

describe("row hints", () => {
  const ONE_WAY =
    "---\ntier: B\n---\n## Log\n- 2026-01-01 asked for an intro #asked\n- 2026-02-01 #asked again\n- 2026-03-01 #asked a favour\n- 2026-04-01 #declined to help\n";

  it("suggests no-refer for a one-way pattern, saying who asked whom, and says nothing otherwise", () => {
    const hints = reciprocityHints(() => TODAY);
    const hint = hints(scheduled("Contacts/T.md", ONE_WAY));
    expect(hint?.text).toMatch(/^T asked you for something 3 times and declined once when you asked;/);
    expect(hint?.icon).toBe("hand");
    expect(hint?.offer).toBeUndefined(); // no writer given, nothing to offer
    expect(hints(scheduled("Contacts/A.md", "---\ntier: B\n---\n## Log\n- 2026-01-01 call #gave\n"))).toBeNull();
  });

  it("offers the suggested write: no-refer, or untracked unless the note sets its own cadence", async () => {
    const calls: string[] = [];
    const actions = {
      setNoRefer: (path: string, on: boolean) => (calls.push(`no-refer ${path} ${on}`), Promise.resolve(true)),
      setTier: (path: string, tier: string | null) => (calls.push(`tier ${path} ${tier}`), Promise.resolve(true)),
    };
    const hints = reciprocityHints(() => TODAY, actions);
    const silent = "## Log\n- 2026-04-10 email #noreply\n- 2026-07-10 message #noreply\n- 2026-10-10 email #noreply\n";
    await hints(scheduled("Contacts/T.md", ONE_WAY))?.offer?.run();
    await hints(scheduled("Contacts/S.md", `---\ntier: C\n---\n${silent}`))?.offer?.run();
    expect(calls).toEqual(["no-refer Contacts/T.md true", "tier Contacts/S.md none"]);
    const own = hints(scheduled("Contacts/O.md", `---\ncadence: 2m\n---\n${silent}`));
    expect(own?.text).toMatch(/did not reply the last 3 times/);
    expect(own?.offer).toBeUndefined();
  });

  it("remembers 'not now' for that person and suggestion, until the evidence changes", () => {
    let stored: unknown = null;
    const memory = { load: () => stored, save: (data: Record<string, string>) => void (stored = JSON.parse(JSON.stringify(data))) };
    reciprocityHints(() => TODAY, null, memory)(scheduled("Contacts/T.md", ONE_WAY))?.dismiss?.();
    // A new provider (the plugin loaded again) reads what was stored.
    const again = reciprocityHints(() => TODAY, null, memory);
    expect(again(scheduled("Contacts/T.md", ONE_WAY))).toBeNull();
    expect(again(scheduled("Contacts/U.md", ONE_WAY))).not.toBeNull();
    expect(again(scheduled("Contacts/T.md", `${ONE_WAY}- 2026-05-01 #asked once more\n`))?.text).toMatch(/4 times/);
    // Whatever else is in storage is ignored, not trusted.
    stored = { x: 1, "Contacts/T.md": ["no"] };
    expect(reciprocityHints(() => TODAY, null, memory)(scheduled("Contacts/T.md", ONE_WAY))).not.toBeNull();
  });
});

describe("the status bar's count", () => {
  it("counts overdue, due today and never contacted, not due soon or do-not-contact", () => {
    const list = [
      scheduled("Contacts/Overdue.md", "---\ntier: A\nlast-touch: 2026-09-01\n---\n"),
      scheduled("Contacts/Today.md", "---\ntier: A\nlast-touch: 2026-10-26\n---\n"),
      scheduled("Contacts/New.md", "---\ntier: A\n---\n"),
      scheduled("Contacts/Soon.md", "---\ntier: A\nlast-touch: 2026-10-30\n---\n"),
      scheduled("Contacts/Dnc.md", "---\ntier: A\ndo-not-contact: true\n---\n"),
      scheduled("Contacts/Snoozed.md", "---\ntier: A\nsnooze-until: 2026-12-01\n---\n"),
    ];
    expect(list.map((s) => s.status)).toEqual(["overdue", "due", "new", "soon", "do-not-contact", "snoozed"]);
    const ready = (shown: typeof list) => ({ state: "ready" as const, scheduled: () => shown });
    expect(statusText(ready(list), TODAY)).toBe("1 overdue · 1 due today · 1 new");
    expect(statusText(ready([...list, ...list.slice(0, 1)]), TODAY)).toBe("2 overdue · 1 due today · 1 new");
    expect(statusText(ready(list.slice(3)), TODAY)).toBe("No contacts due");
    expect(statusText({ state: "indexing" as const, scheduled: () => list }, TODAY)).toBe("Contacts: indexing…");
  });
});
