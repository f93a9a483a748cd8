/**
 * The words for each kind of write: the notice that confirms it ("Priya Raman: touched today.")
 * and the step's label in the history, which reads after "Undone:" or "Could not undo".
 */
import type { IsoDate } from "../core/dates";
import { count } from "../core/words";

export type WriteKind =
  | { kind: "log"; type: string | null }
  | { kind: "touched" }
  | { kind: "snooze"; until: IsoDate }
  | { kind: "do-not-contact"; on: boolean }
  | { kind: "no-refer"; on: boolean }
  | { kind: "tier"; tierKey: string | null }
  | { kind: "create" }
  | { kind: "follow-up" }
  /** `added` is known once the note has been read, and set then. */
  | { kind: "reach-outs"; added: number };

export interface WriteWords {
  /** Sentence case, with a final full stop: the confirming notice. */
  message: string;
  /** Lower case, no full stop: "mark Ann Lee as touched today". */
  label: string;
}

/** "a call", "an email", "an interaction". */
function article(type: string | null): string {
  const word = type === null || type === "" ? "interaction" : type;
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}

export function describeWrite(write: WriteKind, name: string): WriteWords {
  switch (write.kind) {
    case "log":
      return { message: `Logged ${article(write.type)} with ${name}.`, label: `log ${article(write.type)} with ${name}` };
    case "touched":
      return { message: `${name}: touched today.`, label: `mark ${name} as touched today` };
    case "snooze":
      return { message: `${name}: snoozed until ${write.until}.`, label: `snooze ${name} until ${write.until}` };
    case "do-not-contact":
      return write.on
        ? { message: `${name} is now do-not-contact.`, label: `set do-not-contact for ${name}` }
        : { message: `${name} is no longer do-not-contact.`, label: `clear do-not-contact for ${name}` };
    case "no-refer":
      return write.on
        ? { message: `${name}: no-refer set.`, label: `set no-refer for ${name}` }
        : { message: `${name}: no-refer cleared.`, label: `clear no-refer for ${name}` };
    case "tier":
      return write.tierKey === null || write.tierKey === "none"
        ? { message: `${name} is now untracked.`, label: `untrack ${name}` }
        : { message: `${name} is now tier ${write.tierKey}.`, label: `move ${name} to tier ${write.tierKey}` };
    case "create":
      return { message: `Created ${name}.`, label: `create ${name}` };
    case "reach-outs":
      return write.added === 0
        ? { message: `${name} already lists everyone in this week's plan.`, label: `add no reach-outs to ${name}` }
        : { message: `Added ${count(write.added, "reach-out")} to ${name}.`, label: `add ${count(write.added, "reach-out")} to ${name}` };
    case "follow-up":
      return { message: `Ticked a follow-up in ${name}.`, label: `tick a follow-up in ${name}` };
  }
}

/** "2 people", "1 person". */
export function people(n: number): string {
  return count(n, "person", "people");
}
