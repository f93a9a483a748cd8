/**
 * Several notes written as one action (bulk from the panel, an import, a triage step): each note
 * is one atomic edit, and if one fails the notes already written go back, so the vault never holds
 * half an action. What was written is recorded as one undo step.
 */
import { TFile, type Vault } from "obsidian";
import type { EditResult } from "../core/edits";
import { applyChanges, type History, type HistoryStep, type NoteChange, type NoteStore } from "../core/history";
import { errorText } from "../lib/error-text";

/**
 * One note of a plan: an edit run on the note's text as it is, or a change known beforehand (an
 * import's), written only if the note still holds `before` (`null`: a new note, never over a file).
 */
export type PlanItem = { path: string; edit: (text: string) => EditResult } | NoteChange;

export interface WritePlan {
  /** Reads after "Undo" in the history: "log a call with 3 people". */
  label: string;
  items: readonly PlanItem[];
}

export type PlanOutcome = { ok: true; step: HistoryStep | null } | { ok: false; path: string; error: string; rolledBack: boolean };

export interface PlanServices {
  vault: Pick<Vault, "process" | "getAbstractFileByPath">;
  store: NoteStore;
  history: History;
}

/** Writes the plan's notes in order; all or nothing. The step is null when no note changed. */
export async function applyPlan(services: PlanServices, plan: WritePlan): Promise<PlanOutcome> {
  const done: NoteChange[] = [];
  for (const item of plan.items) {
    const written = await writeOne(services, item);
    if (typeof written === "string") {
      const back = await applyChanges(services.store, [...done].reverse(), "backward");
      return { ok: false, path: item.path, error: written, rolledBack: back.ok };
    }
    if (written !== null) done.push(written);
  }
  return { ok: true, step: services.history.record({ label: plan.label, changes: done }) };
}

/** The change made, null when the note was left as it was, or why it failed. */
async function writeOne(services: PlanServices, item: PlanItem): Promise<NoteChange | null | string> {
  if (!("edit" in item)) {
    if (item.before === item.after) return null;
    const outcome = await services.store.swap(item.path, item.before, item.after);
    return outcome.ok ? { path: item.path, before: item.before, after: item.after } : `${item.path} ${outcome.message}`;
  }
  const file = services.vault.getAbstractFileByPath(item.path);
  if (!(file instanceof TFile)) return `${item.path} no longer exists`;
  const seen: { change: NoteChange | null; error: string | null } = { change: null, error: null };
  try {
    await services.vault.process(file, (text) => {
      const result = item.edit(text);
      if (!result.ok) {
        seen.error = result.error;
        return text;
      }
      if (result.changed && result.text !== text) seen.change = { path: item.path, before: text, after: result.text };
      return result.changed ? result.text : text;
    });
  } catch (error) {
    return `${item.path}: ${errorText(error)}`;
  }
  return seen.error !== null ? `${item.path}: ${seen.error}` : seen.change;
}
