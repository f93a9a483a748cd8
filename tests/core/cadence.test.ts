import { describe, expect, it } from "vitest";
import { addCadence, cadenceDays, describeCadence, describeCadenceText, formatCadence, parseCadence } from "../../src/core/cadence";
import { isoDate } from "../../src/core/dates";

/** Every spelling of a cadence the README documents, with its normal form. */
const GRAMMAR: ReadonlyArray<[input: unknown, normal: string]> = [
  ["1d", "1d"],
  ["3 d", "3d"],
  ["1 day", "1d"],
  ["10 days", "10d"],
  ["2w", "2w"],
  ["2 wk", "2w"],
  ["1 week", "1w"],
  ["2 weeks", "2w"],
  ["3m", "3m"],
  ["3 mo", "3m"],
  ["1 month", "1m"],
  ["6 months", "6m"],
  ["1y", "1y"],
  ["2 yr", "2y"],
  ["1 year", "1y"],
  ["2 years", "2y"],
  ["45", "45d"],
  [45, "45d"],
  ["P10D", "10d"],
  ["P6W", "6w"],
  ["P3M", "3m"],
  ["P1Y", "1y"],
  ["p2w", "2w"],
  ["daily", "1d"],
  ["weekly", "1w"],
  ["fortnightly", "2w"],
  ["biweekly", "2w"],
  ["monthly", "1m"],
  ["bimonthly", "2m"],
  ["quarterly", "3m"],
  ["semiannual", "6m"],
  ["semiannually", "6m"],
  ["twice a year", "6m"],
  ["yearly", "1y"],
  ["annual", "1y"],
  ["annually", "1y"],
  // case-insensitive, spaces allowed
  ["Quarterly", "3m"],
  ["  2  WEEKS ", "2w"],
  ["Twice  A Year", "6m"],
  ["3M", "3m"],
];

describe("parseCadence", () => {
  it.each(GRAMMAR)("reads %j as %s", (input, normal) => {
    const parsed = parseCadence(input);
    expect(parsed.kind).toBe("cadence");
    if (parsed.kind === "cadence") expect(formatCadence(parsed.cadence)).toBe(normal);
  });

  it.each(["constructor", "__proto__", "every constructor", "3constructor", "2 __proto__", "toString", "every hasOwnProperty"])(
    "reads %j, a name every object answers to, as no cadence",
    (input) => {
      expect(parseCadence(input).kind).toBe("invalid");
    },
  );

  it.each(["never", "none", "Never", " NONE "])("reads %j as untracked", (input) => {
    expect(parseCadence(input)).toEqual({ kind: "never" });
  });

  it.each<unknown>([
    "0",
    "0d",
    "-3m",
    "P0W",
    "sometimes",
    "3 fortnights",
    "m",
    "",
    "3x",
    "every",
    "every 0 weeks",
    "every other fortnight",
    0,
    -2,
    true,
    null,
    undefined,
    ["3m"],
    { n: 3 },
  ])("rejects %j", (input) => {
    expect(parseCadence(input)).toEqual({ kind: "invalid" });
  });

  it.each<unknown>(["1.5m", "1.5 weeks", "0,5y", "every 2.5 months", ".5w", 1.5])("rejects %j and says decimals are not read", (input) => {
    const parsed = parseCadence(input);
    expect(parsed.kind).toBe("invalid");
    if (parsed.kind === "invalid") expect(parsed.reason).toMatch(/whole number/);
  });
});

/** The words other tools write, with what they mean here. */
const OTHER_TOOLS: ReadonlyArray<[input: string, normal: string]> = [
  ["bi-weekly", "2w"],
  ["Bi-Weekly", "2w"],
  ["every other week", "2w"],
  ["every 2 weeks", "2w"],
  ["Every 3 Months", "3m"],
  ["every week", "1w"],
  ["every month", "1m"],
  ["every 10 days", "10d"],
  ["every 2w", "2w"],
  ["semi-monthly", "15d"],
  ["semimonthly", "15d"],
  ["twice a month", "15d"],
  ["bi-monthly", "2m"],
  ["every other month", "2m"],
  ["semi-annually", "6m"],
  ["semi-annual", "6m"],
  ["half-yearly", "6m"],
  ["Half-Yearly", "6m"],
  ["bi-annually", "6m"],
  ["biannually", "6m"],
  ["biannual", "6m"],
  ["bi-annual", "6m"],
  ["biennially", "2y"],
  ["biennial", "2y"],
  ["every other year", "2y"],
];

describe("parseCadence, other tools' words", () => {
  it.each(OTHER_TOOLS)("reads %j as %s", (input, normal) => {
    const parsed = parseCadence(input);
    expect(parsed.kind).toBe("cadence");
    if (parsed.kind === "cadence") expect(formatCadence(parsed.cadence)).toBe(normal);
  });
});

describe("addCadence", () => {
  const cases: ReadonlyArray<[from: string, cadence: string, to: string]> = [
    ["2026-11-26", "1d", "2026-11-27"],
    ["2026-12-31", "1d", "2027-01-01"],
    ["2026-11-26", "2w", "2026-12-10"],
    ["2026-08-31", "1m", "2026-09-30"], // clamped to the month's end
    ["2026-01-31", "1m", "2026-02-28"],
    ["2028-01-31", "1m", "2028-02-29"], // leap year
    ["2026-11-30", "3m", "2027-02-28"],
    ["2028-02-29", "1y", "2029-02-28"],
    ["2026-03-29", "1w", "2026-04-05"], // across a DST change in most northern zones
    ["2026-10-25", "7d", "2026-11-01"],
    ["2026-05-15", "12m", "2027-05-15"],
  ];
  it.each(cases)("%s + %s = %s", (from, cadence, to) => {
    const parsed = parseCadence(cadence);
    if (parsed.kind !== "cadence") throw new Error(`bad cadence ${cadence}`);
    expect(addCadence(isoDate(from), parsed.cadence)).toBe(to);
  });
});

describe("cadenceDays", () => {
  it("uses 1, 7, 30.44 and 365.25 days per unit", () => {
    expect(cadenceDays({ n: 3, unit: "d" })).toBe(3);
    expect(cadenceDays({ n: 2, unit: "w" })).toBe(14);
    expect(cadenceDays({ n: 3, unit: "m" })).toBeCloseTo(91.32, 10);
    expect(cadenceDays({ n: 1, unit: "y" })).toBe(365.25);
  });
});

describe("describeCadence", () => {
  it.each([
    ["1d", "daily"],
    ["45", "every 45 days"],
    ["weekly", "weekly"],
    ["2 weeks", "every 2 weeks"],
    ["P6W", "every 6 weeks"],
    ["monthly", "monthly"],
    ["quarterly", "every 3 months"],
    ["twice a month", "every 15 days"],
    ["1y", "yearly"],
    ["biennially", "every 2 years"],
  ])("%s reads %s", (written, words) => {
    const parsed = parseCadence(written);
    if (parsed.kind !== "cadence") throw new Error(`${written} should parse`);
    expect(describeCadence(parsed.cadence)).toBe(words);
  });

  it("puts a tier's cadence text in words, and shows text it cannot read as it is", () => {
    expect(describeCadenceText("3m")).toBe("every 3 months");
    expect(describeCadenceText("never")).toBe("never");
    expect(describeCadenceText("sometimes")).toBe("sometimes");
  });
});
