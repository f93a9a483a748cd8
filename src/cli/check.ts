/**
 * `check`: the problems in contact notes, one per line, like a linter.
 */
import type { Problem } from "../core/contact";
import { safeText, type Style } from "./terminal";
import { count } from "../core/words";

export function checkText(problems: readonly Problem[], contactCount: number, style: Style): string {
  const notes = `${contactCount} contact ${contactCount === 1 ? "note" : "notes"}`;
  if (problems.length === 0) return `${style.green("No problems")} in ${notes}.\n`;
  const lines = problems.map((p) => {
    const message = safeText(p.message);
    const prefix = `${safeText(p.path)}: `;
    return message.startsWith(prefix) ? `${style.bold(prefix.slice(0, -2))}: ${message.slice(prefix.length)}` : message;
  });
  const files = new Set(problems.map((p) => p.path)).size;
  const summary = `${count(problems.length, "problem")} in ${files} of ${notes}.`;
  return `${lines.join("\n")}\n\n${style.yellow(summary)}\n`;
}
