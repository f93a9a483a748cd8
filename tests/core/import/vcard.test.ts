import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVcardFile } from "../../../src/core/import/read";
import { components, decodeQuotedPrintable, parseVcards, unescapeText, unfold } from "../../../src/core/import/vcard";

const card = (version: string, ...lines: string[]): string => ["BEGIN:VCARD", `VERSION:${version}`, ...lines, "END:VCARD", ""].join("\r\n");

function onlyPerson(text: string) {
  const file = parseVcardFile(text, "test.vcf");
  expect(file.people).toHaveLength(1);
  return { person: file.people[0], problems: file.problems };
}

describe("vCard lines", () => {
  it.each([
    ["a space continues the line", "NOTE:one\r\n  two", ["NOTE:one two"]],
    ["a tab continues the line", "NOTE:one\r\n\ttwo", ["NOTE:onetwo"]],
    ["LF alone as well as CRLF", "FN:A\nNOTE:x\n y", ["FN:A", "NOTE:xy"]],
    [
      "a quoted-printable soft break joins the next line",
      "NOTE;ENCODING=QUOTED-PRINTABLE:ab=\r\ncd",
      ["NOTE;ENCODING=QUOTED-PRINTABLE:abcd"],
    ],
    ["a bare 2.1 QUOTED-PRINTABLE too", "NOTE;QUOTED-PRINTABLE:ab=\r\n=C3=A9", ["NOTE;QUOTED-PRINTABLE:ab=C3=A9"]],
    ["a plain value ending in = is not continued", "NOTE:x=\r\nFN:y", ["NOTE:x=", "FN:y"]],
    ["blank lines are dropped", "FN:A\r\n\r\n\r\nN:B", ["FN:A", "N:B"]],
  ])("%s", (_label, text, expected) => {
    expect(unfold(text)).toEqual(expected);
  });

  it.each([
    ["UTF-8", "J=C3=BCrgen", "UTF-8", "Jürgen"],
    ["Latin-1", "Fran=E7ois", "ISO-8859-1", "François"],
    ["Windows-1252", "=93quoted=94", "windows-1252", "\u201cquoted\u201d"],
    ["no charset means UTF-8", "M=C3=BCller", undefined, "Müller"],
    ["an unknown charset falls back to UTF-8", "M=C3=BCller", "x-no-such-charset", "Müller"],
    ["a lone = that is not an escape stays", "a=b", "UTF-8", "a=b"],
    ["lower-case hex", "=c3=a9", "UTF-8", "é"],
  ])("quoted-printable in %s", (_label, value, charset, expected) => {
    expect(decodeQuotedPrintable(value, charset)).toBe(expected);
  });

  it.each([
    ["\\,", ","],
    ["\\;", ";"],
    ["\\n", "\n"],
    ["\\N", "\n"],
    ["\\\\n", "\\n"],
    ["a\\, b\\; c", "a, b; c"],
  ])("unescapes %s", (raw, expected) => {
    expect(unescapeText(raw)).toBe(expected);
  });

  it("splits structured values only at unescaped semicolons", () => {
    expect(components("Rivera;Sam;;Dr.;")).toEqual(["Rivera", "Sam", "", "Dr.", ""]);
    expect(components(";;1 Main St\\; Unit 2;Springfield\\, East;;;USA")).toEqual([
      "",
      "",
      "1 Main St; Unit 2",
      "Springfield, East",
      "",
      "",
      "USA",
    ]);
  });
});

