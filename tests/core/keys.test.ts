import { describe, expect, it } from "vitest";
import { findKey, keyShape } from "../../src/core/keys";

const SAME: ReadonlyArray<readonly string[]> = [
  ["Last Contact", "last-contact", "lastContact", "last_contact", "LAST CONTACT", "Last-Contact", "last  contact", "LastContact"],
  ["prm-tier", "prm_tier", "PRM Tier", "prmTier"],
  ["do not contact", "do-not-contact", "doNotContact", "Do_Not_Contact"],
];

describe("keyShape", () => {
  it.each(SAME)("treats %j and its spellings as one key", (...spellings) => {
    const shapes = new Set(spellings.map(keyShape));
    expect(shapes.size).toBe(1);
  });

  it.each([
    ["last-touch", "last-contact"],
    ["tier", "prm-tier"],
    ["dnc", "do-not-contact"],
    ["snooze", "snooze-until"],
  ])("keeps %j and %j apart", (a, b) => {
    expect(keyShape(a)).not.toBe(keyShape(b));
  });

  it("answers the same after the memo is full and cleared", () => {
    for (let i = 0; i < 5000; i++) keyShape(`key ${i}`);
    expect(keyShape("Last Contact")).toBe("lastcontact");
  });
});

describe("findKey", () => {
  it("finds the note's own spelling", () => {
    expect(findKey({ name: "Ann", "Last Contact": "2026-01-01" }, "last-contact")).toBe("Last Contact");
    expect(findKey({ name: "Ann" }, "last-contact")).toBeUndefined();
  });
});
