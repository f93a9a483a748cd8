/**
 * The schedule starts from the frontmatter and the cache alone, and the texts read afterwards in
 * idle time refine it: once they are read, the schedule must be exactly the one a build that read
 * every text first gave (the oracle below is that build's rule: a contact's text is read when its
 * log section has items or its frontmatter did not parse). Checked on the example vault and on a
 * generated one, each with a hand-typed log line newer than `last-touch`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import moment from "moment";
import type * as O from "obsidian";
import { afterAll, describe, expect, it } from "vitest";
import { generateVault } from "../../bench/generate";
import { sameContact } from "../../src/core/contact";
import { isoDate, type IsoDate } from "../../src/core/dates";
import { momentParser } from "../../src/core/dated-notes";
import { scheduleContact, type ScheduledContact } from "../../src/core/schedule";
import { defaultSettings } from "../../src/core/settings";
import { frontmatterUnread, logItems } from "../../src/obsidian/cache-reading";
import { ContactIndex } from "../../src/obsidian/contact-index";
import { recordFromText } from "../../src/obsidian/index-record";
import { refineRecords } from "../../src/obsidian/index-refine";
import { computeMetadata } from "../standin/metadata";
import { TouchTracker } from "../../src/obsidian/touch-tracker";
import { createApp } from "../stubs/obsidian";
import { ManualTimers } from "./helpers";

const TODAY = isoDate("2026-11-26");
const HAND_TYPED = "Contacts/Hand Typed.md";
// `last-touch` says September; a line typed by hand in the log says later.
const HAND_TYPED_NOTE =
  "---\ntier: B\nlast-touch: 2026-09-01\n---\n# Hand Typed\n\n## Log\n- 2026-09-01 call: the plugin wrote this\n- 2026-11-20 coffee — typed by hand\n";

function readTree(root: string, dir = "", out: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) readTree(root, path, out);
    else if (entry.name.endsWith(".md")) out[path] = readFileSync(join(root, path), "utf8");
  }
  return out;
}

function indexOver(files: Record<string, string>) {
  const { app, vault, workspace } = createApp();
  vault.seed(files);
  const settings = defaultSettings();
  const tracker = new TouchTracker({
    resolveLink: (linkpath, source) => app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null,
    settings: () => settings,
    parseDate: momentParser((text, format, strict) => moment(text, format, strict)),
  });
  const index = new ContactIndex({
    metadataCache: app.metadataCache,
    vault: app.vault,
    onLayoutReady: (cb) => app.workspace.onLayoutReady(cb),
    settings: () => settings,
    timers: new ManualTimers(),
    touches: tracker,
  });
  index.start();
  workspace.setLayoutReady();
  return { app, index, settings, tracker };
}

/** Every contact scheduled as a build that read the texts first scheduled it. */
function oldSchedule(
  app: O.App,
  index: ContactIndex,
  tracker: TouchTracker,
  texts: Record<string, string>,
  today: IsoDate,
): ScheduledContact[] {
  const settings = defaultSettings();
  return index.contacts().map((c) => {
    const file = app.vault.getFileByPath(c.path);
    const cache = file === null ? null : app.metadataCache.getFileCache(file);
    if (cache === null) throw new Error(`${c.path} has no cache`);
    const items = logItems(cache, settings.logHeading);
    const text = items.length > 0 || frontmatterUnread(cache) ? texts[c.path] : undefined;
    const contact = recordFromText(c.path, cache, text, items, settings).contact;
    return scheduleContact(contact, today, settings.soonDays, tracker.index.latestMention(c.path, today));
  });
}

/** The schedule's figures with the contact compared field by field (its log read through). */
function expectSameSchedule(actual: readonly ScheduledContact[], expected: readonly ScheduledContact[]): void {
  expect(actual.length).toBe(expected.length);
  const strip = ({ contact, ...rest }: ScheduledContact) => ({ path: contact.path, ...rest });
  expect(actual.map(strip)).toEqual(expected.map(strip));
  const differing = actual.filter((s, i) => {
    const e = expected[i];
    return e === undefined || !sameContact(s.contact, e.contact);
  });
  expect(differing.map((s) => s.contact.path)).toEqual([]);
}

async function checkVault(files: Record<string, string>): Promise<void> {
  const texts = { ...files, [HAND_TYPED]: HAND_TYPED_NOTE };
  const { app, index, tracker } = indexOver(texts);
  await index.built();
  // Ready from the cache alone: `last-touch`, not yet the hand-typed line.
  expect(index.scheduled(TODAY).find((s) => s.contact.path === HAND_TYPED)?.lastTouch).toBe("2026-09-01");
  await index.settled();
  const after = index.scheduled(TODAY);
  expect(after.find((s) => s.contact.path === HAND_TYPED)).toMatchObject({ lastTouch: "2026-11-20", lastTouchSource: "log" });
  expectSameSchedule(after, oldSchedule(app, index, tracker, texts, TODAY));
  expect(index.contacts().length).toBeGreaterThan(3);
}

describe("the schedule after the idle reading", () => {
  const generated = mkdtempSync(join(tmpdir(), "cc-refine-"));
  afterAll(() => rmSync(generated, { recursive: true, force: true }));

  it("equals a build that read every text first, on the example vault", async () => {
    await checkVault(readTree(new URL("../../examples/vault", import.meta.url).pathname));
  });

  it("equals a build that read every text first, on a generated vault", async () => {
    const dir = join(generated, "vault");
    generateVault({ contacts: 150, notes: 600, seed: 11 }, dir);
    await checkVault(readTree(dir));
  });
});

describe("the idle reading's order", () => {
  it("reads the next batch while it applies this one, and applies every note once", async () => {
    const text = "---\ntier: A\n---\n## Log\n- 2026-10-02 call\n";
    const cache = computeMetadata(text);
    const items = logItems(cache, "Log");
    const toRead = Array.from({ length: 150 }, (_, i) => ({ file: { path: `Contacts/P${i}.md` } as O.TFile, cache, items }));
    const events: string[] = [];
    let done = 0;
    await refineRecords(toRead, defaultSettings(), {
      read: (file) => (events.push(`read ${file.path}`), Promise.resolve(text)),
      idle: () => Promise.resolve(),
      token: () => 0,
      current: () => true,
      apply: (path, record) => void events.push(`apply ${path} ${record.contact.lastLogged?.date ?? ""}`),
      done: () => void done++,
    });
    // The second batch (from P64) was asked for before the first note of the first was applied.
    expect(events.indexOf("read Contacts/P64.md")).toBeLessThan(events.indexOf("apply Contacts/P0.md 2026-10-02"));
    expect(events.filter((e) => e.startsWith("apply")).length).toBe(150);
    expect(events.filter((e) => e.startsWith("read")).length).toBe(150);
    expect(done).toBe(1);
  });
});
