/**
 * What the due panel shows, as plain data: the groups, the filters (the flat list of headers and
 * rows is flat-rows.ts), the load line and the empty states. No DOM and no
 * 'obsidian' here, so all of it is unit-tested on Node.
 */
import type { Contact, Problem } from "../../core/contact";
import { addDays, addMonths, type IsoDate } from "../../core/dates";
import { compareKeyDates, type KeyDate } from "../../core/key-dates";
import { loadSentence } from "../../core/load";
import type { Explanation } from "../../core/explain-empty";
import { comparePriority, type ScheduledContact } from "../../core/schedule";
import type { Settings } from "../../core/settings";
import { LazySortedList } from "../../lib/lazy-sort";
import { tagMatches } from "../../core/tags";
import { fold, foldedName, queryTerms } from "../../lib/text-match";

/**
 * `week`: this week's plan, the first people to reach within the weekly budget (see `week-plan.ts`).
 * `followUps`: people with an open follow-up due today or before, whatever their status.
 */
export type ContactGroupKey = "week" | "overdue" | "due" | "new" | "soon" | "followUps" | "snoozed";
/** `comingUp`: birthdays, other yearly dates and reminders within `keyDateDays`. */
export type GroupKey = ContactGroupKey | "comingUp" | "problems";

export interface GroupInfo {
  key: GroupKey;
  label: string;
  collapsedByDefault?: true;
}

/**
 * The panel's groups, in order. This week's plan comes first; the groups of people to reach after
 * it hold the overflow. Everyone else (on schedule, untracked, do-not-contact) is not listed.
 */
export const GROUPS: readonly GroupInfo[] = [
  { key: "week", label: "This week" },
  { key: "overdue", label: "Overdue" },
  { key: "due", label: "Due today" },
  { key: "new", label: "Never contacted" },
  { key: "soon", label: "Due soon" },
  { key: "followUps", label: "Follow-ups due" },
  { key: "comingUp", label: "Coming up" },
  { key: "snoozed", label: "Snoozed", collapsedByDefault: true },
  { key: "problems", label: "Problems", collapsedByDefault: true },
];

const CONTACT_GROUPS: readonly ContactGroupKey[] = ["week", "overdue", "due", "new", "soon", "followUps", "snoozed"];
/** The groups of people to reach by status, in the due view's order; with `week`, an empty panel means these are empty. */
export const REACH_GROUPS: readonly ContactGroupKey[] = ["overdue", "due", "new", "soon"];

export function isGroupKey(value: unknown): value is GroupKey {
  return GROUPS.some((g) => g.key === value);
}

export function defaultCollapsed(): Set<GroupKey> {
  return new Set(GROUPS.filter((g) => g.collapsedByDefault).map((g) => g.key));
}

/** One date in Coming up, with its person (for the filters). */
export interface ComingUpItem {
  date: KeyDate;
  contact: Contact;
}

export interface DueGroups {
  contacts: Readonly<Record<ContactGroupKey, LazySortedList<ScheduledContact>>>;
  comingUp: LazySortedList<ComingUpItem>;
  problems: LazySortedList<Problem>;
}

function compareComingUp(a: ComingUpItem, b: ComingUpItem): number {
  return compareKeyDates(a.date, b.date);
}

/** Snoozed people in the order they wake up; ties as the core's priority (by name). */
function compareSnoozed(a: ScheduledContact, b: ScheduledContact): number {
  // ISO dates order as plain strings: no locale-aware comparison needed.
  const x = a.contact.snoozeUntil ?? "";
  const y = b.contact.snoozeUntil ?? "";
  return x < y ? -1 : x > y ? 1 : comparePriority(a, b);
}

function compareProblems(a: Problem, b: Problem): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** The members of each contact group, unsorted. */
export type GroupBuckets = Record<ContactGroupKey, ScheduledContact[]>;

export function newBuckets(): GroupBuckets {
  return { week: [], overdue: [], due: [], new: [], soon: [], followUps: [], snoozed: [] };
}

/**
 * Puts one person in the bucket of their status, if the panel lists it and they may be contacted
 * (do-not-contact people are dropped whatever their status). Sorting is left to the lists, which
 * sort only as far as they are read; the week plan (week-plan.ts) takes the first people out.
 */
export function addToBucket(buckets: GroupBuckets, s: ScheduledContact): void {
  if (s.contact.doNotContact) return;
  switch (s.status) {
    case "overdue":
    case "due":
    case "new":
    case "soon":
    case "snoozed":
      buckets[s.status].push(s);
      break;
    default:
      break;
  }
}

