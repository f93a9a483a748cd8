/**
 * The daily-note formats read without moment.js agree with moment's strict parsing (as
 * `momentParser` applies it, the oracle) on random formats and random texts, most of them
 * near-misses of a real date; formats with anything else are left to moment. And the daily-note
 * date read in place agrees with the plain reading that splits the path.
 */
import fc from "fast-check";
import moment from "moment";
import { describe, expect, it } from "vitest";
import { digitDateReader } from "../../src/core/date-format";
import { dailyNoteDate, momentParser, type DailyNotes, type ParseDate } from "../../src/core/dated-notes";

const byMoment: ParseDate = momentParser((text, format, strict) => moment(text, format, strict));

const literal = fc.constantFrom("", "-", "/", ".", " ", "_", ", ", "[Daily] ", "[W]", "[log-]", "é", "0", "7");
/** A year, a month and a day in some order, with text between, and sometimes a field said twice. */
const format = fc
  .record({
    order: fc.shuffledSubarray(["Y", "M", "D"], { minLength: 3, maxLength: 3 }),
    month: fc.constantFrom("MM", "M"),
    day: fc.constantFrom("DD", "D"),
    between: fc.array(literal, { minLength: 4, maxLength: 4 }),
    again: fc.constantFrom("", "", "YYYY", "MM", "D"),
  })
  .map(({ order, month, day, between, again }) => {
    const tokens = order.map((t) => (t === "Y" ? "YYYY" : t === "M" ? month : day));
    return `${between[0]}${tokens[0]}${between[1]}${tokens[1]}${between[2]}${tokens[2]}${between[3]}${again}`;
  });

/** A date written in the format, then perhaps changed a little (a digit, a character dropped or added, the case). */
const text = (f: string): fc.Arbitrary<string> =>
  fc
    .record({
      day: fc.integer({ min: 0, max: 9999 * 366 }),
      year: fc.integer({ min: 0, max: 9999 }),
      edit: fc.nat(9),
      at: fc.nat(40),
      ch: fc.constantFrom("0", "1", "9", "-", "/", "a", "D", " "),
    })
    .map(({ day, year, edit, at, ch }) => {
      const written = moment
        .utc([year, 0, 1])
        .add(day % 366, "days")
        .format(f);
      const i = at % (written.length + 1);
      if (edit === 0) return written.slice(0, i) + ch + written.slice(i + 1);
      if (edit === 1) return written.slice(0, i) + written.slice(i + 1);
      if (edit === 2) return written.slice(0, i) + ch + written.slice(i);
      if (edit === 3) return written.toLowerCase();
      return written;
    });

describe("daily-note formats of digits and plain text", () => {
  it("read as moment reads them, strictly", () => {
    let dates = 0;
    fc.assert(
      fc.property(
        format.chain((f) => fc.tuple(fc.constant(f), text(f))),
        ([f, t]) => {
          const read = digitDateReader(f);
          // A generated format without a year, month or day is left to moment.
          if (read === null) return;
          const date = byMoment(t, f);
          expect(read(t)).toBe(date);
          if (date !== null) dates++;
        },
      ),
      { numRuns: 3000 },
    );
    // Most texts are dates or near-misses of one: the agreement covers both.
    expect(dates).toBeGreaterThan(300);
  });

  it("reads the usual formats, and leaves the others to moment", () => {
    for (const f of ["YYYY-MM-DD", "YYYY/YYYY-MM-DD", "YYYY/MM/DD", "DD.MM.YYYY", "[Daily note] YYYY-MM-DD", "D-M-YYYY", "YYYYMMDD"]) {
      expect(digitDateReader(f), f).not.toBeNull();
    }
    for (const f of [
      "YY-MM-DD",
      "YYYY-MMM-DD",
      "dddd, MMMM Do YYYY",
      "GGGG-[W]WW-E",
      "YYYY-MM",
      "YYYY-MD",
      "YYYY-MM-DD\\T",
      "[a[b]] YYYY-MM-DD",
    ]) {
      expect(digitDateReader(f), f).toBeNull();
    }
    expect(digitDateReader("YYYY/YYYY-MM-DD")?.("2026/2026-11-26")).toBe("2026-11-26");
    expect(digitDateReader("YYYY/YYYY-MM-DD")?.("2025/2026-11-26")).toBeNull();
    expect(digitDateReader("D.M.YYYY")?.("26.11.2026")).toBe("2026-11-26");
    expect(digitDateReader("D.M.YYYY")?.("26.011.2026")).toBeNull();
    expect(digitDateReader("[Daily] YYYY-MM-DD")?.("daily 2026-11-26")).toBeNull();
    expect(digitDateReader("YYYY-MM-DD")?.("2026-02-29")).toBeNull();
  });
});

/** The daily-note date as first written: split the path, join its last segments, parse them. */
function splitReading(path: string, daily: DailyNotes): string | null {
  if (!(path.length > 3 && path.slice(-3).toLowerCase() === ".md")) return null;
  const stem = path.slice(0, -3);
  let below = stem;
  if (daily.folder !== "") {
    if (!stem.startsWith(daily.folder) || stem.charAt(daily.folder.length) !== "/") return null;
    below = stem.slice(daily.folder.length + 1);
  }
  const depth = daily.format.replace(/\[[^\]]*\]/g, "").split("/").length;
  const segments = below.split("/");
  if (segments.length < depth) return null;
  const tail = segments.slice(-depth).join("/");
  return tail === "" ? null : byMoment(tail, daily.format);
}

describe("a daily note's date, read in place", () => {
  it("agrees with splitting the path", () => {
    const segment = fc.constantFrom("Daily", "2026", "11", "2026-11-26", "26", "", "Daily note 2026-11-26", "x.md", "2026-11-26.MD");
    const settings = fc.record({
      folder: fc.constantFrom("", "Daily", "Daily/Journal", "2026"),
      format: fc.constantFrom("YYYY-MM-DD", "YYYY/YYYY-MM-DD", "YYYY/MM/DD", "[Daily note] YYYY-MM-DD", "YYYY-MM-DD [a/b]", "MMMM YYYY/DD"),
    });
    fc.assert(
      fc.property(
        settings,
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(".md", ".MD", "", ".txt", "md"),
        (daily, parts, ext) => {
          const path = parts.join("/") + ext;
          expect(dailyNoteDate(path, daily, byMoment)).toBe(splitReading(path, daily));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
