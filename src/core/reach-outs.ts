/**
 * This week's reach-outs as unchecked tasks under a heading of a note (a daily note, usually):
 *
 *     ## Reach out
 *     - [ ] [[Priya Raman]] — 43 days overdue
 *
 * Ticking one makes it a checked task in a dated note: the touch. Inserting is additive and
 * idempotent: people the block already links are not added again, and no line is ever rewritten
 * or removed, so a second run adds nothing unless the plan gained someone.
 */
import { findLogSection, splitLines } from "./log";
import type { ScheduledContact } from "./schedule";
import { count } from "./words";

export interface ReachOut {
  /** The link text that resolves to the contact from the note (`Priya Raman`, or a path when names clash). */
  linktext: string;
  /** Why now: "43 days overdue", "due today", "never contacted", "due in 3 days". */
  reason: string;
}

/** Why someone is in this week's plan, in a few words. */
export function reachOutReason(s: ScheduledContact): string {
  switch (s.status) {
    case "overdue":
      return `${count(s.daysOverdue ?? 0, "day")} overdue`;
    case "due":
      return "due today";
    case "new":
      return "never contacted";
    case "soon":
      return `due in ${count(-(s.daysOverdue ?? 0), "day")}`;
    default:
      return s.status;
  }
}

/** The plan as reach-outs; do-not-contact people are dropped whatever the list holds. */
export function reachOutsFor(plan: readonly ScheduledContact[], linktext: (path: string) => string): ReachOut[] {
  return plan.filter((s) => !s.contact.doNotContact).map((s) => ({ linktext: linktext(s.contact.path), reason: reachOutReason(s) }));
}

export function formatReachOut(r: ReachOut): string {
  return `- [ ] [[${r.linktext}]] — ${r.reason}`;
}

/** Link targets written in a line (`[[target|alias]]` gives `target`), lower-cased. */
function linkedIn(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/\[\[([^\]|#\n]+)/g)) if (m[1] !== undefined) out.push(m[1].trim().toLowerCase());
  return out;
}

/**
 * The edit the plugin runs: `insertReachOuts` as a note edit. `onlyNew`: the automatic block,
 * which leaves a note that has a reach-out heading already (it came with one, by sync or a
 * template) as it is.
 */
export function reachOutEdit(text: string, reachOuts: readonly ReachOut[], heading: string, onlyNew = false): ReachOutEdit {
  if (onlyNew && findLogSection(splitLines(text), heading) !== null) return { text, added: 0 };
  return insertReachOuts(text, reachOuts, heading);
}

export interface ReachOutEdit {
  text: string;
  /** How many reach-outs were added (0: the note already lists everyone, and is unchanged). */
  added: number;
}

/**
 * Inserts the reach-outs under `heading` in `text`. An existing block (the first heading of
 * that name) gets the people it does not list yet, after its last line; otherwise a `## heading`
 * block is added at the end of the note. Line endings follow the note's; nothing else changes.
 */
export function insertReachOuts(text: string, reachOuts: readonly ReachOut[], heading: string): ReachOutEdit {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = splitLines(text);
  const section = findLogSection(lines, heading);
  const listed = new Set<string>();
  if (section !== null) for (let i = section.headingLine + 1; i < section.end; i++) for (const t of linkedIn(lines[i] ?? "")) listed.add(t);
  const fresh = reachOuts.filter((r) => !listed.has(r.linktext.toLowerCase()));
  if (fresh.length === 0) return { text, added: 0 };
  const block = fresh.map(formatReachOut);

  if (section === null) {
    // A blank line between the note and the new block, unless there is one already.
    const ends = text.endsWith("\n");
    const lead = text === "" ? "" : !ends ? `${eol}${eol}` : (lines[lines.length - 2] ?? "").trim() !== "" ? eol : "";
    return { text: `${text}${lead}## ${heading}${eol}${block.join(eol)}${eol}`, added: fresh.length };
  }
  // After the block's last non-blank line, so blank lines before the next heading stay where they are.
  let last = section.headingLine;
  for (let i = section.headingLine + 1; i < section.end; i++) if ((lines[i] ?? "").trim() !== "") last = i;
  if (last + 1 >= lines.length) return { text: `${text}${eol}${block.join(eol)}`, added: fresh.length };
  let offset = 0;
  for (let i = 0; i <= last; i++) offset = text.indexOf("\n", offset) + 1;
  return { text: `${text.slice(0, offset)}${block.join(eol)}${eol}${text.slice(offset)}`, added: fresh.length };
}
