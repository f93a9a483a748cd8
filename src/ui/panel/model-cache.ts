/**
 * The due panel's model: everything it draws that depends on the whole network (the groups in
 * priority order, this week's plan, the load, the counts, the tag list), derived once per index
 * revision, day and settings. The plugin keeps one `PanelModelCache` for all its panels, so closing
 * and reopening the panel only draws; a new revision, another day or new settings give a new model.
 *
 * No DOM and no 'obsidian' here: unit-tested on Node.
 */
import type { Contact } from "../../core/contact";
import type { IsoDate } from "../../core/dates";
import { contactLoad } from "../../core/load";
import { isoWeek } from "../../core/dates";
import { upcomingKeyDates } from "../../core/key-dates";
import { suggestTierMoves, type TierMovePlan } from "../../core/tier-moves";
import type { ScheduledContact } from "../../core/schedule";
import type { Settings } from "../../core/settings";
import type { ContactIndexReader } from "../../ports";
import {
  addFollowUpDue,
  addToBucket,
  filterGroups,
  groupsFromBuckets,
  newBuckets,
  type ComingUpItem,
  type DueFilters,
  type DueGroups,
} from "./list-model";
import { tagOptions, type Option } from "./filter-options";
import { Lazy } from "../../lib/lazy";
import { touchesThisWeek } from "../../core/week-plan";
import { planGroupsWith, type PanelWeek } from "./week-plan";

/** What the header is drawn from; a new object whenever any of it changed. */
export interface PlanInput {
  load: number;
  settings: Settings;
  week: PanelWeek;
  /** The fewest tier moves that fit the budget: worked out on first use (it sorts the whole network), then kept. */
  moves: Lazy<TierMovePlan>;
}

export interface PanelModel {
  /** What it was derived from: the index's revision and readiness, the day and the settings object. */
  readonly revision: number;
  readonly ready: boolean;
  readonly today: IsoDate;
  readonly settings: Settings;
  readonly contacts: readonly Contact[];
  readonly scheduled: readonly ScheduledContact[];
  /** The groups with this week's plan lifted out of them, unfiltered. */
  readonly groups: DueGroups;
  readonly plan: PlanInput;
}

/** Where a model comes from: the plugin's `PluginContext` fits. */
export interface ModelSource {
  readonly index: ContactIndexReader;
  settings(): Settings;
  today(): IsoDate;
}

/**
 * The model for the index as it is now. One pass over the schedule buckets the people to list, adds
 * up the load and finds who was touched this week (of whom only those with a log entry this week
 * have their log read); sorting is left to the groups, which sort only as far as they are read.
 */
export function derivePanelModel(index: ContactIndexReader, today: IsoDate, settings: Settings): PanelModel {
  const scheduled = index.scheduled(today);
  const contacts = index.contacts();
  const weekStart = isoWeek(today).start;
  const buckets = newBuckets();
  const touched: Contact[] = [];
  let load = 0;
  const comingUp: ComingUpItem[] = [];
  const touchIndex = index.touchIndex?.() ?? null;
  const followUpDue = (path: string): IsoDate | null => touchIndex?.earliestDue(path) ?? null;
  for (const s of scheduled) {
    const c = s.contact;
    // Untracked people too: a birthday is a reason to reconnect. Never do-not-contact people.
    if (c.keyDates.length > 0 && !c.doNotContact)
      for (const date of upcomingKeyDates(c, today, settings.keyDateDays)) comingUp.push({ date, contact: c });
    // `weeklyLoad` over the schedule's contacts, which are the index's contacts.
    load += contactLoad(s.contact);
    if (s.lastTouch !== null && s.lastTouch >= weekStart) touched.push(s.contact);
    addToBucket(buckets, s);
    if (touchIndex !== null) addFollowUpDue(buckets, s, followUpDue(c.path), today);
  }
  const problems = index.problems(today);
  // Days on which dated notes mention someone count as touches, as in the command line's plan.
  const mentions = settings.countMentions ? touchIndex : null;
  const mentionDays = mentions === null ? undefined : (path: string, from: IsoDate, to: IsoDate) => mentions.mentionDays(path, from, to);
  const { groups, week } = planGroupsWith(
    groupsFromBuckets(buckets, problems, comingUp, followUpDue),
    touchesThisWeek(touched, today, mentionDays),
    settings,
    today,
  );
  return {
    revision: index.revision,
    ready: index.state === "ready",
    today,
    settings,
    contacts,
    scheduled,
    groups,
    plan: {
      load,
      settings,
      week,
      moves: new Lazy(() => suggestTierMoves(contacts, settings, scheduled)),
    },
  };
}

/** Whether nothing `model` was derived from has moved since. */
export function isCurrent(model: PanelModel, index: ContactIndexReader, today: IsoDate, settings: Settings): boolean {
  return (
    model.revision === index.revision && model.ready === (index.state === "ready") && model.today === today && model.settings === settings
  );
}

/** A filter as a key: two filters with the same key select the same people. */
function filterKey(f: DueFilters): string {
  return JSON.stringify([f.tier, f.tag, f.search]);
}

/**
 * Holds the current model, and for it the last filtered groups and the tag list, so that a panel
 * opened again (or a second panel) draws from them instead of walking every contact again.
 */
export class PanelModelCache {
  private current: PanelModel | null = null;
  private lastFiltered: { model: PanelModel; key: string; groups: DueGroups } | null = null;
  private tags: { model: PanelModel; options: readonly Option[] } | null = null;

  /** The model for the source as it is now: the kept one while nothing moved, else a new one. */
  model(source: ModelSource): PanelModel {
    const today = source.today();
    const settings = source.settings();
    const current = this.current;
    if (current !== null && isCurrent(current, source.index, today, settings)) return current;
    this.current = derivePanelModel(source.index, today, settings);
    this.lastFiltered = null;
    this.tags = null;
    return this.current;
  }

  /** Forgets everything: the next model is derived afresh. */
  invalidate(): void {
    this.current = null;
    this.lastFiltered = null;
    this.tags = null;
  }

  /** The model's groups narrowed by `filters` (the last filtering is kept). */
  filtered(model: PanelModel, filters: DueFilters): DueGroups {
    const key = filterKey(filters);
    const last = this.lastFiltered;
    if (last !== null && last.model === model && last.key === key) return last.groups;
    const groups = filterGroups(model.groups, filters);
    this.lastFiltered = { model, key, groups };
    return groups;
  }

  /** The tag filter's choices for the model's contacts. Reads every contact's tags: ask when the list is opened. */
  tagOptions(model: PanelModel): readonly Option[] {
    if (this.tags?.model !== model) this.tags = { model, options: tagOptions(model.contacts, model.settings.contactTags) };
    return this.tags.options;
  }
}
