/**
 * A change to several notes made as one step: every note ends as planned, or every note is put
 * back. The steps are written once here and driven by the plugin (async, through the vault) and
 * by the command line (sync, on files); each adapter only knows how to swap one note's text.
 */

/** One note's text before and after; `null` means the note does not exist (created, or deleted). */
export interface NoteWrite {
  path: string;
  before: string | null;
  after: string | null;
}

/**
 * Make the note at `path` hold `text` (`null`: delete it), provided it now holds `expected`
 * (`null`: it must not exist). An adapter throws an `Error` with a message for the user when the
 * note holds something else or the write fails, and leaves the note as it was.
 */
export interface NoteSwap {
  path: string;
  expected: string | null;
  text: string | null;
}

export type WritesOutcome =
  | { ok: true; written: number }
  | {
      ok: false;
      /** The note whose write failed, and why. */
      failed: string;
      error: string;
      /** Notes written before the failure that could not be put back (empty when the rollback worked). */
      notRestored: string[];
    };

/** The writes that undo `writes`: each note back to its `before`, in reverse order. */
export function invertWrites(writes: readonly NoteWrite[]): NoteWrite[] {
  return writes.map((w) => ({ path: w.path, before: w.after, after: w.before })).reverse();
}

/** Writes that change nothing (`before === after`) are dropped. */
function effective(writes: readonly NoteWrite[]): NoteWrite[] {
  return writes.filter((w) => w.before !== w.after);
}

type SwapResult = { ok: true } | { ok: false; error: string };

/**
 * The steps: swap each note in turn; at the first failure, swap the ones already done back, last
 * first. A note changed by someone else since it was written is not put back (its swap fails) and
 * is named in `notRestored`.
 */
function* steps(writes: readonly NoteWrite[]): Generator<NoteSwap, WritesOutcome, SwapResult> {
  const done: NoteWrite[] = [];
  for (const write of effective(writes)) {
    const result = yield { path: write.path, expected: write.before, text: write.after };
    if (!result.ok) {
      const notRestored: string[] = [];
      for (const back of invertWrites(done)) {
        const undone = yield { path: back.path, expected: back.before, text: back.after };
        if (!undone.ok) notRestored.push(back.path);
      }
      return { ok: false, failed: write.path, error: result.error, notRestored };
    }
    done.push(write);
  }
  return { ok: true, written: done.length };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Applies the writes with a synchronous swap (the command line's files). */
export function applyWritesSync(writes: readonly NoteWrite[], swap: (op: NoteSwap) => void): WritesOutcome {
  const it = steps(writes);
  let next = it.next({ ok: true });
  while (next.done !== true) {
    let result: SwapResult;
    try {
      swap(next.value);
      result = { ok: true };
    } catch (error) {
      result = { ok: false, error: message(error) };
    }
    next = it.next(result);
  }
  return next.value;
}

/** Applies the writes with an asynchronous swap (the plugin's vault). */
export async function applyWrites(writes: readonly NoteWrite[], swap: (op: NoteSwap) => Promise<void>): Promise<WritesOutcome> {
  const it = steps(writes);
  let next = it.next({ ok: true });
  while (next.done !== true) {
    let result: SwapResult;
    try {
      await swap(next.value);
      result = { ok: true };
    } catch (error) {
      result = { ok: false, error: message(error) };
    }
    next = it.next(result);
  }
  return next.value;
}

/** One line for the user about a failed set of writes. */
export function describeFailure(outcome: Extract<WritesOutcome, { ok: false }>): string {
  const restored =
    outcome.notRestored.length === 0
      ? "every note written before it was put back as it was"
      : `these notes changed meanwhile and were not put back: ${outcome.notRestored.join(", ")}`;
  return `${outcome.failed}: ${outcome.error}; ${restored}`;
}
