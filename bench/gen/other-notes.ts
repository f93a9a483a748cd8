/**
 * The notes that are not contacts, four for every contact: daily notes and meeting notes that link
 * to people, project notes, reference notes. They are what the index must skip quickly, and what
 * the CLI must read without mistaking them for contacts (a `#contact` inside a code block, a
 * `- 2026-11-20 call:` line in a daily note, a `contacts` tag).
 */
import { addDays, type IsoDate } from "../../src/core/dates";
import { BENCH_TODAY } from "./contact-note";
import type { Rng } from "./random";
import { PROJECT_NAMES, TOPIC_TAGS, WORDS } from "./words";

export interface GeneratedNote {
  path: string;
  text: string;
}

function link(rng: Rng, names: readonly string[]): string {
  const name = rng.pick(names);
  return rng.chance(0.2) ? `[[${name}|${name.split(" ")[0] ?? name}]]` : `[[${name}]]`;
}

function paragraph(rng: Rng, min: number, max: number): string {
  const text = rng.words(WORDS, rng.int(min, max));
  return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}.`;
}

function dailyNote(rng: Rng, date: IsoDate, names: readonly string[]): GeneratedNote {
  const lines: string[] = [];
  if (rng.chance(0.4)) lines.push("---", `date: ${date}`, "tags: [daily]", ...(rng.chance(0.3) ? [`mood: ${rng.int(1, 5)}`] : []), "---");
  lines.push(`# ${date}`, "", "## Meetings");
  for (let i = rng.int(0, 5); i > 0; i--)
    lines.push(
      `- ${rng.pick(["Call with", "Coffee with", "1:1 with", "Lunch with"])} ${link(rng, names)} about ${rng.words(WORDS, rng.int(2, 6))}`,
    );
  if (rng.chance(0.1)) lines.push(`- ${date} call: ${link(rng, names)} (a log-like line outside any contact note)`);
  lines.push("", "## Tasks");
  for (let i = rng.int(1, 6); i > 0; i--)
    lines.push(`- [${rng.chance(0.5) ? "x" : " "}] ${rng.words(WORDS, rng.int(3, 8))}${rng.chance(0.2) ? ` ${rng.pick(TOPIC_TAGS)}` : ""}`);
  lines.push("", "## Notes", paragraph(rng, 20, 80), "");
  return { path: `Daily/${date.slice(0, 4)}/${date}.md`, text: lines.join("\n") };
}

function meetingNote(rng: Rng, index: number, names: readonly string[]): GeneratedNote {
  const date = addDays(BENCH_TODAY, -rng.int(0, 1500));
  const title = `${rng.pick(PROJECT_NAMES)} ${rng.pick(["sync", "review", "planning", "kickoff", "retro"])} ${index}`;
  const attendees = Array.from({ length: rng.int(1, 4) }, () => `"${link(rng, names)}"`);
  const lines = ["---", `date: ${date}`, `attendees: [${attendees.join(", ")}]`, "tags: [meeting]", "---", `# ${title}`, ""];
  for (let i = rng.int(2, 8); i > 0; i--)
    lines.push(`- ${rng.words(WORDS, rng.int(4, 14))}${rng.chance(0.15) ? ` ${link(rng, names)}` : ""}`);
  lines.push("", "## Actions", `- [ ] ${link(rng, names)} ${rng.words(WORDS, rng.int(3, 8))}`, "");
  return { path: `Meetings/${date.slice(0, 4)}/${date} ${title}.md`, text: lines.join("\n") };
}

function projectNote(rng: Rng, index: number, names: readonly string[]): GeneratedNote {
  const project = `${rng.pick(PROJECT_NAMES)} ${rng.words(WORDS, 2)} ${index}`;
  const lines = [
    "---",
    `status: ${rng.pick(["active", "paused", "done"])}`,
    `owner: "${link(rng, names)}"`,
    `tags: [project, ${rng.pick(["contacts", "crm", "hiring", "infra"])}]`,
  ];
  if (rng.chance(0.3)) lines.push("# reviewed quarterly", `due: ${addDays(BENCH_TODAY, rng.int(-200, 200))}`);
  lines.push("---", `# ${project}`, "");
  for (let i = rng.int(2, 6); i > 0; i--) lines.push(`## ${rng.words(WORDS, 2)}`, paragraph(rng, 20, 90), "");
  if (rng.chance(0.05)) lines.push("```markdown", "#contact is the tag that makes a note a contact", "```", "");
  return { path: `Projects/${project}.md`, text: lines.join("\n") };
}

function referenceNote(rng: Rng, index: number): GeneratedNote {
  const lines = [`# ${rng.words(WORDS, 3)}`, ""];
  for (let i = rng.int(1, 5); i > 0; i--) lines.push(paragraph(rng, 30, 120), "");
  if (rng.chance(0.2)) lines.push(`Tags: ${rng.pick(TOPIC_TAGS)} ${rng.pick(TOPIC_TAGS)}`, "");
  return { path: `Resources/${rng.pick(["Reading", "Ideas", "Howto"])}/Note ${index}.md`, text: lines.join("\n") };
}

/**
 * `count` notes that are not contacts: daily notes back from today (at most ten years of them),
 * the rest split between meetings, projects and reference notes.
 */
export function* otherNotes(rng: Rng, count: number, names: readonly string[]): Generator<GeneratedNote> {
  const daily = Math.min(Math.round(count * 0.3), 3653);
  for (let i = 0; i < daily; i++) yield dailyNote(rng, addDays(BENCH_TODAY, -i), names);
  for (let i = daily; i < count; i++) {
    const kind = rng.weighted([
      [50, "meeting"],
      [25, "project"],
      [25, "reference"],
    ]);
    if (kind === "meeting") yield meetingNote(rng, i, names);
    else if (kind === "project") yield projectNote(rng, i, names);
    else yield referenceNote(rng, i);
  }
}