/**
 * Puts someone whose earliest open follow-up is due on or before today in the follow-ups group
 * (do-not-contact people never: a follow-up is a reason to reach them).
 */
export function addFollowUpDue(buckets: GroupBuckets, s: ScheduledContact, due: IsoDate | null, today: IsoDate): void {
  if (due !== null && due <= today && !s.contact.doNotContact) buckets.followUps.push(s);
}

/**
 * The groups as lazily sorted lists (taking ownership of the buckets' arrays). `followUpDue` gives
 * the earliest due date of a person's follow-ups: the follow-ups group lists the oldest first.
 */
export function groupsFromBuckets(
  buckets: GroupBuckets,
  problems: readonly Problem[],
  comingUp: readonly ComingUpItem[] = [],
  followUpDue: (path: string) => IsoDate | null = () => null,
): DueGroups {
  const byDue = (a: ScheduledContact, b: ScheduledContact): number => {
    const x = followUpDue(a.contact.path) ?? "";
    const y = followUpDue(b.contact.path) ?? "";
    return x < y ? -1 : x > y ? 1 : comparePriority(a, b);
  };
  const contacts = {} as Record<ContactGroupKey, LazySortedList<ScheduledContact>>;
  for (const key of CONTACT_GROUPS)
    contacts[key] = new LazySortedList(buckets[key], key === "followUps" ? byDue : key === "snoozed" ? compareSnoozed : comparePriority);
  return {
    contacts,
    // Do-not-contact people are never in it, whoever made the list.
    comingUp: new LazySortedList(
      comingUp.filter((i) => !i.contact.doNotContact),
      compareComingUp,
    ),
    problems: new LazySortedList([...problems], compareProblems),
  };
}

// ---- filters ----------------------------------------------------------------------------------

export interface DueFilters {
  /** A tier key, `NO_TIER` for contacts without a tier, or `null` for all. */
  tier: string | null;
  /** A tag (lower case, no `#`; nested tags below it match), or `null` for all. */
  tag: string | null;
  /** Words that must all appear in the name. */
  search: string;
}

export const NO_TIER = "";
export const NO_FILTERS: Readonly<DueFilters> = { tier: null, tag: null, search: "" };

export function hasFilters(f: DueFilters): boolean {
  return f.tier !== null || f.tag !== null || f.search.trim() !== "";
}

