import { describe, expect, it } from "vitest";
import { checkLogDate, checkNewContactName, checkSnoozeDate, defaultNewTier } from "../../../src/ui/modals/forms";
import { contact, settings, TODAY } from "../helpers";

describe("the log form", () => {
  it("accepts today and past dates, and refuses what is not a date", () => {
    expect(checkLogDate(TODAY, TODAY)).toEqual({});
    expect(checkLogDate(" 2026-01-31 ", TODAY)).toEqual({});
    for (const bad of ["", "2026-02-30", "26-11-2026", "yesterday"]) expect(checkLogDate(bad, TODAY).error).toBeDefined();
  });

  it("warns, without blocking, that a future date is not a touch yet", () => {
    const check = checkLogDate("2026-11-27", TODAY);
    expect(check.error).toBeUndefined();
    expect(check.warning).toMatch(/after today/);
  });
});

describe("the snooze form", () => {
  it("needs a date after today", () => {
    expect(checkSnoozeDate("2026-11-27", TODAY)).toEqual({});
    expect(checkSnoozeDate(TODAY, TODAY).error).toMatch(/after today/);
    expect(checkSnoozeDate("2026-11-01", TODAY).error).toBeDefined();
    expect(checkSnoozeDate("2026-13-01", TODAY).error).toMatch(/YYYY-MM-DD/);
  });
});

describe("the new contact form", () => {
  const existing = [contact("Zoë Martin"), contact("Bob", {}, { path: "Contacts/Work/Bob.md" })];

  it("needs a name", () => {
    expect(checkNewContactName("   ", existing).error).toBeDefined();
    expect(checkNewContactName("Ann", existing)).toEqual({});
  });

  it("warns about a name already taken, ignoring case and accents", () => {
    expect(checkNewContactName("zoe martin", existing)).toEqual({
      warning: "A contact named Zoë Martin already exists (Contacts/Zoë Martin.md).",
    });
    expect(checkNewContactName(" BOB ", existing).warning).toMatch(/Contacts\/Work\/Bob\.md/);
  });

  it("suggests the loosest tier by default", () => {
    expect(defaultNewTier(settings.tiers)).toBe("D");
    expect(defaultNewTier([])).toBeNull();
  });
});
