/**
 * The shortcuts the vault reader takes for speed give the answers of the careful way: the one-call
 * note reader against the byte reader, and the text pre-check before a note's YAML against
 * membership itself.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { linkResolver } from "../../src/core/link-resolver";
import { readNoteFile, readNoteText } from "../../src/cli/note-file";
import { noteResolver } from "../../src/cli/touches";
import { loadVault } from "../../src/cli/vault";
import { cleanUp, tempDir } from "./helpers";

afterAll(cleanUp);

function write(root: string, path: string, content: string | Buffer): void {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), content);
}

describe("reading a note's text in one call", () => {
  const dir = tempDir("read");
  const file = join(dir, "note.md");
  const careful = (): { ok: boolean; text?: string; reason?: string } => {
    const r = readNoteFile(file);
    return r.ok ? { ok: true, text: r.text } : { ok: false, reason: r.reason };
  };
  const fast = (): { ok: boolean; text?: string; reason?: string } => {
    const r = readNoteText(file);
    return r.ok ? { ok: true, text: r.text } : { ok: false, reason: r.reason };
  };

  it.each([
    ["a byte-order mark, kept", Buffer.from([0xef, 0xbb, 0xbf, 0x61])],
    ["a stray byte", Buffer.from([0x61, 0xff, 0x62])],
    ["an encoded surrogate", Buffer.from([0xed, 0xa0, 0x80])],
    ["an overlong encoding", Buffer.from([0xc0, 0xaf])],
    ["a sequence cut short", Buffer.from([0x61, 0xe2, 0x82])],
    ["a U+FFFD the note really holds", Buffer.from("a \uFFFD b", "utf8")],
    ["a NUL byte", Buffer.from([0x61, 0x00, 0x62])],
    ["an empty note", Buffer.alloc(0)],
  ])("%s: the same answer as the byte reader", (_label, bytes) => {
    writeFileSync(file, bytes);
    expect(fast()).toEqual(careful());
  });

  it("any bytes: the same answer as the byte reader", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: "grapheme", maxLength: 32 }), (bytes, text) => {
        writeFileSync(file, Buffer.concat([Buffer.from(text, "utf8"), Buffer.from(bytes)]));
        expect(fast()).toEqual(careful());
      }),
      { numRuns: 300 },
    );
  });

  it("a folder or a missing note: refused with the byte reader's reason", () => {
    expect(readNoteText(dir)).toEqual(readNoteFile(dir));
    expect(readNoteText(join(dir, "missing.md"))).toEqual(readNoteFile(join(dir, "missing.md")));
  });
});

describe("the text a note needs for its YAML to be read for membership", () => {
  const contactsOf = (root: string): string[] => loadVault(root).contacts.map((c) => c.path);

  it("a contacts tag, or the word contacts, is not the contact tag; nested and differently cased tags are", () => {
    const root = tempDir("hint");
    write(root, "Notes/Plural.md", "---\ntags: [contacts]\n---\nMy contacts list.\n");
    write(root, "Notes/Word.md", "Contacts and contactless payments.\n");
    write(root, "Notes/Nested.md", "---\ntags: [Contact/Work]\n---\n");
    write(root, "Notes/Body.md", "Met at the fair #CONTACT\n");
    write(root, "Notes/Listed.md", "---\ntags: work, contact\n---\n");
    write(root, "Notes/Digit.md", "---\ntags: [contact2]\n---\n");
    expect(contactsOf(root)).toEqual(["Notes/Body.md", "Notes/Listed.md", "Notes/Nested.md"]);
  });

  it("a tag set as '#Contact' finds notes tagged without the mark", () => {
    const root = tempDir("hint-mark");
    write(root, ".obsidian/plugins/contact-cadence/data.json", JSON.stringify({ contactTags: ["#Contact"] }));
    write(root, "Notes/Ann.md", "---\ntags: [contact]\n---\n");
    write(root, "Notes/Other.md", "---\ntags: [other]\n---\n");
    expect(contactsOf(root)).toEqual(["Notes/Ann.md"]);
  });
});

describe("link resolution remembered across notes", () => {
  const folders = ["", "Daily", "Daily/2026", "Contacts", "Contacts/Work", "People", "a", "a/b"];
  const names = ["Sam", "sam", "Ann Lee", "Log", "2026-11-20", "b"];
  const notePath = fc
    .tuple(fc.constantFrom(...folders), fc.constantFrom(...names), fc.constantFrom(".md", ".MD"))
    .map(([f, n, ext]) => `${f === "" ? "" : `${f}/`}${n}${ext}`);
  const link = fc.oneof(
    fc.tuple(
      fc.constantFrom("", "/", "./", "../", "a/", "Work/", "contacts/work/", "B/"),
      fc.constantFrom(...names),
      fc.constantFrom("", ".md", ".MD"),
    ),
    fc.constant(["", " ", ""] as [string, string, string]),
  );

  it("answers as the core resolver does, for every link from every note, in any order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(notePath, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), link), { minLength: 1, maxLength: 40 }),
        (paths, asks) => {
          const sorted = [...paths].sort();
          const core = linkResolver(sorted);
          const memo = noteResolver(sorted);
          for (const [i, [pre, name, ext]] of asks) {
            const source = sorted[i % sorted.length] ?? "";
            const lp = `${pre}${name}${ext}`;
            expect(memo(source)(lp, source)).toBe(core(lp, source));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
