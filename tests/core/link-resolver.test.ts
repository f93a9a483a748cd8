/** Link resolution as Obsidian's `getFirstLinkpathDest` does it, for the command line. */
import { describe, expect, it } from "vitest";
import { linkResolver } from "../../src/core/link-resolver";

const resolve = linkResolver([
  "Contacts/Sam Rivera.md",
  "Contacts/Work/Ann Lee.md",
  "People/Ann Lee.md",
  "Journal/Ann Lee.md",
  "Archive/Old/Kim.md",
  "Kim.md",
  "Dr. Who.md",
  "Daily/2026-11-20.md",
]);

describe("link resolution", () => {
  it.each([
    ["Sam Rivera", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["sam rivera", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["Sam Rivera.md", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["Contacts/Sam Rivera", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["/Contacts/Sam Rivera.md", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["../Contacts/Sam Rivera.md", "Daily/2026-11-20.md", "Contacts/Sam Rivera.md"],
    ["Work/Ann Lee", "Daily/2026-11-20.md", "Contacts/Work/Ann Lee.md"],
    ["Ann Lee", "Journal/2026-11-20.md", "Journal/Ann Lee.md"],
    ["Ann Lee", "Notes/x.md", "People/Ann Lee.md"],
    ["Kim", "Notes/x.md", "Kim.md"],
    ["Old/Kim", "Notes/x.md", "Archive/Old/Kim.md"],
    ["Dr. Who", "Notes/x.md", "Dr. Who.md"],
    ["Nobody", "Notes/x.md", null],
    ["am Rivera", "Notes/x.md", null],
    ["", "Notes/x.md", null],
  ])("%j from %s → %s", (link, source, target) => {
    expect(resolve(link, source)).toBe(target);
  });
});
