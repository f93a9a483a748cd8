/**
 * The seams between the plugin's parts. The due panel, the modals and the commands see the
 * contact index and the note writer only through these interfaces, so each can be tested with a
 * hand-made stand-in.
 */
import type { Contact, Problem } from "./core/contact";
import type { IsoDate } from "./core/dates";
import type { LogEntry } from "./core/log";
import type { ScheduledContact } from "./core/schedule";
import type { Settings } from "./core/settings";
import type { TouchIndex } from "./core/touch-index";

export type IndexState = "cold" | "indexing" | "ready";

/** Read side of the contact index. */
export interface ContactIndexReader {
  readonly state: IndexState;
  /** Moves by one on every real change; views re-render only when it moved. */
  readonly revision: number;
  contacts(): readonly Contact[];
  get(path: string): Contact | undefined;
  /**
   * A contact's log entries in line order, read again from the note (the index keeps only each
   * log's facts: `Contact.logFacts`); `[]` for a path that is no contact.
   */
  logEntries(path: string): Promise<readonly LogEntry[]>;
  /** Those entries when recently read and still current, without reading; `undefined`: ask `logEntries`. */
  cachedLogEntries(path: string): readonly LogEntry[] | undefined;
  /** Every contact scheduled against `today` (cached per revision and day). */
  scheduled(today: IsoDate): readonly ScheduledContact[];
  /** Problems of every contact note, date-dependent ones included. */
  problems(today: IsoDate): readonly Problem[];
  /** Called (debounced) after a real change; returns the function that unsubscribes. */
  onChange(listener: () => void): () => void;
  /** Mentions from dated notes and open follow-ups, by contact (absent or `null`: not tracked). */
  touchIndex?(): TouchIndex | null;
}

export interface NewLogEntry {
  date: IsoDate;
  type: string | null;
  summary: string;
}

/** Write side: every method is one atomic edit of one note through `Vault.process`. */
export interface ContactActions {
  /**
   * Appends the entry and moves `last-touch` forward when newer. Runs the do-not-contact guard,
   * unless `confirmed`: the user already said yes to logging with this do-not-contact person.
   */
  logInteraction(path: string, entry: NewLogEntry, options?: { confirmed?: boolean }): Promise<boolean>;
  markTouchedToday(path: string): Promise<boolean>;
  snooze(path: string, until: IsoDate): Promise<boolean>;
  setDoNotContact(path: string, on: boolean): Promise<boolean>;
  setNoRefer(path: string, on: boolean): Promise<boolean>;
  /** Writes the tier key; `null` removes it. */
  setTier(path: string, tierKey: string | null): Promise<boolean>;
  /**
   * Ticks the open follow-up on `line` (0-based) of `note`: `- [ ]` becomes `- [x]` on that line
   * and nothing else changes. `expected` is the line as shown; the tick is refused when the line
   * no longer reads so or is no longer an open task.
   */
  tickFollowUp(note: string, line: number, expected?: string): Promise<boolean>;
  openNote(path: string): Promise<void>;
}

/** What the due panel, the modals and the commands are given by the plugin. */
export interface PluginContext {
  readonly index: ContactIndexReader;
  readonly actions: ContactActions;
  settings(): Settings;
  /** Today's local calendar date. */
  today(): IsoDate;
  /** Opens the set-up check (the panel's empty state links to it). */
  openSetupCheck?(): void;
  /** Keeps the type of the interaction just logged for the next log (saved with the settings). */
  rememberLogType?(type: string | null): void;
}

/** A yes-or-no question for the user (the confirm modal in the plugin). */
export interface ConfirmRequest {
  title: string;
  message: string;
  cta: string;
  warning?: boolean;
}

/** One tier to pick, or `none` (untracked). */
export interface TierChoice {
  /** What `setTier` writes: a tier key, or `none`. */
  key: string;
  label: string;
  /** e.g. "Inner circle · every 1m", "In the database, never due". */
  description: string;
  /** The contact's tier now. */
  current: boolean;
}

/** Changes a contact's tier after the budget check; what the review modal uses for its tier moves. */
export type ChangeTier = (contact: Contact, tierKey: string) => Promise<boolean>;
