import { describe, expect, it } from "vitest";
import { problemMarks } from "../../../src/ui/editor/problem-marks";
import type { Problem } from "../../../src/core/contact";

const P = (line: number | undefined, message: string, field: Problem["field"] = "cadence"): Problem => ({
  path: "C/Ann.md",
  field,
  message: `C/Ann.md: ${message}`,
  line,
});

describe("problemMarks", () => {
  it("underlines the value on the problem's line, without its trailing comment, and drops the file name", () => {
    const text = "---\nname: Ann\ncadence:   sometimes   # ask her\n---\n";
    const [mark] = problemMarks(text, [P(2, 'cadence "sometimes" is not a cadence')]);
    expect(mark).toMatchObject({ line: 2, messages: ['cadence "sometimes" is not a cadence'] });
    expect(text.slice(mark?.from, mark?.to)).toBe("sometimes");
  });

  it("underlines the line's text when the key has no value, and the first line for the block", () => {
    const text = "---\r\ntier:\r\n---\r\n";
    const marks = problemMarks(text, [P(1, "tier is empty", "tier"), P(0, "frontmatter is not valid YAML", "frontmatter")]);
    expect(marks.map((m) => [m.line, text.slice(m.from, m.to)])).toEqual([
      [0, "---"],
      [1, "tier:"],
    ]);
  });

  it("gathers the problems of one line, once each, and skips problems without a line or past the end", () => {
    const text = "---\ncadence: x\n---\n";
    const marks = problemMarks(text, [P(1, "a"), P(1, "b"), P(1, "a"), P(undefined, "c"), P(9, "d")]);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.messages).toEqual(["a", "b"]);
  });
});
