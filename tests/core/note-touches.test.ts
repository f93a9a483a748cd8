/**
 * Every inclusion and exclusion of a mention, and what an open follow-up is, as a table over
 * note texts. Each text's metadata has the shapes Obsidian's cache gives (computed here by the
 * command line's reader, itself checked against hand-written caches in
 * tests/cli/markdown-metadata.test.ts); a few cases are also given as literal caches.
 */
import { describe, expect, it } from "vitest";
import { markdownMetadata } from "../../src/cli/markdown-metadata";
import { linkResolver } from "../../src/core/link-resolver";
import { scanNote, type NoteTouches, type ResolveContact, type ScanOptions } from "../../src/core/note-touches";
import type { ResolvedLinks } from "../../src/core/resolved-links";
import { linkpath, type NoteMetadata } from "../../src/core/note-metadata";

const CONTACTS: Record<string, string> = {
  sam: "Contacts/Sam Rivera.md",
  "sam rivera": "Contacts/Sam Rivera.md",
  "contacts/sam rivera": "Contacts/Sam Rivera.md",
  "contacts/sam rivera.md": "Contacts/Sam Rivera.md",
  "priya raman": "Contacts/Priya Raman.md",
};
const SAM = "Contacts/Sam Rivera.md";
const PRIYA = "Contacts/Priya Raman.md";
const resolve: ResolveContact = (lp) => CONTACTS[lp.toLowerCase()] ?? null;
const PROJECT = "Projects/Project Sam.md";

/** What Obsidian's `resolvedLinks` holds for a note: every link, embed and frontmatter link by destination. */
function resolvedLinks(meta: NoteMetadata): ResolvedLinks {
  const counts: Record<string, number> = {};
  for (const ref of [...(meta.links ?? []), ...(meta.embeds ?? []), ...(meta.frontmatterLinks ?? [])]) {
    const lp = linkpath(ref.link);
    const dest = lp.toLowerCase() === "project sam" ? PROJECT : resolve(lp, "");
    if (dest !== null) counts[dest] = (counts[dest] ?? 0) + 1;
  }
  return { counts, isContact: (path) => path !== PROJECT };
}

/** Reads a note link by link, and again from its resolved links: both readings must agree. */
function scan(meta: NoteMetadata, source: string, options: ScanOptions): NoteTouches {
  const each = scanNote(meta, source, options, resolve);
  const counted = scanNote(meta, source, options, resolve, resolvedLinks(meta));
  expect({ ...counted, mentioned: [...counted.mentioned].sort() }).toEqual({ ...each, mentioned: [...each.mentioned].sort() });
  return each;
}

function fromText(text: string, frontmatter: Record<string, unknown> | null = null): NoteMetadata {
  return markdownMetadata(text, frontmatter);
}

function mentions(text: string, frontmatter: Record<string, unknown> | null = null): string[] {
  return scan(fromText(text, frontmatter), "Daily/2026-11-20.md", { dated: true, ownerContact: null, reachOutHeading: "Reach out" })
    .mentioned;
}

describe("a link from a dated note is a touch", () => {
  const cases: [what: string, text: string, touched: string[]][] = [
    ["a wikilink", "Coffee with [[Sam Rivera]].", [SAM]],
    ["an alias link", "Coffee with [[Sam Rivera|Sam]].", [SAM]],
    ["a link to a heading", "See [[Sam Rivera#Log]].", [SAM]],
    ["a link to a heading, with an alias", "See [[Sam Rivera#Log|his log]].", [SAM]],
    ["a link by path", "Met [[Contacts/Sam Rivera]].", [SAM]],
    ["a markdown link", "Met [Sam](Contacts/Sam%20Rivera.md).", [SAM]],
    ["a markdown link in angle brackets", "Met [Sam](<Contacts/Sam Rivera.md>).", [SAM]],
    ["a checked task", "- [x] called [[Sam Rivera]]", [SAM]],
    ["a checked task, capital X", "- [X] called [[Sam Rivera]]", [SAM]],
    ["a plain list item", "- lunch with [[Sam Rivera]]", [SAM]],
    ["a nested item under an open task", "- [ ] plan the offsite\n  - met [[Sam Rivera]] about it", [SAM]],
    ["a heading", "## Call with [[Sam Rivera]]", [SAM]],
    ["a table cell", "| who | what |\n| --- | --- |\n| [[Sam Rivera]] | lunch |", [SAM]],
    ["two people, each once", "[[Sam Rivera]], [[Priya Raman]] and [[Sam Rivera|Sam]]", [SAM, PRIYA]],
    ["an inline comment, which Obsidian's cache indexes", "Lunch %% with [[Sam Rivera]] %% today", [SAM]],
    ["a link after a quote has ended", "> a quote\n\nthen [[Sam Rivera]]", [SAM]],
    [
      "a ticked reach-out (a checked task under the reach-out heading)",
      "## Reach out\n- [x] [[Sam Rivera]] — 43 days overdue\n- [ ] [[Priya Raman]] — due today",
      [SAM],
    ],
  ];
  it.each(cases)("%s", (_what, text, touched) => {
    expect(mentions(text)).toEqual(touched);
  });
});

