/**
 * Other tools' keys: each is read as its field, and a write through the plugin lands on that very
 * key (so the other tool keeps working), never on a new canonical key beside it.
 */
import { describe, expect, it } from "vitest";
import { NoteWriter } from "../../src/obsidian/note-writer";
import { harness, hostFor } from "./helpers";
import { isoDate } from "../../src/core/dates";

const TODAY = isoDate("2026-11-26");
const PATH = "Contacts/Sam.md";

type Write = (w: NoteWriter) => Promise<boolean>;

/** [the note's key and value, what the index reads, the plugin's write, the line after it] */
const ALIASES: ReadonlyArray<[line: string, read: Record<string, unknown>, write: Write, after: string]> = [
  ["last-contacted: 2026-10-01", { lastTouchField: "2026-10-01" }, (w) => w.markTouchedToday(PATH), `last-contacted: ${TODAY}`],
  ["prm-last-contacted: 2026-10-01", { lastTouchField: "2026-10-01" }, (w) => w.markTouchedToday(PATH), `prm-last-contacted: ${TODAY}`],
  ["last-interaction: 2026-10-01", { lastTouchField: "2026-10-01" }, (w) => w.markTouchedToday(PATH), `last-interaction: ${TODAY}`],
  ["Last Contact: 2026-10-01", { lastTouchField: "2026-10-01" }, (w) => w.markTouchedToday(PATH), `Last Contact: ${TODAY}`],
  ["LastContacted: 2026-10-01", { lastTouchField: "2026-10-01" }, (w) => w.markTouchedToday(PATH), `LastContacted: ${TODAY}`],
  ["prm-tier: B", { tier: { key: "B" } }, (w) => w.setTier(PATH, "C"), "prm-tier: C"],
  ["PRM_Tier: B", { tier: { key: "B" } }, (w) => w.setTier(PATH, "C"), "PRM_Tier: C"],
  ["Tier: b", { tier: { key: "B" } }, (w) => w.setTier(PATH, "A"), "Tier: A"],
  ["snoozed-until: 2026-12-01", { snoozeUntil: "2026-12-01" }, (w) => w.snooze(PATH, isoDate("2027-01-02")), "snoozed-until: 2027-01-02"],
  [
    "prm-snooze-until: 2026-12-01",
    { snoozeUntil: "2026-12-01" },
    (w) => w.snooze(PATH, isoDate("2027-01-02")),
    "prm-snooze-until: 2027-01-02",
  ],
  ["Snooze Until: 2026-12-01", { snoozeUntil: "2026-12-01" }, (w) => w.snooze(PATH, isoDate("2027-01-02")), "Snooze Until: 2027-01-02"],
  ["dnc: false", { doNotContact: false }, (w) => w.setDoNotContact(PATH, true), `dnc: ${TODAY}`],
  ["no-contact: no", { doNotContact: false }, (w) => w.setDoNotContact(PATH, true), `no-contact: ${TODAY}`],
  ["opted-out: false", { doNotContact: false }, (w) => w.setDoNotContact(PATH, true), `opted-out: ${TODAY}`],
  ["unsubscribed: false", { doNotContact: false }, (w) => w.setDoNotContact(PATH, true), `unsubscribed: ${TODAY}`],
  ["do not contact: false", { doNotContact: false }, (w) => w.setDoNotContact(PATH, true), `do not contact: ${TODAY}`],
  ["No Refer: false", { noRefer: false }, (w) => w.setNoRefer(PATH, true), `No Refer: ${TODAY}`],
];

/** Cadence keys the plugin reads but never writes: each read as the contact's cadence. */
const CADENCES: ReadonlyArray<[line: string, n: number, unit: string]> = [
  ["frequency: bi-weekly", 2, "w"],
  ["prm-cadence: 21", 21, "d"],
  ["contact-frequency: every 3 months", 3, "m"],
  ["interval: semi-annually", 6, "m"],
  ["Contact Frequency: twice a month", 15, "d"],
  ["Frequency: quarterly", 3, "m"],
];

/** Do-not-contact look-alikes set to true: never contactable. */
const DNC_TRUE = [
  "dnc: true",
  "do not contact: true",
  "Do Not Contact: yes",
  "unsubscribed: true",
  "opted-out: true",
  "no-contact: 2026-01-05",
  "DNC: maybe",
];

async function indexed(text: string) {
  const h = harness({ [PATH]: text });
  await h.ready();
  const { writer } = hostFor(h, TODAY, { confirm: () => Promise.resolve(true), notify: () => undefined });
  return { h, writer, contact: () => h.index.get(PATH) };
}

describe("other tools' keys", () => {
  it.each(ALIASES)("%s is read, and written back in place", async (line, read, write, after) => {
    const note = `---\nname: Sam\n${line}\ncompany: Acme\n---\nBody\n`;
    const { h, writer, contact } = await indexed(note);
    expect(contact()).toMatchObject(read);
    expect(await write(writer)).toBe(true);
    expect(h.vault.textOf(PATH)).toBe(`---\nname: Sam\n${after}\ncompany: Acme\n---\nBody\n`);
  });

  it.each(CADENCES)("%s is the cadence", async (line, n, unit) => {
    const { contact } = await indexed(`---\n${line}\n---\n`);
    expect(contact()?.cadence).toEqual({ n, unit });
    expect(contact()?.problems).toEqual([]);
  });

  it.each(DNC_TRUE)("%s makes the person do-not-contact", async (line) => {
    const { contact } = await indexed(`---\ntier: A\n${line}\n---\n`);
    expect(contact()?.doNotContact).toBe(true);
  });

  it.each(["paused: true", "prm-paused: true", "Paused: yes"])("%s makes a tiered person untracked, shown as paused", async (line) => {
    const { contact } = await indexed(`---\ntier: A\n${line}\n---\n`);
    expect(contact()).toMatchObject({ paused: true, cadence: null });
  });

  it("a decimal cadence is a problem that says why", async () => {
    const { contact } = await indexed("---\ntier: B\nfrequency: 1.5w\n---\n");
    expect(contact()?.problems.map((p) => p.message)).toEqual([
      `${PATH}: frequency "1.5w" is not a cadence (a cadence is a whole number of days, weeks, months or years: write 10d rather than 1.5w); tier B's 3m applies`,
    ]);
  });

  it("where a note has the canonical key and another tool's, reads and writes the same one", async () => {
    const { h, writer, contact } = await indexed("---\nprm-last-contacted: 2026-10-01\nlast-touch: 2026-09-01\n---\n");
    expect(contact()?.lastTouchField).toBe("2026-09-01");
    await writer.markTouchedToday(PATH);
    expect(h.vault.textOf(PATH)).toBe(`---\nprm-last-contacted: 2026-10-01\nlast-touch: ${TODAY}\n---\n`);
  });
});
