/**
 * The write side: each action is one pure edit of `src/core/actions.ts` run inside `Vault.process`,
 * so the read, the edit and the write happen with nothing in between, and two quick writes both
 * land. Never `processFrontMatter`: it re-serialises the whole YAML block.
 *
 * Every write that changed a note is recorded in the undo history, and confirmed by a notice with
 * an Undo button. A failed edit (frontmatter that is not valid YAML, for one) hands the text back
 * unchanged and says which file and why.
 */
import { TFile, type Vault } from "obsidian";
import { logInteraction, markTouched, outreachRefusal, setFlag, setTier, snooze } from "../core/actions";
import type { IsoDate } from "../core/dates";
import type { EditResult } from "../core/edits";
import { tickFollowUp } from "../core/follow-ups";
import { reachOutEdit, type ReachOut } from "../core/reach-outs";
import type { HistoryStep, NoteStore } from "../core/history";
import { contactFromText } from "../core/note";
import type { Settings } from "../core/settings";
import { undecodableTextReason } from "../core/text-check";
import type { ConfirmRequest, ContactActions, ContactIndexReader, NewLogEntry } from "../ports";
import { describeWrite, type WriteKind } from "./write-labels";
import type { WriteHistory } from "./write-history";
import { applyPlan, type PlanOutcome, type WritePlan } from "./write-plan";
import { errorText } from "../lib/error-text";

export interface NoteWriterServices {
  vault: Pick<Vault, "process" | "getAbstractFileByPath">;
  /** Opens a note in the workspace (a leaf of the main area). */
  openFile(file: TFile): Promise<void>;
  index: Pick<ContactIndexReader, "get">;
  settings(): Settings;
  today(): IsoDate;
  /** Asks the user a yes-or-no question (the confirm modal in the plugin). */
  confirm(request: ConfirmRequest): Promise<boolean>;
  /** Tells the user something (a `Notice` in the plugin). */
  notify(message: string): void;
  /** The undo history and its notices; the store it undoes through. */
  writes: WriteHistory;
  store: NoteStore;
}

export class NoteWriter implements ContactActions {
  constructor(private readonly services: NoteWriterServices) {}

  logInteraction(path: string, entry: NewLogEntry, options: { confirmed?: boolean } = {}): Promise<boolean> {
    const change = (text: string): EditResult =>
      logInteraction(text, { entry, today: this.services.today(), settings: this.services.settings() });
    return this.outreach(path, "Log anyway", "log the interaction", { kind: "log", type: entry.type }, change, options.confirmed === true);
  }

  markTouchedToday(path: string): Promise<boolean> {
    return this.outreach(path, "Mark as touched", "mark the contact as touched", { kind: "touched" }, (text) =>
      markTouched(text, { today: this.services.today() }),
    );
  }

  snooze(path: string, until: IsoDate): Promise<boolean> {
    return this.edit(path, "snooze the contact", { kind: "snooze", until }, (text) => snooze(text, { until }));
  }

  setDoNotContact(path: string, on: boolean): Promise<boolean> {
    return this.edit(path, on ? "set do-not-contact" : "clear do-not-contact", { kind: "do-not-contact", on }, (text) =>
      setFlag(text, { field: "do-not-contact", on, today: this.services.today() }),
    );
  }

  setNoRefer(path: string, on: boolean): Promise<boolean> {
    return this.edit(path, on ? "set no-refer" : "clear no-refer", { kind: "no-refer", on }, (text) =>
      setFlag(text, { field: "no-refer", on, today: this.services.today() }),
    );
  }

  setTier(path: string, tierKey: string | null): Promise<boolean> {
    return this.edit(path, "set the tier", { kind: "tier", tierKey }, (text) => setTier(text, { tierKey }));
  }

  /**
   * Adds this week's reach-outs under the reach-out heading of `note` (a daily note). Resolves
   * with how many were added, `null` when the write failed. `onlyNew`: leave a note that has the
   * heading already, and say nothing when nothing was added (the automatic block).
   */
  async insertReachOuts(note: string, reachOuts: readonly ReachOut[], options: { onlyNew?: boolean } = {}): Promise<number | null> {
    const heading = this.services.settings().reachOutHeading;
    const kind = { kind: "reach-outs" as const, added: 0 };
    const ok = await this.edit(
      note,
      "add the reach-outs",
      kind,
      (text) => {
        const edit = reachOutEdit(text, reachOuts, heading, options.onlyNew === true);
        kind.added = edit.added;
        return { ok: true, text: edit.text, changed: edit.added > 0 };
      },
      options.onlyNew === true,
    );
    return ok ? kind.added : null;
  }

