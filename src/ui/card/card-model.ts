/**
 * What a person's card shows, as plain data: the note's opening lines, the last entries and
 * mentions merged by date, open follow-ups, key dates, and their year in touches. No DOM and no
 * 'obsidian' here, so all of it is unit-tested on Node; card-view.ts draws it.
 */
import { monthStrip } from "../../core/calendar";
import { formatShortDate } from "../../core/format-date";
import type { Contact } from "../../core/contact";
import { toEpochDay, type IsoDate } from "../../core/dates";
import { describeKeyDate, upcomingKeyDates } from "../../core/key-dates";
import { frontmatterLineCount, splitLines, type LogEntry } from "../../core/log";
import { describeWhy, type ScheduledContact } from "../../core/schedule";
import type { Mention } from "../../core/touch-index";
import { touchesOf, type Touch } from "../../core/touches";

/** How many of the note's opening lines, and of the latest entries and mentions, the card shows. */
export const OPENING_LINES = 6;
export const RECENT_ENTRIES = 5;

/** One line of "Recent": a log entry (in the person's note) or a mention (in a dated note). */
export interface CardEntry {
  kind: "log" | "mention";
  date: IsoDate;
  /** "14 Sep", "2 Mar 2025". */
  when: string;
  /** The interaction type, "mentioned" for a mention, "" for an untyped entry. */
  label: string;
  /** The entry's summary, or the dated note's name. */
  text: string;
  /** The note a click opens, and the line to open it at (null: the top). */
  note: string;
  line: number | null;
}

export interface MonthCell {
  /** "December 2025". */
  label: string;
  count: number;
  /** "3 touches, December 2025": each cell says what it holds to a screen reader. */
  aria: string;
}

export interface CardModel {
  path: string;
  name: string;
  /** "Tier A: Inner circle", or null without a tier. */
  tier: string | null;
  /** The row's reason line: "43 days overdue · last call 2026-09-14 · every 1m". */
  why: string;
  doNotContact: boolean;
  noRefer: boolean;
  entries: CardEntry[];
  /** How many open follow-ups they have (listed, with their ticks, by the follow-ups list). */
  followUps: number;
  /** "Birthday Tue 1 Dec · turns 40", soonest first, within the next year. */
  keyDates: string[];
  months: MonthCell[];
}

/** What the card is made from beyond the person: their log's entries (read from the note), their mentions, their open follow-ups, and whether mentions count. */
export interface CardSources {
  log: readonly LogEntry[];
  mentions: readonly Mention[];
  followUps: number;
  countMentions: boolean;
}

/** The body of a note before its first heading (frontmatter and leading blank lines left out), at most `max` lines. */
export function openingLines(text: string, max = OPENING_LINES): string {
  const lines = splitLines(text.replace(/^\uFEFF/, ""));
  const out: string[] = [];
  for (const line of lines.slice(frontmatterLineCount(lines))) {
    if (/^ {0,3}#{1,6}(\s|$)/.test(line) || out.length >= max) break;
    if (out.length === 0 && line.trim() === "") continue;
    out.push(line);
  }
  while (out.length > 0 && (out[out.length - 1] ?? "").trim() === "") out.pop();
  return out.join("\n");
}

/** The basename of a path, without `.md`: how a dated note is named in the card. */
function noteName(path: string): string {
  return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

/** Mentions that count as touches: none when mentions are off or the note ignores them, none after today. */
function countedMentions(contact: Contact, sources: CardSources, today: IsoDate): Mention[] {
  if (!sources.countMentions || contact.ignoreMentions) return [];
  return sources.mentions.filter((m) => m.date <= today);
}

/** The latest log entries and mentions together, newest first (a later line first on the same day). */
export function recentEntries(
  contact: Contact,
  log: readonly LogEntry[],
  mentions: readonly Mention[],
  today: IsoDate,
  max = RECENT_ENTRIES,
): CardEntry[] {
  const all: CardEntry[] = [];
  for (const e of log) {
    if (e.date > today) continue;
    all.push({
      kind: "log",
      date: e.date,
      when: formatShortDate(e.date, today),
      label: e.type ?? "",
      text: e.summary,
      note: contact.path,
      line: e.line,
    });
  }
  for (const m of mentions)
    all.push({
      kind: "mention",
      date: m.date,
      when: formatShortDate(m.date, today),
      label: "mentioned",
      text: noteName(m.note),
      note: m.note,
      line: null,
    });
  all.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : (b.line ?? -1) - (a.line ?? -1)));
  return all.slice(0, max);
}

/** A person's touches (log, `last-touch`, counted mentions), one a day, as the calendar counts them. */
export function personTouches(contact: Contact, mentions: readonly Mention[], today: IsoDate): Touch[] {
  const extra: Touch[] = mentions.map((m) => ({ path: contact.path, day: toEpochDay(m.date), source: "mention", note: m.note }));
  return touchesOf([contact], today, { extra });
}

/** Their last twelve months, oldest first, each with its accessible label. */
export function yearCells(touches: readonly Touch[], today: IsoDate): MonthCell[] {
  return monthStrip(touches, today).map((m) => ({
    label: m.label,
    count: m.count,
    aria: `${m.count === 0 ? "No" : m.count} ${m.count === 1 ? "touch" : "touches"}, ${m.label}`,
  }));
}

export function cardModel(s: ScheduledContact, sources: CardSources, today: IsoDate): CardModel {
  const c = s.contact;
  const mentions = countedMentions(c, sources, today);
  return {
    path: c.path,
    name: c.name,
    tier: c.tier === null ? null : `Tier ${c.tier.key}: ${c.tier.label}`,
    why: describeWhy(s, today),
    doNotContact: c.doNotContact,
    noRefer: c.noRefer,
    entries: recentEntries(c, sources.log, mentions, today),
    followUps: sources.followUps,
    keyDates: upcomingKeyDates(c, today, 366).map((k) => describeKeyDate(k, today)),
    months: yearCells(personTouches(c, mentions, today), today),
  };
}
