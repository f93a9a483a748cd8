import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { logEntriesAt, parseLog } from "../../src/core/log";
import { defaultSettings } from "../../src/core/settings";
import { contactMatcher, logItems, tagsFromCache } from "../../src/obsidian/cache-reading";
import { computeMetadata } from "../standin/metadata";
import { deleteNote, file, gate, harness } from "./helpers";
import { isoDate, toIsoDate } from "../../src/core/dates";

const ANN = "---\ntier: A\nlast-touch: 2026-09-01\n---\n# Ann\n\n## Log\n- 2026-10-02 call: caught up\n";
const BOB = "---\ntier: B\n---\n# Bob\n";
const TAGGED = "---\ntags: [contact/work]\ntier: C\n---\nMet at a conference.\n";
const INLINE = "Someone I know. #contact\n";
const PLAIN = "# Shopping\n- milk\n";

const paths = (h: ReturnType<typeof harness>): string[] => h.index.contacts().map((c) => c.path);

describe("ContactIndex: building", () => {
  it("goes cold → indexing → ready, and builds only once the layout is ready", async () => {
    const h = harness({ "Contacts/Ann.md": ANN });
    expect(h.index.state).toBe("cold");
    expect(h.index.contacts()).toEqual([]);
    h.workspace.setLayoutReady();
    expect(h.index.state).toBe("indexing");
    await h.index.settled();
    expect(h.index.state).toBe("ready");
    expect(paths(h)).toEqual(["Contacts/Ann.md"]);
  });

  it("finds contacts by folder (with subfolders), frontmatter tag, nested tag and inline tag", async () => {
    const h = harness({
      "Contacts/Ann.md": ANN,
      "Contacts/Work/Bob.md": BOB,
      "People/Cy.md": TAGGED,
      "People/Di.md": INLINE,
      "Notes/Shopping.md": PLAIN,
      ".obsidian/Contacts.md": INLINE,
      "ContactsArchive/Ed.md": BOB,
    });
    await h.ready();
    expect(paths(h)).toEqual(["Contacts/Ann.md", "Contacts/Work/Bob.md", "People/Cy.md", "People/Di.md"]);
    expect(h.index.get("People/Cy.md")?.tier?.key).toBe("C");
  });

  it("reads the text only of contact notes whose log section has entries", async () => {
    const h = harness({
      "Contacts/Ann.md": ANN,
      "Contacts/Bob.md": BOB,
      "Contacts/Empty log.md": "---\ntier: A\n---\n## Log\n\nNothing yet.\n## Notes\n- not a log entry\n",
      "Notes/Log.md": "## Log\n- 2026-01-01 call\n",
    });
    const read = vi.spyOn(h.vault, "cachedRead");
    await h.ready();
    expect(read.mock.calls.map(([f]) => f.path)).toEqual(["Contacts/Ann.md"]);
    expect((await h.index.logEntries("Contacts/Ann.md")).map((e) => [e.date, e.type, e.summary])).toEqual([
      ["2026-10-02", "call", "caught up"],
    ]);
    expect(await h.index.logEntries("Contacts/Empty log.md")).toEqual([]);
  });

  it("turns frontmatter Obsidian could not parse into a problem, with the YAML error", async () => {
    const h = harness({ "Contacts/Broken.md": "---\ntier: [A\n---\n# Broken\n" });
    await h.ready();
    const broken = h.index.get("Contacts/Broken.md");
    expect(broken?.writable).toBe(false);
    expect(broken?.problems).toEqual([
      expect.objectContaining({
        path: "Contacts/Broken.md",
        field: "frontmatter",
        message: expect.stringMatching(/^Contacts\/Broken\.md: frontmatter is not valid YAML/) as unknown,
      }),
    ]);
    expect(h.index.problems(isoDate("2026-11-26")).map((p) => p.field)).toEqual(["frontmatter"]);
  });

  it("skips notes the cache has not reached yet, and adds them when Obsidian indexes them", async () => {
    const h = harness({ "Contacts/Ann.md": ANN });
    h.vault.seed({ "Contacts/Late.md": BOB }, false);
    await h.ready();
    expect(paths(h)).toEqual(["Contacts/Ann.md"]);
    h.metadataCache.prime(file(h.vault, "Contacts/Late.md") as never, BOB);
    h.metadataCache.trigger("changed", file(h.vault, "Contacts/Late.md"), BOB, h.metadataCache.getCache("Contacts/Late.md"));
    expect(paths(h)).toEqual(["Contacts/Ann.md", "Contacts/Late.md"]);
  });
});

