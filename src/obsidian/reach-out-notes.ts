/**
 * This week's reach-outs in today's daily note: the command, and the optional block added when
 * today's daily note is created. Ticking a reach-out makes it a checked task in a dated note,
 * which the mention rules count as the touch; nothing else records it.
 *
 * The automatic block is for the note created today, as today's: a note of another day (an older
 * note arriving by sync) is left alone, and so is a note that has the heading already.
 */
import { TFile, type MetadataCache, type TAbstractFile, type Vault } from "obsidian";
import { dailyNoteDate, dailyNotePath, momentParser, type DailyNotes, type MomentLike } from "../core/dated-notes";
import { reachOutsFor, type ReachOut } from "../core/reach-outs";
import { planWeek } from "../core/week-plan";
import type { PluginContext } from "../ports";
import type { NoteWriter } from "./note-writer";

export interface ReachOutNoteServices {
  vault: Pick<Vault, "getAbstractFileByPath">;
  metadataCache: Pick<MetadataCache, "fileToLinktext">;
  host: Pick<PluginContext, "index" | "settings" | "today">;
  writer: Pick<NoteWriter, "insertReachOuts">;
  /** The daily notes' folder and format, as the vault's settings files say now. */
  dailyNotes(): Promise<DailyNotes>;
  /** Obsidian's `moment`. */
  moment: MomentLike;
  notify(message: string): void;
  /** Waits before the automatic block, so a template plugin writes the new note first. */
  wait(ms: number): Promise<void>;
}

/** Long enough for the Templater plugin to fill a new note, short enough to be there when it opens. */
export const NEW_NOTE_DELAY_MS = 1000;

export class ReachOutNotes {
  constructor(private readonly services: ReachOutNoteServices) {}

  /** This week's plan as reach-outs, each linked the way Obsidian would link it from `note`. */
  reachOuts(note: string): ReachOut[] {
    const { host, vault, metadataCache } = this.services;
    const settings = host.settings();
    const today = host.today();
    const touches = settings.countMentions ? (host.index.touchIndex?.() ?? null) : null;
    const mentionDays =
      touches === null ? undefined : (path: string, from: typeof today, to: typeof today) => touches.mentionDays(path, from, to);
    const plan = planWeek(host.index.scheduled(today), settings, today, mentionDays);
    return reachOutsFor(plan.thisWeek, (path) => {
      const file = vault.getAbstractFileByPath(path);
      return file instanceof TFile ? metadataCache.fileToLinktext(file, note, true) : path.replace(/\.md$/i, "");
    });
  }

  /** Today's daily note's path (it may not exist yet). */
  async todayPath(): Promise<string> {
    return dailyNotePath(this.services.host.today(), await this.services.dailyNotes(), this.services.moment);
  }

  /** The command: this week's reach-outs into today's daily note, under the reach-out heading. */
  async insertToday(): Promise<void> {
    const { host, vault, writer } = this.services;
    const notify = (message: string): void => this.services.notify(message);
    if (host.index.state !== "ready") {
      notify("The contact index is still being built; try again in a moment.");
      return;
    }
    const path = await this.todayPath();
    if (!(vault.getAbstractFileByPath(path) instanceof TFile)) {
      notify(`Today's daily note, ${path}, does not exist yet. Create it (Daily notes: "Open today's daily note"), then run this again.`);
      return;
    }
    const reachOuts = this.reachOuts(path);
    if (reachOuts.length === 0) {
      notify("Nobody to reach this week: this week's plan is empty or done.");
      return;
    }
    // The writer confirms the write, with an Undo button, or says why it failed.
    await writer.insertReachOuts(path, reachOuts);
  }

  /**
   * A note was created (registered once the layout is ready, so never for the notes already in
   * the vault): when the setting is on and it is today's daily note, add the block.
   */
  async onCreate(file: TAbstractFile): Promise<boolean> {
    const { host, writer } = this.services;
    if (!host.settings().reachOutsInNewDailyNote || !(file instanceof TFile) || file.extension !== "md") return false;
    const daily = await this.services.dailyNotes();
    if (dailyNoteDate(file.path, daily, momentParser(this.services.moment)) !== host.today()) return false;
    await this.services.wait(NEW_NOTE_DELAY_MS);
    if (!(this.services.vault.getAbstractFileByPath(file.path) instanceof TFile)) return false;
    if (host.index.state !== "ready" || !host.settings().reachOutsInNewDailyNote) return false;
    const reachOuts = this.reachOuts(file.path);
    if (reachOuts.length === 0) return false;
    const added = await writer.insertReachOuts(file.path, reachOuts, { onlyNew: true });
    return added !== null && added > 0;
  }
}