describe("except", () => {
  const cases: [what: string, text: string][] = [
    ["an embed", "![[Sam Rivera]]"],
    ["an embed of a heading", "![[Sam Rivera#Notes]]"],
    ["an unchecked task", "- [ ] call [[Sam Rivera]]"],
    ["an unchecked task, numbered", "1. [ ] call [[Sam Rivera]]"],
    ["a cancelled task", "- [-] call [[Sam Rivera]]"],
    ["an unchecked task's continuation line", "- [ ] call\n  [[Sam Rivera]] tomorrow"],
    ["a quote", "> [[Sam Rivera]] said so"],
    ["a quote's second line", "> he said\n> [[Sam Rivera]] agreed"],
    ["a callout", "> [!note] Later\n> ask [[Sam Rivera]]"],
    ["a fenced code block", "```\n[[Sam Rivera]]\n```"],
    ["a tilde code block", "~~~md\n- [x] [[Sam Rivera]]\n~~~"],
    ["inline code", "`[[Sam Rivera]]` is how to link him"],
    ["a comment block", "%%\nlunch with [[Sam Rivera]]\n%%"],
    ["a one-line comment", "%% lunch with [[Sam Rivera]] %%"],
    ["a link to someone who is not a contact", "[[Project Sam]]"],
    ["a link to a URL", "[Sam](https://example.com/Sam%20Rivera.md)"],
    ["a reach-out not yet ticked", "## Reach out\n- [ ] [[Sam Rivera]] — 43 days overdue"],
  ];
  it.each(cases)("%s", (_what, text) => {
    expect(mentions(text)).toEqual([]);
  });

  it("counts nothing from a note that is not dated (only its open tasks)", () => {
    const read = scan(fromText("Coffee with [[Sam Rivera]]\n- [ ] call [[Priya Raman]]"), "Projects/P.md", {
      dated: false,
      ownerContact: null,
      reachOutHeading: "Reach out",
    });
    expect(read).toEqual({ mentioned: [], followUps: [{ line: 1, contacts: [PRIYA] }] });
  });
});

describe("a link to an alias", () => {
  // Sam Rivera's note says `aliases: [Sam]`. Obsidian resolves links by path and name only: picking
  // the alias in its link suggestions writes `[[Sam Rivera|Sam]]`, and a bare `[[Sam]]` stays unresolved.
  const notes = linkResolver(["Contacts/Sam Rivera.md", "Daily/2026-11-20.md"]);
  const byPath: ResolveContact = (lp, source) => {
    const path = notes(lp, source);
    return path === SAM ? path : null;
  };
  const scan = (text: string) =>
    scanNote(fromText(text), "Daily/2026-11-20.md", { dated: true, ownerContact: null, reachOutHeading: "Reach out" }, byPath).mentioned;
  it("counts the link Obsidian writes when the alias is picked", () => {
    expect(scan("Coffee with [[Sam Rivera|Sam]].")).toEqual([SAM]);
  });
  it("does not count a bare alias, which resolves to no note", () => {
    expect(scan("Coffee with [[Sam]].")).toEqual([]);
  });
});

describe("frontmatter links", () => {
  it("count attendees listed in frontmatter", () => {
    const fm = { date: "2026-11-19", attendees: ["[[Sam Rivera]]", "[[Priya Raman|Priya]]", "Someone else"] };
    expect(mentions("---\ndate: 2026-11-19\nattendees: …\n---\nNotes", fm)).toEqual([SAM, PRIYA]);
  });
  it("count a single link value", () => {
    expect(mentions("---\nwith: x\n---\n", { with: "[[Sam Rivera]]" })).toEqual([SAM]);
  });
});

