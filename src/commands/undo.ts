/**
 * Undo and redo of the plugin's last change to a contact note, as commands (no default hotkeys:
 * Ctrl/Cmd+Z belongs to the editor). Offered only when there is something to undo or redo.
 */
import type { Command } from "obsidian";
import type { WriteHistory } from "../obsidian/write-history";

export function registerUndoCommands(plugin: { addCommand(command: Command): Command }, writes: WriteHistory): void {
  plugin.addCommand({
    id: "undo-last-change",
    name: "Undo the last contact change",
    checkCallback: (checking) => {
      if (!writes.history.canUndo) return false;
      if (!checking) void writes.undo();
      return true;
    },
  });
  plugin.addCommand({
    id: "redo-last-change",
    name: "Redo the last contact change",
    checkCallback: (checking) => {
      if (!writes.history.canRedo) return false;
      if (!checking) void writes.redo();
      return true;
    },
  });
}
