import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/dates";
import { defaultSettings } from "../../src/core/settings";
import { suggestionsFor, suggestTrigger, type Cursor, type SuggestTrigger } from "../../src/core/typing-suggest";

const settings = defaultSettings();
const TODAY = isoDate("2026-12-04");

/** An editor state written as text, `|` marking the cursor. */
function state(marked: string): { lines: string[]; cursor: Cursor } {
  const lines = marked.split("\n");
  const line = lines.findIndex((l) => l.includes("|"));
  const ch = (lines[line] ?? "").indexOf("|");
  lines[line] = (lines[line] ?? "").replace("|", "");
  return { lines, cursor: { line, ch } };
}

function trigger(marked: string): SuggestTrigger | null {
  return suggestTrigger({ ...state(marked), settings, today: TODAY });
}

function labels(marked: string): string[] {
  const t = trigger(marked);
  return t === null ? [] : suggestionsFor(t, settings, TODAY).map((s) => s.label);
}

/** Picks the first suggestion the way the editor does: its text replaces the trigger's range; the cursor ends after it. */
function pickFirst(marked: string): string {
  const { lines } = state(marked);
  const t = trigger(marked);
  if (t === null) throw new Error(`no trigger in ${marked}`);
  const first = suggestionsFor(t, settings, TODAY)[0];
  if (first === undefined) throw new Error(`no suggestion in ${marked}`);
  const line = lines[t.start.line] ?? "";
  lines[t.start.line] = line.slice(0, t.start.ch) + first.text + "|" + line.slice(t.end.ch);
  return lines.join("\n");
}

const NOTE = (log: string): string => `---\ntier: B\n---\n# Ann\n\nSome prose.\n\n## Log\n${log}\n\n## Notes\n- a list item\n`;

describe("a new log line", () => {
  it("`- ` then Enter twice gives today's date and a type, in the log's one written form", () => {
    const afterDate = pickFirst(NOTE("- 2026-11-20 call: earlier\n- |"));
    expect(afterDate).toContain(`\n- ${TODAY} |\n`);
    const afterType = pickFirst(afterDate);
    expect(afterType).toContain(`\n- ${TODAY} call: |\n`);
  });

  it("offers today's date only while what is typed could still become it", () => {
    expect(labels(NOTE("- |"))).toEqual([TODAY]);
    expect(labels(NOTE("- 2026-1|"))).toEqual([TODAY]);
    expect(labels(NOTE("* |"))).toEqual([TODAY]);
    expect(labels(NOTE("- 2025-|"))).toEqual([]);
    expect(labels(NOTE(`- ${TODAY}|`))).toEqual([]);
  });

  it("replaces only what was typed on the item, never the bullet or indentation", () => {
    const t = trigger(NOTE("  - 2026-1|"));
    expect(t).toMatchObject({ kind: "log-date", query: "2026-1", start: { ch: 4 }, end: { ch: 10 } });
  });

  it("offers the types from the settings, filtered by what is typed", () => {
    expect(labels(NOTE(`- ${TODAY} |`))).toEqual(settings.interactionTypes);
    expect(labels(NOTE(`- ${TODAY} me|`))).toEqual(["message", "meeting", "meal"]);
    expect(labels(NOTE(`- [[${TODAY}]] ca|`))).toEqual(["call", "card"]);
    const custom = { ...settings, interactionTypes: ["coffee", "call"] };
    const t = suggestTrigger({ ...state(NOTE(`- ${TODAY} c|`)), settings: custom, today: TODAY });
    expect(t === null ? [] : suggestionsFor(t, custom, TODAY).map((s) => s.text)).toEqual(["coffee: ", "call: "]);
  });

  it("stops offering types once the summary has begun or a type is written", () => {
    expect(trigger(NOTE(`- ${TODAY} coffee with|`))).toBeNull();
    expect(trigger(NOTE(`- ${TODAY} call: |`))).toBeNull();
    expect(labels(NOTE(`- ${TODAY} call|`))).toEqual([]);
  });

  it("offers nothing outside the log section, in the heading, or before text that follows the cursor", () => {
    expect(trigger("# Ann\n- |\n\n## Log\n- 2026-11-20 call\n")).toBeNull();
    expect(trigger(NOTE("- 2026-11-20 call\n\n## Notes\n- |"))).toBeNull();
    expect(trigger("## Log|\n- 2026-11-20 call\n")).toBeNull();
    expect(trigger(NOTE("- |2026-11-20 call"))).toBeNull();
    expect(trigger("# Ann\n- |\n")).toBeNull();
  });

  it("follows the log heading setting", () => {
    const custom = { ...settings, logHeading: "Interactions" };
    const at = state("## Interactions\n- |\n");
    expect(suggestTrigger({ ...at, settings: custom, today: TODAY })?.kind).toBe("log-date");
    expect(suggestTrigger({ ...at, settings, today: TODAY })).toBeNull();
  });
});

describe("tags in a log line", () => {
  it("`#` offers the reciprocity tags, replacing only the typed tag", () => {
    expect(labels(NOTE(`- 2026-11-20 call: asked for a favour #|`))).toEqual(["#gave", "#asked", "#declined", "#noreply"]);
    expect(labels(NOTE(`- 2026-11-20 call: asked for a favour #a|`))).toEqual(["#asked"]);
    expect(pickFirst(NOTE(`- 2026-11-20 call: asked (#no|`))).toContain("- 2026-11-20 call: asked (#noreply|\n");
  });

  it("not in a line that is not an entry, nor mid-word", () => {
    expect(trigger(NOTE(`- some prose #|`))).toBeNull();
    expect(trigger(NOTE(`- 2026-11-20 call: issue#|`))).toBeNull();
  });
});

describe("frontmatter values", () => {
  const FM = (line: string): string => `---\nname: Ann\n${line}\nlast-touch: 2026-11-01\n---\n# Ann\n`;

  it("`tier:` offers the tier keys with their labels, and none", () => {
    const t = trigger(FM("tier: |"));
    const items = t === null ? [] : suggestionsFor(t, settings, TODAY);
    expect(items.map((s) => s.label)).toEqual(["A", "B", "C", "D", "none"]);
    expect(items[0]?.detail).toBe("Inner circle · monthly");
    expect(pickFirst(FM("tier:|"))).toContain("\ntier: A|\n");
  });

  it("`cadence:` offers the words and short forms that start with what is typed", () => {
    expect(labels(FM("cadence: q|"))).toEqual(["quarterly"]);
    expect(labels(FM("cadence: |"))).toContain("3m");
  });

  it("date keys, in any spelling the plugin reads, offer today's date", () => {
    expect(labels(FM("snooze_until: |"))).toEqual([TODAY]);
    expect(pickFirst(FM("lastTouch: 2026|"))).toContain(`\nlastTouch: ${TODAY}|\n`);
  });

  it("not for other keys, nested keys, a value written against the colon, or outside the block", () => {
    expect(trigger(FM("company: |"))).toBeNull();
    expect(trigger(FM("  tier: |"))).toBeNull();
    expect(trigger(FM("tier:A|"))).toBeNull();
    expect(trigger("---\nname: Ann\n---\ntier: |\n")).toBeNull();
  });
});
