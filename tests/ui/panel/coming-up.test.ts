import { describe, expect, it } from "vitest";
import { buildContact } from "../../../src/core/build-contact";
import { isoDate } from "../../../src/core/dates";
import { upcomingKeyDates } from "../../../src/core/key-dates";
import { defaultSettings } from "../../../src/core/settings";
import { scheduleContact } from "../../../src/core/schedule";
import { FlatRows } from "../../../src/ui/panel/flat-rows";
import { defaultCollapsed, filterGroups, groupSchedule, NO_FILTERS, type ComingUpItem } from "../../../src/ui/panel/list-model";

const TODAY = isoDate("2026-11-26");
const settings = defaultSettings();

function person(path: string, frontmatter: Record<string, unknown>) {
  return buildContact({ path, frontmatter, tags: path.includes("Work") ? ["work"] : [] }, settings);
}

const people = [
  person("Contacts/Work/Ben.md", { tier: "B", "last-touch": "2026-11-01", birthday: "1986-12-01" }),
  person("Contacts/Harold.md", { tier: "none", birthday: "--11-29" }),
  person("Contacts/Maya.md", { tier: "A", "do-not-contact": true, birthday: "1985-11-30" }),
];

function items(): ComingUpItem[] {
  return people.flatMap((c) => upcomingKeyDates(c, TODAY, settings.keyDateDays).map((date) => ({ date, contact: c })));
}

describe("the panel's Coming up group", () => {
  it("lists the dates soonest first, untracked people included, do-not-contact never", () => {
    const groups = groupSchedule(people.map((c) => scheduleContact(c, TODAY, settings.soonDays)), [], items());
    const rows = new FlatRows(groups, defaultCollapsed());
    const shown: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows.at(i);
      if (r.kind === "keyDate") shown.push(`${r.item.date.name}:${r.item.date.next}`);
      if (r.kind === "header") shown.push(`[${r.label} ${r.count}]`);
    }
    expect(shown).toEqual(["[Coming up 2]", "Harold:2026-11-29", "Ben:2026-12-01"]);
  });

  it("follows the panel's filters", () => {
    const groups = groupSchedule([], [], items());
    const work = filterGroups(groups, { ...NO_FILTERS, tag: "work" });
    expect(work.comingUp.toArray().map((i) => i.contact.name)).toEqual(["Ben"]);
    expect(filterGroups(groups, { ...NO_FILTERS, search: "har" }).comingUp.length).toBe(1);
  });
});
