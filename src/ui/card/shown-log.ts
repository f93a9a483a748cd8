/**
 * A person's log entries for a view that draws at once (the card, "Start with"): what the index
 * has at hand, else one read per revision and person, after which the view draws again. Nothing
 * stale is shown: entries are used only for the revision they were read at.
 */
import type { LogEntry } from "../../core/log";
import type { ContactIndexReader } from "../../ports";

export class ShownLog {
  private kept: { key: string; entries: readonly LogEntry[] } | null = null;
  private asked = "";

  constructor(
    private readonly index: Pick<ContactIndexReader, "revision" | "logEntries" | "cachedLogEntries">,
    private readonly redraw: () => void,
  ) {}

  /** The entries, or `null` while they are read (`redraw` is called once they are). */
  entries(path: string): readonly LogEntry[] | null {
    const key = `${this.index.revision}|${path}`;
    const at = this.index.cachedLogEntries(path) ?? (this.kept?.key === key ? this.kept.entries : undefined);
    if (at !== undefined) return at;
    if (this.asked !== key) {
      this.asked = key;
      void this.index.logEntries(path).then((entries) => {
        // Asked again since (another person, another revision): that read is the one that counts.
        if (this.asked !== key) return;
        this.kept = { key, entries };
        this.redraw();
      });
    }
    return null;
  }
}
