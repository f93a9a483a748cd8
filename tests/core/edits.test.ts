import { describe, expect, it } from "vitest";
import { fieldSpellings } from "../../src/core/contact-fields";
import { appendLogEntry, setFrontmatterValue, type EditResult } from "../../src/core/edits";
import { parseLog } from "../../src/core/log";
import { readNote } from "../../src/core/note";

const LAST_TOUCH = fieldSpellings("last-touch");
const TIER = fieldSpellings("tier");

/** The new text of a successful edit (fails the test otherwise). */
function textOf(result: EditResult): string {
  if (!result.ok) throw new Error(`edit refused: ${result.error}`);
  return result.text;
}

describe("setFrontmatterValue: replacing a value in place", () => {
  it("changes only the value's bytes and keeps a trailing comment", () => {
    const note = "---\ntier: B  # old friend\nlast-touch: 2026-01-01\n---\n# Ann\n";
    expect(textOf(setFrontmatterValue(note, { spellings: TIER, value: "A" }))).toBe(
      "---\ntier: A  # old friend\nlast-touch: 2026-01-01\n---\n# Ann\n",
    );
  });

  it.each([
    ["'2026-01-01'", "'2026-11-26'"],
    ['"2026-01-01"', '"2026-11-26"'],
    ["2026-01-01", "2026-11-26"],
  ])("keeps the quote style of %s", (old, written) => {
    const note = `---\nlast-touch: ${old}\n---\n`;
    expect(textOf(setFrontmatterValue(note, { spellings: LAST_TOUCH, value: "2026-11-26" }))).toBe(`---\nlast-touch: ${written}\n---\n`);
  });

  it("escapes inside the quote style it keeps", () => {
    expect(textOf(setFrontmatterValue("---\nname: 'Ann'\n---\n", { spellings: ["name"], value: "Ann O'Neil" }))).toBe(
      "---\nname: 'Ann O''Neil'\n---\n",
    );
    expect(textOf(setFrontmatterValue("---\nname: 'Ann'\n---\n", { spellings: ["name"], value: "Ann 🎉" }))).toBe(
      "---\nname: 'Ann 🎉'\n---\n",
    );
    expect(textOf(setFrontmatterValue("---\nname: 'Ann'\n---\n", { spellings: ["name"], value: "Ann\nSmith" }))).toBe(
      '---\nname: "Ann\\nSmith"\n---\n',
    );
    expect(textOf(setFrontmatterValue('---\nname: "Ann"\n---\n', { spellings: ["name"], value: 'Ann "the" \\ boss' }))).toBe(
      '---\nname: "Ann \\"the\\" \\\\ boss"\n---\n',
    );
  });

  it("writes plain only what reads back as the same string, else double-quotes", () => {
    const write = (value: string): string => textOf(setFrontmatterValue("---\nx: 1\nname: old\n---\n", { spellings: ["name"], value }));
    expect(write("Ann Smith")).toBe("---\nx: 1\nname: Ann Smith\n---\n");
    expect(write("2026-11-26T14:30")).toBe("---\nx: 1\nname: 2026-11-26T14:30\n---\n");
    expect(write("true")).toBe('---\nx: 1\nname: "true"\n---\n');
    expect(write("42")).toBe('---\nx: 1\nname: "42"\n---\n');
    expect(write("null")).toBe('---\nx: 1\nname: "null"\n---\n');
    expect(write("a: b")).toBe('---\nx: 1\nname: "a: b"\n---\n');
    expect(write("x #y")).toBe('---\nx: 1\nname: "x #y"\n---\n');
    expect(write("- list?")).toBe('---\nx: 1\nname: "- list?"\n---\n');
    expect(write("two\nlines")).toBe('---\nx: 1\nname: "two\\nlines"\n---\n');
    expect(write("")).toBe('---\nx: 1\nname: ""\n---\n');
  });

  it("writes booleans as true/false, even over a quoted value", () => {
    const note = "---\ndo-not-contact: '2026-01-01'\n---\n";
    expect(textOf(setFrontmatterValue(note, { spellings: ["do-not-contact"], value: false }))).toBe("---\ndo-not-contact: false\n---\n");
  });

  it("replaces a flow value, a block list and a block scalar, keeping what follows", () => {
    expect(textOf(setFrontmatterValue("---\ntier: [A, B] # two?\nz: 1\n---\n", { spellings: TIER, value: "A" }))).toBe(
      "---\ntier: A # two?\nz: 1\n---\n",
    );
    expect(textOf(setFrontmatterValue("---\ntier: {k: A}\n---\n", { spellings: TIER, value: "A" }))).toBe("---\ntier: A\n---\n");
    expect(textOf(setFrontmatterValue("---\ntier:\n  - A\n  - B\nz: 1\n---\n", { spellings: TIER, value: "C" }))).toBe(
      "---\ntier: C\nz: 1\n---\n",
    );
    expect(textOf(setFrontmatterValue("---\nname: |\n  Ann\n  Smith\nz: 1\n---\n", { spellings: ["name"], value: "Ann" }))).toBe(
      "---\nname: Ann\nz: 1\n---\n",
    );
  });

  it("fills an empty value after the colon, before a comment", () => {
    expect(textOf(setFrontmatterValue("---\ntier:\nz: 1\n---\n", { spellings: TIER, value: "B" }))).toBe("---\ntier: B\nz: 1\n---\n");
    expect(textOf(setFrontmatterValue("---\ntier:   # pick one\n---\n", { spellings: TIER, value: "B" }))).toBe(
      "---\ntier: B   # pick one\n---\n",
    );
  });

  it("drops an explicit tag that described the old value", () => {
    expect(textOf(setFrontmatterValue("---\nno-refer: !!str yes\n---\n", { spellings: ["no-refer"], value: true }))).toBe(
      "---\nno-refer: true\n---\n",
    );
  });
});

