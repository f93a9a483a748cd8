/**
 * Logs kept as a Markdown table under the log heading: a row whose first cell is a date is an
 * entry. The row's grammar is `parseLogLine`'s (log.ts); this file finds rows and cells.
 */
import { isIsoDate, type IsoDate } from "./dates";

/** Where a row starts, in the shape the cache gives list items. */
export interface RowPosition {
  position: { start: { line: number; offset: number } };
}

const TABLE_ROW = /^\s*\|/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const DATE_CELL = /^(\*\*|__)?(?:\[\[(\d{4}-\d{2}-\d{2})(?:\\?\|[^\]]*)?\]\]|(\d{4}-\d{2}-\d{2}))\1$/;

/** A line that starts (after spaces) with a pipe. */
export function isTableRow(line: string): boolean {
  return TABLE_ROW.test(line);
}

/** The `|---|:--|` line under a table's header. */
export function isTableDelimiter(line: string): boolean {
  return TABLE_DELIMITER.test(line);
}

/** A table row's cells, trimmed; `\|` (as in `[[a\|b]]`) does not split. */
export function tableCells(line: string): string[] {
  const body = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return body.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** The date a cell holds (plain, a wikilink, in bold or not), or `null`. */
export function dateCell(cell: string): IsoDate | null {
  const m = DATE_CELL.exec(cell);
  const date = m?.[2] ?? m?.[3];
  return date !== undefined && isIsoDate(date) ? date : null;
}

/**
 * The rows of the tables the metadata cache lists (each from its first line to its last), as
 * positions like those it gives for list items, so a log written as a table goes through the same
 * reader. Only their line numbers are known; the offset -1 asks the reader to count it.
 */
export function tableRowItems(tables: readonly { position: { start: { line: number }; end: { line: number } } }[]): RowPosition[] {
  const rows: RowPosition[] = [];
  for (const table of tables) {
    for (let line = table.position.start.line; line <= table.position.end.line; line++)
      rows.push({ position: { start: { line, offset: -1 } } });
  }
  return rows;
}