describe("follow-ups", () => {
  const followUps = (text: string, owner: string | null = null) =>
    scan(fromText(text), owner ?? "Daily/2026-11-20.md", { dated: owner === null, ownerContact: owner, reachOutHeading: "Reach out" });
  it("an open task that links a contact", () => {
    expect(followUps("- [ ] call [[Sam Rivera]] 📅 2026-12-01").followUps).toEqual([{ line: 0, contacts: [SAM] }]);
  });
  it("an open task linking two people, for each of them", () => {
    expect(followUps("intro\n- [ ] introduce [[Sam Rivera]] to [[Priya Raman]]").followUps).toEqual([{ line: 1, contacts: [SAM, PRIYA] }]);
  });
  it("every open task in a contact's own note, with or without a link", () => {
    const s = followUps("# Sam\n- [ ] send the photos\n- [x] sent the deck\n- [ ] intro to [[Priya Raman]]", SAM);
    expect(s.followUps).toEqual([
      { line: 1, contacts: [SAM] },
      { line: 3, contacts: [SAM, PRIYA] },
    ]);
    expect(s.mentioned).toEqual([]);
  });
  it("not a done or cancelled task", () => {
    expect(followUps("- [x] call [[Sam Rivera]]\n- [-] call [[Priya Raman]]").followUps).toEqual([]);
  });
  it("not the reach-out block's tasks, which are the week's plan", () => {
    const s = followUps(
      "## Reach out\n- [ ] [[Sam Rivera]] — 43 days overdue\n- [x] [[Priya Raman]] — due today\n## Later\n- [ ] call [[Sam Rivera]]",
    );
    expect(s.followUps).toEqual([{ line: 4, contacts: [SAM] }]);
    // The ticked reach-out is a touch.
    expect(s.mentioned).toEqual([PRIYA]);
  });
});

describe("literal caches, shaped as Obsidian's", () => {
  const at = (line: number, col: number, offset: number) => ({ line, col, offset });
  it("a callout section hides its links; a list item's task state decides the rest", () => {
    // "> [!note]\n> [[Sam Rivera]]\n\n- [ ] [[Priya Raman]]\n- [x] [[Priya Raman]]\n"
    const cache: NoteMetadata = {
      links: [
        {
          link: "Sam Rivera",
          original: "[[Sam Rivera]]",
          displayText: "Sam Rivera",
          position: { start: at(1, 2, 12), end: at(1, 16, 26) },
        },
        {
          link: "Priya Raman",
          original: "[[Priya Raman]]",
          displayText: "Priya Raman",
          position: { start: at(3, 6, 34), end: at(3, 21, 49) },
        },
        {
          link: "Priya Raman",
          original: "[[Priya Raman]]",
          displayText: "Priya Raman",
          position: { start: at(4, 6, 56), end: at(4, 21, 71) },
        },
      ],
      listItems: [
        { position: { start: at(3, 0, 28), end: at(3, 21, 49) }, task: " " },
        { position: { start: at(4, 0, 50), end: at(4, 21, 71) }, task: "x" },
      ],
      sections: [
        { type: "callout", position: { start: at(0, 0, 0), end: at(1, 16, 26) } },
        { type: "list", position: { start: at(3, 0, 28), end: at(4, 21, 71) } },
      ],
    };
    const s = scan(cache, "Daily/2026-11-20.md", { dated: true, ownerContact: null, reachOutHeading: "Reach out" });
    expect(s).toEqual({ mentioned: [PRIYA], followUps: [{ line: 3, contacts: [PRIYA] }] });
  });
  it("a comment block hides a link the cache lists inside it", () => {
    // "%%\n- [x] lunch with [[Sam Rivera]]\n%%\n": Obsidian gives the block a comment section and
    // still indexes what is inside it (its tags, in captured caches), but no list item.
    const cache: NoteMetadata = {
      links: [
        {
          link: "Sam Rivera",
          original: "[[Sam Rivera]]",
          displayText: "Sam Rivera",
          position: { start: at(1, 17, 20), end: at(1, 31, 34) },
        },
      ],
      sections: [{ type: "comment", position: { start: at(0, 0, 0), end: at(2, 2, 37) } }],
    };
    const scan = (meta: NoteMetadata) =>
      scanNote(meta, "Daily/2026-11-20.md", { dated: true, ownerContact: null, reachOutHeading: "Reach out" }, resolve).mentioned;
    expect(scan(cache)).toEqual([]);
    // The same link in a paragraph is a mention: the section alone decides.
    expect(scan({ ...cache, sections: [{ type: "paragraph", position: { start: at(0, 0, 0), end: at(2, 2, 37) } }] })).toEqual([SAM]);
  });
  it("frontmatter links carry a key and no position", () => {
    const cache: NoteMetadata = {
      frontmatter: { attendees: ["[[Sam Rivera]]"] },
      frontmatterLinks: [{ key: "attendees.0", link: "Sam Rivera", original: "[[Sam Rivera]]", displayText: "Sam Rivera" }],
      sections: [{ type: "yaml", position: { start: at(0, 0, 0), end: at(3, 3, 40) } }],
    };
    expect(scan(cache, "Meetings/Retro.md", { dated: true, ownerContact: null, reachOutHeading: "Reach out" }).mentioned).toEqual([SAM]);
  });
  it("embeds are their own list and never count", () => {
    const cache: NoteMetadata = {
      embeds: [{ link: "Sam Rivera", original: "![[Sam Rivera]]", position: { start: at(0, 0, 0), end: at(0, 15, 15) } }],
    };
    expect(scan(cache, "Daily/2026-11-20.md", { dated: true, ownerContact: null, reachOutHeading: "Reach out" }).mentioned).toEqual([]);
  });
});