describe("setFrontmatterValue: which key", () => {
  it.each(["last_touch", "lastTouch", "last-contact", "last_contact", "lastContact"])(
    "writes to the spelling the note uses (%s)",
    (key) => {
      const note = `---\ntier: B\n${key}: 2026-01-01\n---\n`;
      const edited = textOf(setFrontmatterValue(note, { spellings: LAST_TOUCH, value: "2026-11-26" }));
      expect(edited).toBe(`---\ntier: B\n${key}: 2026-11-26\n---\n`);
    },
  );

  it("prefers the earlier spelling when a note has two", () => {
    const note = "---\nlastTouch: 2026-02-02\nlast-touch: 2026-01-01\n---\n";
    expect(textOf(setFrontmatterValue(note, { spellings: LAST_TOUCH, value: "2026-11-26" }))).toBe(
      "---\nlastTouch: 2026-02-02\nlast-touch: 2026-11-26\n---\n",
    );
  });

  it("finds a quoted key", () => {
    expect(textOf(setFrontmatterValue('---\n"tier": B\n---\n', { spellings: TIER, value: "A" }))).toBe('---\n"tier": A\n---\n');
  });
});

describe("setFrontmatterValue: adding and removing", () => {
  it("adds the canonical key at the end of the block, before the closing line", () => {
    const note = "---\n# who\ntier: B\ntags: [contact]\n---\nbody";
    expect(textOf(setFrontmatterValue(note, { spellings: LAST_TOUCH, value: "2026-11-26" }))).toBe(
      "---\n# who\ntier: B\ntags: [contact]\nlast-touch: 2026-11-26\n---\nbody",
    );
  });

  it("adds to an empty block and to one closed with ...", () => {
    expect(textOf(setFrontmatterValue("---\n---\n", { spellings: TIER, value: "A" }))).toBe("---\ntier: A\n---\n");
    expect(textOf(setFrontmatterValue("---\nz: 1\n...\nbody\n", { spellings: TIER, value: "A" }))).toBe("---\nz: 1\ntier: A\n...\nbody\n");
  });

  it("adds at the indentation of the existing keys", () => {
    expect(textOf(setFrontmatterValue("---\n  z: 1\n---\n", { spellings: TIER, value: "A" }))).toBe("---\n  z: 1\n  tier: A\n---\n");
  });

  it("creates a block at the very top when there is none, after a BOM", () => {
    expect(textOf(setFrontmatterValue("# Ann\n", { spellings: TIER, value: "A" }))).toBe("---\ntier: A\n---\n# Ann\n");
    expect(textOf(setFrontmatterValue("\uFEFF# Ann\r\nmet at a fair", { spellings: TIER, value: "A" }))).toBe(
      "\uFEFF---\r\ntier: A\r\n---\r\n# Ann\r\nmet at a fair",
    );
    expect(textOf(setFrontmatterValue("", { spellings: TIER, value: "A" }))).toBe("---\ntier: A\n---\n");
  });

  it("removes the whole line of a key for null, and nothing else", () => {
    const note = "---\n# closeness\ntier: B # hm\nz: 1\n---\n";
    expect(textOf(setFrontmatterValue(note, { spellings: TIER, value: null }))).toBe("---\n# closeness\nz: 1\n---\n");
    expect(textOf(setFrontmatterValue("---\ntier:\n  - A\n  - B\nz: 1\n---\n", { spellings: TIER, value: null }))).toBe("---\nz: 1\n---\n");
    expect(textOf(setFrontmatterValue("---\ntier:  # none yet\nz: 1\n---\n", { spellings: TIER, value: null }))).toBe("---\nz: 1\n---\n");
  });

  it("reports no change, with the identical text, when there is nothing to do", () => {
    const cases: [string, string | boolean | null][] = [
      ["---\nlast-touch: '2026-11-26' # q\n---\n", "2026-11-26"],
      ["---\ndo-not-contact: false\n---\n", false],
      ["---\nz: 1\n---\n", null],
      ["no frontmatter\n", null],
    ];
    for (const [note, value] of cases) {
      expect(setFrontmatterValue(note, { spellings: ["last-touch", "do-not-contact"], value })).toEqual({
        ok: true,
        text: note,
        changed: false,
      });
    }
  });
});

