/** What the due panel needs beyond the plugin context, handed in by the plugin. */
import type { WriteHistory } from "../../obsidian/write-history";
import type { PlanOutcome, WritePlan } from "../../obsidian/write-plan";
import type { CardExtras } from "../card/panel-card";
import type { PanelCommands } from "./panel-toolbar";

/** The toolbar's commands, the undo history, and what the person card needs. */
export interface PanelExtras {
  commands: PanelCommands;
  writes: WriteHistory;
  /** Several notes as one undo step (the bulk bar). */
  applyAll(plan: WritePlan, message: string): Promise<PlanOutcome>;
  card?: CardExtras;
}
