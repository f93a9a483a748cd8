/**
 * Command-line arguments and the help text of each command.
 */
import { parseArgs } from "node:util";
import { isIsoDate, type IsoDate } from "../core/dates";
import { CliError } from "./errors";

export type CommandName = "due" | "check" | "log" | "stats" | "doctor" | "import";

export const COMMANDS: readonly CommandName[] = ["due", "check", "log", "stats", "doctor", "import"];

interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
}

const TODAY: OptionSpec = { type: "string" };
const HELP: OptionSpec = { type: "boolean", short: "h" };

const OPTIONS: Record<CommandName, Record<string, OptionSpec>> = {
  due: { today: TODAY, json: { type: "boolean" }, all: { type: "boolean", short: "a" }, help: HELP },
  check: { today: TODAY, help: HELP },
  log: {
    type: { type: "string", short: "t" },
    date: { type: "string", short: "d" },
    note: { type: "string", short: "n" },
    force: { type: "boolean", short: "f" },
    today: TODAY,
    help: HELP,
  },
  stats: { today: TODAY, json: { type: "boolean" }, help: HELP },
  doctor: { apply: { type: "string" }, json: { type: "boolean" }, help: HELP },
  import: { apply: { type: "boolean" }, json: { type: "boolean" }, tier: { type: "string" }, overwrite: { type: "boolean" }, help: HELP },
};

const POSITIONALS: Record<CommandName, readonly string[]> = {
  due: ["vault"],
  check: ["vault"],
  log: ["vault", "contact"],
  stats: ["vault"],
  doctor: ["vault"],
  import: ["vault", "file"],
};

export const MAIN_HELP = `contact-cadence: who in your network is due for a touch, from the notes in an Obsidian vault

Usage:
  contact-cadence <command> <vault> [options]

Commands:
  due <vault>              who is due, in priority order (--all: everyone; --json: for scripts)
  check <vault>            the problems in contact notes; exit code 1 when there are any
  log <vault> <contact>    add an interaction to a contact's log and move last-touch
  stats <vault>            contacts per tier and status, weekly load against the budget, the
                           tier moves that would fit it, and this week's plan (--json: for scripts)
  doctor <vault>           the set-up check: people notes the settings miss, why contacts are not
                           tracked, and the settings changes that would fix it (--apply to save)
  import <vault> <file>    people from a Google or Outlook CSV, LinkedIn's Connections.csv or a
                           vCard file: a preview, written only with --apply

Options:
  -h, --help               help for a command: contact-cadence due --help
  -V, --version            the version

Settings come from <vault>/.obsidian/plugins/contact-cadence/data.json when it exists.
Exit codes: 0 done; 1 something was found wrong (problems, an unreadable note, a refused or
failed write); 2 the command could not run (bad arguments, no such vault or contact).
`;

export const COMMAND_HELP: Record<CommandName, string> = {
  due: `Usage: contact-cadence due <vault> [--today YYYY-MM-DD] [--all] [--json]

Who is due for a touch, in priority order, grouped like the plugin's panel: overdue, due today,
never contacted, due soon. Each line says why. Do-not-contact people are never listed as due.

Options:
      --today YYYY-MM-DD   the date to plan for (default: today on this machine)
  -a, --all                also list snoozed, up-to-date, untracked and do-not-contact people
      --json               print every contact, the problems and the load as one JSON object
  -h, --help               this help

Examples:
  contact-cadence due ~/Notes
  contact-cadence due examples/vault --today 2026-11-26 --all
  contact-cadence due ~/Notes --json | jq '.contacts[] | select(.status == "overdue") | .name'
`,
  check: `Usage: contact-cadence check <vault> [--today YYYY-MM-DD]

Lists the problems in contact notes (a cadence that is not one, an unknown tier, a last-touch
after today, frontmatter that is not valid YAML, ...), one per line. Exit code 1 when there are
any, 0 when there are none: usable in a script or a git hook.

Options:
      --today YYYY-MM-DD   the date that "after today" means (default: today on this machine)
  -h, --help               this help
`,
  log: `Usage: contact-cadence log <vault> <contact> [--type T] [--date YYYY-MM-DD] [--note TEXT] [--force]

Appends one entry to the contact's "## Log" section (creating it at the end of the note when
there is none) and moves last-touch forward when the entry is newer. Nothing else in the note
changes. The write is atomic: a temporary file in the same folder, then a rename.

<contact> is the note's path in the vault (with or without .md), or its name or file name in
any case. When nothing or several notes match, nothing is written and the candidates are listed.

Options:
  -t, --type T             the kind of interaction (call, email, message, meeting, meal, ...,
                           as set in the plugin's settings)
  -d, --date YYYY-MM-DD    when it happened (default: today)
  -n, --note TEXT          a summary; tags such as #gave, #asked, #declined, #noreply count
  -f, --force              log even though the contact asked not to be contacted
      --today YYYY-MM-DD   the date to take as today (default: today on this machine)
  -h, --help               this help

Examples:
  contact-cadence log ~/Notes "Priya Raman" --type call --note "Talked about the reorg #gave"
  contact-cadence log ~/Notes Contacts/Work/Tom.md --type email --date 2026-11-20
`,
  stats: `Usage: contact-cadence stats <vault> [--today YYYY-MM-DD] [--json]

Counts contacts per tier and per status, and compares the weekly load the cadences demand
(touches a week) with the budget set in the plugin's settings. Over budget, it lists the fewest
tier moves (A to B, ..., the last tier to untracked; lowest priority first) that would fit it.
Then this week's plan, as the plugin's panel shows it: the first people to reach, up to the
budget less the touches logged since Monday; the rest stay on the due list for later.
Do-not-contact people are in no plan and no suggestion.

Options:
      --today YYYY-MM-DD   the date to plan for (default: today on this machine)
      --json               print the figures, the plan and the moves as one JSON object
  -h, --help               this help
`,
  doctor: `Usage: contact-cadence doctor <vault> [--apply all|N,M] [--json]

The set-up check. Says what the vault holds: people notes where the settings do not look (folders
named People or Contacts, #person or #people tags, type: person, other tools' keys such as
prm-tier), how many contacts are tracked and why the rest are not, and the settings changes that
would fix it, each with the counts before and after. It never changes a note; with --apply it
writes the chosen changes to .obsidian/plugins/contact-cadence/data.json.

Options:
      --apply all|N,M      save all the proposed changes, or the numbered ones
      --json               print the report as one JSON object
  -h, --help               this help

Examples:
  contact-cadence doctor ~/Notes
  contact-cadence doctor ~/Notes --apply 1,2
`,
  import: `Usage: contact-cadence import <vault> <file> [--apply] [--json] [--tier T] [--overwrite]

Brings people in from a contact export: a Google Contacts CSV, an Outlook CSV, LinkedIn's
Connections.csv, or a vCard file (2.1, 3.0 or 4.0). Each person is matched to a note by email,
then by name (ignoring case, accents, titles such as Dr, and word order) or the notes' aliases:
  create     no note yet: a new note in the contacts folder, untracked unless --tier is given
  update     a note whose empty keys the export fills (name, email, phone, company, role,
             location, birthday, linkedin, connected)
  unchanged  a note that already says all the export says
  ambiguous  several notes match: nothing is written for them
Without --apply nothing is written. With it, every note is written or none is, each atomically.

Options:
      --apply              write the notes
      --json               print the preview as one JSON object
      --tier T             new notes get tier T (default: none, so they are untracked)
      --overwrite          replace values that differ, not only fill empty keys
  -h, --help               this help

Examples:
  contact-cadence import ~/Notes ~/Downloads/contacts.vcf
  contact-cadence import ~/Notes ~/Downloads/Connections.csv --apply
`,
};

