/**
 * The example vault's touches worked out from its files with a few regular expressions, apart
 * from the plugin's code (no import from src/): what the calendar must list when a period is
 * clicked. It knows only what the example vault uses: contacts in `Contacts/` or tagged
 * `#contact`, `## Log` sections, `last-touch` in its spellings, daily notes in `Daily/`, notes
 * whose name starts with a date or that carry `date:`, wikilinks, markdown links and
 * `attendees:`; and it leaves out embeds, unchecked tasks, quotes, callouts, code and comments.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface OracleTouch {
  path: string;
  date: string;
  source: "log" | "mention" | "frontmatter";
  /** The dated note for a mention, else the contact's own. */
  note: string;
}

const DATE = /\d{4}-\d{2}-\d{2}/;
const RANK = { log: 0, mention: 1, frontmatter: 2 } as const;

function notesIn(root: string, dir = ""): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith(".")) return [];
    const path = dir === "" ? e.name : `${dir}/${e.name}`;
    return e.isDirectory() ? notesIn(root, path) : e.name.endsWith(".md") ? [path] : [];
  });
}

function split(text: string): { front: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return m === null ? { front: "", body: text } : { front: m[1] ?? "", body: text.slice(m[0].length) };
}

const isContactNote = (path: string, text: string): boolean =>
  !/(^|\/)Templates\//.test(path) &&
  (path.startsWith("Contacts/") || /(^|\s)#contact(\/|\b)/.test(split(text).body) || /^\s+- contact(\/|\s*$)/m.test(split(text).front));

/** Log lines: list items under `# Log` (any level) up to the next heading of that level or higher. */
function logDates(text: string): string[] {
  const dates: string[] = [];
  let level = 0;
  for (const line of split(text).body.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading !== null) {
      const l = heading[1]?.length ?? 0;
      if (level > 0 && l <= level) level = 0;
      if (/^log$/i.test((heading[2] ?? "").trim())) level = l;
      continue;
    }
    if (level === 0) continue;
    const entry = /^\s*[-*+]\s+(?:\[[xX]\]\s+)?(?:\*\*)?(?:\[\[)?(\d{4}-\d{2}-\d{2})/.exec(line);
    if (entry?.[1] !== undefined) dates.push(entry[1]);
  }
  return dates;
}

function lastTouch(text: string): string | null {
  const m = /^(?:last[-_]?touch|lastTouch|last[-_]?contact|lastContact):\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(split(text).front);
  return m?.[1] ?? null;
}

/** The date of a dated note, or null. */
function noteDate(path: string, text: string): string | null {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(name) ?? /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(split(text).front);
  return m?.[1] ?? null;
}

/** The link targets of a dated note that count as mentions. */
function mentionTargets(text: string): { target: string; markdown: boolean }[] {
  const { front, body } = split(text);
  const out: { target: string; markdown: boolean }[] = [];
  for (const m of front.matchAll(/\[\[([^\]|#]+)/g)) out.push({ target: m[1] ?? "", markdown: false });
  const quiet = body
    .replace(/%%[\s\S]*?%%/g, "")
    .replace(/```[\s\S]*?```/g, "")
    .replace(/`[^`\n]*`/g, "");
  for (const line of quiet.split(/\r?\n/)) {
    if (/^\s*>/.test(line) || /^\s*[-*+]\s+\[ \]/.test(line)) continue;
    for (const m of line.matchAll(/(!?)\[\[([^\]|#]+)/g)) if (m[1] === "") out.push({ target: m[2] ?? "", markdown: false });
    for (const m of line.matchAll(/(!?)\[[^\]]*\]\(<?([^>)]+)>?\)/g)) if (m[1] === "") out.push({ target: m[2] ?? "", markdown: true });
  }
  return out;
}

/** Every touch of the vault up to `today`: one per contact per day, the log first, then a mention, then `last-touch`. */
export function exampleTouches(root: string, today: string): OracleTouch[] {
  const texts = new Map(notesIn(root).map((p) => [p, readFileSync(join(root, p), "utf8")]));
  const contacts = [...texts].filter(([p, t]) => isContactNote(p, t)).map(([p]) => p);
  const byName = new Map(contacts.map((p) => [p.slice(p.lastIndexOf("/") + 1, -3).toLowerCase(), p]));
  const found: OracleTouch[] = [];
  for (const path of contacts) {
    const text = texts.get(path) ?? "";
    for (const date of logDates(text)) found.push({ path, date, source: "log", note: path });
    const lt = lastTouch(text);
    if (lt !== null) found.push({ path, date: lt, source: "frontmatter", note: path });
  }
  for (const [note, text] of texts) {
    const date = noteDate(note, text);
    if (date === null || contacts.includes(note)) continue;
    for (const { target, markdown } of mentionTargets(text)) {
      const name = decodeURIComponent(target).replace(/\.md$/, "");
      const path = markdown
        ? contacts.find((c) => c.endsWith(`${name.replace(/^(\.\.\/)+/, "")}.md`))
        : byName.get(name.slice(name.lastIndexOf("/") + 1).toLowerCase());
      if (path === undefined || /^ignore-mentions:\s*true/m.test(split(texts.get(path) ?? "").front)) continue;
      found.push({ path, date, source: "mention", note });
    }
  }
  const best = new Map<string, OracleTouch>();
  for (const t of found) {
    if (t.date > today || !DATE.test(t.date)) continue;
    const key = `${t.path}|${t.date}`;
    const had = best.get(key);
    if (had === undefined || RANK[t.source] < RANK[had.source] || (t.source === had.source && t.note < had.note)) best.set(key, t);
  }
  return [...best.values()];
}
