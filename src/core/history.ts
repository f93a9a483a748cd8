/**
 * Undo and redo of the plugin's writes. A step is what one action did to one or more notes, as
 * each note's text before and after; undoing puts `before` back, but only where the note still
 * holds `after`, so an edit made since (by hand, by sync, by another plugin) is never overwritten.
 * A step of several notes is all or nothing: if one note refuses, the others are put back.
 *
 * Pure: the notes are reached through a `NoteStore` port (`Vault.process` in the plugin, a map in
 * the tests).
 */

/** One note's change. `null` text: the note did not exist (before) or no longer does (after). */
export interface NoteChange {
  path: string;
  before: string | null;
  after: string | null;
}

/** What one action did, undone and redone as one. `label` reads after "Undo" ("mark Ann touched"). */
export interface HistoryStep {
  label: string;
  changes: readonly NoteChange[];
}

export type SwapOutcome = { ok: true } | { ok: false; reason: "changed" | "failed"; message: string };

/**
 * Where the notes live. `swap` replaces the note's text with `next` only if it is `expected` now,
 * in one atomic read-modify-write; `null` means absent (so `expected: null` creates the note and
 * `next: null` removes it). It never throws: a failure comes back as an outcome.
 */
export interface NoteStore {
  swap(path: string, expected: string | null, next: string | null): Promise<SwapOutcome>;
}

export type HistoryOutcome =
  | { ok: true; step: HistoryStep }
  | { ok: false; reason: "empty" }
  /** `undoStep` of a step no longer in the history (undone already, or dropped by the cap). */
  | { ok: false; reason: "gone" }
  | { ok: false; reason: "refused"; step: HistoryStep; path: string; message: string; rolledBack: boolean };

/** Steps kept per session; the oldest go first. */
export const HISTORY_LIMIT = 50;

/** Drops notes whose text did not change, and a step with no change left. */
function meaningful(step: HistoryStep): HistoryStep | null {
  const changes = step.changes.filter((c) => c.before !== c.after);
  return changes.length === 0 ? null : { label: step.label, changes };
}

/** Why a set of changes did not apply: the note that refused, and the notes that could not be put back. */
export interface ChangesRefused {
  ok: false;
  path: string;
  message: string;
  reason: "changed" | "failed";
  /** False only when a note that had moved was itself edited again in between and could not be put back. */
  rolledBack: boolean;
  /** Those notes (empty when every note is as it was). */
  notRestored: string[];
}

export type ChangesOutcome = { ok: true; written: number } | ChangesRefused;

/** One swap the steps ask for: the note's text `expected` now, `next` after. */
interface SwapRequest {
  path: string;
  expected: string | null;
  next: string | null;
}

/**
 * The one way several notes move as one: every note from `from` to `to` in order; if one refuses,
 * the notes already moved go back (in reverse order). Notes whose text does not change are left
 * alone. Written once as steps, driven by the plugin (async, the vault) and the command line (sync,
 * files); each store only swaps one note.
 */
function* changeSteps(
  changes: readonly NoteChange[],
  direction: "forward" | "backward",
): Generator<SwapRequest, ChangesOutcome, SwapOutcome> {
  const ends = (c: NoteChange): [string | null, string | null] => (direction === "forward" ? [c.before, c.after] : [c.after, c.before]);
  const done: NoteChange[] = [];
  for (const change of changes) {
    if (change.before === change.after) continue;
    const [expected, next] = ends(change);
    const outcome = yield { path: change.path, expected, next };
    if (!outcome.ok) {
      const notRestored: string[] = [];
      for (const back of done.reverse()) {
        const [was, is] = ends(back);
        const undone = yield { path: back.path, expected: is, next: was };
        if (!undone.ok) notRestored.push(back.path);
      }
      return {
        ok: false,
        path: change.path,
        message: outcome.message,
        reason: outcome.reason,
        rolledBack: notRestored.length === 0,
        notRestored,
      };
    }
    done.push(change);
  }
  return { ok: true, written: done.length };
}

/** Applies changes through the plugin's store (or any asynchronous one); see `changeSteps`. */
export async function applyChanges(
  store: NoteStore,
  changes: readonly NoteChange[],
  direction: "forward" | "backward",
): Promise<ChangesOutcome> {
  const steps = changeSteps(changes, direction);
  let next = steps.next();
  while (next.done !== true) next = steps.next(await store.swap(next.value.path, next.value.expected, next.value.next));
  return next.value;
}

/** A store whose swap is synchronous: the command line's files. */
export interface SyncNoteStore {
  swap(path: string, expected: string | null, next: string | null): SwapOutcome;
}

