/**
 * The frontmatter editor finds a value's bytes with a line scanner and has a real parser check
 * every edit. These tests hold it to the editor it replaced (the `yaml` package's source ranges, in
 * `yaml-edit-oracle.ts`) byte for byte, and show that a write is refused whenever the parser does
 * not read the edited note exactly as intended.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fieldSpellings } from "../../src/core/contact-fields";
import { setFrontmatterValue, type FrontmatterValue } from "../../src/core/edits";
import { readNote } from "../../src/core/note";
import { setYamlParser } from "../../src/core/yaml-reader";
import { parseYamlPackage, useYamlPackage } from "../../src/cli/yaml-parser";
import { FIELDS, newValue, noteModel, renderNote } from "./arbitraries";
import { setFrontmatterValueByYaml } from "./yaml-edit-oracle";

afterEach(() => useYamlPackage());

const TIER = fieldSpellings("tier");

/** A value as YAML source, in shapes the note generator of the other edit tests does not make. */
const oddValue: fc.Arbitrary<readonly string[]> = fc.oneof(
  // Anchors, aliases and tags before a value.
  fc.constantFrom(["&a Ann"], ["!!str 2026-01-01"], ["&b !!str yes"], ["!!str"], ["*x"]),
  // A plain or quoted scalar over several lines.
  fc.constantFrom(["Ann", "  Smith"], ['"Ann', '  Smith"'], ["'it''s", "  long'"], ['"a \\"#\\" b', '  c" # after']),
  // Flow collections over several lines, with comments and quotes inside.
  fc.constantFrom(["[a, # one", "  b]"], ["{x: 1,", '  y: "]"}'], ["[a, 'b,]']  # c"], ["[it's, b] # it's ]"], ['{k: "v]", j: x\'y} # ]']),
  // Block values with comments in and after them, a nested map, a literal with `#` lines.
  fc.constantFrom(
    ["", "  - A", "  # between", "  - B", "  # after", "", "# top"],
    ["", "  k: v", "  j: [1, 2]"],
    ["|", "  line", "  # not a comment", "", "  end"],
    [">-", "  folded", "  text"],
    ["  # above", "", "  - A"],
  ),
);

const key = fc.constantFrom("name", "tier", "cadence", "last-touch", "company", "notes", "x");

/** A frontmatter block of odd entries and ordinary ones, keys unique, with an anchor `x` defined first. */
const oddFrontmatter = fc
  .tuple(fc.uniqueArray(fc.tuple(key, oddValue), { selector: ([k]) => k, maxLength: 5 }), fc.constantFrom("", "  "))
  .map(([entries, indent]) => {
    const lines = ["anchor: &x anchored"];
    for (const [k, [first = "", ...more]] of entries) {
      lines.push(first === "" ? `${k}:` : `${k}: ${first}`, ...more);
    }
    return `---\n${lines.map((l) => (l === "" || l.startsWith("#") ? l : indent + l)).join("\n")}\n---\nbody\n`;
  })
  .filter((text) => readNote(text).frontmatterError === undefined);

const change = fc.record({
  spellings: fc.oneof(
    fc.constantFrom(...FIELDS).map(fieldSpellings),
    key.map((k) => [k]),
  ),
  value: newValue,
});

/** Both editors write the same bytes, or both refuse (each with its own words). */
function agrees(text: string, c: { spellings: readonly string[]; value: FrontmatterValue }): void {
  const ours = setFrontmatterValue(text, c);
  const theirs = setFrontmatterValueByYaml(text, c);
  expect(ours.ok).toBe(theirs.ok);
  if (ours.ok) expect(theirs).toEqual(ours);
  else expect(ours).not.toHaveProperty("text");
}

