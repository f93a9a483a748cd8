/**
 * The reciprocity suggestions as quiet hints on the due panel's rows: who asked whom, and the
 * action it suggests (set no-refer, move to untracked) or "not now". Suggestions only: nothing is
 * set until the user says so. "Not now" is remembered per person and suggestion, until the
 * evidence changes (another ask, another unanswered message).
 */
import type { IsoDate } from "../../core/dates";
import { reciprocity, type ReciprocitySuggestion } from "../../core/reciprocity";
import type { ContactActions } from "../../ports";
import type { RowHint, RowHintProvider } from "./list-model";

/** Where put-off hints are kept (Obsidian's per-vault local storage in the plugin). */
export interface HintMemory {
  load(): unknown;
  save(data: Record<string, string>): void;
}

/** Put-off hints in the window's local storage under `key` (as Obsidian's own per-vault local storage does, which needs a newer app). */
export function hintMemory(key: string): HintMemory {
  return {
    load: () => {
      try {
        return JSON.parse(window.localStorage.getItem(key) ?? "null") as unknown;
      } catch {
        return null;
      }
    },
    save: (data) => window.localStorage.setItem(key, JSON.stringify(data)),
  };
}

/** A put-off hint's key: the person and the suggestion (the evidence is the stored value). */
function dismissedKey(path: string, s: ReciprocitySuggestion): string {
  return `${path}\u0000${s.kind}`;
}

/** The put-off hints, as stored: key → the evidence when it was put off; anything unreadable is forgotten. */
export function readDismissed(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof data !== "object" || data === null) return out;
  for (const [k, v] of Object.entries(data)) if (typeof v === "string") out.set(k, v);
  return out;
}

export function reciprocityHints(
  today: () => IsoDate,
  actions: Pick<ContactActions, "setNoRefer" | "setTier"> | null = null,
  memory: HintMemory | null = null,
): RowHintProvider {
  let dismissed: Map<string, string> | null = null;
  const put = (): Map<string, string> => (dismissed ??= readDismissed(memory?.load()));
  return (s) => {
    const path = s.contact.path;
    const suggestion = reciprocity(s.contact, today()).suggestions.find((g) => put().get(dismissedKey(path, g)) !== g.evidence);
    if (suggestion === undefined) return null;
    const hint: RowHint = {
      text: suggestion.reason,
      icon: suggestion.kind === "no-refer" ? "hand" : "bell-off",
      dismiss: () => {
        const all = put();
        all.set(dismissedKey(path, suggestion), suggestion.evidence);
        memory?.save(Object.fromEntries(all));
      },
    };
    if (actions === null) return hint;
    if (suggestion.kind === "no-refer")
      hint.offer = { label: "Set no-refer", pending: "Setting no-refer…", run: () => actions.setNoRefer(path, true) };
    // A cadence of the note's own keeps them tracked whatever the tier: the note itself must change.
    else if (!s.contact.ownCadence)
      hint.offer = { label: "Move to untracked", pending: "Moving to untracked…", run: () => actions.setTier(path, "none") };
    return hint;
  };
}
