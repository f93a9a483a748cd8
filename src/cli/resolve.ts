/**
 * Which note `log` means: the argument may be a path (in the vault or from the current folder,
 * with or without `.md`) or a contact's name or file name, in any case. Never a guess: nothing
 * or several matches is an error that lists the candidates.
 */
import { existsSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { basename, type Contact } from "../core/contact";
import { CliError, EXIT_USAGE } from "./errors";
import { safeText } from "./terminal";

const MAX_LISTED = 10;

function fold(text: string): string {
  return text.normalize("NFC").toLowerCase().trim();
}

function listed(contacts: readonly Contact[]): string {
  const shown = contacts.slice(0, MAX_LISTED).map((c) => `  ${safeText(c.path)}  (${safeText(c.name)})`);
  if (contacts.length > MAX_LISTED) shown.push(`  … and ${contacts.length - MAX_LISTED} more`);
  return shown.join("\n");
}

/** The argument as a vault-relative path with `/`, when it names a file inside the vault from the current folder. */
function asVaultPath(query: string, root: string, cwd: string): string | null {
  const candidates = [query, `${query}.md`];
  for (const candidate of candidates) {
    const absolute = resolve(cwd, candidate);
    const rel = relative(resolve(cwd, root), absolute);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) continue;
    if (existsSync(absolute)) return rel.split(sep).join("/");
  }
  return null;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The contacts a query names by path, or else by name or file name; `[]` when none. */
function matching(q: string, contacts: readonly Contact[]): Contact[] {
  const byPath = contacts.find((c) => c.path === q || c.path === `${q}.md`);
  if (byPath !== undefined) return [byPath];
  const wanted = fold(q.replace(/\.md$/i, ""));
  return contacts.filter(
    (c) => fold(c.name) === wanted || fold(basename(c.path)) === wanted || fold(c.path.replace(/\.md$/i, "")) === wanted,
  );
}

export function resolveContact(query: string, contacts: readonly Contact[], root: string, cwd: string): Contact {
  // A backslash is a folder separator in a path typed on Windows, but a plain character in a
  // note's name elsewhere (`AC\DC.md`): the query as typed is tried first.
  const raw = query.trim().replace(/^\.\//, "");
  const q = raw.replace(/\\/g, "/").replace(/^\.\//, "");
  if (q === "") throw new CliError("log: missing the contact (a name or the note's path; try log --help)", EXIT_USAGE);

  // 1. A path in the vault, exactly, with or without .md; else a name or file name, in any case.
  const asTyped = matching(raw, contacts);
  if (asTyped.length === 1 && asTyped[0] !== undefined) return asTyped[0];
  // 2. A path from the current folder that lands inside the vault.
  const fromCwd = asVaultPath(query, root, cwd);
  if (fromCwd !== null) {
    const found = contacts.find((c) => c.path === fromCwd);
    if (found !== undefined) return found;
  }
  // 3. The same with backslashes read as folder separators.
  const byName = asTyped.length > 0 || q === raw ? asTyped : matching(q, contacts);
  if (byName.length === 1 && byName[0] !== undefined) return byName[0];
  if (byName.length > 1) {
    throw new CliError(`log: "${safeText(query)}" matches ${byName.length} contacts; give the note's path:\n${listed(byName)}`, EXIT_USAGE);
  }
  const wanted = fold(q.replace(/\.md$/i, ""));

  const notePath = fromCwd ?? [q, `${q}.md`].find((p) => p.toLowerCase().endsWith(".md") && isFile(join(root, p)));
  if (notePath !== undefined && notePath.toLowerCase().endsWith(".md")) {
    throw new CliError(
      `log: ${safeText(notePath)} is not a contact note (it is outside the contacts folder and has no contact tag)`,
      EXIT_USAGE,
    );
  }
  const near = contacts.filter((c) => fold(c.name).includes(wanted) || fold(c.path).includes(wanted));
  const hint = near.length > 0 ? `; did you mean:\n${listed(near)}` : " (try the note's path, e.g. Contacts/Ann Lee.md)";
  throw new CliError(`log: no contact matches "${safeText(query)}"${hint}`, EXIT_USAGE);
}
