/**
 * Opening a note on disk without trusting what the path points at. A `.md` name can be a symbolic
 * link to a FIFO (reading blocks forever), to `/dev/zero` (reading never ends), to a file outside
 * the vault, or be a binary file: each is refused with a reason instead of hanging, growing
 * without bound, or being written to.
 */
import * as nodeFs from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
import { describeFsError } from "./errors";

/** The file-system calls used here, so a test can stand in for one of them. */
export type NoteFileFs = Pick<typeof nodeFs, "openSync" | "fstatSync" | "readSync" | "closeSync" | "realpathSync">;

/** Larger than any note a person writes; a bigger file is refused rather than read into memory. */
export const MAX_NOTE_BYTES = 64 * 1024 * 1024;

export type NoteRead =
  | { ok: true; text: string; bytes: Buffer }
  | {
      ok: false;
      reason: string;
      /** Whether the path is something other than a readable text file (never retried). */ kind:
        "not-a-file" | "not-text" | "too-large" | "io";
      /** The system's error code, for an `io` failure. */ code?: string;
    };

/** Given to `readFileSync` as one object, which it then takes as it is. */
const UTF8 = Object.freeze({ encoding: "utf8", flag: "r" }) as { encoding: "utf8"; flag: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function errorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : "";
}

/** What kind of thing a non-regular file is, for the message. */
function describeKind(stats: nodeFs.Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Reads a note's bytes and its text. Opened non-blocking, then checked on the open descriptor (so
 * a path swapped for a FIFO between a check and the read cannot block); a note that is not
 * valid UTF-8 is refused, since decoding it would replace bytes and a write would lose them.
 */
export function readNoteFile(path: string, fs: NoteFileFs = nodeFs): NoteRead {
  let fd: number;
  try {
    fd = fs.openSync(path, nodeFs.constants.O_RDONLY | nodeFs.constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: describeFsError(error), kind: "io", code: errorCode(error) };
  }
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile())
      return { ok: false, reason: `${describeKind(stats)}, not a regular file, so it is never read or written`, kind: "not-a-file" };
    if (stats.size > MAX_NOTE_BYTES)
      return {
        ok: false,
        reason: `${Math.round(stats.size / 1048576)} MB, larger than any note (${MAX_NOTE_BYTES / 1048576} MB at most), so it is skipped`,
        kind: "too-large",
      };
    // Read to the end rather than trusting the size: the file may grow meanwhile, up to the cap.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = Math.max(65536, Math.min(stats.size + 1, MAX_NOTE_BYTES + 1));
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkSize);
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > MAX_NOTE_BYTES)
        return { ok: false, reason: `larger than any note (${MAX_NOTE_BYTES / 1048576} MB at most), so it is skipped`, kind: "too-large" };
    }
    const bytes = chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, total);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { ok: false, reason: "not UTF-8 text (a binary file, or another encoding), so it is never read or written", kind: "not-text" };
    }
    // A NUL byte is valid UTF-8 but never in a note: an image or a database renamed `.md`.
    if (text.includes("\u0000"))
      return {
        ok: false,
        reason: "not UTF-8 text (it holds NUL bytes, as binary files do), so it is never read or written",
        kind: "not-text",
      };
    return { ok: true, text, bytes };
  } catch (error) {
    return { ok: false, reason: describeFsError(error), kind: "io" };
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      // Closing a descriptor we only read from cannot lose data.
    }
  }
}

/** A note's text, or why it was not read (as `readNoteFile` says it). */
export type NoteText = { ok: true; text: string } | Extract<NoteRead, { ok: false }>;

/**
 * A note's text, for reading only: the same checks and the same answers as `readNoteFile`, at the
 * cost of a plain `readFileSync`. After the same open and `fstat` checks the descriptor is read
 * and decoded in one native call, with no buffer to allocate per note (a whole vault is read this
 * way). That decoding replaces bad bytes with U+FFFD, so a text holding one is read again the
 * careful way, which tells a bad byte from a U+FFFD the note really holds.
 */
export function readNoteText(path: string): NoteText {
  let fd: number;
  try {
    fd = nodeFs.openSync(path, nodeFs.constants.O_RDONLY | nodeFs.constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: describeFsError(error), kind: "io", code: errorCode(error) };
  }
  let text: string;
  try {
    const stats = nodeFs.fstatSync(fd);
    // Anything but a small regular file gets `readNoteFile`'s answer, which is also the refusal.
    if (!stats.isFile() || stats.size > MAX_NOTE_BYTES) return readNoteFile(path);
    text = nodeFs.readFileSync(fd, UTF8);
  } catch (error) {
    return { ok: false, reason: describeFsError(error), kind: "io" };
  } finally {
    try {
      nodeFs.closeSync(fd);
    } catch {
      // Closing a descriptor we only read from cannot lose data.
    }
  }
  // A UTF-16 unit is at most 3 bytes: only a text this long can have grown past the cap meanwhile.
  const mayBeTooLarge = text.length * 3 > MAX_NOTE_BYTES && Buffer.byteLength(text, "utf8") > MAX_NOTE_BYTES;
  if (mayBeTooLarge || text.includes("\uFFFD") || text.includes("\u0000")) return readNoteFile(path);
  return { ok: true, text };
}

/**
 * The real location of a note, or why it must not be written: a symbolic link (the note itself
 * or a folder on its way) whose target lies outside the vault would let a write land anywhere.
 */
export function realNoteInVault(
  vaultRoot: string,
  path: string,
  fs: Pick<NoteFileFs, "realpathSync"> = nodeFs,
): { ok: true; real: string } | { ok: false; reason: string; outside: boolean } {
  let root: string;
  let real: string;
  try {
    root = fs.realpathSync(vaultRoot);
    real = fs.realpathSync(path);
  } catch (error) {
    return { ok: false, reason: describeFsError(error), outside: false };
  }
  const rel = relative(root, real);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return { ok: false, reason: `it is a link to ${real}, outside the vault; notes outside the vault are never written`, outside: true };
  }
  return { ok: true, real };
}
