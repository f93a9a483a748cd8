import { describe, expect, it } from "vitest";
import { buildContact } from "../../src/core/build-contact";
import { sameContact, type ContactSource } from "../../src/core/contact";
import { parseLog } from "../../src/core/log";
import { LogFacts } from "../../src/core/log-facts";
import { defaultSettings } from "../../src/core/settings";

const settings = defaultSettings();
const contact = (frontmatter: Record<string, unknown>, extra: Partial<ContactSource> = {}) =>
  buildContact({ path: "Contacts/Ann Lee.md", frontmatter, ...extra }, settings);

describe("buildContact", () => {
  it("reads every field in its canonical spelling", () => {
    const c = contact({
      name: "Ann",
      tier: "B",
      cadence: "quarterly",
      "last-touch": "2026-09-01",
      "snooze-until": "2026-12-01",
      "do-not-contact": false,
      "no-refer": "2026-05-05",
    });
    expect(c).toMatchObject({
      name: "Ann",
      tier: { key: "B" },
      tierRank: 1,
      cadence: { n: 3, unit: "m" },
      lastTouchField: "2026-09-01",
      snoozeUntil: "2026-12-01",
      doNotContact: false,
      noRefer: true,
      noReferSince: "2026-05-05",
      problems: [],
      writable: true,
    });
  });

  it("reads snake_case and camelCase spellings and remembers them", () => {
    const snake = contact({ last_touch: "2026-01-01", snooze_until: "2026-02-01", do_not_contact: "yes", no_refer: "true" });
    expect(snake).toMatchObject({ lastTouchField: "2026-01-01", snoozeUntil: "2026-02-01", doNotContact: true, noRefer: true });
    expect(snake.keys).toMatchObject({
      "last-touch": "last_touch",
      "snooze-until": "snooze_until",
      "do-not-contact": "do_not_contact",
      "no-refer": "no_refer",
    });
    const camel = contact({ lastContact: "2026-03-03", doNotContact: "2026-04-04", noRefer: "no" });
    expect(camel).toMatchObject({ lastTouchField: "2026-03-03", doNotContact: true, doNotContactSince: "2026-04-04", noRefer: false });
    expect(camel.keys["last-touch"]).toBe("lastContact");
    expect(contact({ last_contact: "2026-03-04" }).lastTouchField).toBe("2026-03-04");
  });

  it("defaults the name to the file's basename", () => {
    expect(contact({}).name).toBe("Ann Lee");
    expect(contact({ name: "" }).name).toBe("Ann Lee");
    expect(contact({ name: 42 }).name).toBe("42");
  });

  it("matches tier keys and aliases case-insensitively; the tier sets the cadence", () => {
    expect(contact({ tier: "a" }).cadence).toEqual({ n: 1, unit: "m" });
    expect(contact({ tier: 4 }).tier?.key).toBe("D");
    expect(contact({ tier: "3" }).cadence).toEqual({ n: 6, unit: "m" });
  });

  it("knows whether the note sets its own cadence", () => {
    expect(contact({ tier: "B", cadence: "2w" }).ownCadence).toBe(true);
    expect(contact({ tier: "B", cadence: "never" }).ownCadence).toBe(true);
    expect(contact({ tier: "B", cadence: "" }).ownCadence).toBe(false);
    expect(contact({ tier: "B", cadence: null }).ownCadence).toBe(false);
    expect(contact({ tier: "B", cadence: "sometimes" }).ownCadence).toBe(false);
    expect(contact({ tier: "B" }).ownCadence).toBe(false);
  });

  it("is untracked with tier none or database, or with neither tier nor cadence", () => {
    expect(contact({ tier: "none" }).cadence).toBeNull();
    expect(contact({ tier: "Database", cadence: "1m" }).cadence).toEqual({ n: 1, unit: "m" });
    expect(contact({ tier: "database" }).problems).toEqual([]);
    expect(contact({}).cadence).toBeNull();
    expect(contact({ cadence: "2w" }).cadence).toEqual({ n: 2, unit: "w" });
    expect(contact({ tier: "A", cadence: "never" }).cadence).toBeNull();
  });

  it("reports a bad cadence with file, field and what was expected, and keeps the tier's", () => {
    const c = contact({ tier: "B", cadence: "sometimes" });
    expect(c.cadence).toEqual({ n: 3, unit: "m" });
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toMatchObject({ path: "Contacts/Ann Lee.md", field: "cadence" });
    expect(c.problems[0]?.message).toBe(
      `Contacts/Ann Lee.md: cadence "sometimes" is not a cadence (try 2w, 3m, quarterly); tier B's 3m applies`,
    );
    expect(contact({ cadence: "0d" }).problems[0]?.field).toBe("cadence");
  });

  it("leaves an unknown tier untracked and says which tiers exist", () => {
    const c = contact({ tier: "Z", cadence: "1m" });
    expect(c.cadence).toBeNull();
    expect(c.tier).toBeNull();
    expect(c.problems[0]?.message).toContain('tier "Z" is not a tier (expected one of A, B, C, D, or none)');
  });

  it("reports unreadable dates and ignores them", () => {
    const c = contact({ tier: "A", "last-touch": "last spring", snoozeUntil: "soon" });
    expect(c.lastTouchField).toBeNull();
    expect(c.snoozeUntil).toBeNull();
    expect(c.problems.map((p) => p.field)).toEqual(["last-touch", "snooze-until"]);
    expect(c.problems[0]?.message).toBe('Contacts/Ann Lee.md: last-touch "last spring" is not a date (expected YYYY-MM-DD); it is ignored');
  });

  it("treats an unreadable do-not-contact as set: when in doubt, do not contact", () => {
    const c = contact({ tier: "A", "do-not-contact": "maybe" });
    expect(c.doNotContact).toBe(true);
    expect(c.problems[0]).toMatchObject({ field: "do-not-contact" });
  });

  it.each<[unknown, boolean, string | null]>([
    ["yes", true, null],
    [" No ", false, null],
    ["on", true, null],
    ["", false, null],
    [null, false, null],
    [false, false, null],
    ["2026-03-04", true, "2026-03-04"],
    [new Date(Date.UTC(2026, 2, 4)), true, "2026-03-04"],
  ])("reads the flag %j as set=%s since %s, without a problem", (value, set, since) => {
    const c = contact({ tier: "A", "no-refer": value });
    expect([c.noRefer, c.noReferSince, c.problems]).toEqual([set, since, []]);
  });

  it("reports a name that is not text and keeps the basename", () => {
    const c = contact({ name: ["Ann", "Lee"] });
    expect(c.name).toBe("Ann Lee");
    expect(c.problems.map((p) => p.message)).toEqual([
      'Contacts/Ann Lee.md: name ["Ann","Lee"] is not text (expected a name); using "Ann Lee"',
    ]);
  });

  it("reads a Date object as its UTC date", () => {
    expect(contact({ "last-touch": new Date(Date.UTC(2026, 8, 1)) }).lastTouchField).toBe("2026-09-01");
  });

  it("makes invalid frontmatter a problem only, and the note not writable", () => {
    const c = buildContact(
      { path: "Contacts/Bad.md", frontmatter: undefined, frontmatterError: "frontmatter is not valid YAML (bad indentation)" },
      settings,
    );
    expect(c.writable).toBe(false);
    expect(c.cadence).toBeNull();
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toMatchObject({ path: "Contacts/Bad.md", field: "frontmatter" });
    expect(c.problems[0]?.message).toMatch(
      /^Contacts\/Bad\.md: frontmatter is not valid YAML \(bad indentation\); the plugin will not write to this note/,
    );
  });

  it("normalises tags", () => {
    expect(contact({}, { tags: ["#Contact/Work", "friend", "friend"] }).tags).toEqual(["contact/work", "friend"]);
  });
});

