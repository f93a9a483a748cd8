/**
 * `log`: appends an interaction to one contact note and moves `last-touch`, through the same core
 * edit as the plugin, with the same do-not-contact guard, written atomically.
 */
import { join } from "node:path";
import { logInteraction, outreachRefusal } from "../core/actions";
import { addMonths, isoDate, type IsoDate } from "../core/dates";
import { formatLogEntry } from "../core/log";
import { contactsByLink, referralWarning } from "../core/referral";
import { editNote } from "./edit-note";
import { CliError, EXIT_FOUND, EXIT_USAGE } from "./errors";
import { realNoteInVault } from "./note-file";
import { resolveContact } from "./resolve";
import { safeText, type Style } from "./terminal";
import { contactFromNote, type Vault } from "./vault";

export interface LogRequest {
  query: string;
  type: string | undefined;
  date: IsoDate | undefined;
  note: string | undefined;
  force: boolean;
  today: IsoDate;
  cwd: string;
}

export interface LogOutcome {
  /** What to print on stdout. */
  text: string;
  /** Remarks for stderr (e.g. a date after today). */
  warnings: string[];
}

function interactionType(type: string | undefined, allowed: readonly string[]): string | null {
  if (type === undefined || type.trim() === "") return null;
  const wanted = type.trim().toLowerCase();
  const found = allowed.find((t) => t.toLowerCase() === wanted);
  if (found === undefined)
    throw new CliError(`log: --type "${safeText(type)}" is not an interaction type (expected one of ${allowed.join(", ")})`, EXIT_USAGE);
  return found.toLowerCase();
}

/** The earliest year a log date is taken without a second look; older ones are most likely typos. */
const EARLIEST_PLAUSIBLE: IsoDate = isoDate("1900-01-01");

/** A warning for a date that is valid but most likely a typo (logged all the same: it is the user's note). */
export function implausibleDate(date: IsoDate, today: IsoDate): string | null {
  if (date < EARLIEST_PLAUSIBLE) return `the date ${date} is before 1900: is it a typo? It was logged as given; edit the note to fix it`;
  const limit = addMonths(today, 12);
  if (date > limit)
    return `the date ${date} is more than a year after today (${today}): is it a typo? It was logged as given; edit the note to fix it`;
  return null;
}

export function runLog(vault: Vault, request: LogRequest, style: Style): LogOutcome {
  const { settings } = vault;
  const type = interactionType(request.type, settings.interactionTypes);
  const date = request.date ?? request.today;
  const summary = (request.note ?? "").trim();
  const target = resolveContact(request.query, vault.contacts, vault.root, request.cwd);
  const file = join(vault.root, target.path);
  const shown = safeText(target.path);

  const real = realNoteInVault(vault.root, file);
  if (!real.ok)
    throw new CliError(
      real.outside
        ? `log: will not write ${shown}: ${safeText(real.reason)}. Nothing was written.`
        : `cannot read ${shown}: ${real.reason}`,
      EXIT_FOUND,
    );

  // Decide on the note as it is now, not as it was when the vault was read; again on each retry.
  const edited = editNote(real.real, shown, (before) => {
    const contact = contactFromNote(target.path, before, settings);
    if (!contact.writable) {
      const why = contact.problems.find((p) => p.field === "frontmatter")?.message ?? `${target.path}: its frontmatter cannot be read`;
      throw new CliError(`log: ${safeText(why)}. Nothing was written.`, EXIT_FOUND);
    }
    const refusal = outreachRefusal(contact, request.force);
    if (refusal !== null) throw new CliError(`log: ${safeText(refusal)}; nothing was written. Add --force to log it anyway.`, EXIT_FOUND);
    const result = logInteraction(before, { entry: { date, type, summary }, today: request.today, settings });
    if (!result.ok) throw new CliError(`log: ${shown}: ${safeText(result.error)}; nothing was written.`, EXIT_FOUND);
    return { text: result.changed ? result.text : null, value: contact };
  });
  const contact = edited.value;
  const name = safeText(contact.name);

  const after = contactFromNote(target.path, edited.after, settings);
  const line = formatLogEntry({ date, type, summary });
  const lines = [`Logged for ${style.bold(name)} in ${shown}:`, `  ${safeText(line)}`];
  if (after.lastTouchField !== contact.lastTouchField)
    lines.push(`  last-touch: ${contact.lastTouchField ?? "(none)"} → ${after.lastTouchField ?? "(none)"}`);
  const warnings: string[] = [];
  const implausible = implausibleDate(date, request.today);
  if (implausible !== null) warnings.push(implausible);
  if (date > request.today)
    warnings.push(
      `the entry is dated after today (${request.today}): it counts as a touch only from ${date} on, and last-touch was not moved`,
    );
  if (contact.doNotContact) warnings.push(`${name} asked not to be contacted; logged because of --force`);
  // Private: an intro or referral that links someone marked no-refer (or do-not-contact).
  const referral = referralWarning({ type, summary }, contactsByLink(vault.contacts));
  if (referral !== null) warnings.push(safeText(referral));
  return { text: `${lines.join("\n")}\n`, warnings };
}
