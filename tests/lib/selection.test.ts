import { describe, expect, it } from "vitest";
import { Selection } from "../../src/lib/selection";

// A list with a header at 0 and 4, people elsewhere.
const LIST = ["#week", "ann", "bob", "cy", "#overdue", "dee", "eve"];
const keyAt = (i: number): string | null => {
  const k = LIST[i];
  return k === undefined || k.startsWith("#") ? null : k;
};

describe("Selection", () => {
  it("a plain click selects one row only", () => {
    const s = new Selection();
    s.click(1, "ann", "single", keyAt);
    s.click(2, "bob", "single", keyAt);
    expect(s.values()).toEqual(["bob"]);
  });

  it("Ctrl/Cmd-click toggles a row and keeps the others", () => {
    const s = new Selection();
    s.click(1, "ann", "toggle", keyAt);
    s.click(5, "dee", "toggle", keyAt);
    expect(s.values()).toEqual(["ann", "dee"]);
    s.click(1, "ann", "toggle", keyAt);
    expect(s.values()).toEqual(["dee"]);
  });

  it("Shift-click adds the range from the last click, across groups, skipping headers", () => {
    const s = new Selection();
    s.click(2, "bob", "single", keyAt);
    s.click(6, "eve", "range", keyAt);
    expect(s.values().sort()).toEqual(["bob", "cy", "dee", "eve"]);
  });

  it("a range upwards works the same", () => {
    const s = new Selection();
    s.click(5, "dee", "toggle", keyAt);
    s.click(1, "ann", "range", keyAt);
    expect(s.values().sort()).toEqual(["ann", "bob", "cy", "dee"]);
  });

  it("Shift-click with nothing clicked before selects that row", () => {
    const s = new Selection();
    s.click(3, "cy", "range", keyAt);
    expect(s.values()).toEqual(["cy"]);
  });

  it("select all adds what is listed; retain drops who left the list", () => {
    const s = new Selection();
    s.click(1, "ann", "single", keyAt);
    s.addAll(["bob", "cy"]);
    expect(s.size).toBe(3);
    s.retain((k) => k !== "bob");
    expect(s.values()).toEqual(["ann", "cy"]);
    s.clear();
    expect(s.size).toBe(0);
  });
});