describe("a contact whose tags are read on first use, with its log as facts", () => {
  const entries = parseLog("## Log\n- 2026-11-01 call: hi #gave\n- 2026-10-01 email\n", "Log", settings.interactionTypes);

  function lazy() {
    const reads = { tags: 0 };
    const c = buildContact(
      {
        path: "Contacts/Ann Lee.md",
        frontmatter: { tier: "A" },
        tags: {
          readTags: () => {
            reads.tags++;
            return ["#Contact", "work", "contact"];
          },
        },
        log: LogFacts.of(entries, settings.interactionTypes),
      },
      settings,
    );
    return { c, reads };
  }

  it("takes its latest entry from the facts, and reads the tags only when asked, once", () => {
    const { c, reads } = lazy();
    expect(c.lastLogged).toEqual({ date: "2026-11-01", line: 1 });
    expect(c.tier?.key).toBe("A");
    expect(reads).toEqual({ tags: 0 });
    expect(c.tags).toEqual(["contact", "work"]);
    expect(c.tags).toBe(c.tags);
    expect(reads).toEqual({ tags: 1 });
  });

  it("equals the contact built from the same parts at once, and differs when an entry's type or tags differ", () => {
    const { c } = lazy();
    const eager = buildContact(
      { path: "Contacts/Ann Lee.md", frontmatter: { tier: "A" }, tags: ["#Contact", "work", "contact"], log: entries },
      settings,
    );
    expect(eager.lastLogged).toEqual({ date: "2026-11-01", line: 1 });
    expect(sameContact(c, eager)).toBe(true);
    // Same latest entry, another type on the older one.
    const retyped = parseLog("## Log\n- 2026-11-01 call: hi #gave\n- 2026-10-01 meal\n", "Log", settings.interactionTypes);
    const other = buildContact(
      { path: "Contacts/Ann Lee.md", frontmatter: { tier: "A" }, tags: ["contact", "work"], log: retyped },
      settings,
    );
    expect(other.lastLogged).toEqual(c.lastLogged);
    expect(sameContact(c, other)).toBe(false);
    // A reciprocity tag gone from the latest entry.
    const untagged = parseLog("## Log\n- 2026-11-01 call: hi\n- 2026-10-01 email\n", "Log", settings.interactionTypes);
    const third = buildContact(
      { path: "Contacts/Ann Lee.md", frontmatter: { tier: "A" }, tags: ["contact", "work"], log: untagged },
      settings,
    );
    expect(sameContact(c, third)).toBe(false);
  });
});

describe("frontmatter spellings", () => {
  it("prefers the canonical spelling when a note has two, whatever their order", () => {
    const c = contact({ lastContact: "2026-01-01", "last-touch": "2026-02-02", last_touch: "2026-03-03" });
    expect(c.lastTouchField).toBe("2026-02-02");
    expect(c.keys["last-touch"]).toBe("last-touch");
    const d = contact({ last_contact: "2026-01-01", lastTouch: "2026-03-03" });
    expect(d.lastTouchField).toBe("2026-03-03");
    expect(d.keys["last-touch"]).toBe("lastTouch");
  });
});
