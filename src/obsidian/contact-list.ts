/**
 * The index's contacts in path order, as one list kept while nothing changes: the panel asks for
 * it on every render, and sorting every time would cost a sort of the whole network.
 */
import type { Contact } from "../core/contact";

export class ContactList {
  private cache: { rev: number; list: readonly Contact[] } | null = null;
  /** The contacts' paths in order; kept while the set of paths stays the same (most changes edit one note). */
  private order: string[] | null = null;

  /** A path came or went: sort again next time. */
  reorder(): void {
    this.order = null;
  }

  /** The list for revision `rev`; `keep` false makes it again (the index is still building). */
  of(records: ReadonlyMap<string, { contact: Contact }>, rev: number, keep: boolean): readonly Contact[] {
    if (this.cache?.rev !== rev || !keep) {
      if (this.order === null || this.order.length !== records.size)
        this.order = [...records.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const list: Contact[] = [];
      for (const path of this.order) {
        const record = records.get(path);
        if (record !== undefined) list.push(record.contact);
      }
      this.cache = { rev, list };
    }
    return this.cache.list;
  }
}
