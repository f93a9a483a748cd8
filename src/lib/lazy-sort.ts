/**
 * A list that sorts itself only as far as it is read. The due panel shows twenty rows of a list
 * that may hold ten thousand; sorting all of it (tens of milliseconds with a locale-aware name
 * comparison) would blow the first-paint budget, so the list keeps a sorted prefix and extends it
 * on demand, geometrically, by selecting the next smallest items from the unsorted rest.
 *
 * Invariant: `items[0 .. sorted)` are the `sorted` smallest items of the whole list, in order.
 */
export type Compare<T> = (a: T, b: T) => number;

/** Below this, extending the prefix by selection costs more than sorting the rest outright. */
const MIN_CHUNK = 64;

export class LazySortedList<T> {
  private readonly items: T[];
  private sorted: number;

  /**
   * Takes ownership of `items` (it is reordered in place). `compare` must be a total order.
   * `sortedPrefix` says how many leading items already satisfy the invariant.
   */
  constructor(
    items: T[],
    private readonly compare: Compare<T>,
    sortedPrefix = 0,
  ) {
    this.items = items;
    this.sorted = Math.min(Math.max(0, sortedPrefix), items.length);
    if (items.length <= 1) this.sorted = items.length;
  }

  get length(): number {
    return this.items.length;
  }

  /** How many leading items are in their final place (for tests and diagnostics). */
  get sortedCount(): number {
    return this.sorted;
  }

  /** The item at position `index` of the sorted order. */
  at(index: number): T {
    if (!Number.isInteger(index) || index < 0 || index >= this.items.length) {
      throw new RangeError(`index ${index} is outside 0..${this.items.length - 1}`);
    }
    this.ensureSorted(index + 1);
    return this.items[index] as T;
  }

  /** Every item, in order (sorts whatever is left). */
  toArray(): T[] {
    this.ensureSorted(this.items.length);
    return [...this.items];
  }

  /**
   * The items that pass `keep`, as a new lazy list. Order is kept, so the part of this list
   * already sorted stays sorted in the result: filtering never re-sorts from scratch.
   */
  filter(keep: (item: T) => boolean): LazySortedList<T> {
    const out: T[] = [];
    let prefix = 0;
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i] as T;
      if (!keep(item)) continue;
      out.push(item);
      if (i < this.sorted) prefix++;
    }
    return new LazySortedList(out, this.compare, prefix);
  }

  /**
   * The list without its first `count` items in sorted order, as a new lazy list: sorts only that
   * far, and what was already sorted beyond it stays sorted.
   */
  dropFirst(count: number): LazySortedList<T> {
    const k = Math.min(Math.max(0, Math.floor(count)), this.items.length);
    this.ensureSorted(k);
    return new LazySortedList(this.items.slice(k), this.compare, this.sorted - k);
  }

  /** Makes at least the first `count` items sorted. */
  ensureSorted(count: number): void {
    const n = this.items.length;
    if (count <= this.sorted) return;
    const target = Math.min(n, Math.max(count, this.sorted * 2, this.sorted + MIN_CHUNK));
    const rest = n - this.sorted;
    // Selecting a quarter or more of what is left is no cheaper than sorting it.
    if (target - this.sorted >= rest / 4) this.sortRest();
    else this.selectSmallest(target - this.sorted);
  }

  private sortRest(): void {
    const rest = this.items.slice(this.sorted).sort(this.compare);
    for (let i = 0; i < rest.length; i++) this.items[this.sorted + i] = rest[i] as T;
    this.sorted = this.items.length;
  }

  /** Moves the `m` smallest unsorted items, sorted, right after the prefix (a bounded max-heap). */
  private selectSmallest(m: number): void {
    const cmp = this.compare;
    const start = this.sorted;
    const heap = this.items.slice(start, start + m);
    const others: T[] = [];
    for (let i = (m >> 1) - 1; i >= 0; i--) siftDown(heap, i, cmp);
    for (let i = start + m; i < this.items.length; i++) {
      const item = this.items[i] as T;
      const top = heap[0] as T;
      if (cmp(item, top) < 0) {
        others.push(top);
        heap[0] = item;
        siftDown(heap, 0, cmp);
      } else {
        others.push(item);
      }
    }
    heap.sort(cmp);
    let w = start;
    for (const item of heap) this.items[w++] = item;
    for (const item of others) this.items[w++] = item;
    this.sorted = start + m;
  }
}

/** Restores the max-heap property below `i`. */
function siftDown<T>(heap: T[], i: number, cmp: Compare<T>): void {
  const n = heap.length;
  const item = heap[i] as T;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && cmp(heap[child + 1] as T, heap[child] as T) > 0) child++;
    if (cmp(heap[child] as T, item) <= 0) break;
    heap[i] = heap[child] as T;
    i = child;
  }
  heap[i] = item;
}
