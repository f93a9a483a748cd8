/**
 * Runs one command line to an exit code. All input and output goes through `CliIo`, so the whole
 * CLI can run in-process as well as from `main.ts`.
 */
import { localIsoDate, type IsoDate } from "../core/dates";
import { describeFolder } from "../core/explain-empty";
import { dateOption, parseInvocation, stringOption } from "./args";
import { checkText } from "./check";
import { dueJson, dueText } from "./due";
import { CliError, EXIT_FOUND, EXIT_OK, EXIT_USAGE } from "./errors";
import { runDoctor } from "./doctor";
import { runImport } from "./import-command";
import { runLog } from "./log-command";
import { scheduleVault } from "./schedule";
import { statsText } from "./stats";
import { statsJson } from "./stats-json";
import { makeStyle, safeText, wantsColour } from "./terminal";
import { explainVault, explanationText, surveyContactFolders } from "./survey";
import { checkVaultFolder, loadVault, type Vault } from "./vault";
import { useFastYaml } from "./yaml-parser";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now(): Date;
  version: string;
}

function quoteArg(arg: string): string {
  return /^[\w./:@-]+$/.test(arg) ? arg : `"${arg.replace(/(["\\$`])/g, "\\$1")}"`;
}

/** Settings warnings and unreadable notes, on stderr (`check` lists the notes as problems instead); true when a note could not be read. */
function reportVault(vault: Vault, io: CliIo, notes = true): boolean {
  for (const w of vault.settingsWarnings) io.stderr(`contact-cadence: warning: ${safeText(w)}\n`);
  if (notes) for (const u of vault.unreadable) io.stderr(`contact-cadence: cannot read ${safeText(u.path)}: ${safeText(u.reason)}\n`);
  return vault.unreadable.length > 0;
}

export function run(argv: readonly string[], io: CliIo): number {
  useFastYaml();
  try {
    return runOrThrow(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`contact-cadence: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug, not a user error: still one line, but say so.
    io.stderr(`contact-cadence: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
}

function runOrThrow(argv: readonly string[], io: CliIo): number {
  const invocation = parseInvocation(argv);
  if (invocation.kind === "help") {
    io.stdout(invocation.text);
    return EXIT_OK;
  }
  if (invocation.kind === "version") {
    io.stdout(`${io.version}\n`);
    return EXIT_OK;
  }
  const { command, positionals, options } = invocation;
  const today: IsoDate = dateOption(options.today, "today") ?? localIsoDate(io.now());
  const style = makeStyle(wantsColour(io.isTTY, io.env));
  const root = positionals.vault;
  if (root === undefined) throw new CliError(`${command}: missing the vault folder (try contact-cadence ${command} --help)`, EXIT_USAGE);

  if (command === "log") {
    const query = positionals.contact;
    if (query === undefined)
      throw new CliError("log: missing the contact (a name or the note's path; try contact-cadence log --help)", EXIT_USAGE);
    const date = dateOption(options.date, "date");
    const vault = loadVault(root);
    // Only the note being logged matters here; runLog says if it cannot be read.
    reportVault(vault, io, false);
    const empty = explainVault(vault);
    if (empty !== null) throw new CliError(`log: ${explanationText(empty).trimEnd()}`, EXIT_USAGE);
    const outcome = runLog(
      vault,
      {
        query,
        type: stringOption(options.type),
        date,
        note: stringOption(options.note),
        force: options.force === true,
        today,
        cwd: io.cwd,
      },
      style,
    );
    for (const w of outcome.warnings) io.stderr(`contact-cadence: note: ${w}\n`);
    io.stdout(outcome.text);
    return EXIT_OK;
  }

  if (command === "doctor") {
    checkVaultFolder(root);
    const outcome = runDoctor(root, { json: options.json === true, apply: stringOption(options.apply) });
    io.stdout(outcome.text);
    return outcome.exitCode;
  }

  if (command === "import") {
    const file = positionals.file;
    if (file === undefined)
      throw new CliError("import: missing the file to import (a .csv or .vcf export; try contact-cadence import --help)", EXIT_USAGE);
    const vault = loadVault(root);
    reportVault(vault, io);
    const request = {
      file,
      apply: options.apply === true,
      json: options.json === true,
      tier: stringOption(options.tier),
      overwrite: options.overwrite === true,
      cwd: io.cwd,
    };
    const outcome = runImport(vault, request, style);
    io.stdout(outcome.text);
    return outcome.exitCode;
  }

  const vault = loadVault(root);
  const unreadable = reportVault(vault, io, command !== "check");
  const schedule = scheduleVault(vault, today);
  // No contact at all: say where we looked and what is wrong, rather than "nobody to reach".
  const empty = explainVault(vault);
  if (empty !== null) {
    const text = explanationText(empty);
    if (options.json === true) io.stderr(text);
    else {
      if (command === "check" && schedule.problems.length > 0) io.stdout(checkText(schedule.problems, 0, style));
      io.stdout(text);
      if (command !== "check") return unreadable ? EXIT_FOUND : EXIT_OK;
      // Nothing to check is worth failing a check over: a hook or a script should notice.
      return EXIT_FOUND;
    }
  }
  const checkCommand = ["contact-cadence", "check", root, ...(options.today === undefined ? [] : ["--today", today])]
    .map(quoteArg)
    .join(" ");
  switch (command) {
    case "due":
      if (options.json === true) io.stdout(`${JSON.stringify(dueJson(schedule, vault.settings.weeklyBudget, vault.touches), null, 2)}\n`);
      else
        io.stdout(
          dueText(schedule, {
            all: options.all === true,
            budget: vault.settings.weeklyBudget,
            style,
            checkCommand,
            touches: vault.touches,
          }),
        );
      return unreadable ? EXIT_FOUND : EXIT_OK;
    case "check": {
      // A contacts folder that does not exist finds nobody, silently: say so by name.
      io.stdout(checkText(schedule.problems, vault.contacts.length, style));
      // A configured folder that is missing while contacts come from tags: worth saying, not a note's problem.
      for (const remark of surveyContactFolders(vault).map(describeFolder))
        if (remark !== null) io.stdout(`${style.yellow("Note:")} ${safeText(remark)}\n`);
      return schedule.problems.length > 0 || unreadable ? EXIT_FOUND : EXIT_OK;
    }
    case "stats":
      if (options.json === true)
        io.stdout(`${JSON.stringify(statsJson({ schedule, settings: vault.settings, style, checkCommand }), null, 2)}\n`);
      else io.stdout(statsText({ schedule, settings: vault.settings, style, checkCommand }));
      return unreadable ? EXIT_FOUND : EXIT_OK;
  }
}
