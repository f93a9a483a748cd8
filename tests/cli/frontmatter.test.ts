/**
 * gray-matter, hardened: YAML through the core's parser, no code ever evaluated, no shared cache,
 * and the same idea of where frontmatter ends as the core.
 */
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/cli/frontmatter";
import { readNote } from "../../src/core/note";

declare global {
  var ccFrontmatterRan: boolean | undefined;
}

describe("readFrontmatter", () => {
  it("keeps dates as strings", () => {
    const fm = readFrontmatter("---\nlast-touch: 2026-11-02\nsnooze: 2026-12-01T10:00\n---\nBody\n");
    expect(fm.data).toEqual({ "last-touch": "2026-11-02", snooze: "2026-12-01T10:00" });
    expect(fm.error).toBeUndefined();
  });

  it.each(["js", "javascript", "JS", "json", "coffee", "yaml", "toml", "anything"])(
    "refuses a ---%s block without evaluating it",
    (language) => {
      globalThis.ccFrontmatterRan = undefined;
      const text = `---${language}\n{ tier: (globalThis.ccFrontmatterRan = true, "A") }\n---\nBody\n`;
      const fm = readFrontmatter(text);
      expect(globalThis.ccFrontmatterRan).toBeUndefined();
      expect(fm.data).toEqual({});
      expect(fm.error).toBe(`frontmatter opened with "---${language}" is never run or read (only YAML between plain --- lines is)`);
      expect(text.slice(fm.bodyStart)).toBe("Body\n");
    },
  );

  it("returns a fresh object for every call, even for the same text", () => {
    const text = "---\ntier: A\n---\n";
    const first = readFrontmatter(text);
    first.data.tier = "changed";
    expect(readFrontmatter(text).data).toEqual({ tier: "A" });
  });

  it("reports YAML that does not parse, and a block that is not a mapping", () => {
    expect(readFrontmatter('---\ncompany: "Northwind\n---\n').error).toMatch(/^frontmatter is not valid YAML \(/);
    expect(readFrontmatter("---\ntier: A\ntier: B\n---\n").error).toMatch(/^frontmatter is not valid YAML \(.*unique/);
    expect(readFrontmatter("---\n- a\n- b\n---\n").error).toBe("frontmatter is not a list of key: value pairs");
  });

  // The core's reading of a note is the reference: the CLI must see the same frontmatter.
  it.each([
    ["LF", "---\ntier: A\n---\nBody"],
    ["CRLF and a BOM", "\uFEFF---\r\ntier: A\r\nname: Ann\r\n---\r\nBody\r\n"],
    ["an indented ---- line inside", "---\nnote: |\n  ----\n  x\ntier: B\n---\nBody"],
    ["a ---- line inside", "---\ntier: B\n----\nx: 1\n---\nBody"],
    ["a ---x line inside", "---\ntier: B\n---x\n---\nBody"],
    ["a ... closing line", "---\ntier: C\n...\nBody"],
    ["a closing line with trailing spaces", "---\ntier: D\n---   \nBody"],
    ["comments only", "---\n# nothing yet\n---\nBody"],
    ["an empty block", "---\n---\nBody"],
    ["no closing line", "---\ntier: A\nBody"],
    ["no frontmatter", "Body\n---\ntier: A\n---\n"],
    ["a ---- first line", "----\ntier: A\n----\nBody"],
  ])("agrees with the core on %s", (_label, text) => {
    const fm = readFrontmatter(text);
    const core = readNote(text);
    expect(fm.data).toEqual(core.frontmatter);
    expect(fm.error).toBe(core.frontmatterError);
    expect(text.slice(fm.bodyStart).replace(/\r\n/g, "\n")).toBe(core.body.replace(/\r\n/g, "\n"));
  });
});
