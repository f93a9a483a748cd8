/**
 * The command line's metadata against what Obsidian's cache holds for the same text. The
 * expected shapes follow caches captured from Obsidian 1.7–1.8 (obsidian-tasks keeps such
 * captures under tests/Obsidian/__test_data__): task marks as the bracketed character, list
 * items that cover their own line (a child is an item of its own), `callout`/`blockquote`/
 * `comment`/`code` sections, frontmatter links keyed `key.index`, embeds apart from links.
 */
import { describe, expect, it } from "vitest";
import { frontmatterLinks, markdownMetadata } from "../../src/cli/markdown-metadata";

const at = (line: number, col: number, offset: number) => ({ line, col, offset });

describe("markdown metadata", () => {
  it("gives a callout with tasks, as Obsidian's cache does", () => {
    const text = "# callout\n\n> [!todo]\n> - [ ] task in [[Sam]]\n>     - [x] indented\n";
    const meta = markdownMetadata(text, null);
    expect(meta.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
      ["heading", 0, 0],
      ["callout", 2, 4],
    ]);
    // The rules read lines and task marks; Obsidian starts a nested item's column where its
    // parent's content starts, this reader at its bullet, which no rule depends on.
    expect(meta.listItems?.map((i) => [i.position.start.line, i.position.end.line, i.task])).toEqual([
      [3, 3, " "],
      [4, 4, "x"],
    ]);
    expect(meta.listItems?.[0]?.position).toEqual({ start: at(3, 2, 23), end: at(3, 23, 44) });
    expect(meta.links).toEqual([
      { link: "Sam", original: "[[Sam]]", displayText: "Sam", position: { start: at(3, 16, 37), end: at(3, 23, 44) } },
    ]);
  });

  it("gives a comment block its own section and no links inside it", () => {
    const text = "intro\n%%\n- [ ] [[Sam]]\n%%\n\n- [ ] a %% [[Ann]] %% b\n";
    const meta = markdownMetadata(text, null);
    expect(meta.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([["comment", 1, 3]]);
    expect(meta.links?.map((l) => l.link)).toEqual(["Ann"]);
    expect(meta.listItems?.map((i) => i.position.start.line)).toEqual([5]);
  });

  it("finds no link or list item in fenced code, and closes a fence only with a like one", () => {
    const text = "````\n```\n- [ ] [[Sam]]\n```\n````\n- [[Ann]]\n";
    const meta = markdownMetadata(text, null);
    expect(meta.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([["code", 0, 4]]);
    expect(meta.links?.map((l) => l.link)).toEqual(["Ann"]);
    expect(meta.listItems).toHaveLength(1);
  });

  it("keeps embeds apart, reads aliases, headings and markdown links, and ignores URLs", () => {
    const meta = markdownMetadata("![[Sam]] [[Sam#Log|his log]] [x](People/Ann%20Lee.md) [y](https://a.b/c.md) ![p](pic.png)", null);
    expect(meta.embeds?.map((e) => e.link)).toEqual(["Sam", "pic.png"]);
    expect(meta.links?.map((l) => [l.link, l.displayText])).toEqual([
      ["Sam#Log", "his log"],
      ["People/Ann Lee.md", "x"],
    ]);
  });

  it("counts offsets across CRLF line endings and skips the frontmatter", () => {
    const text = "---\r\ndate: 2026-11-19\r\n---\r\n- [x] [[Sam]]\r\n";
    const meta = markdownMetadata(text, { date: "2026-11-19" });
    expect(meta.sections?.[0]?.type).toBe("yaml");
    expect(meta.links?.[0]?.position.start).toEqual(at(3, 6, 34));
    expect(meta.listItems?.[0]?.task).toBe("x");
  });

  it("lists frontmatter links by key, list items as key.index", () => {
    expect(frontmatterLinks({ attendees: ["[[Sam]]", "plain", "[[Ann|A]]"], host: "[[Kim]]", n: 3 })).toEqual([
      { key: "attendees.0", link: "Sam", original: "[[Sam]]", displayText: "Sam" },
      { key: "attendees.2", link: "Ann", original: "[[Ann|A]]", displayText: "A" },
      { key: "host", link: "Kim", original: "[[Kim]]", displayText: "Kim" },
    ]);
  });

  it("reads hostile input without recursion or blow-up (the test timeout is the bound): deep nesting, endless brackets, a self-referencing value", () => {
    const deep = `${"> ".repeat(5000)}[[Sam]]\n${"[".repeat(50_000)}\n${"- ".repeat(5000)}[ ] x\n`;
    const meta = markdownMetadata(deep, null);
    expect(meta.links?.map((l) => l.link)).toEqual(["Sam"]);
    const loop: Record<string, unknown> = {};
    loop.self = [loop, loop];
    expect(frontmatterLinks(loop)).toEqual([]);
  });
});
