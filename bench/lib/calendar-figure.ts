/**
 * The contact calendar's data, as the plugin builds it when the calendar or the review opens:
 * every touch of the network (`touchesOf`: each log's dates read on this first ask, `last-touch`,
 * and the mentions of the touch index), gathered per day once (`TouchDays`), then the day, week
 * and month grids and the 26 weeks of the budget chart.
 */
import type { CachedMetadata, TFile } from "obsidian";
import { parseDate } from "../../src/cli/touches";
import { calendarGrid } from "../../src/core/calendar";
import { TouchDays } from "../../src/core/calendar-days";
import type { IsoDate } from "../../src/core/dates";
import { linkResolver } from "../../src/core/link-resolver";
import type { Settings } from "../../src/core/settings";
import type { TouchIndex } from "../../src/core/touch-index";
import { touchesOf, weeklyTouches } from "../../src/core/touches";
import type { ContactIndex } from "../../src/obsidian/contact-index";
import { TouchTracker } from "../../src/obsidian/touch-tracker";

/**
 * The mentions of every dated note, as the plugin's touch tracker reads them from the metadata
 * cache during its build (setup here, not timed: the calendar reads what the index already holds).
 */
export function mentionsOf(
  notes: readonly { file: TFile; cache: CachedMetadata }[],
  isContact: (path: string) => boolean,
  settings: Settings,
): TouchIndex {
  const resolve = linkResolver(notes.map((n) => n.file.path));
  const tracker = new TouchTracker({ resolveLink: resolve, settings: () => settings, parseDate });
  for (const n of notes) tracker.update(n.file.path, n.cache, isContact);
  return tracker.index;
}

/** Builds the calendar's data; returns counts so the work cannot be skipped. */
export function buildCalendar(
  index: ContactIndex,
  mentions: TouchIndex | null,
  today: IsoDate,
): { touches: number; mentions: number; cells: number } {
  const touches = touchesOf(index.contacts(), today, { mentions });
  const days = new TouchDays(touches, today);
  let cells = 0;
  for (const scale of ["day", "week", "month"] as const) cells += calendarGrid(days, scale, today).total;
  cells += weeklyTouches(touches, today).length;
  return { touches: touches.length, mentions: touches.filter((t) => t.source === "mention").length, cells };
}
