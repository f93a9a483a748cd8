/** What every `stats` section is given, and what it gives back: shared by the text and JSON output. */
import type { Settings } from "../core/settings";
import type { VaultSchedule } from "./schedule";
import type { Style } from "./terminal";

export interface StatsInput {
  schedule: VaultSchedule;
  settings: Settings;
  style: Style;
  /** How to run `check` on this vault, for the hint under the figures. */
  checkCommand: string;
}

/** A titled block of lines; `null` when it has nothing to say. */
export type StatsSection = (input: StatsInput) => { title: string; lines: string[] } | null;
