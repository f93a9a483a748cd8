/**
 * The build reads each note's mentions and follow-ups in the same pass as the note, so a note may
 * link a contact the pass has not reached yet: that contact must count all the same, whether the
 * vault can find a note by its path (`getFileByPath`) or the build has to look it up in its list.
 */
import moment from "moment";
import { describe, expect, it } from "vitest";
import { momentParser } from "../../src/core/dated-notes";
import { isoDate } from "../../src/core/dates";
import { defaultSettings } from "../../src/core/settings";
import { ContactIndex } from "../../src/obsidian/contact-index";
import type { ContactIndexServices } from "../../src/obsidian/index-services";
import { TouchTracker } from "../../src/obsidian/touch-tracker";
import { harness } from "./helpers";

const TODAY = isoDate("2026-11-26");
// A contact by its tag, outside any contacts folder, listed after the notes that link it.
const ANN = "Notes/Ann Lee.md";
const FILES = {
  "Daily/2026-11-20.md": "- Coffee with [[Ann Lee]] about [[Launch]]\n",
  "Meetings/2026-11-01 Sync.md": "Notes.\n\n- [ ] send [[Ann Lee]] the deck\n- [ ] update [[Launch]]\n",
  "Projects/Launch.md": "# Launch\n",
  [ANN]: "---\ntier: A\nlast-touch: 2026-09-01\ntags: [contact]\n---\n",
};

function expectAnnTouched(index: ContactIndex): void {
  const ann = index.scheduled(TODAY).find((s) => s.contact.path === ANN);
  expect([ann?.lastTouch, ann?.lastTouchSource, ann?.lastTouchNote]).toEqual(["2026-11-20", "mention", "Daily/2026-11-20.md"]);
  expect(
    index
      .touchIndex()
      ?.followUpsOf(ANN)
      .map((f) => [f.note, f.line]),
  ).toEqual([["Meetings/2026-11-01 Sync.md", 2]]);
  // The project is no contact: its links count for no one.
  expect(index.touchIndex()?.followUpsOf("Projects/Launch.md")).toEqual([]);
  expect(index.get("Projects/Launch.md")).toBeUndefined();
}

describe("the build's one pass over the notes", () => {
  it("counts a link to a contact whose note comes later in the pass", async () => {
    const h = harness(FILES, defaultSettings(), { folder: "Daily", format: "YYYY-MM-DD" });
    // The order the pass takes: the contact last.
    expect(h.vault.getMarkdownFiles().map((f) => f.path)).toEqual(Object.keys(FILES));
    await h.ready();
    expectAnnTouched(h.index);
  });

  it("does the same where the vault cannot look a note up by its path", async () => {
    const h = harness(FILES, defaultSettings(), { folder: "Daily", format: "YYYY-MM-DD" });
    const { app } = h;
    const settings = defaultSettings();
    const vault: ContactIndexServices["vault"] = {
      getMarkdownFiles: () => app.vault.getMarkdownFiles(),
      cachedRead: (file) => app.vault.cachedRead(file),
      on: ((name: "create", callback: () => void) => app.vault.on(name, callback)) as ContactIndexServices["vault"]["on"],
      offref: (ref) => app.vault.offref(ref),
      configDir: app.vault.configDir,
    };
    const index = new ContactIndex({
      metadataCache: app.metadataCache,
      vault,
      onLayoutReady: (callback) => callback(),
      settings: () => settings,
      timers: h.timers,
      touches: new TouchTracker({
        resolveLink: (linkpath, source) => app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null,
        settings: () => settings,
        parseDate: momentParser((text, format, strict) => moment(text, format, strict)),
        readDailyNotes: () => Promise.resolve({ folder: "Daily", format: "YYYY-MM-DD" }),
        resolvedLinks: () => app.metadataCache.resolvedLinks,
      }),
    });
    index.start();
    await index.settled();
    expectAnnTouched(index);
    index.stop();
  });
});
