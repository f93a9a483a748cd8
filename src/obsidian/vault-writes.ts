/**
 * Multi-note writes in Obsidian's vault (see `core/note-writes.ts`): each note swapped through
 * `Vault.process` (replaced only when it still holds what the plan was made from), `Vault.create`
 * (never over an existing file) or the file manager's trash (the user's own setting: system
 * trash, Obsidian's `.trash`, or gone). An undo history replays `invertWrites` through the same swap.
 */
import { normalizePath, TFile, TFolder, type FileManager, type Vault } from "obsidian";
import { applyWrites, type NoteSwap, type NoteWrite, type WritesOutcome } from "../core/note-writes";

export type SwapVault = Pick<Vault, "process" | "create" | "createFolder" | "getAbstractFileByPath">;

/** Creates the folders above `path` that do not exist yet. */
async function ensureFolder(vault: SwapVault, path: string): Promise<void> {
  const slash = path.lastIndexOf("/");
  if (slash <= 0) return;
  const folder = normalizePath(path.slice(0, slash));
  const existing = vault.getAbstractFileByPath(folder);
  if (existing instanceof TFolder) return;
  if (existing !== null) throw new Error(`${folder} is a file, not a folder`);
  await ensureFolder(vault, folder);
  await vault.createFolder(folder);
}

/** The swap of one note; throws an `Error` for the user and leaves the note as it was. */
export function vaultSwap(vault: SwapVault, files: Pick<FileManager, "trashFile">): (op: NoteSwap) => Promise<void> {
  return async (op) => {
    const existing = vault.getAbstractFileByPath(op.path);
    if (op.expected === null) {
      if (existing !== null) throw new Error(`${op.path} already exists; it was left as it is`);
      if (op.text === null) return;
      await ensureFolder(vault, op.path);
      await vault.create(op.path, op.text);
      return;
    }
    if (!(existing instanceof TFile)) throw new Error(`${op.path} is gone`);
    if (op.text === null) {
      // Checked and removed in two steps: the vault has no "delete if unchanged".
      let holds = false;
      await vault.process(existing, (data) => {
        holds = data === op.expected;
        return data;
      });
      if (!holds) throw new Error(`${op.path} changed since; it was left as it is`);
      await files.trashFile(existing);
      return;
    }
    const text = op.text;
    await vault.process(existing, (data) => {
      if (data !== op.expected) throw new Error(`${op.path} changed since; it was left as it is`);
      return text;
    });
  };
}

/** Applies the writes as one step through the vault. */
export function applyVaultWrites(vault: SwapVault, files: Pick<FileManager, "trashFile">, writes: readonly NoteWrite[]): Promise<WritesOutcome> {
  return applyWrites(writes, vaultSwap(vault, files));
}
