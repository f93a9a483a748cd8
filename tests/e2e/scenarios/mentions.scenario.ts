/**
 * Every rule of a mention, in the panel, one note at a time: each case writes a note as a user
 * would (Obsidian's watcher reports it, the metadata cache parses it) and watches Ann Lee, who is
 * overdue. A mention that counts moves her to Due soon, with a why-line that names the note and
 * opens it on a click; one that does not leaves her in Overdue, exactly as she was. One vault serves
 * every case: each puts back what it changed and waits for Ann to be overdue again.
 */
import assert from "node:assert/strict";
import { openPanel, readPanel, rowOf, scrollTo } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

const ANN = "Contacts/Ann Lee.md";
/** Ann's note with one more frontmatter line, after her role. */
const annWith =
  (line: string) =>
  (text: string): string => {
    const changed = text.replace("role: Product designer\n", `role: Product designer\n${line}\n`);
    if (changed === text) throw new Error("Ann's note no longer has the role line this scenario adds to");
    return changed;
  };
/** Ann as the example vault has her: tier B (every 3 months), last touched on 10 August. */
const ANN_OVERDUE = "16 days overdue · last meeting 10 Aug · 3 months ago · every 3 months";
/** Gabriel is the barrier: a note that mentions him, written after a case's notes, shows they were read. */
const GABRIEL = "Contacts/Work/Gabriel Silva.md";
const HELEN = "Contacts/Helen Park.md";
const HELEN_DUE = "due today · last call 26 Aug · 3 months ago · every 3 months";

/** One person's rows in the panel (Ann's by default), as [group, why-line]. */
async function rowsOf(s: Session, path = ANN): Promise<[string, string][]> {
  return (await readPanel(s.page)).items.filter((i) => i.path === path).map((i) => [i.group, i.why]);
}

/** Waits until Ann is overdue as at the start (a case has been put back). */
async function annOverdue(s: Session, message: string): Promise<void> {
  await eventually(async () => assert.deepEqual(await rowsOf(s), [["overdue", ANN_OVERDUE]], message));
}

/** A mention that counts: Ann moves from Overdue to Due soon, touched on 1 September in `note`. */
function touchedIn(label: string): [string, string][] {
  return [["soon", `due in 5 days (1 Dec) · last mentioned in ${label} · 2 months ago · every 3 months`]];
}

/** The barrier's day in October: each barrier takes another, so Gabriel's why-line changes every time. */
let barrierDay = 29;
/**
 * Writes a note that mentions Gabriel (listed, last met on 28 October, mentioned nowhere else) on
 * another day and waits for his why-line to say so: every note written before it has then been
 * read by the plugin, so what the panel shows of Ann is final.
 */
async function barrier(s: Session): Promise<void> {
  barrierDay = barrierDay === 31 ? 29 : barrierDay + 1;
  await s.external.write("Meetings/Barrier.md", `---\ndate: 2026-10-${barrierDay}\n---\nCoffee with [[Gabriel Silva]].\n`);
  await eventually(async () => {
    const why = (await rowsOf(s, GABRIEL)).map(([, w]) => w).join(" | ");
    assert.ok(
      why.includes(`last mentioned in Barrier, ${barrierDay} Oct`),
      `Gabriel is touched by the barrier of ${barrierDay} Oct: ${why}`,
    );
  });
}

async function setCountMentions(s: Session, on: boolean): Promise<void> {
  await s.hooks((h) => h.openSettings());
  const row = s.page.locator(".modal.mod-settings .setting-item", {
    has: s.page.locator(".setting-item-name", { hasText: /^Count mentions$/ }),
  });
  const toggle = row.locator(".checkbox-container");
  if ((await toggle.getAttribute("class"))?.includes("is-enabled") !== on) await toggle.click();
  await eventually(async () => assert.equal((await toggle.getAttribute("class"))?.includes("is-enabled"), on, "the toggle shows it"));
  await s.hooks((h) => h.closeModals());
}

interface Case {
  rule: string;
  /** Notes to write, in order (path → text); removed again after the case. */
  notes: [path: string, text: string][];
  /** Ann's note for the case (put back afterwards), when the rule is about her note. */
  ann?: (text: string) => string;
  /** The note whose mention counts, and the name the why-line gives it; null when nothing counts. */
  touch: { note: string; label: string } | null;
}

const body = (text: string): [string, string][] => [["Daily/2026-09-01.md", `# Tuesday\n\n${text}\n`]];

