/**
 * One generated contact note: frontmatter in every spelling the plugin reads (with comments, quoting
 * and key order as people really write them), a log in every variant the log grammar allows, and
 * now and then a problem (a bad date, an unknown tier), so the benchmark measures the messy vault the plugin meets, not a clean one.
 */
import { addDays, isoDate, type IsoDate } from "../../src/core/dates";
import { DEFAULT_INTERACTION_TYPES } from "../../src/core/settings";
import type { Rng } from "./random";
import { CITIES, COMPANIES, LOG_SUMMARIES, NON_TYPE_WORDS, REFLECTIVE_TAGS, ROLES, TOPIC_TAGS, WORDS } from "./words";

/** The date every generated vault is laid out against (`--today` of the CLI run). */
export const BENCH_TODAY: IsoDate = isoDate("2026-11-26");

export type ProblemKind = "bad-cadence" | "unknown-tier" | "invalid-yaml" | "future-last-touch";

export interface GeneratedContact {
  path: string;
  text: string;
  /** The problem planted in this note, if any. */
  problem: ProblemKind | null;
}

type Style = "kebab" | "snake" | "camel";

/** A canonical key (`last-touch`) in the note's spelling (`last_touch`, `lastTouch`). */
function spell(key: string, style: Style): string {
  if (style === "snake") return key.replace(/-/g, "_");
  if (style === "camel") return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return key;
}

