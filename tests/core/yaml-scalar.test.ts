import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isIsoDate } from "../../src/core/dates";
import { formatScalar, isSafePlain } from "../../src/core/yaml-scalar";

describe("formatScalar", () => {
  it.each([
    ["Ann Lee", "Ann Lee"],
    ["2026-11-26", "2026-11-26"],
    ["B", "B"],
    ["Ann: the boss", '"Ann: the boss"'],
    ["007", '"007"'],
    ["true", '"true"'],
    // YAML 1.1 reads these as booleans or a number, though YAML 1.2 reads them as text.
    ["yes", '"yes"'],
    ["No", '"No"'],
    ["on", '"on"'],
    ["y", '"y"'],
    ["1:20", '"1:20"'],
    ['say "hi"\n', '"say \\"hi\\"\\n"'],
  ])("writes %j as %s", (value, written) => {
    expect(formatScalar(value)).toBe(written);
  });

  it("keeps the quote style the old value had", () => {
    expect(formatScalar("B", "'")).toBe("'B'");
    expect(formatScalar("it's", "'")).toBe("'it''s'");
    expect(formatScalar("B", '"')).toBe('"B"');
    expect(formatScalar(true, '"')).toBe("true");
    expect(formatScalar("B", "")).toBe("B");
  });

  it("reads back as the same text in YAML 1.2 and, but for dates, in YAML 1.1", () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9 :.\-_]{1,12}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), word), (value) => {
        const written = formatScalar(value);
        expect(parse(`k: ${written}`, { schema: "core" })).toEqual({ k: value });
        expect(parse(`k: ${written}`, { version: "1.1" })).toEqual({ k: value });
        // Inside a flow list too, where the plugin writes a new note's tag.
        expect(parse(`k: [${written}]`, { schema: "core" })).toEqual({ k: [value] });
      }),
      { numRuns: 500 },
    );
  });
});

/** The rule as it was first written: parse the value with the `yaml` package, in both versions. */
function safePlainByParsing(value: string): boolean {
  const readsBackAs = (options: { schema: "core" } | { version: "1.1" }): boolean => {
    try {
      const data = parse(`k: ${value}`, options) as unknown;
      return typeof data === "object" && data !== null && (data as Record<string, unknown>).k === value;
    } catch {
      return false;
    }
  };
  if (!/^[\p{L}\p{N}](?:[\p{L}\p{N} _./+()@-]|:(?! ))*$/u.test(value) || value.endsWith(" ") || value.endsWith(":")) return false;
  return readsBackAs({ schema: "core" }) && (isIsoDate(value) || readsBackAs({ version: "1.1" }));
}

describe("isSafePlain against the yaml package", () => {
  it("agrees with parsing the value in YAML 1.2 and 1.1, on strings made to look like numbers, times and words", () => {
    // Characters that make numbers, base-60 times, dates, booleans and nulls, so that most strings are near a rule's edge.
    const near = fc
      .array(fc.constantFrom(..."0123456789_:.-+eExXoObB yYnNtTrRuUfFaAlLsSiIfnNuULl~<".split("")), { minLength: 1, maxLength: 12 })
      .map((cs) => cs.join(""));
    const words = fc.constantFrom(
      "yes",
      "No",
      "ON",
      "off",
      "y",
      "N",
      "true",
      "False",
      "null",
      "NULL",
      "~",
      ".inf",
      "-.Inf",
      ".NaN",
      "0x1F",
      "0o17",
      "0b101",
      "017",
      "1_000",
      "1:20",
      "190:20:30",
      "1e3",
      "1.5e-3",
      "6.",
      ".5",
      "2026-11-26",
      "2026-1-2",
      "2026-11-26 14:30:00",
      "2026-11-26T14:30",
      "2026-11-26t14:30:00Z",
      "<<",
      "Ann",
      "B",
    );
    fc.assert(
      fc.property(fc.oneof(near, words, fc.string({ maxLength: 10 })), (value) => {
        expect(isSafePlain(value)).toBe(safePlainByParsing(value));
      }),
      { numRuns: 3000 },
    );
  });
});
