/**
 * The stand-in's `resolvedLinks`: each note's links, embeds and frontmatter links counted by the
 * file `getFirstLinkpathDest` finds, kept until a note or a file changes, as Obsidian keeps it.
 */
import { describe, expect, it } from "vitest";
import { createApp } from "../stubs/obsidian";

describe("resolvedLinks", () => {
  it("counts every reference by destination, as getFirstLinkpathDest resolves it, and follows changes", async () => {
    const { app, vault } = createApp();
    vault.seed({
      "Contacts/Sam.md": "# Sam",
      "People/Sam.md": "# the other Sam",
      "Sam.md": "# the shortest Sam",
      "Daily/2026-11-20.md": '---\nattendees: ["[[Sam]]"]\n---\n[[Sam]] and [[Contacts/Sam|Sam]], ![[People/Sam]], [[Nobody]], [[#Top]]',
    });
    const links = (): Record<string, number> | undefined => app.metadataCache.resolvedLinks["Daily/2026-11-20.md"];
    expect(links()).toEqual({ "Sam.md": 2, "Contacts/Sam.md": 1, "People/Sam.md": 1 });
    expect(app.metadataCache.unresolvedLinks["Daily/2026-11-20.md"]).toEqual({ Nobody: 1 });
    // Read twice without a change: the same counts.
    expect(app.metadataCache.resolvedLinks).toBe(app.metadataCache.resolvedLinks);
    // A note's change and a file's removal are counted again.
    const daily = vault.getFileByPath("Daily/2026-11-20.md");
    if (daily === null) throw new Error("no daily note");
    await vault.modify(daily, "[[Sam]] only");
    expect(links()).toEqual({ "Sam.md": 1 });
    const shortest = vault.getFileByPath("Sam.md");
    if (shortest === null) throw new Error("no Sam.md");
    await app.fileManager.trashFile(shortest);
    expect(links()).toEqual({ "People/Sam.md": 1 });
    expect(links()).toEqual(Object.fromEntries([[app.metadataCache.getFirstLinkpathDest("Sam", "Daily/2026-11-20.md")?.path, 1]]));
  });
});
