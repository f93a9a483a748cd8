/**
 * Follow-ups' text: due dates in the forms people write them, and ticking an open task, which
 * must change that one character and no other byte of the note.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dueDateIn, lineAt, taskText, tickFollowUp, tickTask } from "../../src/core/follow-ups";

describe("due dates", () => {
  it.each([
    ["- [ ] call [[Sam]] 📅 2026-12-01", "2026-12-01"],
    ["- [ ] call [[Sam]] 📅2026-12-01 ⏳ 2026-11-30", "2026-12-01"],
    ["- [ ] call [[Sam]] [due:: 2026-12-01]", "2026-12-01"],
    ["- [ ] call [[Sam]] (due:: 2026-12-01)", "2026-12-01"],
    ["- [ ] call [[Sam]] [due::2026-12-01]", "2026-12-01"],
    ["- [ ] call [[Sam]] 📅 2026-02-30", null],
    ["- [ ] call [[Sam]] due 2026-12-01", null],
    ["- [ ] call [[Sam]] ⏳ 2026-12-01", null],
    ["- [ ] call [[Sam]]", null],
  ])("%s → %s", (line, due) => {
    expect(dueDateIn(line)).toBe(due);
  });

  it("shows a task's text without its checkbox, due date or link brackets", () => {
    expect(taskText("  - [ ] Send [[Sam Rivera|Sam]] the deck 📅 2026-12-01")).toBe("Send Sam the deck");
    expect(taskText("> - [ ] Ask [[Ann Lee#Log]] [due:: 2026-11-25]")).toBe("Ask Ann Lee");
  });
});

describe("ticking a follow-up", () => {
  it.each([
    ["- [ ] call", 0, "- [x] call"],
    ["a\n  * [ ] call\nb", 1, "a\n  * [x] call\nb"],
    ["a\r\n1. [ ] call\r\n", 1, "a\r\n1. [x] call\r\n"],
    ["> - [ ] quoted", 0, "> - [x] quoted"],
    ["\uFEFF- [ ] first", 0, "\uFEFF- [x] first"],
  ])("%j line %d", (text, line, after) => {
    expect(tickTask(text, line)).toBe(after);
  });

  it.each([
    ["- [x] done already", 0],
    ["- [ ] call", 1],
    ["plain line", 0],
    ["`- [ ]` in code", 0],
  ])("refuses a line that is not an open task: %j line %d", (text, line) => {
    expect(tickTask(text, line)).toBeNull();
  });

  it("changes one character, on that line, and nothing else (any note, any open task)", () => {
    const plain = fc.stringMatching(/^[^\n\r]{0,30}$/);
    const task = fc
      .tuple(fc.constantFrom("", "  ", "\t", "> "), fc.constantFrom("-", "*", "+", "1.", "12)"), plain)
      .map(([indent, bullet, rest]) => `${indent}${bullet} [ ] ${rest}`);
    const note = fc.tuple(
      fc.array(plain, { maxLength: 6 }),
      task,
      fc.array(plain, { maxLength: 6 }),
      fc.constantFrom("\n", "\r\n"),
      fc.boolean(),
    );
    fc.assert(
      fc.property(note, ([before, line, after, eol, finalEol]) => {
        const text = [...before, line, ...after].join(eol) + (finalEol ? eol : "");
        const at = before.length;
        const ticked = tickTask(text, at);
        expect(ticked).not.toBeNull();
        if (ticked === null) return;
        expect(ticked.length).toBe(text.length);
        const diffs = [...text].flatMap((ch, i) => (ticked[i] === ch ? [] : [i]));
        expect(diffs).toHaveLength(1);
        expect(ticked[diffs[0] ?? -1]).toBe("x");
        expect(lineAt(ticked, at)).toBe(line.replace("[ ]", "[x]"));
      }),
      { numRuns: 300 },
    );
  });
});

describe("the tick edit the panel runs", () => {
  const NOTE = "# 2026-11-20\r\n- [ ] Send [[Sam]] the deck 📅 2026-12-01\r\n- [ ] Call [[Ann]]\r\n";

  it("checks the line as shown, with every other byte kept", () => {
    const result = tickFollowUp(NOTE, { line: 2, expected: "- [ ] Call [[Ann]]" });
    expect(result).toEqual({ ok: true, changed: true, line: 2, text: NOTE.replace("- [ ] Call", "- [x] Call") });
  });

  it("refuses when a task moved onto that line since it was shown", () => {
    const edited = NOTE.replace("# 2026-11-20\r\n", "");
    const result = tickFollowUp(edited, { line: 1, expected: "- [ ] Send [[Sam]] the deck 📅 2026-12-01" });
    expect(result).toEqual({ ok: false, error: "line 2 has changed since the follow-up was read" });
  });

  it("refuses a line ticked meanwhile, or gone", () => {
    const ticked = NOTE.replace("- [ ] Call", "- [x] Call");
    expect(tickFollowUp(ticked, { line: 2 })).toEqual({ ok: false, error: "line 3 is no longer an open task" });
    expect(tickFollowUp(NOTE, { line: 9 }).ok).toBe(false);
  });

  it("compares the first line without its byte-order mark", () => {
    const result = tickFollowUp("\uFEFF- [ ] Call [[Ann]]\n", { line: 0, expected: "- [ ] Call [[Ann]]" });
    expect(result.ok && result.text).toBe("\uFEFF- [x] Call [[Ann]]\n");
  });
});
