/**
 * The daily notes' folder and format in Obsidian, read from the same settings files the command
 * line reads (`<config>/daily-notes.json`, Periodic Notes' `data.json` when it is enabled in
 * `community-plugins.json`), through the vault adapter: `app.internalPlugins` is not public API.
 */
import type { DataAdapter } from "obsidian";
import { chooseDailyNotes, DAILY_NOTES_FILES, type DailyNotes } from "../core/dated-notes";

async function readJson(adapter: Pick<DataAdapter, "read">, path: string): Promise<unknown> {
  try {
    return JSON.parse((await adapter.read(path)).replace(/^\uFEFF/, "")) as unknown;
  } catch {
    // Absent, unreadable or not JSON: as if there were no such file.
    return undefined;
  }
}

export async function readDailyNotes(adapter: Pick<DataAdapter, "read">, configDir: string): Promise<DailyNotes> {
  const [core, communityPlugins, periodicNotes] = await Promise.all([
    readJson(adapter, `${configDir}/${DAILY_NOTES_FILES.core}`),
    readJson(adapter, `${configDir}/${DAILY_NOTES_FILES.communityPlugins}`),
    readJson(adapter, `${configDir}/${DAILY_NOTES_FILES.periodicNotes}`),
  ]);
  return chooseDailyNotes({ core, communityPlugins, periodicNotes }).daily;
}