  tickFollowUp(note: string, line: number, expected?: string): Promise<boolean> {
    return this.edit(note, "tick the follow-up", { kind: "follow-up" }, (text) =>
      tickFollowUp(text, expected === undefined ? { line } : { line, expected }),
    );
  }

  /**
   * Several notes as one action (bulk, import, triage): all written or none, one undo step, and a
   * notice that says `message` with an Undo button. On failure the notice says which note and why.
   */
  async applyAll(plan: WritePlan, message: string): Promise<PlanOutcome> {
    const { vault, store, writes } = this.services;
    const outcome = await applyPlan({ vault, store, history: writes.history }, plan);
    if (outcome.ok) writes.confirm(message, outcome.step);
    else
      this.services.notify(
        `Could not ${plan.label}: ${outcome.error}. ${outcome.rolledBack ? "No note was changed." : "Some notes could not be put back; check them."}`,
      );
    return outcome;
  }

  async openNote(path: string): Promise<void> {
    const file = this.services.vault.getAbstractFileByPath(path);
    if (file instanceof TFile) await this.services.openFile(file);
    else this.services.notify(`${path} no longer exists.`);
  }

  /**
   * An edit that records reaching out: the do-not-contact guard asks first, and the flag is checked
   * again on the text being written, since the note may have been flagged after the index saw it.
   */
  private async outreach(
    path: string,
    cta: string,
    what: string,
    kind: WriteKind,
    change: (text: string) => EditResult,
    askedAlready = false,
  ): Promise<boolean> {
    // Asked once: the log modal asks in its own words for a do-not-contact person, so no second question here.
    const confirmed = askedAlready ? true : await this.doNotContactGuard(path, cta);
    if (confirmed === null) return false;
    return this.edit(path, what, kind, (text) => {
      const refusal = outreachRefusal(contactFromText(path, text, this.services.settings()), confirmed);
      if (refusal !== null) return { ok: false, error: `${refusal}; try again to confirm` };
      return change(text);
    });
  }

  /**
   * The do-not-contact guard: asks before reaching out to someone who asked not to be contacted.
   * `null`: the user said no. `true`: they said yes. `false`: there was nothing to ask.
   */
  private async doNotContactGuard(path: string, cta: string): Promise<boolean | null> {
    const contact = this.services.index.get(path);
    if (contact === undefined || !contact.doNotContact) return false;
    const since = contact.doNotContactSince === null ? "" : ` (since ${contact.doNotContactSince})`;
    const ok = await this.services.confirm({
      title: `${contact.name} asked not to be contacted`,
      message: `${contact.name} is marked do-not-contact${since}. Record this interaction anyway? Do this only if they reached out to you.`,
      cta,
      warning: true,
    });
    return ok ? true : null;
  }

  /**
   * Runs one edit atomically, records it in the history and confirms it with an Undo button; on
   * failure the note keeps its text and a notice says why.
   */
  private async edit(
    path: string,
    what: string,
    kind: WriteKind,
    change: (text: string) => EditResult,
    quietWhenUnchanged = false,
  ): Promise<boolean> {
    const file = this.services.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) {
      this.services.notify(`Could not ${what}: ${path} no longer exists.`);
      return false;
    }
    // Set inside the process callback, which Obsidian runs between its read and its write.
    const outcome: { error: string | null; before: string; after: string } = { error: null, before: "", after: "" };
    try {
      await this.services.vault.process(file, (text) => {
        // Bytes Obsidian could not decode would be replaced for good: throwing stops the write.
        const undecodable = undecodableTextReason(text);
        if (undecodable !== null) throw new Error(undecodable);
        const result = change(text);
        outcome.before = text;
        outcome.after = result.ok && result.changed ? result.text : text;
        if (!result.ok) outcome.error = result.error;
        return outcome.after;
      });
    } catch (error) {
      outcome.error = errorText(error);
    }
    if (outcome.error !== null) {
      this.services.notify(`Could not ${what} in ${path}: ${outcome.error}. The note was not changed.`);
      return false;
    }
    const name = this.services.index.get(path)?.name ?? file.basename;
    const words = describeWrite(kind, name);
    const step: HistoryStep | null = this.services.writes.history.record({
      label: words.label,
      changes: [{ path, before: outcome.before, after: outcome.after }],
    });
    if (step !== null || !quietWhenUnchanged) this.services.writes.confirm(words.message, step);
    return true;
  }
}
