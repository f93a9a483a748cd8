/**
 * The history's notes, in the vault. Each swap is one `Vault.process`, so the check that the note
 * still holds what the plugin wrote and the write itself happen with nothing in between: an undo
 * never overwrites an edit made since. Creating a note (an import's, a redone new contact) uses
 * `Vault.create`, never over a file, with its folders made first; removing one (an undo) checks it
 * still holds what was written and goes through the user's trash setting.
 */
import { normalizePath, TFile, TFolder, type FileManager, type Vault } from "obsidian";
import type { NoteStore, SwapOutcome } from "../core/history";
import { errorText } from "../lib/error-text";

export class VaultNoteStore implements NoteStore {
  constructor(
    private readonly vault: Pick<Vault, "process" | "create" | "createFolder" | "getAbstractFileByPath" | "read">,
    private readonly fileManager: Pick<FileManager, "trashFile">,
  ) {}

  async swap(path: string, expected: string | null, next: string | null): Promise<SwapOutcome> {
    try {
      const file = this.vault.getAbstractFileByPath(path);
      if (expected === null) {
        if (file !== null) return { ok: false, reason: "changed", message: "exists again" };
        if (next !== null) {
          await this.ensureFolder(path);
          await this.vault.create(path, next);
        }
        return { ok: true };
      }
      if (!(file instanceof TFile)) return { ok: false, reason: "changed", message: "no longer exists" };
      if (next === null) {
        // Removing a note: only the one the plugin made, untouched since.
        if ((await this.vault.read(file)) !== expected) return { ok: false, reason: "changed", message: "has changed since" };
        await this.fileManager.trashFile(file);
        return { ok: true };
      }
      let matched = false;
      await this.vault.process(file, (text) => {
        matched = text === expected;
        return matched ? next : text;
      });
      return matched ? { ok: true } : { ok: false, reason: "changed", message: "has changed since" };
    } catch (error) {
      return { ok: false, reason: "failed", message: `could not be written (${errorText(error)})` };
    }
  }

  /** Makes the folders above `path` that do not exist yet (an import into a folder not made yet). */
  private async ensureFolder(path: string): Promise<void> {
    const slash = path.lastIndexOf("/");
    if (slash <= 0) return;
    const folder = normalizePath(path.slice(0, slash));
    const existing = this.vault.getAbstractFileByPath(folder);
    if (existing instanceof TFolder) return;
    if (existing !== null) throw new Error(`${folder} is a file, not a folder`);
    await this.ensureFolder(folder);
    await this.vault.createFolder(folder);
  }
}
