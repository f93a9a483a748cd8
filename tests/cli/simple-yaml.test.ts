/**
 * The fast frontmatter reader must agree with the `yaml` package wherever it answers, and leave to
 * it everything it is not sure of. Generated blocks mix the plain forms it reads with the YAML
 * that looks like them but means something else (comments, escapes, numbers, nesting, odd spaces).
 */
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { parseSimpleYaml } from "../../src/cli/simple-yaml";
import { parseYamlFast, parseYamlPackage } from "../../src/cli/yaml-parser";

describe("parseSimpleYaml", () => {
  it("reads plain keys, scalars and lists as core YAML does", () => {
    const text = [
      "",
      "name: Noah Khan",
      "tier: 1",
      "last_touch: 2026-06-26",
      "aliases: [Noah, 'N. K.']",
      'attendees: ["[[Chen Romero|Chen]]", "[[Ravi Q. Holm]]"]',
      "paused: false",
      "snooze:",
      "url: https://example.com/a#b",
      "tags:",
      "  - people",
      "  - ~",
      "empty: []",
      "# a comment line",
      "quoted: ''",
    ].join("\n");
    const data = parseSimpleYaml(text);
    expect(data).toEqual({
      name: "Noah Khan",
      tier: 1,
      last_touch: "2026-06-26",
      aliases: ["Noah", "N. K."],
      attendees: ["[[Chen Romero|Chen]]", "[[Ravi Q. Holm]]"],
      paused: false,
      snooze: null,
      url: "https://example.com/a#b",
      tags: ["people", null],
      empty: [],
      quoted: "",
    });
    expect(data).toEqual(parseYamlPackage(text));
  });

  it("reads past a comment after a scalar", () => {
    const text = "tier: C  # keep warm: hiring\nlast: '2025-08-25'  # TODO\nat: 2026-06-09T16:15 # x\ntags:\n  - a # b";
    expect(parseSimpleYaml(text)).toEqual({ tier: "C", last: "2025-08-25", at: "2026-06-09T16:15", tags: ["a"] });
    expect(parseSimpleYaml(text)).toEqual(parseYamlPackage(text));
  });

  it("keeps a non-breaking space that ends a value, as YAML does (only spaces are trimmed)", () => {
    expect(parseSimpleYaml("a: b\u00a0")).toEqual({ a: "b\u00a0" });
    expect(parseYamlPackage("a: b\u00a0")).toEqual({ a: "b\u00a0" });
  });

  it.each([
    ["a comment after a list", "tags: [a] # c"],
    ["a comment glued to a quote", "name: 'a'# c"],
    ["a comment in place of a value", "name: # c"],
    ["an escape", 'name: "Ann\\tLee"'],
    ["a doubled quote", "name: 'O''Brien'"],
    ["a hex number", "tier: 0x1F"],
    ["a float", "tier: 1.5"],
    ["a signed number", "tier: -3"],
    ["a repeated key", "tier: A\ntier: B"],
    ["a key that is not a string", "true: yes"],
    ["__proto__", "__proto__: x"],
    ["a nested map", "address:\n  city: Oslo"],
    ["a continued plain scalar", "note: one\n  two"],
    ["a block scalar", "note: |\n  text"],
    ["an anchor", "a: &x 1"],
    ["a flow map", "a: {b: 1}"],
    ["a nested flow list", "a: [[Ann]]"],
    ["a trailing comma", "a: [x, ]"],
    ["a tab", "a:\tb"],
    ["a line separator", "a: b\u2028c"],
    ["only comments", "# nothing"],
    ["a quoted key", '"a": b'],
  ])("leaves %s to the full parser", (_what, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });

  it("with the fallback, gives what the yaml package gives, errors included", () => {
    for (const text of ["tier: 'C'# x", "a: b\na: c", "a: [x", "- a\n- b", "tier: 0x1F"]) {
      let expected: unknown;
      try {
        expected = parseYamlPackage(text);
      } catch (error) {
        expect(() => parseYamlFast(text)).toThrow(String((error as Error).message));
        continue;
      }
      expect(parseYamlFast(text)).toEqual(expected);
    }
  });
});

/** Pieces of frontmatter lines: the forms read here and their near misses. */
const word = fc.constantFrom(
  "Ann",
  "Noah Khan",
  "2026-06-26",
  "2026-06-26T10:00",
  "1",
  "007",
  "12",
  "1.5",
  "-3",
  "+4",
  "0x1F",
  "0o7",
  ".inf",
  ".nan",
  "1e3",
  "~",
  "null",
  "Null",
  "NULL",
  "true",
  "False",
  "yes",
  "on",
  "a:b",
  "a: b",
  "a #b",
  "a#b",
  "x:",
  "[[Ann]]",
  "[[Ann|A]]",
  "",
  " ",
  "-",
  "- x",
  "?",
  ":",
  "&a",
  "*a",
  "!t",
  "|",
  ">",
  "%",
  "@",
  "`",
  "{",
  "}",
  "[",
  "]",
  ",",
  "'",
  '"',
  "\\",
  "#",
  "\u00a0",
  "\t",
  "\u2028",
  "é",
  "12345678901234567890",
  "__proto__",
);
const scalarText = fc.oneof(
  word,
  fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  word.map((w) => `"${w}"`),
  word.map((w) => `'${w}'`),
  fc.string({ maxLength: 8 }),
);
const value = fc.oneof(
  scalarText,
  fc.array(scalarText, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
  fc.array(scalarText, { maxLength: 3 }).map((items) => `[${items.join(",")}]`),
  fc.constant(""),
);
const key = fc.constantFrom(
  "name",
  "tier",
  "tags",
  "last-touch",
  "a_b",
  "true",
  "null",
  "1",
  "__proto__",
  "constructor",
  "k ",
  "-k",
  '"q"',
);
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`) },
  { weight: 2, arbitrary: fc.tuple(key, value, fc.constantFrom(" # c", "  #c: d", "# c", " #")).map(([k, v, c]) => `${k}: ${v}${c}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("", " ", "  ", "    "), scalarText).map(([indent, v]) => `${indent}- ${v}`) },
  { weight: 1, arbitrary: fc.constantFrom("", "  ", "# c", "  # c", "key:", "k:v", "  nested: x", "- ", "--- x") },
);
const block = fc.array(line, { maxLength: 8 }).map((lines) => `\n${lines.join("\n")}`);

describe("parseSimpleYaml against the yaml package", () => {
  it("answers only where it agrees with it exactly", () => {
    fc.assert(
      fc.property(block, (text) => {
        const fast = parseSimpleYaml(text);
        if (fast === undefined) return;
        // Where the fast reader answers, the full parser must accept the text and give the same data
        // (node's comparison: vitest's takes a `constructor` key for the object's class).
        const full = parseYamlPackage(text);
        expect(isDeepStrictEqual(fast, full), JSON.stringify([fast, full])).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("answers for most generated plain blocks (so the test above compares something)", () => {
    const plain = fc
      .array(fc.tuple(fc.constantFrom("name", "tier", "role", "last-touch"), fc.constantFrom("Ann", "1", "2026-06-26", "[a, b]")), {
        minLength: 1,
        maxLength: 4,
      })
      .map((pairs) => `\n${[...new Map(pairs)].map(([k, v]) => `${k}: ${v}`).join("\n")}`);
    fc.assert(fc.property(plain, (text) => parseSimpleYaml(text) !== undefined));
  });
});
