import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexAt, itemCount, offsetOf, totalHeight, windowRange, type RowHeights, type Section } from "../../src/lib/list-geometry";

/** The obvious, per-item reference: every item's top and height. */
function layout(sections: readonly Section[], h: RowHeights): { top: number; height: number }[] {
  const out: { top: number; height: number }[] = [];
  let y = 0;
  for (const s of sections) {
    out.push({ top: y, height: h.header });
    y += h.header;
    for (let i = 0; i < s.rows; i++) {
      out.push({ top: y, height: h.row });
      y += h.row;
    }
  }
  return out;
}

const sectionsArb = fc.array(fc.record({ rows: fc.nat({ max: 30 }) }), { maxLength: 6 });
const heightsArb = fc.record({ header: fc.integer({ min: 1, max: 50 }), row: fc.integer({ min: 1, max: 90 }) });

describe("the window geometry", () => {
  it("agrees with a per-item layout on offsets and on the item under each pixel", () => {
    fc.assert(
      fc.property(sectionsArb, heightsArb, (sections, h) => {
        const items = layout(sections, h);
        expect(itemCount(sections)).toBe(items.length);
        const total = items.reduce((sum, it) => sum + it.height, 0);
        expect(totalHeight(sections, h)).toBe(total);
        items.forEach((it, i) => {
          expect(offsetOf(sections, h, i)).toBe(it.top);
          expect(indexAt(sections, h, it.top)).toBe(i);
          expect(indexAt(sections, h, it.top + it.height - 1)).toBe(i);
        });
      }),
    );
  });

  it("renders every item that meets the viewport, and only a bounded margin more", () => {
    fc.assert(
      fc.property(
        sectionsArb,
        heightsArb,
        fc.nat({ max: 3000 }),
        fc.integer({ min: 1, max: 800 }),
        fc.nat({ max: 5 }),
        (sections, h, scrollTop, viewport, overscan) => {
          const items = layout(sections, h);
          const range = windowRange(sections, h, scrollTop, viewport, overscan);
          if (items.length === 0) {
            expect(range).toEqual({ start: 0, end: 0, top: 0, total: 0 });
            return;
          }
          const total = totalHeight(sections, h);
          const from = Math.min(scrollTop, total - 1);
          const visible = items.map((it, i) => ({ ...it, i })).filter((it) => it.top + it.height > from && it.top < from + viewport);
          for (const it of visible) {
            expect(it.i).toBeGreaterThanOrEqual(range.start);
            expect(it.i).toBeLessThan(range.end);
          }
          expect(range.end - range.start).toBeLessThanOrEqual(visible.length + 2 * overscan);
          expect(range.top).toBe(items[range.start]?.top);
        },
      ),
    );
  });

  it("keeps the window small with ten thousand rows, wherever the list is scrolled", () => {
    const sections = [{ rows: 4000 }, { rows: 6000 }, { rows: 0 }];
    const h = { header: 30, row: 60 };
    for (const scrollTop of [0, 59_999, 240_030, 599_000, 10_000_000]) {
      const range = windowRange(sections, h, scrollTop, 600, 5);
      expect(range.end - range.start).toBeLessThanOrEqual(600 / 60 + 1 + 10);
      expect(range.end).toBeGreaterThan(range.start);
    }
    // Scrolled past the end (the list just shrank): the last rows are shown, not nothing.
    expect(windowRange(sections, h, 10_000_000, 600, 0).end).toBe(itemCount(sections));
  });
});
