import { describe, expect, it } from "vitest";
import { buildContact } from "../../../src/core/build-contact";
import { isoDate } from "../../../src/core/dates";
import { upcomingKeyDates } from "../../../src/core/key-dates";
import { defaultSettings } from "../../../src/core/settings";
import { scheduleContact } from "../../../src/core/schedule";
import { FlatRows } from "../../../src/ui/panel/flat-rows";
import { defaultCollapsed, filterGroups, NO_FILTERS, REACH_GROUPS, type ComingUpItem } from "../../../src/ui/panel/list-model";
import { renderRow } from "../../../src/ui/panel/row-dom";
import { groupSchedule } from "./plain-model";

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
    const groups = groupSchedule(
      people.map((c) => scheduleContact(c, TODAY, settings.soonDays)),
      [],
      items(),
    );
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

describe("a paused person", () => {
  // Paused by another tool's key: tier A and a year without a touch, yet not due.
  const ines = buildContact(
    {
      path: "People/Ines.md",
      frontmatter: { name: "Ines", "prm-tier": "A", "prm-paused": true, "prm-last-contacted": "2025-11-01", "prm-birthday": "11-28" },
    },
    settings,
  );
  const ben = people[0]!;
  const dates = [ines, ben].flatMap((c) => upcomingKeyDates(c, TODAY, settings.keyDateDays).map((date) => ({ date, contact: c })));

  it("is in no group of people to reach, and in Coming up with a Paused label", () => {
    const groups = groupSchedule(
      [ines, ben].map((c) => scheduleContact(c, TODAY, settings.soonDays)),
      [],
      dates,
    );
    for (const key of [...REACH_GROUPS, "snoozed" as const])
      expect(groups.contacts[key].toArray().map((s) => s.contact.name)).not.toContain("Ines");
    const shown = groups.comingUp.toArray();
    expect(shown.map((i) => i.contact.name)).toEqual(["Ines", "Ben"]);
    const parent = createDiv();
    const row = renderRow(parent, { kind: "keyDate", group: "comingUp", item: shown[0]! }, 0, TODAY, null);
    expect(row.querySelector(".cc-badge-paused")?.textContent).toBe("Paused");
    const other = renderRow(parent, { kind: "keyDate", group: "comingUp", item: shown[1]! }, 1, TODAY, null);
    expect(other.querySelector(".cc-badge-paused")).toBeNull();
  });
});
