import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LazySortedList } from "../../src/lib/lazy-sort";

const byNumber = (a: number, b: number): number => a - b;

describe("LazySortedList", () => {
  it("reads back the sorted order whatever the order of reads", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 600 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (items, reads) => {
          const sorted = [...items].sort(byNumber);
          const list = new LazySortedList([...items], byNumber);
          for (const r of reads) {
            if (items.length === 0) break;
            const i = r % items.length;
            expect(list.at(i)).toBe(sorted[i]);
          }
          expect(list.toArray()).toEqual(sorted);
        },
      ),
    );
  });

  it("keeps every item exactly once (a multiset, duplicates included)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 100, maxLength: 400 }), (items) => {
        const list = new LazySortedList([...items], byNumber);
        list.at(3);
        list.at(70);
        expect(list.toArray()).toEqual([...items].sort(byNumber));
      }),
    );
  });

  it("sorts only as far as it is read, with about one comparison per item for the first rows", () => {
    const n = 10_000;
    const items = Array.from({ length: n }, (_, i) => (i * 7919) % n);
    let comparisons = 0;
    const list = new LazySortedList(items, (a: number, b: number) => {
      comparisons++;
      return a - b;
    });
    for (let i = 0; i < 30; i++) expect(list.at(i)).toBe(i);
    expect(list.sortedCount).toBeLessThan(n / 10);
    // A full sort needs about n·log2(n) ≈ 130,000 comparisons.
    expect(comparisons).toBeLessThan(2 * n);
    expect(list.at(n - 1)).toBe(n - 1);
    expect(list.sortedCount).toBe(n);
  });

  it("extends the sorted prefix geometrically while scrolling down", () => {
    const n = 5000;
    const list = new LazySortedList(
      Array.from({ length: n }, (_, i) => n - i),
      byNumber,
    );
    let extensions = 0;
    let last = 0;
    for (let i = 0; i < n; i += 25) {
      list.at(i);
      if (list.sortedCount !== last) extensions++;
      last = list.sortedCount;
    }
    expect(extensions).toBeLessThan(12);
  });

  it("filters in order and keeps the sorted part sorted", () => {
    const items = Array.from({ length: 2000 }, (_, i) => (i * 31) % 2000);
    const list = new LazySortedList(items, byNumber);
    list.at(99);
    const evens = list.filter((x) => x % 2 === 0);
    expect(evens.sortedCount).toBeGreaterThanOrEqual(50);
    expect(evens.length).toBe(1000);
    expect(evens.toArray()).toEqual(Array.from({ length: 1000 }, (_, i) => i * 2));
  });

  it("filters a fully sorted list without comparing again", () => {
    let comparisons = 0;
    const list = new LazySortedList([5, 3, 9, 1, 7], (a: number, b: number) => {
      comparisons++;
      return a - b;
    });
    list.toArray();
    const filtered = list.filter((x) => x > 2);
    comparisons = 0;
    expect(filtered.toArray()).toEqual([3, 5, 7, 9]);
    expect(comparisons).toBe(0);
  });

  it("drops the first items of the sorted order, sorting only that far", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 300 }),
        fc.nat({ max: 320 }),
        fc.nat({ max: 320 }),
        (items, k, read) => {
          const list = new LazySortedList([...items], byNumber);
          if (items.length > 0) list.at(read % items.length);
          const rest = list.dropFirst(k);
          expect(rest.toArray()).toEqual([...items].sort(byNumber).slice(k));
          expect(list.toArray()).toEqual([...items].sort(byNumber));
        },
      ),
    );
    const n = 10_000;
    const big = new LazySortedList(
      Array.from({ length: n }, (_, i) => (i * 7919) % n),
      byNumber,
    );
    const rest = big.dropFirst(5);
    expect(rest.length).toBe(n - 5);
    expect(rest.at(0)).toBe(5);
    // Five taken: nowhere near the whole list was sorted to take them.
    expect(big.sortedCount).toBeLessThan(n / 4);
  });

  it("rejects positions outside the list", () => {
    const list = new LazySortedList([2, 1], byNumber);
    expect(() => list.at(2)).toThrow(RangeError);
    expect(() => list.at(-1)).toThrow(RangeError);
    expect(() => new LazySortedList<number>([], byNumber).at(0)).toThrow(RangeError);
  });
});
