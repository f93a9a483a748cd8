/**
 * The short cut of a note that holds nothing that could keep a link from counting (no embed, no
 * task left open or cancelled, no quote, callout, code or comment) against the general rule:
 * over many generated notes, reading from Obsidian's resolved links must give what reading each
 * link gives, and a note the short cut takes must need no link resolved at all.
 */
import { describe, expect, it } from "vitest";
import { markdownMetadata } from "../../src/cli/markdown-metadata";
import { scanNote, type NoteTouches, type ResolveContact, type ScanOptions } from "../../src/core/note-touches";
import type { ResolvedLinks } from "../../src/core/resolved-links";
import { linkpath, type NoteMetadata } from "../../src/core/note-metadata";

const CONTACTS = ["Contacts/Sam Rivera.md", "Contacts/Priya Raman.md", "Contacts/Lee Chan.md"];
const OTHER = "Projects/Launch.md";
const ARCHIVED = "Archive/Sam Rivera.md";
const byName = new Map<string, string>([
  ["sam rivera", CONTACTS[0] as string],
  ["priya raman", CONTACTS[1] as string],
  ["lee chan", CONTACTS[2] as string],
  ["launch", OTHER],
  // A note of the same name as a contact, elsewhere: a link that could name either is resolved.
  ["archive/sam rivera", ARCHIVED],
  ["contacts/lee chan.md", CONTACTS[2] as string],
]);
const resolveAny = (lp: string): string | null => byName.get(lp.toLowerCase()) ?? null;
const isContact = (path: string): boolean => CONTACTS.includes(path);
const resolve: ResolveContact = (lp) => {
  const path = resolveAny(lp);
  return path !== null && isContact(path) ? path : null;
};

/** Seeded, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ["Sam Rivera", "Priya Raman", "Lee Chan", "Launch", "Nobody", "Archive/Sam Rivera", "contacts/lee chan.md"];
const PLAIN = ["Lunch with {}", "- met {}", "- [x] called {}", "## About {}", "Notes on {} and {}", "plain text", "- a list item"];
const EXCLUDING = ["- [ ] call {}", "- [-] dropped {}", "> {} said", "> [!note] Later\n> ask {}", "```\n{}\n```", "%% {} %%", "![[{}]]"];

function note(next: () => number, excluding: boolean): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const lines: string[] = [];
  const n = 1 + Math.floor(next() * 8);
  for (let i = 0; i < n; i++) {
    if (next() < 0.1) lines.push("## Reach out");
    const shape = excluding && next() < 0.35 ? pick(EXCLUDING) : pick(PLAIN);
    lines.push(shape.replace(/\{\}/g, () => (shape.startsWith("![[") ? pick(NAMES) : `[[${pick(NAMES)}]]`)));
    lines.push("");
  }
  return lines.join("\n");
}

/** Obsidian's `resolvedLinks` entry: every link, embed and frontmatter link, by destination. */
function countsOf(meta: NoteMetadata): ResolvedLinks {
  const counts: Record<string, number> = {};
  for (const ref of [...(meta.links ?? []), ...(meta.embeds ?? []), ...(meta.frontmatterLinks ?? [])]) {
    const dest = resolveAny(linkpath(ref.link));
    if (dest !== null) counts[dest] = (counts[dest] ?? 0) + 1;
  }
  return { counts, isContact };
}

const sorted = (t: NoteTouches): NoteTouches => ({ ...t, mentioned: [...t.mentioned].sort() });

describe("reading a note from its resolved links, against reading each link", () => {
  const owners = [null, CONTACTS[0] as string];
  it("agree on generated notes, with and without anything that excludes a link", () => {
    const next = random(19);
    let shortCuts = 0;
    for (let i = 0; i < 600; i++) {
      const meta = markdownMetadata(note(next, i % 2 === 0), next() < 0.2 ? { attendees: ["[[Lee Chan]]"] } : null);
      for (const dated of [true, false]) {
        for (const ownerContact of owners) {
          const options: ScanOptions = { dated, ownerContact, reachOutHeading: "Reach out" };
          const each = scanNote(meta, "Daily/2026-11-20.md", options, resolve);
          let looked = 0;
          const counting: ResolveContact = (lp, source) => (looked++, resolve(lp, source));
          const counted = scanNote(meta, "Daily/2026-11-20.md", options, counting, countsOf(meta));
          expect(sorted(counted)).toEqual(sorted(each));
          const excludes =
            (meta.embeds?.length ?? 0) > 0 ||
            (meta.listItems ?? []).some((item) => item.task !== undefined && item.task !== "x" && item.task !== "X") ||
            (meta.sections ?? []).some((s) => ["blockquote", "callout", "code", "comment"].includes(s.type));
          if (!excludes) {
            expect(looked).toBe(0);
            if (dated && each.mentioned.length > 0) shortCuts++;
          }
        }
      }
    }
    // The short cut was taken often enough to mean something.
    expect(shortCuts).toBeGreaterThan(100);
  });
});
