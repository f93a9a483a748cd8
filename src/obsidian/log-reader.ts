/**
 * A contact's log entries, read again from its note when they are shown (the card, "Start with"):
 * the index keeps each log's facts, not the note's text. The last few logs read are kept, each
 * for as long as the index holds the record it was read for, so drawing a card again reads nothing.
 */
import type { Vault } from "obsidian";
import { logEntriesAt, parseLog, type LogEntry } from "../core/log";
import { LogFacts } from "../core/log-facts";
import type { IndexRecord } from "./index-record";

/** How many logs are kept: a card, "Start with" and a few people looked at in between. */
const KEEP = 32;

export interface LogReaderHost {
  /** The record readers see now (`undefined`: not a contact). */
  record(path: string): IndexRecord | undefined;
  vault: Pick<Vault, "getMarkdownFiles" | "cachedRead"> & Partial<Pick<Vault, "getFileByPath">>;
  /** The log headings, for a text newer than the record (see `entriesOf`). */
  logHeading(): string;
}

interface Kept {
  record: IndexRecord;
  entries: readonly LogEntry[];
}

export class LogReader {
  /** Least recently used first. */
  private readonly kept = new Map<string, Kept>();
  private readonly reading = new Map<string, { record: IndexRecord; entries: Promise<readonly LogEntry[]> }>();

  constructor(private readonly host: LogReaderHost) {}

  /** The entries when kept for the record the index holds now; `undefined` when they must be read. */
  cached(path: string): readonly LogEntry[] | undefined {
    const record = this.host.record(path);
    if (record === undefined) return [];
    // No list item in the log section, or none that is an entry: nothing to read.
    if (record.items.length === 0 || record.facts?.size === 0) return [];
    const kept = this.kept.get(path);
    if (kept === undefined || kept.record !== record) return undefined;
    this.kept.delete(path);
    this.kept.set(path, kept);
    return kept.entries;
  }

  /** The entries of the contact's log, in line order (`[]` for no contact, or a note that can no longer be read). */
  entries(path: string): Promise<readonly LogEntry[]> {
    const hit = this.cached(path);
    if (hit !== undefined) return Promise.resolve(hit);
    const record = this.host.record(path);
    if (record === undefined) return Promise.resolve([]);
    const under = this.reading.get(path);
    if (under?.record === record) return under.entries;
    const entries = this.readFor(path, record).finally(() => {
      if (this.reading.get(path)?.entries === entries) this.reading.delete(path);
    });
    this.reading.set(path, { record, entries });
    return entries;
  }

  private async readFor(path: string, record: IndexRecord): Promise<readonly LogEntry[]> {
    let text: string;
    try {
      const { vault } = this.host;
      const file = vault.getFileByPath?.(path) ?? vault.getMarkdownFiles().find((f) => f.path === path);
      if (file === undefined || file === null) return [];
      text = await vault.cachedRead(file);
    } catch {
      // Gone meanwhile: its delete event removes the contact.
      return [];
    }
    const { entries, current } = entriesOf(text, record, this.host.logHeading());
    // Kept only when they are the record's own, and while it is still the one readers see.
    if (current && this.host.record(path) === record) {
      this.kept.delete(path);
      this.kept.set(path, { record, entries });
      while (this.kept.size > KEEP) this.kept.delete(this.kept.keys().next().value ?? "");
    }
    return entries;
  }
}

/**
 * The entries of `text`, read at the record's item offsets. When their facts differ from the
 * record's, the note changed since its last `changed` event (which is on its way): the text is
 * read by the text alone then, as the command line reads it, and `current` is false.
 */
export function entriesOf(text: string, record: IndexRecord, heading: string): { entries: LogEntry[]; current: boolean } {
  try {
    const entries = logEntriesAt(text, record.items, record.types);
    if (record.facts === null || LogFacts.of(entries, record.types).equals(record.facts)) return { entries, current: true };
  } catch {
    // Offsets that no longer fit the text: read as below.
  }
  return { entries: parseLog(text, heading, record.types), current: false };
}
