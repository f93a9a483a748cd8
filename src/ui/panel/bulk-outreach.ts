/**
 * An outreach written to several people as one write plan (one undo step): one interaction logged
 * with each, or each marked touched today. Do-not-contact people are left out and named; the flag is
 * read again from each note's text as it is written, and a note flagged since the index saw it stops
 * the whole plan, so nothing is written for anyone.
 */
import { logInteraction, markTouched, outreachRefusal } from "../../core/actions";
import type { Contact } from "../../core/contact";
import type { IsoDate } from "../../core/dates";
import type { EditResult } from "../../core/edits";
import { contactFromText } from "../../core/note";
import type { Settings } from "../../core/settings";
import { describeWrite, people, type WriteKind } from "../../obsidian/write-labels";
import type { WritePlan } from "../../obsidian/write-plan";
import type { NewLogEntry } from "../../ports";

export interface BulkLog {
  /** `null` when nobody may be written to. */
  plan: WritePlan | null;
  /** The confirming notice, which names anyone refused. */
  message: string;
  /** Names of the do-not-contact people left out. */
  refused: string[];
}

interface BulkInput {
  paths: readonly string[];
  contact(path: string): Pick<Contact, "name" | "doNotContact"> | undefined;
  settings: Settings;
  today: IsoDate;
}

export function bulkLogPlan(input: BulkInput & { entry: NewLogEntry }): BulkLog {
  const { entry, settings, today } = input;
  return bulkOutreachPlan(input, { kind: "log", type: entry.type }, "logged", (text) => logInteraction(text, { entry, today, settings }));
}

/** Everyone selected marked touched today, with the single row's edit and words. */
export function bulkTouchedPlan(input: BulkInput): BulkLog {
  const { today } = input;
  return bulkOutreachPlan(input, { kind: "touched" }, "marked as touched", (text) => markTouched(text, { today }));
}

/** `done`: what "nothing was … for them" says of the people left out. */
function bulkOutreachPlan(input: BulkInput, kind: WriteKind, done: string, edit: (text: string) => EditResult): BulkLog {
  const { settings } = input;
  const refused: string[] = [];
  const allowed: string[] = [];
  for (const path of input.paths) {
    const c = input.contact(path);
    if (c?.doNotContact === true) refused.push(c.name);
    else allowed.push(path);
  }
  const refusal =
    refused.length === 0
      ? ""
      : `${refused.join(", ")} asked not to be contacted: nothing was ${done} for ${refused.length === 1 ? "them" : "those people"}.`;
  if (allowed.length === 0) return { plan: null, message: `Nothing ${done}. ${refusal}`, refused };
  const words = describeWrite(kind, people(allowed.length));
  const plan: WritePlan = {
    label: words.label,
    items: allowed.map((path) => ({
      path,
      edit: (text: string) => {
        const now = outreachRefusal(contactFromText(path, text, settings), false);
        if (now !== null) return { ok: false as const, error: now };
        return edit(text);
      },
    })),
  };
  return { plan, message: refusal === "" ? words.message : `${words.message} ${refusal}`, refused };
}
