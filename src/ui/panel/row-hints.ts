/** The reciprocity suggestions as quiet hints on the due panel's rows (never a flag set for the user). */
import type { IsoDate } from "../../core/dates";
import { reciprocity } from "../../core/reciprocity";
import type { RowHintProvider } from "./list-model";

export function reciprocityHints(today: () => IsoDate): RowHintProvider {
  return (s) => {
    const suggestion = reciprocity(s.contact, today()).suggestions[0];
    if (suggestion === undefined) return null;
    return { text: suggestion.reason, icon: suggestion.kind === "no-refer" ? "hand" : "bell-off" };
  };
}
