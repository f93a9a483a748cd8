/**
 * What "find someone to refer" does with the person found: a `[[link]]` to them at the cursor of
 * the note being written, or an intro log entry (in the note of the person being helped, when that
 * is the note open, else in the found person's own).
 */
import { MarkdownView, Notice, TFile, type App, type Editor } from "obsidian";
import type { Contact } from "../../core/contact";
import type { PluginContext } from "../../ports";
import { LogInteractionModal } from "./log-modal";

/** The editor and note the user was writing in before the modal opened (the panel may have had the focus since). */
export function recentEditor(app: App): { editor: Editor; path: string } | null {
  const view = app.workspace.getMostRecentLeaf()?.view;
  if (!(view instanceof MarkdownView) || view.file === null) return null;
  return { editor: view.editor, path: view.file.path };
}

/** `[[Name]]` as Obsidian would write the link from `sourcePath` (shortest unique path), aliased to the display name when it differs. */
export function contactLink(app: App, contact: Contact, sourcePath: string): string {
  const file = app.vault.getAbstractFileByPath(contact.path);
  const target = file instanceof TFile ? app.metadataCache.fileToLinktext(file, sourcePath, true) : contact.path.replace(/\.md$/, "");
  const base = target.split("/").pop() ?? target;
  return base === contact.name ? `[[${target}]]` : `[[${target}|${contact.name}]]`;
}

/** Inserts the link at the cursor (replacing a selection) of the recent note; false when no note is open. */
export function insertContactLink(app: App, contact: Contact): boolean {
  const target = recentEditor(app);
  if (target === null) {
    new Notice("Open a note to insert the link into.");
    return false;
  }
  const link = contactLink(app, contact, target.path);
  const from = target.editor.getCursor("from");
  const to = target.editor.getCursor("to");
  target.editor.replaceRange(link, from, to);
  target.editor.setCursor({ line: from.line, ch: from.ch + link.length });
  return true;
}

/**
 * Opens the log form with an intro: in the open note's person's log ("Intro to [[Found]]") when a
 * contact's note other than theirs is open, else in the found person's own log.
 */
export function logIntro(app: App, host: PluginContext, found: Contact): void {
  const types = host.settings().interactionTypes;
  const type = types.find((t) => t.toLowerCase() === "intro") ?? types.find((t) => t.toLowerCase() === "referral") ?? null;
  const openPath = recentEditor(app)?.path ?? app.workspace.getActiveFile()?.path ?? null;
  const asker = openPath === null || openPath === found.path ? undefined : host.index.get(openPath);
  if (asker !== undefined) {
    const summary = `${type === null ? "Intro " : ""}to ${contactLink(app, found, asker.path)} `;
    new LogInteractionModal(app, host, asker, { type, summary }).open();
    return;
  }
  new LogInteractionModal(app, host, found, { type }).open();
}