const CASES: Case[] = [
  // Exclusions: Ann stays overdue.
  { rule: "an embed", notes: body("![[Ann Lee]]"), touch: null },
  { rule: "an unchecked task", notes: body("- [ ] call [[Ann Lee]] about the slides"), touch: null },
  { rule: "a quote", notes: body("From the thread:\n\n> [[Ann Lee]] wrote that the study is out."), touch: null },
  { rule: "a callout", notes: body("> [!tip] Next time\n> Ask [[Ann Lee]] for the template."), touch: null },
  { rule: "a fenced code block", notes: body("```md\n- [x] lunch with [[Ann Lee]]\n```"), touch: null },
  { rule: "a comment block", notes: body("%%\nLunch with [[Ann Lee]] next week.\n%%"), touch: null },
  { rule: "a one-line comment", notes: body("%% lunch with [[Ann Lee]] %%"), touch: null },
  { rule: "a dated note dated after today", notes: [["Daily/2026-11-27.md", "# Friday\n\n- Lunch with [[Ann Lee]].\n"]], touch: null },
  {
    rule: "a contact with ignore-mentions: true",
    ann: annWith("ignore-mentions: true"),
    notes: body("- Lunch with [[Ann Lee]]."),
    touch: null,
  },
  {
    rule: "a bare link to an alias, which Obsidian does not resolve",
    ann: annWith("aliases: [Annie]"),
    notes: body("- Lunch with [[Annie]]."),
    touch: null,
  },
  // Inclusions: Ann leaves Overdue, and the why-line names the note.
  { rule: "a checked task", notes: body("- [x] called [[Ann Lee]]"), touch: { note: "Daily/2026-09-01.md", label: "2026-09-01" } },
  {
    rule: "a frontmatter link (attendees)",
    notes: [["Meetings/Design review.md", '---\ndate: 2026-09-01\nattendees: ["[[Ann Lee]]", "[[Ben Adeyemi|Ben]]"]\n---\nNotes.\n']],
    touch: { note: "Meetings/Design review.md", label: "Design review, 1 Sep" },
  },
  { rule: "an alias link", notes: body("- Coffee with [[Ann Lee|Annie]]."), touch: { note: "Daily/2026-09-01.md", label: "2026-09-01" } },
  {
    rule: "a link to an alias, as Obsidian writes it when the alias is picked",
    ann: annWith("aliases: [Annie]"),
    notes: body("- Coffee with [[Ann Lee|Annie]]."),
    touch: { note: "Daily/2026-09-01.md", label: "2026-09-01" },
  },
  { rule: "a link to a heading", notes: body("- See [[Ann Lee#Log]]."), touch: { note: "Daily/2026-09-01.md", label: "2026-09-01" } },
  {
    rule: "a markdown link",
    notes: body("- Lunch with [Annie](../Contacts/Ann%20Lee.md)."),
    touch: { note: "Daily/2026-09-01.md", label: "2026-09-01" },
  },
  {
    rule: "a daily note (Daily notes folder and format)",
    notes: body("- Lunch with [[Ann Lee]]."),
    touch: { note: "Daily/2026-09-01.md", label: "2026-09-01" },
  },
  {
    rule: "a note whose name starts with an ISO date",
    notes: [["Meetings/2026-09-01 Design review.md", "# Design review\n\n- [[Ann Lee]] showed the study.\n"]],
    touch: { note: "Meetings/2026-09-01 Design review.md", label: "2026-09-01 Design review" },
  },
  {
    rule: "a note with a date in its date key",
    notes: [["Meetings/Design review.md", "---\ndate: 2026-09-01\n---\n- [[Ann Lee]] showed the study.\n"]],
    touch: { note: "Meetings/Design review.md", label: "Design review, 1 Sep" },
  },
];

