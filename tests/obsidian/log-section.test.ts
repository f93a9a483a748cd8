/**
 * The log section is one rule (core/log-section.ts) fed by two sources: the note's text (the
 * command line and every edit) and the metadata cache's headings (the index). Both must find the
 * same section on every note of the example vault, and on the notes where a text scan could go
 * wrong (headings in frontmatter or code, a byte-order mark, CRLF).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findLogSection, logSectionAmong } from "../../src/core/log-section";
import { splitLines } from "../../src/core/log";
import { DEFAULT_LOG_HEADING } from "../../src/core/settings";
import { headingsFromCache } from "../../src/obsidian/cache-reading";
import { computeMetadata } from "../standin/metadata";

function notesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === ".obsidian" ? [] : notesUnder(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

function bothWays(text: string, heading: string) {
  const lines = splitLines(text);
  const fromText = findLogSection(lines, heading);
  const fromCache = logSectionAmong(headingsFromCache(computeMetadata(text).headings ?? []), heading, lines.length);
  return { fromText, fromCache };
}

describe("the log section from the text and from the cache", () => {
  const notes = notesUnder("examples/vault");

  it.each([DEFAULT_LOG_HEADING, "Log", "Notes"])("agree on every note of the example vault (heading %j)", (heading) => {
    let found = 0;
    for (const path of notes) {
      const { fromText, fromCache } = bothWays(readFileSync(path, "utf8"), heading);
      expect(fromCache, path).toEqual(fromText);
      if (fromText !== null) found++;
    }
    // The vault's contacts keep logs: an agreement on nothing would prove nothing.
    if (heading !== "Notes") expect(found).toBeGreaterThan(10);
  });

  it.each([
    ["a heading inside the frontmatter", "---\ntitle: x\n# Log\n---\n## Log\n- 2026-01-02 call\n"],
    ["a heading inside a code block", "```\n## Log\n```\n## Log\n- 2026-01-02\n## Next\n"],
    ["a byte-order mark and CRLF", "\uFEFF## Log\r\n- 2026-01-02\r\n### Sub\r\n# Top\r\n"],
    ["a deeper heading inside, a higher one after", "# Person\n## Log\n- a\n### Detail\n- b\n# Other\n"],
    ["an empty heading and a trailing colon", "## \n## Interaction log:\n- 2026-01-02\n"],
  ])("agree on %s", (_what, text) => {
    const { fromText, fromCache } = bothWays(text, DEFAULT_LOG_HEADING);
    expect(fromText).not.toBeNull();
    expect(fromCache).toEqual(fromText);
  });
});
