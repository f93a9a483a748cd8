/**
 * The stand-in's metadata cache against what Obsidian produces. The expectations follow
 * CachedMetadata captured from Obsidian itself by obsidian-tasks
 * (github.com/obsidian-tasks-group/obsidian-tasks, tests/Obsidian/__test_data__/*.json, named
 * below), applied to notes of our own.
 */
import type { CachedMetadata, Pos } from "obsidian";
import { describe, expect, it } from "vitest";
import { getAllTags, getFrontMatterInfo, parseFrontMatterTags } from "./frontmatter";
import { computeMetadata } from "./metadata";

/** "line:col-line:col" for a position, checked against its offsets in `text`. */
function at(text: string, pos: Pos): string {
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
  expect(pos.start.offset).toBe((starts[pos.start.line] ?? NaN) + pos.start.col);
  expect(pos.end.offset).toBe((starts[pos.end.line] ?? NaN) + pos.end.col);
  return `${pos.start.line}:${pos.start.col}-${pos.end.line}:${pos.end.col}`;
}

function sections(text: string, cache: CachedMetadata): string[] {
  return (cache.sections ?? []).map((s) => `${s.type} ${at(text, s.position)}`);
}

describe("links and embeds (all_link_types, embed_link_in_task, link_in_task_wikilink)", () => {
  const text =
    "Met [[Sam Lee]], [[Ann Ito|Ann]] and [[Bo#Work|Bo]].\nSee [[Cy#Intro#Part]], [[#Local]], [notes](Folder/Dee%20Ray.md) and [site](https://example.com).\n![[chart.png]] ![[Sam Lee]] ![alt](img.png) [[]]\n";
  const cache = computeMetadata(text);

  it("gives each wikilink and local markdown link its target, text shown and exact position", () => {
    expect(cache.links?.map((l) => [l.link, l.displayText, l.original, at(text, l.position)])).toEqual([
      ["Sam Lee", "Sam Lee", "[[Sam Lee]]", "0:4-0:15"],
      ["Ann Ito", "Ann", "[[Ann Ito|Ann]]", "0:17-0:32"],
      ["Bo#Work", "Bo", "[[Bo#Work|Bo]]", "0:37-0:51"],
      ["Cy#Intro#Part", "Cy > Intro > Part", "[[Cy#Intro#Part]]", "1:4-1:21"],
      ["#Local", "Local", "[[#Local]]", "1:23-1:33"],
      ["Folder/Dee Ray.md", "notes", "[notes](Folder/Dee%20Ray.md)", "1:35-1:63"],
    ]);
  });

  it("keeps embeds apart from links, and indexes neither external links nor an empty [[]]", () => {
    expect(cache.embeds?.map((e) => [e.link, e.original, at(text, e.position)])).toEqual([
      ["chart.png", "![[chart.png]]", "2:0-2:14"],
      ["Sam Lee", "![[Sam Lee]]", "2:15-2:27"],
      ["img.png", "![alt](img.png)", "2:28-2:43"],
    ]);
    expect(JSON.stringify(cache.links)).not.toContain("example.com");
  });

  it("indexes no link or tag inside a code span, a fenced block or an HTML comment", () => {
    const code = "`[[A]] #a`\n```\n[[B]] #b\n```\n<!-- [[C]] #c -->\nok [[D]] <!-- [[E]] -->\n";
    const c = computeMetadata(code);
    expect(c.links?.map((l) => l.link)).toEqual(["D"]);
    expect(c.tags).toBeUndefined();
  });
});

