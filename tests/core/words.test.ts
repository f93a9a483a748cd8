import { describe, expect, it } from "vitest";
import { formatAmount, formatLoad, roundLoad } from "../../src/core/load";
import { count } from "../../src/core/words";

describe("count", () => {
  it("says one thing and many things", () => {
    expect([count(0, "day"), count(1, "day"), count(2, "day")]).toEqual(["0 days", "1 day", "2 days"]);
    expect([count(1, "touch", "touches"), count(3, "touch", "touches")]).toEqual(["1 touch", "3 touches"]);
  });
});

describe("load numbers", () => {
  it("round to one decimal: a number for JSON, a fixed decimal for sentences, no .0 for amounts", () => {
    expect([roundLoad(6.649), roundLoad(6.65), roundLoad(0.04)]).toEqual([6.6, 6.7, 0]);
    expect([formatLoad(6), formatLoad(6.601), formatLoad(9.96)]).toEqual(["6.0", "6.6", "10.0"]);
    expect([formatAmount(6), formatAmount(6.601), formatAmount(9.96)]).toEqual(["6", "6.6", "10"]);
  });
});