/** Applies changes through a synchronous store, by the same steps. */
export function applyChangesSync(store: SyncNoteStore, changes: readonly NoteChange[], direction: "forward" | "backward"): ChangesOutcome {
  const steps = changeSteps(changes, direction);
  let next = steps.next();
  while (next.done !== true) next = steps.next(store.swap(next.value.path, next.value.expected, next.value.next));
  return next.value;
}

export class History {
  private readonly undoStack: HistoryStep[] = [];
  private readonly redoStack: HistoryStep[] = [];
  /** Undo and redo run one at a time, in the order asked (two quick clicks undo two steps). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: NoteStore,
    private readonly limit = HISTORY_LIMIT,
  ) {}

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The step the next undo would take back, for a command's or a notice's wording. */
  peekUndo(): HistoryStep | undefined {
    return this.undoStack[this.undoStack.length - 1];
  }

  /**
   * Records a write that has already happened. A new step clears what could be redone, as in any
   * editor. Returns the step as kept (notes that did not change left out), or null when nothing
   * changed.
   */
  record(step: HistoryStep): HistoryStep | null {
    const kept = meaningful(step);
    if (kept === null) return null;
    this.undoStack.push(kept);
    if (this.undoStack.length > this.limit) this.undoStack.splice(0, this.undoStack.length - this.limit);
    this.redoStack.length = 0;
    return kept;
  }

  /**
   * Takes the last step back. When a note no longer holds what the step wrote, nothing changes and
   * the step is dropped (it could never apply again without overwriting that edit).
   */
  undo(): Promise<HistoryOutcome> {
    return this.serial(() => this.move(this.undoStack, this.redoStack, "backward"));
  }

  /** Applies again the last step undone, under the same rule. */
  redo(): Promise<HistoryOutcome> {
    return this.serial(() => this.move(this.redoStack, this.undoStack, "forward"));
  }

  /**
   * Undoes this step wherever it is in the history: what a notice's Undo link does, even after a
   * later action (each note is still checked, so nothing written since is overwritten).
   */
  undoStep(step: HistoryStep): Promise<HistoryOutcome> {
    return this.serial(() => {
      const at = this.undoStack.lastIndexOf(step);
      if (at < 0) return Promise.resolve<HistoryOutcome>({ ok: false, reason: "gone" });
      // Move it to the top, so it is the one taken back.
      this.undoStack.splice(at, 1);
      this.undoStack.push(step);
      return this.move(this.undoStack, this.redoStack, "backward");
    });
  }

  private async move(from: HistoryStep[], to: HistoryStep[], direction: "forward" | "backward"): Promise<HistoryOutcome> {
    const step = from.pop();
    if (step === undefined) return { ok: false, reason: "empty" };
    // Undo puts the notes back in the reverse order they were written.
    const changes = direction === "backward" ? [...step.changes].reverse() : step.changes;
    const outcome = await applyChanges(this.store, changes, direction);
    if (outcome.ok) to.push(step);
    if (outcome.ok) return { ok: true, step };
    return { ok: false, reason: "refused", step, path: outcome.path, message: outcome.message, rolledBack: outcome.rolledBack };
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** The sentence a notice shows after an undo or redo, in sentence case. */
export function describeOutcome(outcome: HistoryOutcome, verb: "Undo" | "Redo"): string {
  if (outcome.ok) return `${verb === "Undo" ? "Undone" : "Redone"}: ${outcome.step.label}.`;
  if (outcome.reason === "empty") return verb === "Undo" ? "Nothing to undo." : "Nothing to redo.";
  if (outcome.reason === "gone") return "That change is no longer in the history: it was undone already.";
  const what = `${verb === "Undo" ? "Could not undo" : "Could not redo"} "${outcome.step.label}"`;
  if (!outcome.rolledBack)
    return `${what}: ${outcome.path} ${outcome.message}. Some notes of this step were edited again meanwhile; check them.`;
  const others = outcome.step.changes.length > 1 ? " None of its notes were changed." : " The note was not changed.";
  return `${what}: ${outcome.path} ${outcome.message}.${others}`;
}

/** One line about changes that did not apply: which note refused and why, and whether the rest went back. */
export function describeRefusal(refused: ChangesRefused): string {
  const back =
    refused.notRestored.length === 0
      ? "every note written before it was put back as it was"
      : `these notes changed meanwhile and were not put back: ${refused.notRestored.join(", ")}`;
  return `${refused.path} ${refused.message}; ${back}`;
}
