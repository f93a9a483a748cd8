/** The status bar's count of contacts due (desktop: Obsidian shows no status bar on mobile). */
import type { IsoDate } from "../core/dates";
import type { ScheduledContact } from "../core/schedule";
import type { ContactIndexReader } from "../ports";
import { count } from "../core/words";

/** Due means: overdue, due today, or tracked and never contacted. Due soon is not due yet. */
export function dueCount(scheduled: readonly ScheduledContact[]): number {
  let n = 0;
  for (const s of scheduled) if (s.status === "overdue" || s.status === "due" || s.status === "new") n++;
  return n;
}

export function statusText(index: Pick<ContactIndexReader, "state" | "scheduled">, today: IsoDate): string {
  if (index.state !== "ready") return "Contacts: indexing…";
  const n = dueCount(index.scheduled(today));
  return n === 0 ? "No contacts due" : `${count(n, "contact")} due`;
}

/** Keeps `el` showing the count; call the returned function when the index or the day may have moved. */
export function dueCountUpdater(el: HTMLElement, index: Pick<ContactIndexReader, "state" | "scheduled">, today: () => IsoDate): () => void {
  let shown = "";
  return () => {
    const text = statusText(index, today());
    if (text !== shown) el.setText(text);
    shown = text;
  };
}
