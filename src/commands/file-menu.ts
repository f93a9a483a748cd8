/** The file menu (right-click on a note) offers log and snooze on contact notes. */
import { TFile, type Menu, type TAbstractFile } from "obsidian";
import type { ContactIndexReader } from "../ports";
import type { CommandUi } from "./commands";

export function addContactMenuItems(
  menu: Menu,
  file: TAbstractFile,
  index: Pick<ContactIndexReader, "get">,
  ui: Pick<CommandUi, "logInteraction" | "snooze">,
): void {
  if (!(file instanceof TFile)) return;
  const contact = index.get(file.path);
  if (contact === undefined) return;
  menu.addItem((item) =>
    item
      .setTitle("Log an interaction")
      .setIcon("message-square-plus")
      .setSection("action")
      .onClick(() => ui.logInteraction(contact)),
  );
  menu.addItem((item) =>
    item
      .setTitle("Snooze contact")
      .setIcon("alarm-clock")
      .setSection("action")
      .onClick(() => ui.snooze(contact)),
  );
}