describe("frontmatter and its links (link_in_yaml, links_everywhere, empty_yaml, yaml_*)", () => {
  const text =
    '---\ntier: B\nlast-touch: 2026-11-20\nok: yes\nattendees:\n  - "[[Sam Lee]]"\n  - "[[Ann Ito|Ann]]"\n  - Plain name\nproject: "[[Offsite]]"\nnote: met [[Cy]] there\n---\nBody\n';
  const cache = computeMetadata(text);

  it("reads YAML with dates and yes/no left as text, and gives the block's position and section", () => {
    expect(cache.frontmatter).toMatchObject({ tier: "B", "last-touch": "2026-11-20", ok: "yes" });
    expect(at(text, cache.frontmatterPosition as Pos)).toBe("0:0-10:3");
    expect(sections(text, cache)).toEqual(["yaml 0:0-10:3", "paragraph 11:0-11:4"]);
  });

  it("lists each value that is a link, keyed by property, or property.N inside a list", () => {
    expect(cache.frontmatterLinks).toEqual([
      { key: "attendees.0", link: "Sam Lee", original: "[[Sam Lee]]", displayText: "Sam Lee" },
      { key: "attendees.1", link: "Ann Ito", original: "[[Ann Ito|Ann]]", displayText: "Ann" },
      { key: "project", link: "Offsite", original: "[[Offsite]]", displayText: "Offsite" },
    ]);
    expect(cache.links).toBeUndefined(); // frontmatter links are not body links
  });

  it("gives an empty frontmatterLinks list with frontmatter, none without, and only a section for an empty block", () => {
    expect(computeMetadata("---\ntier: A\n---\n").frontmatterLinks).toEqual([]);
    expect(computeMetadata("# Note\n").frontmatterLinks).toBeUndefined();
    const empty = computeMetadata("---\n---\ntext\n");
    expect([empty.frontmatter, empty.frontmatterPosition, empty.sections?.[0]?.type]).toEqual([undefined, undefined, "yaml"]);
  });

  it("keeps the position but no frontmatter when the YAML does not parse", () => {
    const broken = computeMetadata("---\ntier: [A\n---\n");
    expect(broken.frontmatter).toBeUndefined();
    expect(broken.frontmatterPosition?.end.line).toBe(2);
  });

  it("has Obsidian's helpers: frontmatter tags first in getAllTags, and the block's text", () => {
    const tagged = computeMetadata("---\ntags: [contact, work/team]\n---\nHi #friend\n");
    expect(parseFrontMatterTags(tagged.frontmatter)).toEqual(["#contact", "#work/team"]);
    expect(getAllTags(tagged)).toEqual(["#contact", "#work/team", "#friend"]);
    expect(getFrontMatterInfo("---\na: 1\n---\nbody")).toEqual({ exists: true, frontmatter: "a: 1", from: 4, to: 8, contentStart: 13 });
  });
});

describe("list items and tasks (list_statuses, inheritance_*, mixed_list_markers, multi_line_task_and_list_item)", () => {
  const text =
    "# Day\n\n- [ ] call [[Sam]]\n- [x] met [[Ann]]\n    - [/] half done\n    - plain child\n      more of the child\n- [-] cancelled\n\n- after a blank\n* another list\n1. [X] ordered\n";
  const cache = computeMetadata(text);
  const items = (cache.listItems ?? []).map((i) => [at(text, i.position), i.parent, i.task ?? null]);

  it("gives each item its task character (' ' open, any other done) or none", () => {
    expect(items.map((i) => i[2])).toEqual([" ", "x", "/", null, "-", null, null, "X"]);
  });

  it("points each item at its parent's line, or at minus its list's first line", () => {
    expect(items.map((i) => i[1])).toEqual([-2, -2, 3, 3, -2, -2, -10, -11]);
    expect(computeMetadata("- first\n- second\n").listItems?.map((i) => i.parent)).toEqual([-1, -1]);
  });

  it("spans an item over its continuation lines; a nested one starts at its parent's content", () => {
    expect(items.map((i) => i[0])).toEqual([
      "2:0-2:18",
      "3:0-3:17",
      "4:2-4:19",
      "5:2-6:23",
      "7:0-8:0",
      "9:0-9:15",
      "10:0-10:14",
      "11:0-11:14",
    ]);
  });

  it("makes a list section of each list, a new one when the bullet changes", () => {
    expect(sections(text, cache)).toEqual(["heading 0:0-0:5", "list 2:0-9:15", "list 10:0-10:14", "list 11:0-11:14"]);
  });
});