export type Invocation =
  | { kind: "help"; text: string }
  | { kind: "version" }
  | {
      kind: "command";
      command: CommandName;
      positionals: Record<string, string | undefined>;
      options: Record<string, string | boolean | undefined>;
    };

function isCommand(word: string | undefined): word is CommandName {
  return word !== undefined && (COMMANDS as readonly string[]).includes(word);
}

/**
 * `--note -5 min call`: Node's parser refuses a value that starts with "-", since it may be a
 * forgotten value followed by an option. Here it is the value, unless it is one of the command's
 * own options; it is passed on as `--note=-5 min call`.
 */
function attachDashValues(args: readonly string[], options: Record<string, OptionSpec>): string[] {
  const known = new Set<string>();
  const takesValue = new Map<string, string>();
  for (const [name, spec] of Object.entries(options)) {
    for (const flag of [`--${name}`, ...(spec.short === undefined ? [] : [`-${spec.short}`])]) {
      known.add(flag);
      if (spec.type === "string") takesValue.set(flag, `--${name}`);
    }
  }
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      out.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    const long = takesValue.get(arg);
    if (long !== undefined && next !== undefined && next.startsWith("-") && next !== "--" && !known.has(next.split("=")[0] ?? next)) {
      out.push(`${long}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** Reads `argv` (without node and the script) into what to run. Throws a CliError on misuse. */
export function parseInvocation(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help") return { kind: "help", text: MAIN_HELP };
  if (first === "-V" || first === "--version") return { kind: "version" };
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) return { kind: "help", text: MAIN_HELP };
    if (isCommand(topic)) return { kind: "help", text: COMMAND_HELP[topic] };
    throw new CliError(`unknown command "${topic}" (commands: ${COMMANDS.join(", ")})`);
  }
  if (!isCommand(first)) throw new CliError(`unknown command "${first}" (commands: ${COMMANDS.join(", ")}; try --help)`);

  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: attachDashValues(rest, OPTIONS[first]), options: OPTIONS[first], allowPositionals: true, strict: true });
  } catch (error) {
    const ambiguous = /Option '(-[^']+)' argument is ambiguous/.exec(error instanceof Error ? error.message : "");
    if (ambiguous?.[1] !== undefined) {
      const flag = ambiguous[1];
      throw new CliError(
        `${first}: ${flag} is followed by another option instead of its value; give it a value, or write ${flag}=VALUE for a value that looks like an option`,
      );
    }
    // parseArgs explains itself well, but with a hint meant for programmers; keep the first sentence.
    const message = error instanceof Error ? (error.message.split(/\.\s/)[0] ?? error.message).replace(/\.$/, "") : String(error);
    throw new CliError(`${first}: ${message} (try contact-cadence ${first} --help)`);
  }
  if (parsed.values.help === true) return { kind: "help", text: COMMAND_HELP[first] };

  const names = POSITIONALS[first];
  if (parsed.positionals.length > names.length) {
    const extra = parsed.positionals
      .slice(names.length)
      .map((p) => `"${p}"`)
      .join(", ");
    throw new CliError(`${first}: unexpected argument ${extra} (try contact-cadence ${first} --help)`);
  }
  const positionals: Record<string, string | undefined> = {};
  names.forEach((name, i) => (positionals[name] = parsed.positionals[i]));
  return { kind: "command", command: first, positionals, options: parsed.values };
}

/** A `YYYY-MM-DD` option, checked. */
export function dateOption(value: string | boolean | undefined, flag: string): IsoDate | undefined {
  if (value === undefined || typeof value === "boolean") return undefined;
  const date = value.trim();
  if (!isIsoDate(date)) throw new CliError(`--${flag} "${value}" is not a date (expected YYYY-MM-DD, e.g. 2026-11-26)`);
  return date;
}

export function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
