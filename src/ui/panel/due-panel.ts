/**
 * Finding the due panel: views are looked up in the workspace each time (`getLeavesOfType` and an
 * `instanceof` check), never kept on the plugin, so a closed or reloaded view is never held.
 */
import type { Workspace } from "obsidian";
import { DUE_VIEW_TYPE, DueView } from "./due-view";

/** Shows the due panel, opening it in the right sidebar when it is not open yet. */
export async function openDuePanel(workspace: Pick<Workspace, "getLeavesOfType" | "getRightLeaf" | "revealLeaf">): Promise<void> {
  let leaf = workspace.getLeavesOfType(DUE_VIEW_TYPE)[0] ?? null;
  if (leaf === null) {
    leaf = workspace.getRightLeaf(false);
    if (leaf === null) return;
    await leaf.setViewState({ type: DUE_VIEW_TYPE, active: true });
  }
  await workspace.revealLeaf(leaf);
}

/** Shows the due panel on a person's card. */
export async function showCardInPanel(
  workspace: Pick<Workspace, "getLeavesOfType" | "getRightLeaf" | "revealLeaf">,
  path: string,
): Promise<void> {
  await openDuePanel(workspace);
  const view = workspace.getLeavesOfType(DUE_VIEW_TYPE)[0]?.view;
  if (view instanceof DueView) view.card.show(path);
}

/** Makes every open due panel re-read the settings. */
export function refreshDuePanels(workspace: Pick<Workspace, "getLeavesOfType">): void {
  for (const leaf of workspace.getLeavesOfType(DUE_VIEW_TYPE)) {
    if (leaf.view instanceof DueView) leaf.view.refresh();
  }
}
