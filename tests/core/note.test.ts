import { afterEach, describe, expect, it } from "vitest";
import { bodyTags, contactFromText, frontmatterTags, readNote } from "../../src/core/note";
import { defaultSettings } from "../../src/core/settings";
import { setYamlParser } from "../../src/core/yaml-reader";
import { useYamlPackage } from "../../src/cli/yaml-parser";
import { parse } from "yaml";

describe("readNote", () => {
  afterEach(() => useYamlPackage());

  it("splits frontmatter from the body and keeps dates as strings", () => {
    const note = readNote("\uFEFF---\r\ntier: A\r\nlast-touch: 2026-09-01\r\n---\r\n# Ann\r\n");
    expect(note.frontmatter).toEqual({ tier: "A", "last-touch": "2026-09-01" });
    expect(note.frontmatterError).toBeUndefined();
    expect(note.body).toBe("# Ann\n");
  });

  it("reads a note without frontmatter", () => {
    expect(readNote("# Ann\n---\nnot: frontmatter\n")).toEqual({ frontmatter: {}, body: "# Ann\n---\nnot: frontmatter\n" });
  });

  it("reports invalid YAML without throwing", () => {
    const note = readNote("---\ntier: [A\n---\nbody\n");
    expect(note.frontmatterError).toMatch(/^frontmatter is not valid YAML \(/);
    expect(readNote("---\n- a\n- b\n---\n").frontmatterError).toBe("frontmatter is not a list of key: value pairs");
    expect(readNote("---\ntier: A\ntier: B\n---\n").frontmatterError).toMatch(/not valid YAML/);
  });

  it("says what the host's parser says, in one line, without its position in the block", () => {
    // The yaml package with its default, pretty errors: what the e2e stand-in's parseYaml throws.
    setYamlParser((yaml) => parse(yaml, { schema: "core" }) as unknown);
    expect(readNote('---\ntier: A\nname: "Ann\n---\n').frontmatterError).toBe('frontmatter is not valid YAML (Missing closing "quote)');
    setYamlParser(() => {
      throw new Error("bad indentation of a mapping entry (3:5)\n\n 1 | tier: A\n---^");
    });
    expect(readNote("---\ntier: A\n---\n").frontmatterError).toBe(
      "frontmatter is not valid YAML (bad indentation of a mapping entry (3:5))",
    );
  });

  it("treats an empty block as no fields", () => {
    expect(readNote("---\n---\nbody").frontmatter).toEqual({});
  });
});

describe("tags", () => {
  it("reads frontmatter tags as a list or a string", () => {
    expect(frontmatterTags({ tags: ["contact/work", "#Friend"] })).toEqual(["contact/work", "friend"]);
    expect(frontmatterTags({ tags: "contact, vip", tag: "x" })).toEqual(["contact", "vip", "x"]);
    expect(frontmatterTags({ tags: null })).toEqual([]);
  });

  it("reads inline tags outside code", () => {
    expect(bodyTags("Met via #contact/work\n```\n#notatag\n```\n`#code` and #real")).toEqual(["contact/work", "real"]);
  });
});

describe("contactFromText", () => {
  it("builds a whole contact from a note's text", () => {
    const text = "---\nname: Ann Lee\ntier: B\n---\n#contact\n## Log\n- 2026-09-01 call: hello #gave\n";
    const c = contactFromText("People/ann.md", text, defaultSettings());
    expect(c).toMatchObject({ name: "Ann Lee", tier: { key: "B" }, tags: ["contact", "gave"], problems: [] });
    const f = c.logFacts;
    expect([f.size, f.date(0), f.type(0), f.line(0), f.hasTag(0, "gave"), f.hasTag(0, "asked")]).toEqual([
      1,
      "2026-09-01",
      "call",
      6,
      true,
      false,
    ]);
  });
});