function quoted(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A date as people write it: bare, quoted, or a date-time. */
function dateValue(rng: Rng, date: IsoDate): string {
  return rng.weighted<string>([
    [70, date],
    [15, `"${date}"`],
    [5, `'${date}'`],
    [10, `${date}T${String(rng.int(8, 19)).padStart(2, "0")}:${rng.pick(["00", "15", "30", "45"])}`],
  ]);
}

const TIER_VALUES: readonly (readonly [number, string | null])[] = [
  [8, "A"],
  [20, "B"],
  [28, "C"],
  [18, "D"],
  [3, "a"],
  [3, "b"],
  [2, "c"],
  [3, "1"],
  [3, "2"],
  [2, '"3"'],
  [2, "4"],
  [3, "none"],
  [2, "database"],
  [3, null],
];

const CADENCES: readonly string[] = [
  "2w",
  "3 months",
  "quarterly",
  "P6W",
  "45",
  "monthly",
  "1 yr",
  "twice a year",
  "biweekly",
  "90d",
  "6m",
  "1y",
  "fortnightly",
  "never",
  "2 weeks",
  "Annually",
  "P3M",
  "10 days",
  "semiannual",
  "1 month",
  "weekly",
  "8wk",
];

const BAD_CADENCES: readonly string[] = ["sometimes", "0w", "-2m", "every other tuesday", "3x", "P0D"];
const UNKNOWN_TIERS: readonly string[] = ["Z", "gold", "VIP", "E", "5"];
const BROKEN_YAML: readonly string[] = [
  "tags: [contact, work",
  'company: "Acme Corp',
  "company: Acme: Corp",
  "handle: @ann",
  "role: `cto`",
];
const COMMENTS: readonly string[] = [
  "met at the 2024 offsite",
  "intro from Sam",
  "keep warm: hiring next year",
  "TODO check email",
  "former manager",
];

/** A log of 0–50 entries (most logs are short), in the variants a hand-typed log has. */
function logLines(rng: Rng, lastTouch: IsoDate | null, today: IsoDate): string[] {
  const count = Math.floor(51 * rng.next() ** 3);
  if (count === 0) return [];
  let date = lastTouch ?? addDays(today, -rng.int(30, 900));
  const dates: IsoDate[] = [];
  for (let i = 0; i < count; i++) {
    dates.push(date);
    date = addDays(date, -rng.int(5, 120));
  }
  dates.reverse();
  if (rng.chance(0.05)) dates.reverse(); // some people log newest first
  const lines: string[] = [];
  for (const d of dates) {
    const day = rng.chance(0.01) ? addDays(today, rng.int(1, 30)) : d; // a planned meeting logged ahead
    const bullet = rng.weighted([
      [85, "-"],
      [10, "*"],
      [5, "+"],
    ]);
    const dateText = rng.chance(0.15) ? `[[${day}]]` : day;
    const type = rng.chance(0.7) ? rng.pick(DEFAULT_INTERACTION_TYPES) : rng.chance(0.4) ? rng.pick(NON_TYPE_WORDS) : null;
    const typeText = type === null ? "" : ` ${rng.chance(0.05) ? type[0]?.toUpperCase() + type.slice(1) : type}`;
    let summary = rng.chance(0.9) ? rng.pick(LOG_SUMMARIES) : "";
    if (summary !== "" && rng.chance(0.15)) summary += ` ${rng.pick(REFLECTIVE_TAGS)}`;
    const sep = rng.weighted([
      [50, ": "],
      [20, " — "],
      [10, " – "],
      [10, " - "],
      [10, " "],
    ]);
    lines.push(`${bullet} ${dateText}${typeText}${summary === "" ? "" : sep + summary}`);
    if (rng.chance(0.04)) lines.push(`  - ${rng.words(WORDS, rng.int(3, 9))}`);
  }
  return lines;
}

/**
 * A contact note. `inFolder` false puts it outside the contacts folder, found by its tag instead
 * (in frontmatter, nested, or inline in the body).
 */
export function contactNote(rng: Rng, name: string, path: string, inFolder: boolean, problemRate: number): GeneratedContact {
  const today = BENCH_TODAY;
  const style = rng.weighted<Style>([
    [70, "kebab"],
    [20, "snake"],
    [10, "camel"],
  ]);
  const problem: ProblemKind | null = rng.chance(problemRate)
    ? rng.pick<ProblemKind>(["bad-cadence", "unknown-tier", "invalid-yaml", "future-last-touch"])
    : null;
  const trailing = (line: string): string => (rng.chance(0.08) ? `${line}  # ${rng.pick(COMMENTS)}` : line);

  const fields: string[] = [];
  if (rng.chance(0.2)) fields.push(`name: ${rng.chance(0.5) ? quoted(`${name} (${rng.pick(COMPANIES)})`) : name}`);

  const tier = problem === "unknown-tier" ? rng.pick(UNKNOWN_TIERS) : rng.weighted(TIER_VALUES);
  if (tier !== null) fields.push(trailing(`tier: ${tier}`));
  if (problem === "bad-cadence") fields.push(`cadence: ${rng.pick(BAD_CADENCES)}`);
  else if (rng.chance(0.25) || tier === null) fields.push(trailing(`cadence: ${rng.pick(CADENCES)}`));

  let lastTouch: IsoDate | null = null;
  if (problem === "future-last-touch") {
    fields.push(`${spell("last-touch", style)}: ${addDays(today, rng.int(10, 400))}`);
  } else if (rng.chance(0.8)) {
    lastTouch = addDays(today, -Math.floor(800 * rng.next() ** 1.5));
    const key = rng.chance(0.85) ? "last-touch" : "last-contact";
    fields.push(trailing(`${spell(key, style)}: ${dateValue(rng, lastTouch)}`));
  }
  if (rng.chance(0.04)) fields.push(`${spell("snooze-until", style)}: ${dateValue(rng, addDays(today, rng.int(-60, 60)))}`);
  if (rng.chance(0.02))
    fields.push(`${spell("do-not-contact", style)}: ${rng.pick(["true", "yes", "'yes'", addDays(today, -rng.int(1, 700))])}`);
  if (rng.chance(0.03)) fields.push(`${spell("no-refer", style)}: ${rng.pick(["true", "yes", addDays(today, -rng.int(1, 700))])}`);

  if (rng.chance(0.7)) fields.push(`company: ${rng.pick(COMPANIES)}`);
  if (rng.chance(0.6)) fields.push(`role: ${rng.pick(ROLES)}`);
  if (rng.chance(0.4)) fields.push(`email: ${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`);
  if (rng.chance(0.3)) fields.push(`location: ${rng.pick(CITIES)}`);
  if (rng.chance(0.2)) fields.push(`aliases: [${name.split(" ")[0] ?? name}]`);
  if (rng.chance(0.3)) fields.push(`created: ${addDays(today, -rng.int(100, 2000))}`);
  if (problem === "invalid-yaml") fields.splice(rng.int(0, fields.length), 0, rng.pick(BROKEN_YAML));

  const tags = inFolder ? (rng.chance(0.5) ? ["people"] : []) : [];
  let inlineTag = false;
  if (!inFolder) {
    if (rng.chance(0.5)) tags.push(rng.pick(["contact", "contact/work", "Contact"]));
    else inlineTag = true;
  }
  if (rng.chance(0.3)) tags.push(rng.pick(["work", "alumni", "mentor", "investor", "friend"]));
  if (tags.length > 0) {
    fields.push(rng.chance(0.6) ? `tags: [${tags.join(", ")}]` : `tags:\n${tags.map((t) => `  - ${t}`).join("\n")}`);
  }
  if (rng.chance(0.2)) fields.sort(() => rng.next() - 0.5); // key order varies by who wrote the note
  if (rng.chance(0.15)) fields.unshift(`# ${rng.pick(COMMENTS)}`);

  const body: string[] = [];
  if (rng.chance(0.5)) body.push(`# ${name}`, "");
  if (inlineTag) body.push(`#contact ${rng.chance(0.5) ? rng.pick(TOPIC_TAGS) : ""}`.trimEnd(), "");
  if (rng.chance(0.7)) body.push(`${rng.pick(ROLES)} at ${rng.pick(COMPANIES)}. ${rng.words(WORDS, rng.int(8, 30))}.`, "");
  if (rng.chance(0.3)) body.push("## About", `- ${rng.words(WORDS, rng.int(4, 12))}`, `- ${rng.words(WORDS, rng.int(4, 12))}`, "");
  if (rng.chance(0.88)) {
    const level = rng.weighted([
      [85, "##"],
      [10, "###"],
      [5, "#"],
    ]);
    body.push(`${level} Log`, ...logLines(rng, lastTouch, today), "");
    if (rng.chance(0.2)) body.push(`${level} Ideas`, `- ${rng.words(WORDS, rng.int(4, 12))} ${rng.pick(TOPIC_TAGS)}`, "");
  }

  let text = `---\n${fields.join("\n")}\n---\n${body.join("\n")}`;
  if (rng.chance(0.1)) text = text.replace(/\n+$/, "");
  if (rng.chance(0.05)) text = text.replace(/\n/g, "\r\n");
  if (rng.chance(0.005)) text = `\uFEFF${text}`;
  return { path, text, problem };
}
