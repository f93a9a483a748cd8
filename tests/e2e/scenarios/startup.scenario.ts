/**
 * Start-up: the example vault at 2026-11-26 shows the right people in the right groups, each with
 * the reason, whether Obsidian's metadata cache was warm (every start but the first) or cold
 * (notes parsed after the layout is ready, each announced by `changed`).
 *
 * By hand: the budget is 6 touches a week and one was logged since Monday 2026-11-23 (Jorge
 * Ramírez, that day), so this week's plan holds the first 5 people in priority order — the five
 * most overdue relative to their cadence — and the other 15 stay below it, never dropped.
 */
import assert from "node:assert/strict";
import { DUE_VIEW, expandGroup, openPanel, readPanel, type PanelContents } from "../harness/panel";
import { eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

/** [group, name, tier, no-refer badge, why] as the panel must show them, top to bottom. */
export const EXPECTED_ROWS: [string, string, string | null, boolean, string][] = [
  ["week", "Priya Raman", "A", false, "43 days overdue · last call 14 Sep · 2 months ago · monthly"],
  ["week", "Rosa Jiménez", "A", false, "25 days overdue · last call 1 Oct · 1 month ago · monthly"],
  ["week", "Dr. Amara Nwosu", "A", false, "16 days overdue · last meeting 10 Oct · 1 month ago · monthly"],
  ["week", "Marcus Okafor", "B", false, "27 days overdue · last message 30 Jul · 3 months ago · every 3 months"],
  ["week", "Victor Lang", "C", true, "47 days overdue · last meal 10 Apr · 7 months ago · every 6 months"],
  ["overdue", "Ann Lee", "B", false, "16 days overdue · last meeting 10 Aug · 3 months ago · every 3 months"],
  ["overdue", "Elena Petrova", "C", false, "6 days overdue · last touch 20 Aug · 3 months ago · every 3 months"],
  ["due", "Tomás Herrera", "A", false, "due today · last call 26 Oct · 1 month ago · monthly"],
  ["due", "Helen Park", "B", false, "due today · last call 26 Aug · 3 months ago · every 3 months"],
  ["due", "Aiko Tanaka", null, false, "due today · last call 12 Nov · 2 weeks ago · every 2 weeks"],
  ["due", "Zoe Martin", null, false, "due today · last call 19 Nov · 1 week ago · weekly"],
  ["new", "Sofia Lindqvist", "A", false, "never contacted · monthly"],
  ["new", "Ben Adeyemi", "B", false, "never contacted · every 3 months"],
  ["new", "Mallory <img src=x onerror=alert(1)>", "C", false, "never contacted · every 6 months"],
  ["soon", "Gabriel Silva", "A", false, "due in 2 days (28 Nov) · last meeting 28 Oct · 4 weeks ago · monthly"],
  ["soon", "Grace Whitfield", null, false, "due in 3 days (29 Nov) · last call 15 Oct · 1 month ago · every 45 days"],
  ["soon", "Jorge Ramírez", null, false, "due in 4 days (30 Nov) · last call 23 Nov · 3 days ago · weekly"],
  ["soon", "Hannah Becker", "B", false, "due in 5 days (1 Dec) · last meeting 20 Oct · 1 month ago · every 6 weeks"],
  ["soon", "Lucas Ferreira", "B", false, "due in 5 days (1 Dec) · last message 1 Sep · 2 months ago · every 3 months"],
  ["soon", "Rafael Moreno", "D", false, "due in 5 days (1 Dec) · last card 1 Dec 2025 · 11 months ago · yearly"],
  // Open follow-ups due by today (an open task in his own note 📅 2026-11-20; one in the offsite note [due:: 2026-11-25]), oldest first.
  [
    "followUps",
    "Rafael Moreno",
    "D",
    false,
    "follow-up 6 days overdue · due in 5 days (1 Dec) · last card 1 Dec 2025 · 11 months ago · yearly",
  ],
  [
    "followUps",
    "Marcus Okafor",
    "B",
    false,
    "follow-up 1 day overdue · 27 days overdue · last message 30 Jul · 3 months ago · every 3 months",
  ],
];

export const EXPECTED_GROUPS = [
  { group: "week", label: "This week", count: 5, collapsed: false },
  { group: "overdue", label: "Overdue", count: 2, collapsed: false },
  { group: "due", label: "Due today", count: 4, collapsed: false },
  { group: "new", label: "Never contacted", count: 3, collapsed: false },
  { group: "soon", label: "Due soon", count: 6, collapsed: false },
  { group: "followUps", label: "Follow-ups due", count: 2, collapsed: false },
  { group: "comingUp", label: "Coming up", count: 4, collapsed: false },
  { group: "snoozed", label: "Snoozed", count: 2, collapsed: true },
  { group: "problems", label: "Problems", count: 4, collapsed: true },
];

const EXPECTED_SNOOZED: [string, string][] = [
  ["Fatima Al-Sayed", "snoozed until 15 Dec · last message 22 Oct · 1 month ago · monthly"],
  ["Daniel Cho", "snoozed until 11 Jan 2027 · last message 10 Jun · 5 months ago · every 3 months"],
];

const EXPECTED_PROBLEMS: [string, string][] = [
  ["Contacts/Ann Lee.md", 'cadence "sometimes" is not a cadence (try 2w, 3m, quarterly); tier B\'s 3m applies'],
  [
    "Contacts/Leo Novak.md",
    'frontmatter is not valid YAML (Missing closing "quote); the plugin will not write to this note until it is fixed',
  ],
  ["Contacts/Paul Mercer.md", 'tier "VIP" is not a tier (expected one of A, B, C, D, or none); the contact is untracked until it is fixed'],
  ["Contacts/Work/Rosa Jiménez.md", "last-touch 2026-12-03 is after today (2026-11-26); it is ignored"],
];

/** People who must not be listed anywhere as someone to reach. */
const NEVER_LISTED = [
  "Kevin Brandt",
  "Maya Goldberg",
  "Irene Costa",
  "Samuel Price",
  "Wei Zhang",
  "Harold Jenkins",
  "Olivia Grant",
  "Nadia Rahman",
];

/** Coming up: untracked Harold Jenkins included, do-not-contact Maya Goldberg (born 30 November) never. */
const EXPECTED_COMING_UP: [string, string][] = [
  ["Harold Jenkins", "Birthday Sun 29 Nov"],
  ["Ben Adeyemi", "Birthday Tue 1 Dec · turns 40"],
  ["Harold Jenkins", "Anniversary Sat 5 Dec · 15 years"],
  ["Olivia Grant", "Reminder Tue 8 Dec · ask how the offsite went"],
];

export function rowsOf(p: PanelContents): [string, string, string | null, boolean, string][] {
  return p.items.filter((i) => i.kind === "contact").map((i) => [i.group, i.name, i.tier, i.noRefer, i.why]);
}

async function checkStartupPanel(s: Session): Promise<void> {
  await openPanel(s);
  const p = await eventually(async () => {
    const c = await readPanel(s.page);
    assert.deepEqual(c.groups, EXPECTED_GROUPS);
    return c;
  });
  // The example vault's cadences ask for 6.6 touches a week against a budget of 6.
  assert.equal(p.load, "Your cadences ask for about 7 touches a week; your budget is 6");
  assert.equal(await s.page.locator(`${DUE_VIEW} .cc-load.cc-over-budget`).count(), 1, "shown as over budget");
  assert.match(
    await s.page.locator(`${DUE_VIEW} .cc-week-summary`).innerText(),
    /^This week: 5 to go · 1 done · budget 6$/,
    "5 to reach, 1 touch since Monday, budget 6",
  );
  assert.deepEqual(rowsOf(p), EXPECTED_ROWS);
  for (const name of NEVER_LISTED)
    assert.ok(!p.items.some((i) => i.kind === "contact" && i.name === name), `${name} is not listed to reach`);
  assert.deepEqual(
    p.items.filter((i) => i.kind === "keyDate").map((i) => [i.name, i.why]),
    EXPECTED_COMING_UP,
  );
  assert.ok(!p.items.some((i) => i.name === "Maya Goldberg"), "a do-not-contact person is listed nowhere");

  await expandGroup(s.page, "snoozed");
  await expandGroup(s.page, "problems");
  const all = await readPanel(s.page);
  assert.deepEqual(
    all.items.filter((i) => i.group === "snoozed").map((i) => [i.name, i.why]),
    EXPECTED_SNOOZED,
  );
  assert.deepEqual(
    all.items.filter((i) => i.group === "problems").map((i) => [i.path, i.why]),
    EXPECTED_PROBLEMS,
  );
  await eventually(async () =>
    assert.equal(await s.page.locator(".status-bar .plugin-contact-cadence").textContent(), "7 overdue · 4 due today · 3 new"),
  );
}

export const scenarios: Scenario[] = [
  {
    name: "the panel shows the right people in the right groups, with the reasons",
    async run(t) {
      const s = await t.open();
      await checkStartupPanel(s);
      // Collapsed groups stay collapsed until asked, and the header says how many are inside.
      assert.equal(await s.page.locator(`${DUE_VIEW} .cc-group-header[data-group="problems"] .cc-group-count`).textContent(), "4");
    },
  },
  {
    name: "the same panel when Obsidian's metadata cache starts cold",
    async run(t) {
      const s = await t.open({ cache: "cold" });
      await checkStartupPanel(s);
    },
  },
  {
    name: "the ribbon icon and the status bar open the same panel",
    async run(t) {
      const s = await t.open();
      await s.page.locator('.side-dock-ribbon-action[aria-label="Open the due panel"]').click();
      await s.page.locator(`${DUE_VIEW} .cc-group-header`).first().waitFor();
      assert.deepEqual(await s.hooks((h) => h.leafTypes()), ["contact-cadence-due"], "one panel, in the sidebar");
      await s.runCommand("open-due-panel");
      await s.page.locator(".status-bar .plugin-contact-cadence").click();
      assert.deepEqual(await s.hooks((h) => h.leafTypes()), ["contact-cadence-due"], "opening it again reuses the panel");
    },
  },
];