async function runCase(s: Session, c: Case): Promise<void> {
  const original = s.disk.text(ANN);
  if (c.ann !== undefined) await s.external.write(ANN, c.ann(original));
  for (const [path, text] of c.notes) await s.external.write(path, text);
  if (c.touch === null) {
    await barrier(s);
    assert.deepEqual(await rowsOf(s), [["overdue", ANN_OVERDUE]], `${c.rule}: no touch, Ann stays overdue`);
  } else {
    const { note, label } = c.touch;
    await eventually(async () => assert.deepEqual(await rowsOf(s), touchedIn(label), `${c.rule}: a touch on 1 Sep in ${note}`));
    assert.ok(await scrollTo(s.page, `.cc-row[data-path="${ANN}"] .cc-row-mention`), `${c.rule}: the why-line links the note`);
    const link = rowOf(s.page, ANN).locator(".cc-row-mention").first();
    assert.equal(await link.innerText(), label, `${c.rule}: the link says the note`);
    await link.click();
    await eventually(async () => assert.equal(await s.hooks((h) => h.activeFile()), note, `${c.rule}: the click opens ${note}`));
  }
  for (const [path] of [...c.notes].reverse()) await s.external.remove(path);
  if (c.ann !== undefined) await s.external.write(ANN, original);
  await annOverdue(s, `after ${c.rule}, Ann is overdue again`);
}

export const scenarios: Scenario[] = [
  {
    name: "each rule of a mention, one note at a time: Ann leaves Overdue for the note the why-line names, or stays",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      await annOverdue(s, "Ann starts overdue");
      for (const c of CASES) {
        try {
          await runCase(s, c);
        } catch (error) {
          // The runner prints the stack, which starts with the message: name the case there.
          if (error instanceof Error) error.stack = `${c.rule}: ${error.stack ?? error.message}`;
          throw error;
        }
      }
    },
  },
  {
    name: "a contact's note with a date key stays a contact, and its links are no mentions",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      await annOverdue(s, "Ann starts overdue");
      assert.deepEqual(await rowsOf(s, HELEN), [["due", HELEN_DUE]]);
      const original = s.disk.text(ANN);
      const dated = original.replace("role: Product designer\n", "role: Product designer\ndate: 2026-11-25\n");
      await s.external.write(ANN, `${dated}\nIntroduced me to [[Helen Park]] at the offsite.\n`);
      await barrier(s);
      assert.deepEqual(await rowsOf(s), [["overdue", ANN_OVERDUE]], "Ann is still listed, as a contact");
      assert.deepEqual(await rowsOf(s, HELEN), [["due", HELEN_DUE]], "Ann's note is no dated note: Helen is not touched");
    },
  },
  {
    name: "setting Count mentions off takes every mention's touch away, and on again gives it back",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      await s.external.write("Daily/2026-09-01.md", "# Tuesday\n\n- Lunch with [[Ann Lee]].\n");
      await eventually(async () => assert.deepEqual(await rowsOf(s), touchedIn("2026-09-01"), "the mention counts"));
      await setCountMentions(s, false);
      await annOverdue(s, "with mentions off, Ann is overdue again");
      await setCountMentions(s, true);
      await eventually(async () => assert.deepEqual(await rowsOf(s), touchedIn("2026-09-01"), "the mention counts again"));
    },
  },
  {
    // A format whose file name is no date by itself (`YYYY/MM/DD`): only the Daily notes settings can date it.
    name: "daily notes in a nested format set in the Daily notes settings (Journal, YYYY/MM/DD) are dated notes",
    async run(t) {
      const s = await t.open({ autoload: false });
      s.disk.handle({ op: "write", path: ".obsidian/daily-notes.json", data: '{ "folder": "Journal", "format": "YYYY/MM/DD" }\n' });
      s.disk.handle({ op: "mkdir", path: "Journal/2026/09" });
      await s.hooks((h) => h.loadPlugin());
      await s.hooks((h) => h.indexSettled());
      await openPanel(s);
      await annOverdue(s, "Ann starts overdue");
      // Outside the folder, the same path is no daily note.
      s.disk.handle({ op: "mkdir", path: "Other/2026/09" });
      await s.external.write("Other/2026/09/01.md", "# Tuesday\n\n- Lunch with [[Ann Lee]].\n");
      await barrier(s);
      assert.deepEqual(await rowsOf(s), [["overdue", ANN_OVERDUE]], "a note outside the daily notes folder is not dated");
      const note = "Journal/2026/09/01.md";
      await s.external.write(note, "# Tuesday\n\n- Lunch with [[Ann Lee]].\n");
      await eventually(async () => assert.deepEqual(await rowsOf(s), touchedIn("01, 1 Sep"), "the nested daily note dates the mention"));
      assert.ok(await scrollTo(s.page, `.cc-row[data-path="${ANN}"] .cc-row-mention`), "the why-line links the note");
      await rowOf(s.page, ANN).locator(".cc-row-mention").first().click();
      await eventually(async () => assert.equal(await s.hooks((h) => h.activeFile()), note, "the click opens the daily note"));
    },
  },
];
