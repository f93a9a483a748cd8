/**
 * A person's row under the pointer, as Obsidian's own lists of notes behave: page preview on
 * hover with the modifier, a link when dragged into a note, and opening in a new tab on request.
 */
import { TFile, type App, type PaneType, type View } from "obsidian";
import type { WriteHistory } from "../../obsidian/write-history";
import type { PluginContext } from "../../ports";
import { eventElement, type RowActionContext } from "./row-actions";
import type { DoneRows } from "./row-done";

/** Asks Obsidian for the page preview; it shows it when the modifier is held (or as the user set it). */
export function hoverRow(view: View, source: string, evt: MouseEvent): void {
  const row = eventElement(evt)?.closest<HTMLElement>(".cc-row-contact");
  const path = row?.dataset.path;
  if (row === null || row === undefined || path === undefined) return;
  view.app.workspace.trigger("hover-link", { event: evt, source, hoverParent: view, targetEl: row, linktext: path });
}

/** A row dragged into a note drops a link to the person, in the user's link format. */
export function dragRow(app: App, evt: DragEvent): void {
  const path = eventElement(evt)?.closest<HTMLElement>(".cc-row-contact")?.dataset.path;
  const file = path === undefined ? null : app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile) || evt.dataTransfer === null) return;
  evt.dataTransfer.setData("text/plain", app.fileManager.generateMarkdownLink(file, ""));
  evt.dataTransfer.effectAllowed = "link";
}

/** Opens the note here or in a new tab; a note that is gone is said so by the writer. */
export async function openInWorkspace(app: App, host: PluginContext, path: string, newLeaf: PaneType | boolean): Promise<void> {
  const file = app.vault.getAbstractFileByPath(path);
  if (file instanceof TFile) await app.workspace.getLeaf(newLeaf).openFile(file);
  else await host.actions.openNote(path);
}

/**
 * The row actions' context for a panel: opening in the workspace, and the done state (a row
 * written to is marked at once; its Undo takes back its step and ends the moment).
 */
export function doneRowActions(
  base: Pick<RowActionContext, "app" | "host" | "hints" | "toggleGroup" | "showCard">,
  done: DoneRows,
  redraw: () => void,
  writes: WriteHistory | null,
): RowActionContext {
  return {
    ...base,
    open: (path, newLeaf) => void openInWorkspace(base.app, base.host, path, newLeaf),
    pending: (path, text) => {
      done.mark(path, text);
      redraw();
    },
    settle: (path) => done.drop(path),
    undo: (path) => {
      const step = done.step(path);
      if (step === null || writes === null) return;
      void writes.undoStep(step).then(() => done.end());
    },
  };
}