/** The test a contact must pass, or `null` when every contact passes. */
export function contactFilter(f: DueFilters): ((c: Contact) => boolean) | null {
  if (!hasFilters(f)) return null;
  const tier = f.tier === null ? null : f.tier.toLowerCase();
  const tag = f.tag === null ? null : f.tag.replace(/^#/, "").toLowerCase();
  const terms = queryTerms(f.search);
  return (c) => {
    if (tier !== null && (tier === NO_TIER ? c.tier !== null : c.tier?.key.toLowerCase() !== tier)) return false;
    if (tag !== null && !c.tags.some((t) => tagMatches(t, tag))) return false;
    if (terms.length > 0) {
      const name = foldedName(c);
      if (!terms.every((t) => name.includes(t))) return false;
    }
    return true;
  };
}

/**
 * The groups narrowed by the filters. People are filtered by tier, tag and name; problems by the
 * search words only (against the file path and the message), since a problem may be the very
 * reason a note has no tier.
 */
export function filterGroups(groups: DueGroups, f: DueFilters): DueGroups {
  const keep = contactFilter(f);
  if (keep === null) return groups;
  const contacts = {} as Record<ContactGroupKey, LazySortedList<ScheduledContact>>;
  for (const key of CONTACT_GROUPS) contacts[key] = groups.contacts[key].filter((s) => keep(s.contact));
  const terms = queryTerms(f.search);
  const problems =
    terms.length === 0
      ? groups.problems
      : groups.problems.filter((p) => {
          const text = fold(`${p.path} ${p.message}`);
          return terms.every((t) => text.includes(t));
        });
  return { contacts, comingUp: groups.comingUp.filter((i) => keep(i.contact)), problems };
}

/** How many people the groups hold that are to be reached (this week, overdue, due, never contacted, soon). */
export function reachCount(groups: DueGroups): number {
  let n = groups.contacts.week.length;
  for (const key of REACH_GROUPS) n += groups.contacts[key].length;
  return n;
}

// ---- header, empty states, options --------------------------------------------------------------

export interface LoadSummary {
  text: string;
  /** Load / budget, clamped to 0..1, for the meter. */
  fraction: number;
  over: boolean;
}

/**
 * "Your cadences ask for about 7 touches a week; your budget is 6"; over budget when the load to one
 * decimal exceeds the budget, so a load of 6.04 against 6 is not called over.
 */
export function loadSummary(load: number, budget: number): LoadSummary {
  const shown = Math.round(load * 10) / 10;
  const over = shown > budget;
  const text = loadSentence(load, budget);
  const fraction = budget > 0 ? Math.min(1, Math.max(0, load / budget)) : 1;
  return { text, fraction, over };
}

export interface EmptyStateInput {
  indexReady: boolean;
  contactCount: number;
  filtersActive: boolean;
  /** People to reach after the filters. */
  reachCount: number;
  scheduled: readonly ScheduledContact[];
  settings: Pick<Settings, "contactsFolders" | "contactTags" | "contactMarkers">;
}

/** The sentence the panel shows above its list when nobody is there to reach, or `null`. */
export function emptyStateText(input: EmptyStateInput): string | null {
  if (input.contactCount === 0) {
    if (!input.indexReady) return "Indexing contacts…";
    const { contactsFolders, contactTags, contactMarkers } = input.settings;
    const where: string[] = [];
    if (contactsFolders.length > 0)
      where.push(`in ${contactsFolders.length === 1 ? "the folder" : "the folders"} ${contactsFolders.join(", ")}`);
    if (contactTags.length > 0) where.push(`tagged ${contactTags.map((t) => `#${t}`).join(" or ")}`);
    if (contactMarkers.length > 0) where.push(`marked ${contactMarkers.join(" or ")}`);
    const rule = where.length === 0 ? "no setting says which notes are contacts" : `notes ${where.join(", or ")} are contacts`;
    return `No contacts yet: ${rule}. The set-up check finds people notes elsewhere and proposes settings.`;
  }
  if (input.reachCount > 0) return null;
  if (input.filtersActive) return "No one to reach matches these filters.";
  const next = nextUp(input.scheduled);
  if (next !== null) return `Nobody is due. Next up: ${next.contact.name}, due ${next.nextDue ?? ""}.`;
  if (input.scheduled.some((s) => s.status === "snoozed" && !s.contact.doNotContact))
    return "Nobody is due. Snoozed contacts are listed below.";
  return "Nobody is due: no contact has a tier or a cadence yet. Give someone a tier (for example tier: B) to keep in touch on a schedule.";
}

/**
 * Why the panel is empty once the index is built and found no contact: what is wrong with the
 * folders, tags and notes (the shared explanation the command line prints too); `[]` otherwise.
 */
export function emptyStateReasons(
  input: Pick<EmptyStateInput, "indexReady" | "contactCount">,
  explain: () => Explanation | null,
): readonly string[] {
  return input.indexReady && input.contactCount === 0 ? (explain()?.findings ?? []) : [];
}

/** The contact on schedule whose next touch comes first (ties by the core's priority). */
export function nextUp(scheduled: readonly ScheduledContact[]): ScheduledContact | null {
  let best: ScheduledContact | null = null;
  for (const s of scheduled) {
    if (s.status !== "ok" || s.nextDue === null || s.contact.doNotContact) continue;
    if (best === null || s.nextDue < (best.nextDue ?? "") || (s.nextDue === best.nextDue && comparePriority(s, best) < 0)) best = s;
  }
  return best;
}

// ---- rows ---------------------------------------------------------------------------------------

/** A quiet hint next to a name (the reciprocity suggestions plug in here). */
export interface RowHint {
  text: string;
  /** An Obsidian icon id; a default is used when absent. */
  icon?: string;
  /** The action the hint suggests: its button's text, the row's text while it runs, and the write. */
  offer?: { label: string; pending: string; run(): Promise<boolean> };
  /** "Not now": hides the hint until its evidence changes. */
  dismiss?: () => void;
}

export type RowHintProvider = (s: ScheduledContact) => RowHint | null;

/** The snooze menu's quick choices. */
export function snoozeChoices(today: IsoDate): { label: string; until: IsoDate }[] {
  return [
    { label: "1 week", until: addDays(today, 7) },
    { label: "1 month", until: addMonths(today, 1) },
  ];
}

/** A problem's message without the leading "path: ", which the row already shows. */
export function problemText(p: Problem): string {
  const prefix = `${p.path}: `;
  return p.message.startsWith(prefix) ? p.message.slice(prefix.length) : p.message;
}