describe("vCard cards", () => {
  it("reads groups, parameters in every version's spelling, and skips photos", () => {
    const [c] = parseVcards(
      card(
        "3.0",
        "item1.EMAIL;type=INTERNET;type=pref:a@example.com",
        "TEL;CELL;VOICE:+1 555",
        'TEL;TYPE="cell,voice";PREF=1:tel:+2',
        "PHOTO;ENCODING=b;TYPE=JPEG:AAAA",
        " BBBB",
        "FN:Ann",
      ),
    );
    expect(c?.properties.map((p) => [p.group, p.name])).toEqual([
      ["item1", "EMAIL"],
      [null, "TEL"],
      [null, "TEL"],
      [null, "FN"],
    ]);
    expect(c?.properties[0]?.params.get("TYPE")).toEqual(["INTERNET", "PREF"]);
    expect(c?.properties[1]?.params.get("TYPE")).toEqual(["CELL", "VOICE"]);
    expect(c?.properties[2]?.params.get("TYPE")).toEqual(["CELL", "VOICE"]);
    expect(c?.version).toBe("3.0");
  });

  it("ignores a card nested in a 2.1 AGENT property and text outside cards", () => {
    const text = `junk\r\n${card("2.1", "FN:Boss", "AGENT:", "BEGIN:VCARD", "FN:Assistant", "END:VCARD", "EMAIL:boss@example.com")}`;
    const cards = parseVcards(text);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.properties.map((p) => p.raw)).toEqual(["Boss", "", "boss@example.com"]);
  });

  it.each([
    ["1985-04-15", "1985-04-15"],
    ["19850415", "1985-04-15"],
    ["--0415", "--04-15"],
    ["--04-15", "--04-15"],
    ["1985-04-15T00:00:00Z", "1985-04-15"],
    ["2000-02-29", "2000-02-29"],
    ["--0229", "--02-29"],
  ])("BDAY %s is %s", (bday, expected) => {
    expect(onlyPerson(card("4.0", "FN:Ann", `BDAY:${bday}`)).person?.fields.birthday).toBe(expected);
  });

  it.each([["1985-13-01"], ["1999-02-29"], ["circa 1800"], ["--1332"]])("BDAY %s is a problem naming the card and field", (bday) => {
    const { person, problems } = onlyPerson(card("4.0", "FN:Ann", `BDAY:${bday}`));
    expect(person?.fields.birthday).toBeUndefined();
    expect(problems).toEqual([`test.vcf card 1: BDAY "${bday}" is not a date (--0415, 19850415 or 1985-04-15); left out`]);
  });

  it("reads Apple's year-less birthday", () => {
    expect(onlyPerson(card("3.0", "FN:Ann", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15")).person?.fields.birthday).toBe("--04-15");
  });

  it("maps a 2.1 card in quoted-printable with bare parameters", () => {
    const { person } = onlyPerson(
      card(
        "2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;",
        "TEL;WORK:+49 1",
        "TEL;CELL:+49 2",
        "EMAIL;INTERNET:second@example.com",
        "EMAIL;PREF;INTERNET:first@example.com",
        "ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Caf=E9 Nord;Bar",
        "ADR;WORK:;;Street 1;München;;80802;Germany",
      ),
    );
    expect(person?.name).toBe("Jürgen Müller");
    expect(person?.emails).toEqual(["first@example.com", "second@example.com"]);
    expect(person?.fields).toMatchObject({
      email: "first@example.com",
      phone: "+49 2",
      company: "Café Nord",
      location: "München, Germany",
    });
  });

  it("finds LinkedIn by address, by an Apple label on the group, or as a social profile", () => {
    expect(onlyPerson(card("3.0", "FN:A", "URL:https://example.com", "URL:https://www.linkedin.com/in/a")).person?.fields.linkedin).toBe(
      "https://www.linkedin.com/in/a",
    );
    expect(onlyPerson(card("3.0", "FN:A", "item2.URL:https://lnkd.example/a", "item2.X-ABLabel:LinkedIn")).person?.fields.linkedin).toBe(
      "https://lnkd.example/a",
    );
    expect(onlyPerson(card("4.0", "FN:A", "X-SOCIALPROFILE;TYPE=linkedin:https://linkedin.com/in/a")).person?.fields.linkedin).toBe(
      "https://linkedin.com/in/a",
    );
  });

  it("takes the name from N when FN is missing, and skips a card without any", () => {
    expect(onlyPerson(card("3.0", "N:Rivera;Sam;J.;Dr.;")).person?.name).toBe("Sam J. Rivera");
    const file = parseVcardFile(card("3.0", "EMAIL:x@example.com") + card("3.0", "FN:B"), "a.vcf");
    expect(file.people.map((p) => p.name)).toEqual(["B"]);
    expect(file.problems).toEqual(["a.vcf card 1: no name; skipped"]);
  });
});

// Property: what a writer puts in a vCard (escaped, folded anywhere, or quoted-printable in a
// charset) is what the parser reads back.
const textValue = fc
  .string({ unit: fc.constantFrom("a", "é", "ß", "中", "😀", ",", ";", "\\", "\n", " ", ":", "=", '"', "x"), minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== "" && !/\n\s|\s$|^\s/.test(s));

function escape(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/,/g, "\\,").replace(/;/g, "\\;").replace(/\n/g, "\\n");
}

/** Folds a line at the given code-point positions (never inside a surrogate pair), as RFC 6350 allows. */
function fold(line: string, cuts: readonly number[]): string {
  const chars = [...line];
  const at = new Set(cuts.map((c) => 1 + (c % Math.max(1, chars.length - 1))));
  return chars.map((ch, i) => (at.has(i) ? `\r\n ${ch}` : ch)).join("");
}

function quotedPrintable(value: string, charset: "utf-8" | "latin1"): string {
  const bytes = charset === "utf-8" ? new TextEncoder().encode(value) : Uint8Array.from([...value].map((c) => c.charCodeAt(0)));
  let out = "";
  let lineLength = 0;
  for (const b of bytes) {
    const piece = b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`;
    if (lineLength + piece.length > 72) {
      out += "=\r\n";
      lineLength = 0;
    }
    out += piece;
    lineLength += piece.length;
  }
  return out;
}

describe("vCard round trips (properties)", () => {
  it("escaped and folded text reads back as written", () => {
    fc.assert(
      fc.property(textValue, textValue, fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom("3.0", "4.0"), (note, org, cuts, version) => {
        const text = card(
          version,
          fold(`FN:${escape(org.replace(/\n/g, " ").trim())}x`, cuts),
          fold(`NOTE:${escape(note)}`, cuts),
          fold(`ORG:${escape(org)};Dept`, cuts),
        );
        const [c] = parseVcards(text);
        const get = (name: string) => c?.properties.find((p) => p.name === name)?.raw ?? "";
        expect(unescapeText(get("NOTE"))).toBe(note);
        expect(components(get("ORG"))).toEqual([org, "Dept"]);
      }),
      { numRuns: 300 },
    );
  });

  it("quoted-printable in UTF-8 or Latin-1, with soft line breaks, reads back as written", () => {
    const latin = fc.string({ unit: fc.constantFrom("a", "é", "ç", "ß", "ø", " ", "=", ";", "Z"), minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(fc.oneof(textValue, latin), fc.constantFrom<"utf-8" | "latin1">("utf-8", "latin1"), (value, charset) => {
        fc.pre(charset === "utf-8" || [...value].every((c) => c.charCodeAt(0) < 256));
        const name = charset === "utf-8" ? "UTF-8" : "ISO-8859-1";
        const [c] = parseVcards(card("2.1", `NOTE;CHARSET=${name};ENCODING=QUOTED-PRINTABLE:${quotedPrintable(value, charset)}`));
        expect(c?.properties[0]?.raw).toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});
