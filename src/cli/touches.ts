/**
 * Mentions and follow-ups on the command line: the daily notes' settings read from the vault's
 * config folder, each note's metadata computed from its text, and the same core rules the
 * plugin applies to Obsidian's metadata cache.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import moment from "moment";
import { chooseDailyNotes, DAILY_NOTES_FILES, momentParser, type DailyNotes, type DatedNoteRules } from "../core/dated-notes";
import { linkResolver } from "../core/link-resolver";
import { dueDateIn, lineAt, taskText } from "../core/follow-ups";
import { scanNote, type FollowUpRef, type NoteTouches, type ResolveContact } from "../core/note-touches";
import type { IsoDate } from "../core/dates";
import type { Settings } from "../core/settings";
import { TouchIndex } from "../core/touch-index";
import { markdownMetadata } from "./markdown-metadata";

export const CONFIG_FOLDER = ".obsidian";

/** The moment.js parser the command line dates daily notes with (Obsidian gives the plugin its own copy). */
export const parseDate = momentParser((text, format, strict) => moment(text, format, strict));

function readJson(root: string, path: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, path), "utf8").replace(/^\uFEFF/, "")) as unknown;
  } catch {
    return undefined;
  }
}

/** The daily notes' folder and format, from the vault's settings files (see `chooseDailyNotes`). */
export function readDailyNotes(root: string): DailyNotes {
  const read = (file: string): unknown => readJson(root, `${CONFIG_FOLDER}/${file}`);
  return chooseDailyNotes({
    core: read(DAILY_NOTES_FILES.core),
    communityPlugins: read(DAILY_NOTES_FILES.communityPlugins),
    periodicNotes: read(DAILY_NOTES_FILES.periodicNotes),
  }).daily;
}

export function datedRules(daily: DailyNotes, settings: Pick<Settings, "mentionDateKeys">): DatedNoteRules {
  return { daily, parseDate, dateKeys: settings.mentionDateKeys };
}

/** A note that may mention someone or hold a follow-up. */
export interface TouchCandidate {
  path: string;
  text: string;
  frontmatter: Readonly<Record<string, unknown>> | null;
  /** The note's date when it is dated. */
  date: IsoDate | null;
  /** Set when the note is a contact's own. */
  contact: string | null;
}

/** Is a note worth reading for touches? Dated notes with a link, and notes with an open task. */
export function mayHoldTouches(text: string, dated: boolean): boolean {
  return text.includes("[ ]") || (dated && (text.includes("[[") || text.includes("](")));
}

export interface VaultTouches {
  index: TouchIndex;
  /** The text of a follow-up's task, as a person reads it (`""` when unknown). */
  taskText(note: string, line: number): string;
}

function stripMd(path: string): string {
  return path.length > 3 && path.slice(-3).toLowerCase() === ".md" ? path.slice(0, -3) : path;
}

/**
 * The vault's link resolver, remembering its answers: the same names are linked from note after
 * note (daily notes, meetings). An answer depends on the linking note's folder only for a
 * relative link, or when the link names no note's whole path and several notes bear its name (then
 * one in the linking note's folder, or at the link's path below it, wins); any other answer holds
 * from every folder and is kept once. Given a note's path, the resolver for the links in it; it
 * names any note, contact or not.
 */
export function noteResolver(allNotes: readonly string[]): (source: string) => ResolveContact {
  const resolve = linkResolver(allNotes);
  const paths = new Set<string>();
  const named = new Map<string, number>();
  for (const path of allNotes) {
    const stem = stripMd(path).toLowerCase();
    paths.add(stem);
    const name = stem.slice(stem.lastIndexOf("/") + 1);
    named.set(name, (named.get(name) ?? 0) + 1);
  }
  const sameFromEverywhere = (link: string): boolean => {
    const lp = link.trim();
    if (lp.startsWith("./") || lp.startsWith("../")) return false;
    const stem = stripMd(lp.replace(/^\/+/, "")).toLowerCase();
    return paths.has(stem) || (named.get(stem.slice(stem.lastIndexOf("/") + 1)) ?? 0) <= 1;
  };
  const everywhere = new Map<string, string | null>();
  const byFolder = new Map<string, Map<string, string | null>>();
  return (source) => {
    const folder = source.slice(0, Math.max(0, source.lastIndexOf("/")));
    let known = byFolder.get(folder);
    if (known === undefined) byFolder.set(folder, (known = new Map<string, string | null>()));
    const here = known;
    return (lp) => {
      // `null` is an answer too (a link to no note): only `undefined` means not asked yet.
      let target = everywhere.get(lp);
      if (target === undefined) target = here.get(lp);
      if (target === undefined) {
        target = resolve(lp, source);
        (sameFromEverywhere(lp) ? everywhere : here).set(lp, target);
      }
      return target;
    };
  };
}

/** What the index needs of one note, kept while the rest of the vault is read (not its text). */
interface ScannedNote {
  path: string;
  date: IsoDate | null;
  /** Its links resolved to notes; those that are not contacts are dropped at the end. */
  touches: NoteTouches;
  /** The open tasks' lines (line number → text), for their due dates and their words. */
  taskLines: Map<number, string>;
}

/**
 * Reads each note for mentions and follow-ups as it comes (`add`), keeping only what the touch
 * index needs, so no note's text outlives its reading; `finish` keeps the links that name a contact.
 */
export class TouchCollector {
  private readonly scanned: ScannedNote[] = [];
  private readonly resolverFor: (source: string) => ResolveContact;

  /** `allNotes`: the vault's markdown paths (for link resolution). */
  constructor(
    allNotes: readonly string[],
    private readonly settings: Settings,
  ) {
    this.resolverFor = noteResolver(allNotes);
  }

  add(c: TouchCandidate): void {
    const dated = this.settings.countMentions && c.date !== null;
    const touches = scanNote(
      markdownMetadata(c.text, c.frontmatter),
      c.path,
      { dated, ownerContact: c.contact, reachOutHeading: this.settings.reachOutHeading },
      this.resolverFor(c.path),
    );
    // The index keeps nothing of a note without touches.
    if (touches.mentioned.length === 0 && touches.followUps.length === 0) return;
    const taskLines = new Map<number, string>();
    for (const f of touches.followUps) taskLines.set(f.line, lineAt(c.text, f.line) ?? "");
    this.scanned.push({ path: c.path, date: dated ? c.date : null, touches, taskLines });
  }

  /** The touch index, once every note has been added and the contacts are known. */
  finish(contactPaths: ReadonlySet<string>): VaultTouches {
    const index = new TouchIndex();
    const lines = new Map<string, Map<number, string>>();
    const isContact = (path: string): boolean => contactPaths.has(path);
    for (const note of this.scanned) {
      const mentioned = note.touches.mentioned.filter(isContact);
      const followUps: FollowUpRef[] = [];
      for (const ref of note.touches.followUps) {
        const contacts = ref.contacts.filter(isContact);
        if (contacts.length > 0) followUps.push({ line: ref.line, contacts });
      }
      index.setNote(note.path, note.date, { mentioned, followUps });
      if (followUps.length === 0) continue;
      const dates = new Map<number, IsoDate>();
      for (const f of followUps) {
        const due = dueDateIn(note.taskLines.get(f.line) ?? "");
        if (due !== null) dates.set(f.line, due);
      }
      index.setDueDates(note.path, dates);
      lines.set(note.path, note.taskLines);
    }
    return { index, taskText: (note, line) => taskText(lines.get(note)?.get(line) ?? "") };
  }
}
