import { describe, expect, it } from "vitest";
import { describeWrite } from "../../src/obsidian/write-labels";
import { isoDate } from "../../src/core/dates";

describe("describeWrite", () => {
  it("words each write for its notice (sentence case) and its undo label", () => {
    expect(describeWrite({ kind: "log", type: "email" }, "Ann")).toEqual({
      message: "Logged an email with Ann.",
      label: "log an email with Ann",
    });
    expect(describeWrite({ kind: "log", type: null }, "Ann").message).toBe("Logged an interaction with Ann.");
    expect(describeWrite({ kind: "log", type: "call" }, "Ann").label).toBe("log a call with Ann");
    expect(describeWrite({ kind: "touched" }, "Ann").message).toBe("Ann: touched today.");
    expect(describeWrite({ kind: "snooze", until: isoDate("2026-12-03") }, "Ann").label).toBe("snooze Ann until 2026-12-03");
    expect(describeWrite({ kind: "tier", tierKey: "none" }, "Ann").message).toBe("Ann is now untracked.");
    expect(describeWrite({ kind: "tier", tierKey: "C" }, "Ann").label).toBe("move Ann to tier C");
    expect(describeWrite({ kind: "do-not-contact", on: false }, "Ann").message).toBe("Ann is no longer do-not-contact.");
    expect(describeWrite({ kind: "follow-up" }, "2026-11-20")).toEqual({
      message: "Ticked a follow-up in 2026-11-20.",
      label: "tick a follow-up in 2026-11-20",
    });
  });
});
