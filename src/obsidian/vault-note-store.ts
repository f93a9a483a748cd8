/**
 * The history's notes, in the vault. Each swap is one `Vault.process`, so the check that the note
 * still holds what the plugin wrote and the write itself happen with nothing in between: an undo
 * never overwrites an edit made since. Creating and removing a note (undo of a new contact) use
 * `Vault.create` and the user's trash setting.
 */
import { TFile, type FileManager, type Vault } from "obsidian";
import type { NoteStore, SwapOutcome } from "../core/history";

export class VaultNoteStore implements NoteStore {
  constructor(
    private readonly vault: Pick<Vault, "process" | "create" | "getAbstractFileByPath" | "read">,
    private readonly fileManager: Pick<FileManager, "trashFile">,
  ) {}

  async swap(path: string, expected: string | null, next: string | null): Promise<SwapOutcome> {
    try {
      const file = this.vault.getAbstractFileByPath(path);
      if (expected === null) {
        if (file !== null) return { ok: false, reason: "changed", message: "exists again" };
        if (next !== null) await this.vault.create(path, next);
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
      return { ok: false, reason: "failed", message: `could not be written (${error instanceof Error ? error.message : String(error)})` };
    }
  }
}
