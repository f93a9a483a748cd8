/**
 * Reach-outs inserted into a note: the block's form, where it goes, line endings kept, a second
 * run that adds nothing, and do-not-contact people never listed.
 */
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/dates";
import { buildContact } from "../../src/core/build-contact";
import { insertReachOuts, reachOutsFor, type ReachOut } from "../../src/core/reach-outs";
import { scheduleContact } from "../../src/core/schedule";
import { defaultSettings } from "../../src/core/settings";

const PRIYA: ReachOut = { linktext: "Priya Raman", reason: "43 days overdue" };
const SAM: ReachOut = { linktext: "Sam Rivera", reason: "due today" };
const H = "Reach out";

describe("inserting reach-outs", () => {
  it("adds a block at the end of a note, after a blank line", () => {
    expect(insertReachOuts("# Thursday\n\nNotes.\n", [PRIYA, SAM], H)).toEqual({
      text: "# Thursday\n\nNotes.\n\n## Reach out\n- [ ] [[Priya Raman]] — 43 days overdue\n- [ ] [[Sam Rivera]] — due today\n",
      added: 2,
    });
  });

  it("fills an empty note, and a note without a final line break", () => {
    expect(insertReachOuts("", [SAM], H).text).toBe("## Reach out\n- [ ] [[Sam Rivera]] — due today\n");
    expect(insertReachOuts("Notes.", [SAM], H).text).toBe("Notes.\n\n## Reach out\n- [ ] [[Sam Rivera]] — due today\n");
  });

  it("keeps CRLF line endings", () => {
    expect(insertReachOuts("# Day\r\n", [SAM], H).text).toBe("# Day\r\n\r\n## Reach out\r\n- [ ] [[Sam Rivera]] — due today\r\n");
  });

  it("adds nothing the second time: the note comes back unchanged", () => {
    const once = insertReachOuts("# Day\n", [PRIYA, SAM], H).text;
    expect(insertReachOuts(once, [PRIYA, SAM], H)).toEqual({ text: once, added: 0 });
  });

  it("adds only the people an existing block does not list, after its last item, ticked ones kept", () => {
    const text = "# Day\n## reach out\n- [x] [[Priya Raman]] — 43 days overdue\n\n## Later\ntext\n";
    expect(insertReachOuts(text, [PRIYA, SAM], H)).toEqual({
      text: "# Day\n## reach out\n- [x] [[Priya Raman]] — 43 days overdue\n- [ ] [[Sam Rivera]] — due today\n\n## Later\ntext\n",
      added: 1,
    });
  });

  it("appends to a block that ends the note without a line break", () => {
    expect(insertReachOuts("## Reach out\n- [ ] [[Priya Raman]] — x", [PRIYA, SAM], H).text).toBe(
      "## Reach out\n- [ ] [[Priya Raman]] — x\n- [ ] [[Sam Rivera]] — due today",
    );
  });
});

describe("the reach-outs of a plan", () => {
  const settings = defaultSettings();
  const make = (name: string, fm: Record<string, unknown>) =>
    scheduleContact(buildContact({ path: `Contacts/${name}.md`, frontmatter: fm }, settings), isoDate("2026-11-26"), 7);
  it("say why each person is there, and never list a do-not-contact person", () => {
    const plan = [
      make("Priya Raman", { tier: "A", "last-touch": isoDate("2026-09-14") }),
      make("Sam Rivera", { tier: "A", "last-touch": isoDate("2026-10-26") }),
      make("Ann Lee", { tier: "B" }),
      make("Kim Doe", { tier: "A", "last-touch": isoDate("2026-11-01") }),
      make("Kevin Brandt", { tier: "A", "do-not-contact": true }),
    ];
    expect(reachOutsFor(plan, (p) => p.slice(9, -3))).toEqual([
      { linktext: "Priya Raman", reason: "43 days overdue" },
      { linktext: "Sam Rivera", reason: "due today" },
      { linktext: "Ann Lee", reason: "never contacted" },
      { linktext: "Kim Doe", reason: "due in 5 days" },
    ]);
  });
});
