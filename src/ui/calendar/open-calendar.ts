/** Opens the contact calendar in a tab of the main area, or shows the one already open. */
import type { Workspace } from "obsidian";
import { CALENDAR_VIEW_TYPE, type CalendarState } from "./calendar-view";

export async function openCalendar(
  workspace: Pick<Workspace, "getLeavesOfType" | "getLeaf" | "revealLeaf">,
  state: Partial<CalendarState> = {},
): Promise<void> {
  const leaf = workspace.getLeavesOfType(CALENDAR_VIEW_TYPE)[0] ?? workspace.getLeaf("tab");
  await leaf.setViewState({ type: CALENDAR_VIEW_TYPE, active: true, state: { ...state } });
  await workspace.revealLeaf(leaf);
}
