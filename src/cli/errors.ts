/**
 * Errors the command line reports as one clear line and an exit code, never as a stack trace.
 *
 * Exit codes: 0 success; 1 the command ran and found something wrong (problems for `check`, a
 * note that could not be read, a refused or failed write); 2 the command could not run as asked
 * (bad arguments, no such vault, a contact name matching nothing or several notes).
 */
export const EXIT_OK = 0;
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A short reason for a file-system error, e.g. "no such file or directory". */
export function describeFsError(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const reasons: Record<string, string> = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EISDIR: "it is a folder",
    ENOTDIR: "a part of the path is not a folder",
    ELOOP: "too many symbolic links",
    EMFILE: "too many open files",
    ENOSPC: "no space left on the device",
    EROFS: "read-only file system",
    EBUSY: "the file is busy",
  };
  if (code in reasons) return reasons[code] ?? code;
  if (error instanceof Error) return error.message;
  return String(error);
}