describe("setFrontmatterValue: the rest of the note stays", () => {
  it("keeps CRLF, a BOM and a missing final newline", () => {
    const note = "\uFEFF---\r\ntier: B\r\nname: Ann\r\n---\r\n## Log\r\n- 2026-01-01 call";
    expect(textOf(setFrontmatterValue(note, { spellings: TIER, value: "A" }))).toBe(
      "\uFEFF---\r\ntier: A\r\nname: Ann\r\n---\r\n## Log\r\n- 2026-01-01 call",
    );
    expect(textOf(setFrontmatterValue(note, { spellings: LAST_TOUCH, value: "2026-11-26" }))).toBe(
      "\uFEFF---\r\ntier: B\r\nname: Ann\r\nlast-touch: 2026-11-26\r\n---\r\n## Log\r\n- 2026-01-01 call",
    );
    expect(textOf(setFrontmatterValue(note, { spellings: TIER, value: null }))).toBe(
      "\uFEFF---\r\nname: Ann\r\n---\r\n## Log\r\n- 2026-01-01 call",
    );
  });

  it("does not mistake a --- inside a fenced code block for frontmatter", () => {
    const note = "# Ann\n```yaml\n---\ntier: B\n---\n```\n";
    const edited = textOf(setFrontmatterValue(note, { spellings: TIER, value: "A" }));
    expect(edited).toBe(`---\ntier: A\n---\n${note}`);
  });
});

describe("setFrontmatterValue: refusals", () => {
  it.each([
    ["unclosed flow list", "---\ntier: [A\n---\nbody\n"],
    ["duplicate key", "---\ntier: A\ntier: B\n---\n"],
    ["a list, not a mapping", "---\n- a\n- b\n---\n"],
    ["a tab for indentation", "---\nname:\n\t- x\n---\n"],
  ])("refuses frontmatter that is not valid YAML (%s)", (_why, note) => {
    const result = setFrontmatterValue(note, { spellings: TIER, value: "A" });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty("text");
    if (!result.ok) expect(result.error).toMatch(/^frontmatter is not/);
  });

  it("refuses frontmatter written as one flow mapping, saying how to fix it", () => {
    const result = setFrontmatterValue("---\n{tier: B}\n---\n", { spellings: TIER, value: "A" });
    expect(result).toEqual({ ok: false, error: expect.stringContaining("key: value lines") as unknown });
  });
});

