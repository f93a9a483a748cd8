/**
 * Triage: walking the untracked people one at a time to give each a tier, keep them in the
 * database, or skip them. The order and the step history live here; the modal only draws and
 * the writer only writes.
 */
import type { Contact } from "./contact";

/** A step the user took: the note, the tier value it had (`null`: no tier key) and what was written. */
export interface TriageStep {
  path: string;
  name: string;
  previous: string | null;
  /** The tier key written, `database`, or `null` when the person was skipped (nothing written). */
  written: string | null;
}

/** What `database` writes: kept in the database, never due, and not offered again. */
export const DATABASE_TIER = "database";

/**
 * Whether triage offers a contact: untracked and undecided. Never a do-not-contact person, nor one
 * paused, nor one whose note already says untracked on purpose (`tier: none`, `cadence: never`),
 * nor a note the plugin will not write to. An unknown tier is offered, so it can be fixed here.
 */
export function isTriageCandidate(contact: Contact): boolean {
  if (contact.doNotContact || contact.cadence !== null || !contact.writable) return false;
  if (contact.paused) return false;
  if (contact.ownCadence) return false;
  const unknownTier = contact.problems.some((p) => p.field === "tier");
  return contact.keys.tier === undefined || unknownTier;
}

/**
 * The people triage walks, most mentioned first when mention counts are given, else (and then)
 * by name, ignoring case and accents.
 */
export function triageQueue(contacts: readonly Contact[], mentions?: (path: string) => number): Contact[] {
  const queue = contacts.filter(isTriageCandidate);
  const count = new Map(queue.map((c) => [c.path, mentions?.(c.path) ?? 0]));
  return queue.sort(
    (a, b) =>
      (count.get(b.path) ?? 0) - (count.get(a.path) ?? 0) ||
      a.name.localeCompare(b.name, undefined, { sensitivity: "base" }) ||
      a.path.localeCompare(b.path),
  );
}

/** What a key press in triage means, or `null` for a key triage does not use. */
export type TriageKey = { kind: "tier"; index: number } | { kind: "database" } | { kind: "skip" } | { kind: "undo" } | { kind: "stop" };

export function triageKey(key: string, tierCount: number): TriageKey | null {
  if (/^[1-9]$/.test(key)) {
    const index = Number(key) - 1;
    return index < tierCount ? { kind: "tier", index } : null;
  }
  if (key === "0") return { kind: "database" };
  if (key === "s" || key === "S") return { kind: "skip" };
  if (key === "Backspace") return { kind: "undo" };
  if (key === "Escape") return { kind: "stop" };
  return null;
}

/** Where triage stands: the queue, the person shown, and the steps taken (for undo). */
export class TriageSession {
  private at = 0;
  private readonly steps: TriageStep[] = [];

  constructor(readonly queue: readonly Contact[]) {}

  /** The person to decide on now, or `null` when the queue is done. */
  current(): Contact | null {
    return this.queue[this.at] ?? null;
  }

  /** How many are decided or skipped, and how many there are. */
  progress(): { done: number; total: number } {
    return { done: this.at, total: this.queue.length };
  }

  /** Records the step for the person shown and moves on. */
  record(step: Omit<TriageStep, "path" | "name">): TriageStep | null {
    const contact = this.current();
    if (contact === null) return null;
    const full = { ...step, path: contact.path, name: contact.name };
    this.steps.push(full);
    this.at++;
    return full;
  }

  /** Takes back the last step (the caller restores the note when something was written) and shows that person again. */
  undo(): TriageStep | null {
    const step = this.steps.pop();
    if (step === undefined) return null;
    this.at--;
    return step;
  }

  get history(): readonly TriageStep[] {
    return this.steps;
  }
}
