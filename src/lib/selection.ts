/**
 * Which rows of a list are selected, as in a file manager: a plain click selects one, Ctrl/Cmd
 * toggles one, Shift extends from the last clicked row to this one. Rows are named by a key (a
 * note's path), so a selection survives the list being redrawn or re-sorted; ranges are taken in
 * the list's order at the moment of the click.
 */
export type SelectMode = "single" | "toggle" | "range";

export class Selection {
  private readonly keys = new Set<string>();
  /** Where the next Shift-click range starts: the last row clicked without Shift. */
  private anchor: { index: number; key: string } | null = null;

  get size(): number {
    return this.keys.size;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** The selected keys, in the order they were selected. */
  values(): string[] {
    return [...this.keys];
  }

  /**
   * A click on row `index` (named `key`). `keyAt` names the list's rows (null for rows that cannot
   * be selected, such as group headers), for a range.
   */
  click(index: number, key: string, mode: SelectMode, keyAt: (index: number) => string | null): void {
    if (mode === "range" && this.anchor !== null) {
      const from = Math.min(this.anchor.index, index);
      const to = Math.max(this.anchor.index, index);
      for (let i = from; i <= to; i++) {
        const k = keyAt(i);
        if (k !== null) this.keys.add(k);
      }
      return;
    }
    if (mode === "toggle") {
      if (this.keys.has(key)) this.keys.delete(key);
      else this.keys.add(key);
    } else {
      this.keys.clear();
      this.keys.add(key);
    }
    this.anchor = { index, key };
  }

  /** Selects these keys (what the filter shows), keeping the ones already selected. */
  addAll(keys: Iterable<string>): void {
    for (const k of keys) this.keys.add(k);
  }

  /** Drops keys that are no longer listed (the person left the list after a write). */
  retain(listed: (key: string) => boolean): void {
    for (const k of [...this.keys]) if (!listed(k)) this.keys.delete(k);
    if (this.anchor !== null && !listed(this.anchor.key)) this.anchor = null;
  }

  clear(): void {
    this.keys.clear();
    this.anchor = null;
  }
}
