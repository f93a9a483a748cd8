import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatScalar } from "../../src/core/yaml-scalar";

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
    expect(formatScalar("B", "QUOTE_SINGLE")).toBe("'B'");
    expect(formatScalar("it's", "QUOTE_SINGLE")).toBe("'it''s'");
    expect(formatScalar("B", "QUOTE_DOUBLE")).toBe('"B"');
    expect(formatScalar(true, "QUOTE_DOUBLE")).toBe("true");
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