describe("ContactIndex: events", () => {
  it("ignores a create fired before layout ready; the initial build covers that note", async () => {
    const h = harness({});
    expect(h.vault.listenerCount("create")).toBe(0);
    await h.vault.create("Contacts/Early.md", BOB);
    expect(h.index.contacts()).toEqual([]);
    await h.ready();
    expect(paths(h)).toEqual(["Contacts/Early.md"]);
    expect(h.vault.listenerCount("create")).toBe(1);
  });

  it("adds a created contact, with its log", async () => {
    const h = harness({});
    await h.ready();
    const rev = h.index.revision;
    await h.vault.create("Contacts/Ann.md", ANN);
    await h.index.settled();
    expect(paths(h)).toEqual(["Contacts/Ann.md"]);
    expect(h.index.get("Contacts/Ann.md")?.logFacts.size).toBe(1);
    expect(h.index.revision).toBeGreaterThan(rev);
  });

  it("indexes a create whose metadata arrives later, once it arrives", async () => {
    const h = harness({});
    await h.ready();
    h.metadataCache.hold();
    await h.vault.create("Contacts/Bob.md", BOB);
    expect(h.index.get("Contacts/Bob.md")).toBeUndefined();
    h.metadataCache.flush();
    expect(h.index.get("Contacts/Bob.md")?.tier?.key).toBe("B");
  });

  it("updates a modified contact from the text the change event carries", async () => {
    const h = harness({ "Contacts/Ann.md": ANN });
    await h.ready();
    const read = vi.spyOn(h.vault, "cachedRead");
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), ANN.replace("tier: A", "tier: D") + "- 2026-11-01 email\n");
    const ann = h.index.get("Contacts/Ann.md");
    expect(ann?.tier?.key).toBe("D");
    expect(ann?.logFacts.days().map(toIsoDate)).toEqual(["2026-10-02", "2026-11-01"]);
    expect(read).not.toHaveBeenCalled();
  });

  it("follows a rename, then a modify at the new path", async () => {
    const h = harness({ "Contacts/Ann.md": ANN });
    await h.ready();
    const read = vi.spyOn(h.vault, "cachedRead");
    await h.vault.rename(file(h.vault, "Contacts/Ann.md"), "Contacts/Ann Lee.md");
    expect(paths(h)).toEqual(["Contacts/Ann Lee.md"]);
    const renamed = h.index.get("Contacts/Ann Lee.md");
    expect(renamed?.name).toBe("Ann Lee");
    expect(renamed?.logFacts.size).toBe(1);
    expect(read).not.toHaveBeenCalled();
    await h.vault.modify(file(h.vault, "Contacts/Ann Lee.md"), ANN.replace("tier: A", "tier: B"));
    expect(h.index.get("Contacts/Ann Lee.md")?.tier?.key).toBe("B");
    expect(h.index.get("Contacts/Ann.md")).toBeUndefined();
  });

  it("adds a note renamed into the contacts folder and drops one renamed out of it", async () => {
    const h = harness({ "Inbox/Ann.md": ANN, "Contacts/Bob.md": BOB });
    await h.ready();
    expect(paths(h)).toEqual(["Contacts/Bob.md"]);
    await h.vault.rename(file(h.vault, "Inbox/Ann.md"), "Contacts/Ann.md");
    await h.index.settled();
    expect(h.index.get("Contacts/Ann.md")?.logFacts.size).toBe(1);
    await h.vault.rename(file(h.vault, "Contacts/Bob.md"), "Archive/Bob.md");
    expect(paths(h)).toEqual(["Contacts/Ann.md"]);
  });

  it("keeps a tagged contact when it moves out of the folder, and follows a folder rename", async () => {
    const h = harness({ "Contacts/Team/Cy.md": TAGGED, "Contacts/Team/Bob.md": BOB });
    await h.ready();
    const team = h.vault.getFolderByPath("Contacts/Team");
    if (team === null) throw new Error("no folder");
    await h.vault.rename(team, "Archive/Team");
    expect(paths(h)).toEqual(["Archive/Team/Cy.md"]);
  });

  it("removes a deleted contact; deleting an unknown note changes nothing", async () => {
    const h = harness({ "Contacts/Ann.md": ANN, "Notes/Shopping.md": PLAIN });
    await h.ready();
    const rev = h.index.revision;
    await deleteNote(h, "Notes/Shopping.md");
    expect(h.index.revision).toBe(rev);
    await deleteNote(h, "Contacts/Ann.md");
    expect(h.index.contacts()).toEqual([]);
    expect(h.index.revision).toBe(rev + 1);
    h.metadataCache.trigger("deleted", { path: "Nowhere/Ghost.md" }, null);
    expect(h.index.revision).toBe(rev + 1);
  });

  it("makes a note a contact when the contact tag is added, and not when it is removed", async () => {
    const h = harness({ "People/Di.md": "Someone.\n" });
    await h.ready();
    expect(h.index.contacts()).toEqual([]);
    await h.vault.modify(file(h.vault, "People/Di.md"), "Someone. #contact/friends\n");
    expect(paths(h)).toEqual(["People/Di.md"]);
    expect(h.index.get("People/Di.md")?.tags).toEqual(["contact/friends"]);
    await h.vault.modify(file(h.vault, "People/Di.md"), "Someone.\n");
    expect(h.index.contacts()).toEqual([]);
  });

  it("reports invalid YAML written while running, from the event's text", async () => {
    const h = harness({ "Contacts/Ann.md": ANN });
    await h.ready();
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), "---\ntier: A\ntier: B\n---\n");
    expect(h.index.get("Contacts/Ann.md")?.writable).toBe(false);
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), ANN);
    expect(h.index.get("Contacts/Ann.md")?.writable).toBe(true);
  });

  it("drops a slow read when a newer change to the same note arrived meanwhile", async () => {
    const h = harness({ "Contacts/Ann.md": ANN });
    const held = gate<string>();
    vi.spyOn(h.vault, "cachedRead").mockImplementationOnce(() => held.promise);
    h.workspace.setLayoutReady();
    // While the build waits for the read, the note changes (and the change carries its text).
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), ANN.replace("tier: A", "tier: C"));
    held.open(ANN);
    await h.index.settled();
    expect(h.index.get("Contacts/Ann.md")?.tier?.key).toBe("C");
  });

  it("stops listening on stop()", async () => {
    const h = harness({ "Contacts/Ann.md": ANN });
    await h.ready();
    h.index.stop();
    expect(h.vault.listenerCount("rename") + h.vault.listenerCount("create") + h.vault.listenerCount("delete")).toBe(0);
    expect(h.metadataCache.listenerCount("changed") + h.metadataCache.listenerCount("deleted")).toBe(0);
    await deleteNote(h, "Contacts/Ann.md");
    expect(paths(h)).toEqual(["Contacts/Ann.md"]);
  });
});

