/** The status bar's count of contacts due (desktop: Obsidian shows no status bar on mobile). */
import type { IsoDate } from "../core/dates";
import type { ContactIndexReader } from "../ports";

/**
 * What the count is made of, in the panel's own words, so it never reads as a third figure beside
 * the week plan and the groups: "7 overdue · 4 due today · 3 new". Due soon is not due yet.
 */
export function statusText(index: Pick<ContactIndexReader, "state" | "scheduled">, today: IsoDate): string {
  if (index.state !== "ready") return "Contacts: indexing…";
  const counts = { overdue: 0, due: 0, new: 0 };
  for (const s of index.scheduled(today)) if (s.status === "overdue" || s.status === "due" || s.status === "new") counts[s.status]++;
  const parts: string[] = [];
  if (counts.overdue > 0) parts.push(`${counts.overdue} overdue`);
  if (counts.due > 0) parts.push(`${counts.due} due today`);
  if (counts.new > 0) parts.push(`${counts.new} new`);
  return parts.length === 0 ? "No contacts due" : parts.join(" · ");
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
