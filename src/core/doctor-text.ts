/** The set-up check's report as lines of text: what `contact-cadence doctor` prints and the modal shows. */
import type { Counts, DoctorReport, Proposal } from "./doctor";
import { count } from "./words";

function counts(before: Counts, after: Counts): string {
  return `contacts ${before.contacts} → ${after.contacts}, tracked ${before.tracked} → ${after.tracked}`;
}

/** One proposal on a line: its title, then the counts before and after. */
export function proposalLine(p: Proposal): string {
  return `${p.title}: ${counts(p.before, p.after)}`;
}

/** The report without its proposals: the counts, the settings that find nothing, why, and where. */
export function findingLines(report: DoctorReport): string[] {
  const { contacts, tracked } = report.counts;
  const lines = [`${count(contacts, "contact note")}, ${tracked} tracked.`];
  const section = (title: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    lines.push("", title);
    for (const item of items) lines.push(`  - ${item}`);
  };
  section("Settings that find nothing:", report.missingFolders);
  section("Not tracked:", report.untracked);
  section("People notes where the settings do not look:", report.elsewhere);
  return lines;
}

/** The whole report, one line per fact; `hint` closes the proposals (how to apply them). */
export function doctorLines(report: DoctorReport, hint: string): string[] {
  const lines = findingLines(report);
  const { contacts } = report.counts;
  if (report.proposals.length === 0) {
    lines.push("", contacts === 0 ? "No people notes found anywhere in this vault." : "Nothing to change.");
    return lines;
  }
  lines.push("", "Settings changes that would fix it (each counted on top of the ones before):");
  report.proposals.forEach((p, i) => lines.push(`  ${i + 1}. ${proposalLine(p)}`));
  const first = report.proposals[0];
  const last = report.proposals[report.proposals.length - 1];
  if (first !== undefined && last !== undefined && report.proposals.length > 1)
    lines.push(`  All of them: ${counts(first.before, last.after)}`);
  if (hint !== "") lines.push("", hint);
  return lines;
}
