/**
 * The command line and the plugin read the same notes alike: each case goes through the CLI's
 * reader (`markdownMetadata`) and through the stand-in's imitation of Obsidian's cache
 * (`computeMetadata`), then through the one rule (`scanNote`). The two must give the same
 * mentions and follow-ups, and the same links, list items and excluding sections on the way.
 */
import { describe, expect, it } from "vitest";
import { markdownMetadata } from "../../src/cli/markdown-metadata";
import type { NoteMetadata } from "../../src/core/note-metadata";
import { scanNote, type NoteTouches, type ResolveContact } from "../../src/core/note-touches";
import { computeMetadata } from "../standin/metadata";
import { MENTION_CASES } from "./mention-cases";

const resolve: ResolveContact = (linkpath) => `Contacts/${linkpath}.md`;
const OPTIONS = { dated: true, ownerContact: null, reachOutHeading: "Reach out" };

/** What the rule reads from a cache, in a form two caches can be compared by. */
function shape(meta: NoteMetadata) {
  // Whether Obsidian lists a link inside a `%%` block is not captured (a tag there is listed);
  // the rule leaves such a link out either way, so neither reading is compared.
  const comments = (meta.sections ?? []).filter((s) => s.type === "comment");
  const commented = (line: number) => comments.some((s) => s.position.start.line <= line && line <= s.position.end.line);
  return {
    links: (meta.links ?? [])
      .filter((l) => !commented(l.position.start.line))
      .map((l) => [l.link, l.position.start.line, l.position.start.col]),
    items: (meta.listItems ?? []).map((i) => [i.position.start.line, i.position.end.line, i.task ?? null]),
    quiet: (meta.sections ?? [])
      .filter((s) => ["blockquote", "callout", "code", "comment"].includes(s.type))
      .map((s) => [s.type, s.position.start.line, s.position.end.line]),
  };
}

function touches(meta: NoteMetadata): NoteTouches {
  return scanNote(meta, "Daily/2026-11-20.md", OPTIONS, resolve);
}

describe("the CLI's reader and the stand-in of Obsidian's cache agree", () => {
  it.each(MENTION_CASES.map((c) => [c.what, c] as const))("%s", (_what, c) => {
    const cli = markdownMetadata(c.text, null);
    const obsidian = computeMetadata(c.text) as NoteMetadata;
    expect(shape(cli)).toEqual(shape(obsidian));
    const path = `Contacts/${c.contact}.md`;
    for (const meta of [cli, obsidian]) {
      const scan = touches(meta);
      expect(scan.mentioned).toEqual(c.mention ? [path] : []);
      expect(scan.followUps.map((f) => f.contacts)).toEqual(c.followUp ? [[path]] : []);
    }
  });
});