describe("appendLogEntry", () => {
  const line = "- 2026-11-26 call: caught up";

  it.each([1, 2, 3, 4])("appends as the last entry of a level-%i log, before the next section", (level) => {
    const hashes = "#".repeat(level);
    const note = `# Ann\n${hashes} Log\n- 2026-01-01 email\n- 2026-02-02 call\n\n${hashes} Later\nafter\n`;
    const edited = textOf(appendLogEntry(note, { heading: "Log", line }));
    expect(edited).toBe(`# Ann\n${hashes} Log\n- 2026-01-01 email\n- 2026-02-02 call\n${line}\n\n${hashes} Later\nafter\n`);
    expect(parseLog(edited, "Log", ["call", "email"]).map((e) => e.date)).toEqual(["2026-01-01", "2026-02-02", "2026-11-26"]);
  });

  it("treats a deeper heading as part of the section and a higher one as its end", () => {
    const note = "## Log\n- 2026-01-01 email\n### Details\nsome notes\n\n# Next\nx\n";
    expect(textOf(appendLogEntry(note, { heading: "Log", line }))).toBe(
      `## Log\n- 2026-01-01 email\n### Details\nsome notes\n${line}\n\n# Next\nx\n`,
    );
  });

  it("puts the entry right under the heading of an empty section", () => {
    expect(textOf(appendLogEntry("## Log\n\n\n## Next\n", { heading: "log", line }))).toBe(`## Log\n${line}\n\n\n## Next\n`);
  });

  it("keeps a missing final newline and CRLF", () => {
    expect(textOf(appendLogEntry("## Log\r\n- 2026-01-01 email", { heading: "Log", line }))).toBe(
      `## Log\r\n- 2026-01-01 email\r\n${line}`,
    );
    expect(textOf(appendLogEntry("\uFEFF## Log\r\n- 2026-01-01 email\r\n", { heading: "Log", line }))).toBe(
      `\uFEFF## Log\r\n- 2026-01-01 email\r\n${line}\r\n`,
    );
  });

  it("creates ## <heading> at the end, with one blank line before it", () => {
    expect(textOf(appendLogEntry("# Ann\nmet at a fair\n", { heading: "Log", line }))).toBe(`# Ann\nmet at a fair\n\n## Log\n${line}\n`);
    expect(textOf(appendLogEntry("# Ann\nmet at a fair", { heading: "Log", line }))).toBe(`# Ann\nmet at a fair\n\n## Log\n${line}`);
    expect(textOf(appendLogEntry("# Ann\n\n", { heading: "Log", line }))).toBe(`# Ann\n\n## Log\n${line}\n`);
    expect(textOf(appendLogEntry("---\r\ntier: A\r\n---\r\n", { heading: "Log", line }))).toBe(
      `---\r\ntier: A\r\n---\r\n\r\n## Log\r\n${line}\r\n`,
    );
    expect(textOf(appendLogEntry("", { heading: "Log", line }))).toBe(`## Log\n${line}\n`);
  });

  it("ignores a log heading inside a fenced code block or the frontmatter", () => {
    const note = "---\nnote: |\n  ## Log\n---\n```md\n---\n## Log\n- 2026-01-01 fake\n```\n";
    const edited = textOf(appendLogEntry(note, { heading: "Log", line }));
    expect(edited).toBe(`${note}\n## Log\n${line}\n`);
    expect(readNote(edited).frontmatter).toEqual({ note: "## Log\n" });
  });

  it("appends after a closed code block that ends the section", () => {
    const note = "## Log\n- 2026-01-01 email\n```\ncode\n```\n";
    expect(textOf(appendLogEntry(note, { heading: "Log", line }))).toBe(`${note}${line}\n`);
  });

  it("refuses when the entry would land inside an unclosed code block", () => {
    expect(appendLogEntry("## Log\n```\n- 2026-01-01 email\n", { heading: "Log", line }).ok).toBe(false);
    expect(appendLogEntry("# Ann\n```\nnever closed\n", { heading: "Log", line }).ok).toBe(false);
  });

  it("refuses invalid frontmatter and multi-line entries", () => {
    const refused = appendLogEntry("---\ntier: [A\n---\n## Log\n", { heading: "Log", line });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/^frontmatter is not valid YAML/);
    expect(appendLogEntry("## Log\n", { heading: "Log", line: "- 2026-01-01\n- 2026-01-02" }).ok).toBe(false);
  });
});
