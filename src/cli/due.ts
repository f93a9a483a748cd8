/**
 * `due`: who to reach, grouped and in priority order like the plugin's panel, or (`--json`) the
 * one JSON object for scripts, whose shape is a promise to them (README, "Command line").
 */
import { formatCadence } from "../core/cadence";
import type { IsoDate } from "../core/dates";
import { describeKeyDate } from "../core/key-dates";
import { loadSentence, roundLoad } from "../core/load";
import { comparePriority, describeWhy, isToReach, type ScheduledContact, type Status, type TouchSource } from "../core/schedule";
import type { TouchIndex } from "../core/touch-index";
import type { VaultSchedule } from "./schedule";
import type { VaultTouches } from "./touches";
import { alignRows, safeText, truncate, type Style } from "./terminal";

export interface DueJson {
  today: IsoDate;
  contacts: {
    path: string;
    name: string;
    tier: string | null;
    cadence: string | null;
    lastTouch: IsoDate | null;
    lastTouchSource: TouchSource | null;
    lastTouchNote: string | null;
    nextDue: IsoDate | null;
    status: Status;
    daysOverdue: number | null;
    doNotContact: boolean;
    noRefer: boolean;
    /** Paused (`paused`/`prm-paused`): untracked until it is lifted. */
    paused: boolean;
    snoozeUntil: IsoDate | null;
    /** Open follow-ups: unchecked tasks that link the person or sit in their note. */
    followUps: { note: string; line: number; due: IsoDate | null; text: string }[];
  }[];
  problems: { path: string; field: string; message: string }[];
  load: { touchesPerWeek: number; budget: number };
  keyDates: { path: string; name: string; kind: string; date: string; next: IsoDate; age: number | null; text?: string }[];
}

/** Where follow-ups are looked up, and their tasks' text. */
export type FollowUpSource = Pick<VaultTouches, "taskText"> & { index: Pick<TouchIndex, "followUpsOf"> };

/** The `--json` object: every contact note by path, the problems, the load. Scripts rely on its fields. */
export function dueJson(schedule: VaultSchedule, budget: number, touches: FollowUpSource): DueJson {
  return {
    today: schedule.today,
    contacts: schedule.scheduled.map((s) => ({
      path: s.contact.path,
      name: s.contact.name,
      tier: s.contact.tier?.key ?? null,
      cadence: s.contact.cadence === null ? null : formatCadence(s.contact.cadence),
      lastTouch: s.lastTouch,
      lastTouchSource: s.lastTouchSource,
      lastTouchNote: s.lastTouchNote,
      nextDue: s.nextDue,
      status: s.status,
      daysOverdue: s.daysOverdue,
      doNotContact: s.contact.doNotContact,
      noRefer: s.contact.noRefer,
      paused: s.contact.paused,
      snoozeUntil: s.contact.snoozeUntil,
      followUps: touches.index
        .followUpsOf(s.contact.path)
        .map((f) => ({ note: f.note, line: f.line, due: f.due, text: touches.taskText(f.note, f.line) })),
    })),
    problems: schedule.problems.map((p) => ({ path: p.path, field: p.field, message: p.message })),
    load: { touchesPerWeek: roundLoad(schedule.load), budget },
    keyDates: schedule.keyDates.map((k) => ({
      path: k.path,
      name: k.name,
      kind: k.kind,
      date: k.date,
      next: k.next,
      age: k.age,
      ...(k.kind === "reminder" ? { text: k.text } : {}),
    })),
  };
}

interface Group {
  status: Status;
  title: string;
  /** Shown without --all. */
  toReach: boolean;
  paint: (style: Style) => (text: string) => string;
}

/** The panel's groups, in its order; the last four only with --all. */
const GROUPS: readonly Group[] = [
  { status: "overdue", title: "Overdue", toReach: true, paint: (s) => s.red },
  { status: "due", title: "Due today", toReach: true, paint: (s) => s.yellow },
  { status: "new", title: "Never contacted", toReach: true, paint: (s) => s.magenta },
  { status: "soon", title: "Due soon", toReach: true, paint: (s) => s.green },
  { status: "snoozed", title: "Snoozed", toReach: false, paint: (s) => s.dim },
  { status: "ok", title: "Up to date", toReach: false, paint: (s) => s.dim },
  { status: "untracked", title: "Untracked", toReach: false, paint: (s) => s.dim },
  { status: "do-not-contact", title: "Do not contact", toReach: false, paint: (s) => s.dim },
];

const NAME_WIDTH = 32;
const NO_REFER = "[no-refer]";

