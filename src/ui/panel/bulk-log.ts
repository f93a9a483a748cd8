/**
 * One interaction logged with several people as one write plan (one undo step). Do-not-contact
 * people are left out and named; the flag is read again from each note's text as it is written,
 * and a note flagged since the index saw it stops the whole plan, so nothing is written for anyone.
 */
import { logInteraction, outreachRefusal } from "../../core/actions";
import type { Contact } from "../../core/contact";
import type { IsoDate } from "../../core/dates";
import { contactFromText } from "../../core/note";
import type { Settings } from "../../core/settings";
import { describeWrite, people } from "../../obsidian/write-labels";
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

export function bulkLogPlan(input: {
  paths: readonly string[];
  contact(path: string): Pick<Contact, "name" | "doNotContact"> | undefined;
  entry: NewLogEntry;
  settings: Settings;
  today: IsoDate;
}): BulkLog {
  const { entry, settings, today } = input;
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
      : `${refused.join(", ")} asked not to be contacted: nothing was logged for ${refused.length === 1 ? "them" : "those people"}.`;
  if (allowed.length === 0) return { plan: null, message: `Nothing logged. ${refusal}`, refused };
  const words = describeWrite({ kind: "log", type: entry.type }, people(allowed.length));
  const plan: WritePlan = {
    label: words.label,
    items: allowed.map((path) => ({
      path,
      edit: (text: string) => {
        const now = outreachRefusal(contactFromText(path, text, settings), false);
        if (now !== null) return { ok: false as const, error: now };
        return logInteraction(text, { entry, today, settings });
      },
    })),
  };
  return { plan, message: refusal === "" ? words.message : `${words.message} ${refusal}`, refused };
}
