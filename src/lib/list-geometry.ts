/**
 * The geometry of the due panel's windowed list. The flat list is a run of sections, each one
 * group header followed by its visible rows; headers and rows each have one fixed height. So the
 * offset of any item, and the items under any scroll position, follow from a walk over the
 * sections (a handful), never over the rows: no per-row work, whatever the count.
 */

export interface RowHeights {
  /** Height of a group header, in pixels. */
  header: number;
  /** Height of a row, in pixels. */
  row: number;
}

/** One group in the flat list: a header and `rows` items below it (0 when collapsed). */
export interface Section {
  rows: number;
}

export interface WindowRange {
  /** First flat index to render. */
  start: number;
  /** One past the last flat index to render. */
  end: number;
  /** Offset of `start` from the top of the list, in pixels. */
  top: number;
  /** Height of the whole list, in pixels. */
  total: number;
}

export function itemCount(sections: readonly Section[]): number {
  let n = 0;
  for (const s of sections) n += 1 + s.rows;
  return n;
}

export function totalHeight(sections: readonly Section[], h: RowHeights): number {
  let y = 0;
  for (const s of sections) y += h.header + s.rows * h.row;
  return y;
}

/** The pixel offset of flat item `index` (an index past the end gives the total height). */
export function offsetOf(sections: readonly Section[], h: RowHeights, index: number): number {
  let y = 0;
  let i = 0;
  for (const s of sections) {
    if (index === i) return y;
    if (index <= i + s.rows) return y + h.header + (index - i - 1) * h.row;
    y += h.header + s.rows * h.row;
    i += 1 + s.rows;
  }
  return y;
}

/** The flat index of the item that covers pixel `y` (clamped to the list). */
export function indexAt(sections: readonly Section[], h: RowHeights, y: number): number {
  let top = 0;
  let i = 0;
  let last = -1;
  for (const s of sections) {
    const height = h.header + s.rows * h.row;
    if (y < top + height) {
      if (y < top + h.header) return i;
      const k = Math.min(s.rows - 1, Math.floor((y - top - h.header) / h.row));
      return i + 1 + Math.max(0, k);
    }
    top += height;
    i += 1 + s.rows;
    last = i - 1;
  }
  return Math.max(0, last);
}

/**
 * The items to render for a viewport: those under [scrollTop, scrollTop + viewport) plus
 * `overscan` items on each side, so a short scroll shows rows that are already there.
 */
export function windowRange(
  sections: readonly Section[],
  h: RowHeights,
  scrollTop: number,
  viewport: number,
  overscan: number,
): WindowRange {
  const count = itemCount(sections);
  const total = totalHeight(sections, h);
  if (count === 0) return { start: 0, end: 0, top: 0, total };
  const from = Math.max(0, Math.min(scrollTop, total - 1));
  const to = Math.max(from, Math.min(from + Math.max(viewport, 1) - 1, total - 1));
  const first = indexAt(sections, h, from);
  const last = indexAt(sections, h, to);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, last + 1 + overscan);
  return { start, end, top: offsetOf(sections, h, start), total };
}
