/**
 * Text for a terminal: colour only when it helps (a TTY, and never with NO_COLOR), note text made
 * safe to print, and columns that line up.
 */

export interface Style {
  readonly enabled: boolean;
  bold: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
  green: (text: string) => string;
  cyan: (text: string) => string;
  magenta: (text: string) => string;
}

/**
 * Colour on a TTY; never when NO_COLOR is set to anything but "" (no-color.org) or TERM is
 * "dumb"; FORCE_COLOR (not "0") asks for it in a pipe. NO_COLOR wins over FORCE_COLOR.
 */
export function wantsColour(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return isTTY && env.TERM !== "dumb";
}

export function makeStyle(enabled: boolean): Style {
  const sgr = (open: number, close: number) => (text: string) => (enabled && text !== "" ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return {
    enabled,
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39),
    magenta: sgr(35, 39),
  };
}

// C0 and C1 control characters (escape sequences among them) and the bidirectional overrides
// that can make a line read differently from what it contains.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Note text as it may be printed: a name or summary cannot move the cursor, change colours or
 * reorder the line. Tabs and newlines become spaces.
 */
export function safeText(text: string): string {
  return text.replace(/[\t\n]/g, " ").replace(UNSAFE, "\uFFFD");
}

/** Width in columns, counting code points (wide East Asian characters are not measured). */
export function textWidth(text: string): number {
  return Array.from(text).length;
}

/** Cuts text to `width` columns, ending it with "…" when it was longer. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  return `${Array.from(text)
    .slice(0, Math.max(0, width - 1))
    .join("")}…`;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}

/**
 * Lines up rows of cells: every column but the last is padded to its widest cell. `paint` colours
 * a cell after padding, so escape codes never count towards the width.
 */
export function alignRows(
  rows: readonly (readonly string[])[],
  paint?: (row: number, column: number, cell: string) => string,
  gap = "  ",
): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, textWidth(cell))));
  return rows.map((row, r) =>
    row
      .map((cell, c) => {
        const padded = c === row.length - 1 ? cell : padEnd(cell, widths[c] ?? 0);
        return paint === undefined ? padded : paint(r, c, padded);
      })
      .join(gap)
      .trimEnd(),
  );
}