describe("sections (blockquote, callout, comments_markdown_style, comments_html_style, code_block_in_task)", () => {
  const text =
    "> quote [[A]]\nlazy [[B]]\n\n> [!note] Seen\n> - [ ] inside [[C]]\n>     - [x] nested\n\n```js\n[[D]] #d\n```\n\n%%\nhidden [[E]] #e\n%%\n\nText %% aside [[F]] %% on\n\n- [ ] item\n  ```\n  [[G]]\n  ```\n";
  const cache = computeMetadata(text);

  it("types each block as Obsidian does: blockquote, callout, code, comment, paragraph, list", () => {
    expect(sections(text, cache)).toEqual([
      "blockquote 0:0-1:10",
      "callout 3:0-5:18",
      "code 7:0-9:3",
      "comment 11:0-13:2",
      "paragraph 15:0-15:25",
      "list 17:0-20:5",
    ]);
  });

  it("gives items inside a callout no list section, and a fence inside an item belongs to the item", () => {
    expect(cache.listItems?.map((i) => [at(text, i.position), i.parent, i.task])).toEqual([
      ["4:2-4:20", -4, " "],
      ["5:4-5:18", 4, "x"],
      ["17:0-20:5", -17, " "],
    ]);
  });

  it("indexes links in quotes, callouts and %% comments (Obsidian does), never in code", () => {
    expect(cache.links?.map((l) => l.link)).toEqual(["A", "B", "C", "E", "F"]);
    expect(cache.tags?.map((t) => t.tag)).toEqual(["#e"]);
  });
});

describe("blocks inside a list item (code_block_in_task; sections are root-level blocks, obsidian.d.ts)", () => {
  const text = "- met the team\n  > [[Sam]] said so\n- [ ] call\n\n  > [!note] Lunch\n  > with [[Ann]]\n> [[Kim]] too\n";
  const cache = computeMetadata(text);

  it("keeps a quote or callout inside an item in the item and its list, with no section of its own", () => {
    expect(sections(text, cache)).toEqual(["list 0:0-5:16", "blockquote 6:0-6:13"]);
    expect(cache.listItems?.map((i) => [at(text, i.position), i.task ?? null])).toEqual([
      ["0:0-1:19", null],
      ["2:0-5:16", " "],
    ]);
    expect(cache.links?.map((l) => [l.link, at(text, l.position)])).toEqual([
      ["Sam", "1:4-1:11"],
      ["Ann", "5:9-5:16"],
      ["Kim", "6:2-6:9"],
    ]);
  });

  it("keeps a %% block inside an item in the item, its links indexed, and no comment section", () => {
    const note = "- standup\n  %%\n  [[Sam]] was quiet\n  %%\n";
    const c = computeMetadata(note);
    expect(sections(note, c)).toEqual(["list 0:0-3:4"]);
    expect(c.links?.map((l) => l.link)).toEqual(["Sam"]);
  });
});

describe("headings and tags (multiple_headings, internal_heading_links)", () => {
  it("reads ATX headings with their level, without a closing #s, links inside them indexed", () => {
    const text = "# Title #work\n## Log ##\n###No space\n#tag line\n###### [[Sam]] notes\n";
    const cache = computeMetadata(text);
    expect(cache.headings?.map((h) => [h.heading, h.level, at(text, h.position)])).toEqual([
      ["Title #work", 1, "0:0-0:13"],
      ["Log", 2, "1:0-1:9"],
      ["[[Sam]] notes", 6, "4:0-4:20"],
    ]);
    expect(cache.links?.map((l) => l.link)).toEqual(["Sam"]);
    expect(cache.tags?.map((t) => [t.tag, at(text, t.position)])).toEqual([
      ["#work", "0:8-0:13"],
      ["#tag", "3:0-3:4"],
    ]);
  });

  it("takes letters, digits, _ - / and emoji, needs one non-digit, and not right after a word", () => {
    const cache = computeMetadata("#1984 #y1984 #contact/work, (#gave) a#b \\#no &#35; #überall #🎉 #a.b\n");
    expect(cache.tags?.map((t) => t.tag)).toEqual(["#y1984", "#contact/work", "#gave", "#überall", "#🎉", "#a"]);
  });

  it("reads a note that starts with a byte-order mark: columns after it, offsets counting it", () => {
    const cache = computeMetadata("\uFEFF---\na: 1\n---\n## Log\n");
    expect(cache.frontmatter).toEqual({ a: 1 });
    expect(cache.frontmatterPosition?.start).toEqual({ line: 0, col: 0, offset: 1 });
    expect(cache.headings?.[0]?.position.start).toEqual({ line: 3, col: 0, offset: 14 });
  });

  it("counts columns without the \\r of a CRLF note, and offsets with it", () => {
    const text = "- a\r\n- b [[L]] #t\r\n";
    const cache = computeMetadata(text);
    expect(cache.links?.map((l) => at(text, l.position))).toEqual(["1:4-1:9"]);
    expect(cache.listItems?.map((i) => at(text, i.position))).toEqual(["0:0-0:3", "1:0-1:12"]);
  });
});
