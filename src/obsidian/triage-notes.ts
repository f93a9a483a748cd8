/** What triage shows and remembers of a note: its opening lines, and its tier as written (to undo). */
import { TFile, type App } from "obsidian";
import { frontmatterLineCount, splitLines } from "../core/log";

const PREVIEW_LINES = 12;

/** The first lines of a note's body (after the frontmatter), blank lines at the start dropped. */
export function notePreview(text: string): string {
  const lines = splitLines(text.replace(/^\uFEFF/, ""));
  const body = lines.slice(frontmatterLineCount(lines));
  while (body.length > 0 && (body[0] ?? "").trim() === "") body.shift();
  return body.slice(0, PREVIEW_LINES).join("\n");
}

/** The value of the note's tier key as the metadata cache has it, or `null` when it has none. */
export function tierValue(app: App, key: string | undefined, path: string): string | null {
  if (key === undefined) return null;
  const file = app.vault.getAbstractFileByPath(path);
  const value: unknown = file instanceof TFile ? app.metadataCache.getFileCache(file)?.frontmatter?.[key] : undefined;
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}
