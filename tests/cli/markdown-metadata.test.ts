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

  it("keeps a quote or callout inside a list item in the item, as Obsidian's top-level sections do", () => {
    // Obsidian's cache for this text (sections are "root level markdown blocks", obsidian.d.ts;
    // a block inside an item widens the item and its list, code_block_in_task):
    //   sections  [list 0:0-5:16, blockquote 6:0-6:13]
    //   listItems [{0:0-1:19}, {2:0-5:16, task " "}]
    //   links     [Sam 1:4-1:11, Ann 5:9-5:16, Kim 6:2-6:9]
    const text = "- met the team\n  > [[Sam]] said so\n- [ ] call\n\n  > [!note] Lunch\n  > with [[Ann]]\n> [[Kim]] too\n";
    const meta = markdownMetadata(text, null);
    // No `list` section here (no rule reads one); the quiet sections are Obsidian's.
    expect(meta.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([["blockquote", 6, 6]]);
    expect(meta.listItems?.map((i) => i.position)).toEqual([
      { start: at(0, 0, 0), end: at(1, 19, 34) },
      { start: at(2, 0, 35), end: at(5, 16, 81) },
    ]);
    expect(meta.listItems?.map((i) => i.task)).toEqual([undefined, " "]);
    expect(meta.links?.map((l) => [l.link, l.position.start, l.position.end])).toEqual([
      ["Sam", at(1, 4, 19), at(1, 11, 26)],
      ["Ann", at(5, 9, 74), at(5, 16, 81)],
      ["Kim", at(6, 2, 84), at(6, 9, 91)],
    ]);
  });

  it("keeps a %% block or a fenced block inside an item in the item: no section, links as Obsidian indexes them", () => {
    // Obsidian: sections [list 0:0-7:7]; items [{0:0-3:4}, {4:2-7:7}]; links [Sam] (code hides Ann).
    const text = "- standup\n  %%\n  [[Sam]] was quiet\n  %%\n  - deeper\n    ```\n    [[Ann]]\n    ```\n";
    const meta = markdownMetadata(text, null);
    expect(meta.sections).toEqual([]);
    expect(meta.listItems?.map((i) => [i.position.start.line, i.position.start.col, i.position.end.line, i.position.end.col])).toEqual([
      [0, 0, 3, 4],
      [4, 2, 7, 7],
    ]);
    expect(meta.links?.map((l) => [l.link, l.position.start.line])).toEqual([["Sam", 2]]);
  });

  it("lists a link inside an inline %% comment, as Obsidian's cache does (comments_markdown_style)", () => {
    // Obsidian: sections [paragraph 0:0-0:29]; links [Sam 0:10-0:17]: an inline comment has no section.
    const meta = markdownMetadata("Coffee %% [[Sam]] %% downtown\n", null);
    expect(meta.sections).toEqual([]);
    expect(meta.links?.map((l) => [l.link, l.position.start, l.position.end])).toEqual([["Sam", at(0, 10, 10), at(0, 17, 17)]]);
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
