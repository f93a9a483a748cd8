/**
 * After a build, in idle time: the texts of the contacts built from the cache alone are read, a
 * batch at a time, to find log entries newer than `last-touch` (typed by hand) and why a
 * frontmatter block did not parse. Each record is replaced as its text arrives; readers are told
 * once, at the end, so the panel updates once.
 */
import type { TFile } from "obsidian";
import type { Settings } from "../core/settings";
import { readAllOrNull } from "../lib/read-limiter";
import type { ToRead } from "./index-build";
import { recordFromText, type IndexRecord } from "./index-record";

const READ_BATCH = 64;

export interface RefineHost {
  read(file: TFile): Promise<string>;
  /** Resolves when the main thread has time. */
  idle(): Promise<void>;
  /** Moves whenever an event updates the note: what the event stored is newer than our read. */
  token(path: string): number;
  /** False once a newer build or `stop()` made this reading moot. */
  current(): boolean;
  /** Replaces the record readers see, without telling them yet. */
  apply(path: string, record: IndexRecord): void;
  /** Everything was read: tell readers (once). */
  done(): void;
}

export async function refineRecords(toRead: readonly ToRead[], settings: Settings, host: RefineHost): Promise<void> {
  const tokens = toRead.map((t) => host.token(t.file.path));
  const readBatch = (from: number): Promise<Array<string | null>> =>
    readAllOrNull(
      toRead.slice(from, from + READ_BATCH).map((b) => b.file),
      (file) => host.read(file),
    );
  // The next batch is read while this one is parsed: on a cold start the disk never waits for us.
  let reading = toRead.length > 0 ? readBatch(0) : null;
  for (let i = 0; i < toRead.length; i += READ_BATCH) {
    await host.idle();
    if (!host.current()) return;
    const batch = toRead.slice(i, i + READ_BATCH);
    const texts = (await reading) ?? [];
    if (!host.current()) return;
    reading = i + READ_BATCH < toRead.length ? readBatch(i + READ_BATCH) : null;
    for (let j = 0; j < batch.length; j++) {
      const entry = batch[j];
      const text = texts[j];
      // Gone meanwhile (its delete event removes it), or updated by an event since the build.
      if (entry === undefined || text === null || text === undefined || host.token(entry.file.path) !== tokens[i + j]) continue;
      host.apply(entry.file.path, recordFromText(entry.file.path, entry.cache, text, entry.items, settings));
    }
  }
  if (toRead.length > 0 && host.current()) host.done();
}
