/**
 * The index finds a log's items from the cache's headings, list items and sections, each list
 * searched by halving from the log heading on. Held here to the plain rule: every list item and
 * table row strictly between the log heading and the end of its section (core/log-section.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findLogSection, splitLines } from "../../src/core/log";
import { tableRowItems } from "../../src/core/log-table";
import { DEFAULT_LOG_HEADING } from "../../src/core/settings";
import { logItems } from "../../src/obsidian/cache-reading";
import { computeMetadata } from "../standin/metadata";

function notesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === ".obsidian" ? [] : notesUnder(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

/** The lines `logItems` must give, found the long way. */
function expectedLines(text: string, heading: string): number[] {
  const section = findLogSection(splitLines(text), heading);
  if (section === null) return [];
  const cache = computeMetadata(text);
  const inside = (line: number): boolean => line > section.headingLine && line < section.end;
  const items = (cache.listItems ?? []).filter((i) => inside(i.position.start.line));
  const tables = (cache.sections ?? []).filter((s) => s.type === "table" && inside(s.position.start.line));
  return [...items, ...tableRowItems(tables)].map((i) => i.position.start.line);
}

const lines = (text: string, heading: string): number[] => logItems(computeMetadata(text), heading).map((i) => i.position.start.line);

describe("a log's items from the cache", () => {
  it.each([DEFAULT_LOG_HEADING, "Log", "Notes"])("are the section's items and rows on every note of the example vault (%j)", (heading) => {
    let found = 0;
    for (const path of notesUnder("examples/vault")) {
      const text = readFileSync(path, "utf8");
      const expected = expectedLines(text, heading);
      expect(lines(text, heading), path).toEqual(expected);
      found += expected.length;
    }
    if (heading !== "Notes") expect(found).toBeGreaterThan(0);
  });

  it.each([
    ["- before\n## Log\n- 2026-01-01 a\n  - sub\n- 2026-01-02 b\n## Next\n- after\n", [2, 3, 4]],
    ["# Ann\n- x\n- y\n## Log\n| date | what |\n|---|---|\n| 2026-01-01 | call |\n\n- 2026-01-03\n# End\n| a |\n|---|\n", [8, 4, 5, 6]],
    ["## Log\n", []],
    ["## Log\ntext only\n", []],
    ["- a\n- b\n- c\n## Log\n", []],
    ["## Log\n- 2026-01-01\n### Sub\n- 2026-01-02\n## Other\n- x\n", [1, 3]],
    ["## Notes\n- x\n", []],
  ])("%j → lines %j", (text, expected) => {
    expect(lines(text, DEFAULT_LOG_HEADING)).toEqual(expected);
    expect(lines(text, DEFAULT_LOG_HEADING)).toEqual(expectedLines(text, DEFAULT_LOG_HEADING));
  });

  it("gives no items, and nothing to add to, without a log", () => {
    const none = logItems(computeMetadata("# Ann\n- x\n"), DEFAULT_LOG_HEADING);
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
  });
});
