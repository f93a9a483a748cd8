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
import { dueDatesAt, lineAt, taskText } from "../core/follow-ups";
import { scanNote, type ResolveContact } from "../core/note-touches";
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

/**
 * Links to contacts, resolved once per folder: a resolution depends only on the link and the
 * linking note's folder, and the same names are linked from note after note (daily notes, meetings).
 * Given a note's path, the resolver for the links in it.
 */
function contactResolver(allNotes: readonly string[], contactPaths: ReadonlySet<string>): (source: string) => ResolveContact {
  const resolve = linkResolver(allNotes);
  const byFolder = new Map<string, Map<string, string | null>>();
  return (source) => {
    const folder = source.slice(0, Math.max(0, source.lastIndexOf("/")));
    let known = byFolder.get(folder);
    if (known === undefined) byFolder.set(folder, (known = new Map()));
    const memo = known;
    return (lp) => {
      let target = memo.get(lp);
      if (target === undefined) {
        const found = resolve(lp, source);
        target = found !== null && contactPaths.has(found) ? found : null;
        memo.set(lp, target);
      }
      return target;
    };
  };
}

/** Reads every candidate into a touch index; `allNotes` are the vault's markdown paths (for link resolution). */
export function collectTouches(
  candidates: readonly TouchCandidate[],
  allNotes: readonly string[],
  contactPaths: ReadonlySet<string>,
  settings: Settings,
): VaultTouches {
  const index = new TouchIndex();
  const texts = new Map<string, string>();
  const resolveContact = contactResolver(allNotes, contactPaths);
  for (const c of candidates) {
    const dated = settings.countMentions && c.date !== null;
    const touches = scanNote(
      markdownMetadata(c.text, c.frontmatter),
      c.path,
      { dated, ownerContact: c.contact, reachOutHeading: settings.reachOutHeading },
      resolveContact(c.path),
    );
    index.setNote(c.path, dated ? c.date : null, touches);
    if (touches.followUps.length > 0) {
      index.setDueDates(
        c.path,
        dueDatesAt(
          c.text,
          touches.followUps.map((f) => f.line),
        ),
      );
      texts.set(c.path, c.text);
    }
  }
  return { index, taskText: (note, line) => taskText(lineAt(texts.get(note) ?? "", line) ?? "") };
}