describe("the line scanner against the yaml package's source ranges", () => {
  it("writes the same bytes on the generated notes of the other edit tests, and refuses none of them", () => {
    const valid = noteModel.map((m) => renderNote(m).text).filter((text) => readNote(text).frontmatterError === undefined);
    fc.assert(
      fc.property(valid, change, (text, c) => {
        const ours = setFrontmatterValue(text, c);
        const theirs = setFrontmatterValueByYaml(text, c);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 400 },
    );
  });

  it("writes the same bytes on anchors, tags, multi-line scalars and flow values, or both refuse", () => {
    fc.assert(fc.property(oddFrontmatter, change, agrees), { numRuns: 400 });
  });

  it("edits most of the odd shapes rather than refusing them", () => {
    let edited = 0;
    fc.assert(
      fc.property(oddFrontmatter, change, (text, c) => {
        if (setFrontmatterValue(text, c).ok) edited++;
      }),
      { numRuns: 200 },
    );
    expect(edited).toBeGreaterThan(150);
  });
});

describe("every edit is checked by the parser", () => {
  it("refuses, writing nothing, when the parser reads the written value as something else", () => {
    // A parser that reads every `A` as `B`: the edit's bytes are right, but the parser disagrees.
    setYamlParser((yaml) => parseYamlPackage(yaml.replace(/\bA\b/g, "B")));
    const result = setFrontmatterValue("---\ntier: C\nname: Ann\n---\n", { spellings: TIER, value: "A" });
    expect(result).toEqual({ ok: false, error: expect.stringContaining("could not write tier") as unknown });
  });

  it("refuses when the parser sees another key change", () => {
    // A parser that loses `name` whenever the tier reads A.
    setYamlParser((yaml) => {
      const data = parseYamlPackage(yaml) as Record<string, unknown>;
      if (data.tier === "A") delete data.name;
      return data;
    });
    expect(setFrontmatterValue("---\ntier: C\nname: Ann\n---\n", { spellings: TIER, value: "A" }).ok).toBe(false);
    expect(setFrontmatterValue("---\ntier: C\nname: Ann\n---\n", { spellings: TIER, value: "B" }).ok).toBe(true);
  });

  it("refuses frontmatter the parser refuses, whatever the scanner could locate", () => {
    setYamlParser(() => {
      throw new Error("bad indentation of a mapping entry (2:1)\n  more detail");
    });
    expect(setFrontmatterValue("---\ntier: C\n---\n", { spellings: TIER, value: "A" })).toEqual({
      ok: false,
      error: "frontmatter is not valid YAML (bad indentation of a mapping entry (2:1))",
    });
  });

  it("accepts a parser that reads dates as Date objects, and checks the date it reads", () => {
    setYamlParser((yaml) => parse(yaml, { version: "1.1" }) as unknown);
    const note = "---\nlast-touch: 2026-01-01\nmet: 2020-05-05\n---\n";
    const spellings = fieldSpellings("last-touch");
    expect(setFrontmatterValue(note, { spellings, value: "2026-11-26" })).toEqual({
      ok: true,
      text: "---\nlast-touch: 2026-11-26\nmet: 2020-05-05\n---\n",
      changed: true,
    });
    expect(setFrontmatterValue(note, { spellings, value: "2026-01-01" })).toEqual({ ok: true, text: note, changed: false });
    // A parser that reads the other key's date a day later once last-touch is written: nothing is written.
    setYamlParser(
      (yaml) => parse(yaml.includes("2026-11-26") ? yaml.replace("2020-05-05", "2020-05-06") : yaml, { version: "1.1" }) as unknown,
    );
    expect(setFrontmatterValue(note, { spellings, value: "2026-11-26" }).ok).toBe(false);
  });

  it("refuses to add a key the scanner cannot see but the parser can (a merged key)", () => {
    setYamlParser((yaml) => parse(yaml, { version: "1.1", merge: true }) as unknown);
    const note = "---\nbase: &b {tier: C}\n<<: *b\n---\n";
    expect(readNote(note).frontmatter).toMatchObject({ tier: "C" });
    const result = setFrontmatterValue(note, { spellings: TIER, value: "A" });
    expect(result).toEqual({ ok: false, error: "frontmatter key tier could not be located; edit it by hand" });
  });
});

describe("the line scanner on its own", () => {
  const set = (text: string, value: FrontmatterValue): ReturnType<typeof setFrontmatterValue> =>
    setFrontmatterValue(text, { spellings: TIER, value });

  it("keeps a comment after a flow value whose scalars hold quotes and brackets", () => {
    expect(set("---\ntier: [it's, b] # it's ]\nz: 1\n---\n", "A")).toMatchObject({ text: "---\ntier: A # it's ]\nz: 1\n---\n" });
    expect(set('---\ntier: {k: "v]"} # ]\n---\n', "A")).toMatchObject({ text: "---\ntier: A # ]\n---\n" });
  });

  it("refuses what it cannot read line by line, naming the line", () => {
    expect(set('---\nz: 1\ntier:\n  - "a # b" # c\n---\n', "A")).toEqual({
      ok: false,
      error: "frontmatter line 4: where the value of line 3 ends is not clear; edit it by hand",
    });
    expect(set("---\n? tier\n: B\n---\n", "A")).toEqual({
      ok: false,
      error: "frontmatter line 2 is not a simple key: value line; edit it by hand",
    });
    // The same note can still be edited elsewhere: the unclear value is another key's.
    expect(setFrontmatterValue('---\nz:\n  - "a # b" # c\ntier: B\n---\n', { spellings: TIER, value: "A" })).toMatchObject({ ok: true });
  });

  it("refuses a key written twice even when the parser lets the last one win", () => {
    setYamlParser((yaml) => parse(yaml, { uniqueKeys: false }) as unknown);
    expect(set("---\ntier: B\ntier: C\n---\n", "A")).toEqual({ ok: false, error: "frontmatter key tier appears twice; edit it by hand" });
  });
});