describe("from Obsidian's resolved links", () => {
  const options: ScanOptions = { dated: true, ownerContact: null, reachOutHeading: "Reach out" };
  const only = (counts: Record<string, number>): ResolvedLinks => ({ counts, isContact: (p) => p !== PROJECT });
  it("mentions a contact that a counting link reaches, and finds where the others go among the destinations", () => {
    const looked: string[] = [];
    const spy: ResolveContact = (lp, source) => (looked.push(lp), resolve(lp, source));
    const meta = fromText("Lunch with [[Sam Rivera]]\n- [ ] call [[Priya Raman]]\n![[Sam Rivera]]");
    const read = scanNote(meta, "Daily/2026-11-20.md", options, spy, only({ [SAM]: 2, [PRIYA]: 1 }));
    expect(read).toEqual({ mentioned: [SAM], followUps: [{ line: 1, contacts: [PRIYA] }] });
    // The open task's link and the embed each name one destination: nothing was resolved.
    expect(looked).toEqual([]);
  });
  it("resolves a link itself where the destinations do not settle it", () => {
    const looked: string[] = [];
    const spy: ResolveContact = (lp, source) => (looked.push(lp), resolve(lp, source));
    const archived = "Archive/Sam Rivera.md";
    const counts = { [SAM]: 1, [archived]: 1, [PRIYA]: 1 };
    const isContact = (p: string): boolean => p !== archived;
    const read = (text: string) => scanNote(fromText(text), "Daily/2026-11-20.md", options, spy, { counts, isContact });
    // Two destinations end with `Sam Rivera`: which one the link went to is the resolver's answer.
    expect(read("- [ ] ask [[Sam Rivera]]\n\nsee [[Archive/Sam Rivera]] and [[Priya Raman]]").followUps).toEqual([
      { line: 0, contacts: [SAM] },
    ]);
    expect(looked).toEqual(["Sam Rivera"]);
    // A link that names only the archived note is no contact's, without asking the resolver.
    looked.length = 0;
    expect(read("- [ ] file [[Archive/Sam Rivera]]\n\n[[Sam Rivera]] and [[Priya Raman]]").followUps).toEqual([]);
    expect(looked).toEqual([]);
    // Relative links and names outside ASCII go to the resolver.
    looked.length = 0;
    read("- [ ] ask [[./Sam Rivera]]\n- [ ] ask [[Zoë]]\n\n[[Sam Rivera]] [[Archive/Sam Rivera]] [[Priya Raman]]");
    expect(looked).toEqual(["./Sam Rivera", "Zoë"]);
    // A link names a whole name, never its end: `Rivera` is not `Sam Rivera`.
    looked.length = 0;
    const partial = scanNote(fromText("- [ ] ask [[Rivera]]\n\n[[Sam Rivera]]"), "Daily/2026-11-20.md", options, spy, only({ [SAM]: 1 }));
    expect(partial.followUps).toEqual([]);
    expect(looked).toEqual(["Rivera"]);
  });
  it("reads nothing from the links of a note whose links reach no contact", () => {
    const none: ResolveContact = () => {
      throw new Error("no link should be resolved");
    };
    const read = scanNote(
      fromText("- [ ] call [[Project Sam]]\nsee [[Project Sam]]"),
      "Daily/2026-11-20.md",
      options,
      none,
      only({ [PROJECT]: 2 }),
    );
    expect(read).toEqual({ mentioned: [], followUps: [] });
    // A contact's own open tasks are still its follow-ups.
    const own = scanNote(
      fromText("- [ ] send the deck\n- [ ] ask [[Project Sam]]"),
      SAM,
      { ...options, dated: false, ownerContact: SAM },
      none,
      only({ [PROJECT]: 1 }),
    );
    expect(own.followUps).toEqual([
      { line: 0, contacts: [SAM] },
      { line: 1, contacts: [SAM] },
    ]);
  });
  it("reads each link when the counts are out of date", () => {
    // Counts that miss a contact the note quotes: the note's counting link to him is missed too.
    const missing = fromText("[[Priya Raman]] and [[Sam Rivera]]\n\n> [[Sam Rivera]] said so");
    expect(scanNote(missing, "Daily/2026-11-20.md", options, resolve, only({ [PRIYA]: 1 })).mentioned).toEqual([PRIYA, SAM]);
    // Counts of fewer references than the note's uncounted ones.
    const fewer = fromText("[[Sam Rivera]]\n\n> [[Sam Rivera]] said so");
    expect(scanNote(fewer, "Daily/2026-11-20.md", options, resolve, only({ [SAM]: 0 })).mentioned).toEqual([SAM]);
  });
});