describe("ContactIndex: revision and listeners", () => {
  it("moves the revision only on a change the index cares about", async () => {
    const h = harness({ "Contacts/Ann.md": ANN, "Notes/Shopping.md": PLAIN });
    await h.ready();
    const rev = h.index.revision;
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), ANN.replace("# Ann", "# Ann Lee, engineer"));
    await h.vault.modify(file(h.vault, "Notes/Shopping.md"), PLAIN + "- eggs\n");
    expect(h.index.revision).toBe(rev);
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), ANN.replace("2026-09-01", "2026-09-02"));
    expect(h.index.revision).toBe(rev + 1);
    // A new summary leaves the latest date as it was, but the log changed: it counts.
    await h.vault.modify(
      file(h.vault, "Contacts/Ann.md"),
      ANN.replace("2026-09-01", "2026-09-02").replace("caught up", "talked about the reorg"),
    );
    expect(h.index.revision).toBe(rev + 2);
    expect((await h.index.logEntries("Contacts/Ann.md"))[0]?.summary).toBe("talked about the reorg");
  });

  it("schedules from each log's latest entry, and gives the whole log when asked", async () => {
    const text =
      "---\ntier: A\n---\n## Log\n- 2026-09-01 call\n- [[2026-11-02|last month]] meal: lunch\n- 2026-10-05 email\n- 2027-01-01 event: planned\n";
    const h = harness({ "Contacts/Ann.md": text });
    await h.ready();
    const ann = h.index.get("Contacts/Ann.md");
    expect(ann?.lastLogged).toEqual({ date: "2027-01-01", line: 7 });
    const [s] = h.index.scheduled(isoDate("2026-11-26"));
    expect(s?.lastTouch).toBe("2026-11-02");
    expect(s?.lastEntryLine).toBe(5);
    expect(await h.index.logEntries("Contacts/Ann.md")).toEqual(parseLog(text, "Log", defaultSettings().interactionTypes));
  });

  it("notifies listeners once per burst, after the debounce, and not for no-op edits", async () => {
    const h = harness({ "Contacts/Ann.md": ANN, "Contacts/Bob.md": BOB });
    await h.ready();
    h.timers.flush();
    const listener = vi.fn();
    const unsubscribe = h.index.onChange(listener);
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), ANN.replace("tier: A", "tier: B"));
    await h.vault.modify(file(h.vault, "Contacts/Bob.md"), BOB.replace("tier: B", "tier: A"));
    expect(listener).not.toHaveBeenCalled();
    expect(h.timers.size).toBe(1);
    h.timers.flush();
    expect(listener).toHaveBeenCalledTimes(1);
    await h.vault.modify(file(h.vault, "Contacts/Bob.md"), BOB.replace("tier: B", "tier: A") + "More notes.\n");
    expect(h.timers.size).toBe(0);
    unsubscribe();
    await h.vault.modify(file(h.vault, "Contacts/Bob.md"), BOB);
    h.timers.flush();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("notifies listeners when the index becomes ready", async () => {
    const h = harness({ "Contacts/Ann.md": ANN });
    const listener = vi.fn();
    h.index.onChange(listener);
    await h.ready();
    h.timers.flush();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("rebuilds when settings change, moving the revision only if the contacts changed", async () => {
    const h = harness({ "Contacts/Ann.md": ANN, "People/Bob.md": BOB });
    await h.ready();
    const rev = h.index.revision;
    await h.index.rebuild();
    expect(h.index.revision).toBe(rev);
    h.settings = { ...defaultSettings(), contactsFolders: ["People"] };
    await h.index.rebuild();
    expect(paths(h)).toEqual(["People/Bob.md"]);
    expect(h.index.revision).toBe(rev + 1);
  });

  it("keeps serving the old contacts while a rebuild runs, and applies changes made during it", async () => {
    const h = harness({ "Contacts/Ann.md": ANN, "Contacts/Bob.md": BOB });
    await h.ready();
    const held = gate<string>();
    vi.spyOn(h.vault, "cachedRead").mockImplementationOnce(() => held.promise);
    const rebuilt = h.index.rebuild();
    await h.vault.modify(file(h.vault, "Contacts/Bob.md"), BOB.replace("tier: B", "tier: D"));
    expect(h.index.get("Contacts/Bob.md")?.tier?.key).toBe("B");
    held.open(ANN);
    await rebuilt;
    expect(h.index.get("Contacts/Bob.md")?.tier?.key).toBe("D");
    expect(h.index.get("Contacts/Ann.md")?.logFacts.size).toBe(1);
  });

  it("caches the schedule per revision and day", async () => {
    const h = harness({ "Contacts/Ann.md": ANN });
    await h.ready();
    const first = h.index.scheduled(isoDate("2026-11-26"));
    expect(h.index.scheduled(isoDate("2026-11-26"))).toBe(first);
    expect(first[0]?.status).toBe("overdue");
    const tomorrow = h.index.scheduled(isoDate("2026-11-27"));
    expect(tomorrow).not.toBe(first);
    await h.vault.modify(file(h.vault, "Contacts/Ann.md"), ANN + "- 2026-11-26 call\n");
    expect(h.index.scheduled(isoDate("2026-11-26"))[0]?.status).toBe("ok");
  });

  it("schedules afresh when the soon window changes, though the contacts and revision do not", async () => {
    // Ann: last call 2026-10-02, tier B every 3 months: next due 2027-01-02, 37 days away.
    const h = harness({ "Contacts/Ann.md": ANN.replace("tier: A", "tier: B").replace("last-touch: 2026-09-01\n", "") });
    await h.ready();
    expect(h.index.scheduled(isoDate("2026-11-26"))[0]?.status).toBe("ok");
    const rev = h.index.revision;
    h.settings = { ...h.settings, soonDays: 40 };
    await h.index.rebuild();
    expect(h.index.revision).toBe(rev);
    expect(h.index.scheduled(isoDate("2026-11-26"))[0]?.status).toBe("soon");
  });

  it("after a change, schedules again only the contact that changed, and keeps the path order", async () => {
    const h = harness({ "Contacts/Ann.md": ANN, "Contacts/Bob.md": BOB, "Contacts/Cy.md": BOB });
    await h.ready();
    const before = h.index.scheduled(isoDate("2026-11-26"));
    await h.vault.modify(file(h.vault, "Contacts/Bob.md"), BOB.replace("tier: B", "tier: C"));
    const after = h.index.scheduled(isoDate("2026-11-26"));
    expect(after).not.toBe(before);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]?.contact.tier?.key).toBe("C");
    // Another day, or another "soon" setting, schedules everyone afresh.
    expect(h.index.scheduled(isoDate("2026-11-27"))[0]).not.toBe(before[0]);
    // Renames and new notes keep the list in path order.
    await h.vault.rename(file(h.vault, "Contacts/Ann.md"), "Contacts/Zoe.md");
    expect(paths(h)).toEqual(["Contacts/Bob.md", "Contacts/Cy.md", "Contacts/Zoe.md"]);
    await h.vault.create("Contacts/Abe.md", BOB);
    await h.index.settled();
    expect(paths(h)).toEqual(["Contacts/Abe.md", "Contacts/Bob.md", "Contacts/Cy.md", "Contacts/Zoe.md"]);
  });
});

