/**
 * The frontmatter block is found by one rule read two ways: from a note's lines (the core) and by
 * offsets in its text (the command line). Generated notes built from the lines that matter
 * (delimiters with and without trailing spaces, `---js`, `----`, `...`, a byte-order mark, CRLF)
 * must get the same answer from both.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frontmatterLineCount, locateFrontmatter } from "../../src/core/frontmatter-block";
import { splitLines } from "../../src/core/log";

const line = fc.constantFrom(
  "---",
  "--- ",
  "---\t",
  "---js",
  "----",
  "...",
  "... ",
  " ---",
  "name: Ann",
  "",
  "# Log",
  "- 2026-01-02",
  "---yaml ",
);

const note = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom("\n", "\r\n"),
    lines: fc.array(line, { maxLength: 8 }),
    finalNewline: fc.boolean(),
  })
  .map(({ bom, eol, lines, finalNewline }) => (bom ? "\uFEFF" : "") + lines.join(eol) + (finalNewline && lines.length > 0 ? eol : ""));

describe("locating the frontmatter block", () => {
  it("gives the same block from the lines and from the text", () => {
    fc.assert(
      fc.property(note, (text) => {
        const lines = splitLines(text);
        const block = locateFrontmatter(text);
        const count = frontmatterLineCount(lines);
        expect(block !== null && block.language === "" ? block.lineCount : 0).toBe(count);
        if (block !== null) {
          expect(block.lines).toEqual(lines.slice(1, block.lineCount - 1));
          // The body starts on the line after the block, at its first character.
          const bodyLines = splitLines(text.slice(block.bodyStart));
          expect(bodyLines).toEqual(lines.slice(block.lineCount).length === 0 ? [""] : lines.slice(block.lineCount));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads the examples the two used to disagree on, and the ones Obsidian does not take", () => {
    expect(locateFrontmatter("---js\nx: 1\n---\nbody")).toMatchObject({ language: "js", lines: ["x: 1"], lineCount: 3, bodyStart: 15 });
    expect(frontmatterLineCount(splitLines("---js\nx: 1\n---\nbody"))).toBe(0);
    expect(locateFrontmatter("\uFEFF--- \r\na: b\r\n...\r\nrest")).toMatchObject({ language: "", lines: ["a: b"], bodyStart: 18 });
    expect(locateFrontmatter("---\nnever closed\n")).toBeNull();
    expect(locateFrontmatter("----\n---\n")).toBeNull();
  });
});