export interface DueTextOptions {
  all: boolean;
  budget: number;
  /** How to run `check` on this vault, for the hint under the list. */
  checkCommand: string;
  style: Style;
  /** Open follow-ups; those due today or earlier are listed first. */
  touches?: FollowUpSource;
}

function loadLine(load: number, budget: number, style: Style): string {
  const sentence = loadSentence(load, budget);
  // Mid-line after the count of people, so in lower case.
  const text = sentence.charAt(0).toLowerCase() + sentence.slice(1);
  return roundLoad(load) > budget ? `${text} ${style.red("(over budget)")}` : text;
}

function counted(n: number, word: string): string {
  return `${n} ${word}`;
}

/** The human list. */
export function dueText(schedule: VaultSchedule, options: DueTextOptions): string {
  const { style } = options;
  const toReach = schedule.scheduled.filter(isToReach);
  const out: string[] = [];
  const heading = `Due on ${schedule.today}: ${toReach.length === 0 ? "nobody" : counted(toReach.length, toReach.length === 1 ? "person" : "people")} to reach · ${loadLine(schedule.load, options.budget, style)}`;
  out.push(style.bold(heading));

  const shownGroups = GROUPS.filter((g) => options.all || g.toReach)
    .map((g) => ({
      group: g,
      members: schedule.scheduled.filter((s) => s.status === g.status && (g.toReach ? isToReach(s) : true)).sort(comparePriority),
    }))
    .filter((g) => g.members.length > 0);

  // One set of columns for every group, so the list reads as one table.
  const rows: string[][] = [];
  const rowOf = (s: ScheduledContact): string[] => [
    truncate(safeText(s.contact.name), NAME_WIDTH),
    s.contact.tier === null ? "-" : safeText(s.contact.tier.key),
    safeText(describeWhy(s, schedule.today)) + (s.contact.noRefer ? `  ${NO_REFER}` : ""),
  ];
  for (const g of shownGroups) for (const s of g.members) rows.push(rowOf(s));
  const lines = alignRows(rows, (_r, c, cell) =>
    c === 1 ? style.cyan(cell) : c === 2 ? cell.replace(NO_REFER, style.yellow(NO_REFER)) : cell,
  );

  const dueFollowUps = followUpsDueLines(schedule, options);
  if (dueFollowUps.length > 0)
    out.push("", style.yellow(style.bold(`Follow-ups due (${dueFollowUps.length})`)), ...dueFollowUps.map((l) => `  ${l}`));

  let next = 0;
  for (const g of shownGroups) {
    out.push("", g.group.paint(style)(style.bold(`${g.group.title} (${g.members.length})`)));
    for (let i = 0; i < g.members.length; i++) out.push(`  ${lines[next++] ?? ""}`);
  }

  if (schedule.keyDates.length > 0) {
    out.push("", style.cyan(style.bold(`Coming up (${schedule.keyDates.length})`)));
    const dates = alignRows(
      schedule.keyDates.map((k) => [truncate(safeText(k.name), NAME_WIDTH), safeText(describeKeyDate(k, schedule.today))]),
    );
    for (const line of dates) out.push(`  ${line}`);
  }

  const hidden = GROUPS.filter((g) => !options.all && !g.toReach)
    .map((g) => ({ g, n: schedule.scheduled.filter((s) => s.status === g.status).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} ${x.g.title.toLowerCase()}`);
  if (hidden.length > 0) out.push("", style.dim(`Not listed: ${hidden.join(", ")} (--all lists everyone)`));
  if (schedule.problems.length > 0) {
    const n = schedule.problems.length;
    out.push("", style.yellow(`${counted(n, n === 1 ? "problem" : "problems")} in contact notes: ${options.checkCommand}`));
  }
  return `${out.join("\n")}\n`;
}

/** One line per open follow-up due today or earlier (do-not-contact people left out), earliest first. */
function followUpsDueLines(schedule: VaultSchedule, options: DueTextOptions): string[] {
  const touches = options.touches;
  if (touches === undefined) return [];
  const rows: { due: IsoDate; cells: string[] }[] = [];
  for (const s of schedule.scheduled) {
    if (s.contact.doNotContact) continue;
    for (const f of touches.index.followUpsOf(s.contact.path)) {
      if (f.due === null || f.due > schedule.today) continue;
      const text = touches.taskText(f.note, f.line);
      rows.push({ due: f.due, cells: [truncate(safeText(s.contact.name), NAME_WIDTH), f.due, `${safeText(text)}  (${safeText(f.note)})`] });
    }
  }
  rows.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return alignRows(
    rows.map((r) => r.cells),
    (_r, c, cell) => (c === 1 ? options.style.yellow(cell) : cell),
  );
}