describe("cache helpers", () => {
  it("reads tags from the frontmatter and the body", () => {
    expect(tagsFromCache(computeMetadata("---\ntags: [Contact, x/y]\n---\nhi #Work/Team\n"))).toEqual(["contact", "x/y", "work/team"]);
  });

  it("finds list items only inside the log section", () => {
    const heading = defaultSettings().logHeading;
    const lines = (text: string): number[] => logItems(computeMetadata(text), heading).map((i) => i.position.start.line);
    expect(lines("## Log\n- 2026-01-01\n")).toEqual([1]);
    expect(lines("## Log\ntext\n## Next\n- item\n")).toEqual([]);
    expect(lines("# Log\n## Sub\n- 2026-01-01\n# Next\n- x\n")).toEqual([2]);
    expect(lines("- 2026-01-01\n## Logbook\n- x\n")).toEqual([]);
    expect(lines("## LOG ##\n- a\n- b\n")).toEqual([1, 2]);
  });

  it("reads the same log entries from the cache's list lines as from the whole text", () => {
    const settings = defaultSettings();
    const line = fc.constantFrom(
      "## Log",
      "# Log",
      "### Log",
      "## Notes",
      "# Other",
      "```",
      "~~~",
      "",
      "Some prose.",
      "---",
      "tier: A",
      "- 2026-11-26 call: hi #gave",
      "* [[2026-10-02]] coffee — reorg",
      "+ 2026-01-01",
      "  - 2026-02-03 email - nested",
      "- not a date",
      "> - 2026-03-04 quoted",
      "1. 2026-05-06 numbered",
      "- 2026-13-40 bad date",
      "-2026-01-01 no space",
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), fc.boolean(), (lines, crlf, bom) => {
        const text = (bom ? "\uFEFF" : "") + lines.join(crlf ? "\r\n" : "\n");
        // As the index reads a log: the lines the cache lists as the section's items, at its offsets.
        const read = logEntriesAt(text, logItems(computeMetadata(text), settings.logHeading), settings.interactionTypes);
        expect(read).toEqual(parseLog(text, settings.logHeading, settings.interactionTypes));
      }),
      { numRuns: 500 },
    );
  });

  it("decides who is a contact by the plain rule (its quick tag check loses no match)", () => {
    const path = fc
      .tuple(
        fc.constantFrom("", "Contacts/", "contacts/", "Contacts/Sub/", "ContactsX/", "People/", ".obsidian/", ".trash/", "cfg/"),
        fc.constantFrom("Ann", "Bob", "x"),
        fc.constantFrom(".md", ".MD", ".txt", ""),
      )
      .map(([dir, name, ext]) => `${dir}${name}${ext}`);
    const tagWord = fc.constantFrom(
      "contact",
      "Contact",
      "#contact",
      "contact/work",
      "#Contact/Work",
      "contacts",
      "con",
      "x",
      " contact ",
      "",
      "\u212Aontakt",
      "kontakt",
      "@contact",
      "`contact",
      "Éva",
      "éva",
    );
    const frontmatterTagValue = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant(5),
      tagWord,
      fc.array(fc.oneof(tagWord, fc.constant(3)), { maxLength: 3 }),
      fc.array(tagWord, { maxLength: 3 }).map((t) => t.join(", ")),
    );
    const cache = fc.record({
      tags: fc.option(
        fc.array(
          tagWord
            .filter((t) => t.trim() !== "" && !t.includes(" "))
            .map((t) => ({
              tag: t.startsWith("#") ? t : `#${t}`,
              position: { start: { line: 0, col: 0, offset: 0 }, end: { line: 0, col: 0, offset: 0 } },
            })),
          { minLength: 1, maxLength: 3 },
        ),
        { nil: undefined },
      ),
      frontmatter: fc.option(fc.record({ tags: frontmatterTagValue, tag: frontmatterTagValue }), { nil: undefined }),
    });
    const settings = fc.record({
      folder: fc.constantFrom("Contacts", "", "/Contacts/", "Contacts/Sub"),
      tag: fc.constantFrom("contact", "#Contact", "contact/work", "kontakt", "éva", "@contact"),
    });
    /** The rule as written: a note in the folder, or with the tag or a tag nested under it. */
    const plainRule = (p: string, tags: readonly string[], folder: string, tag: string, configDir: string): boolean => {
      if (!p.toLowerCase().endsWith(".md") || p.startsWith(`${configDir}/`) || p.startsWith(".trash/")) return false;
      const f = folder.replace(/^\/+|\/+$/g, "");
      if (f !== "" && p.startsWith(`${f}/`)) return true;
      const t = tag.replace(/^#/, "").toLowerCase();
      return tags.some((x) => x.trim() === t || x.trim().startsWith(`${t}/`));
    };
    fc.assert(
      fc.property(path, cache, settings, fc.constantFrom(".obsidian", "cfg"), (p, c, s, configDir) => {
        const metadata = c as unknown as Parameters<typeof tagsFromCache>[0];
        const matcher = contactMatcher(
          { contactsFolders: [s.folder], contactTags: [s.tag], contactMarkers: [] },
          { configDir, templateFolders: [] },
        );
        expect(matcher(p, metadata)).toBe(plainRule(p, tagsFromCache(metadata), s.folder, s.tag, configDir));
      }),
      { numRuns: 2000 },
    );
  });
});
