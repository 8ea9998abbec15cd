/**
 * A file of any format as one table: a header and rows of cells, each cell as the file holds it and
 * each located as its format can say (CSV line and character, JSON path, Excel sheet and cell). The
 * readers (csv-source, json-source, xlsx-source) build it; the rules (validate-rows) never see the format.
 */
import type { ImportFormat, ProblemCode } from './import-types';
import type { Location } from './problems';

export type SourceCell =
  /** An empty CSV field or Excel cell, JSON null; `missing` when a JSON row lacks the key. */
  | { kind: 'blank'; missing?: boolean }
  /**
   * Text as written: a CSV field, an Excel text cell, a JSON string. `typed` (JSON) means a count may
   * not be text; `formula` means Excel computed it (its saved result is read, never re-evaluated).
   */
  | { kind: 'text'; text: string; typed?: boolean; formula?: boolean }
  /**
   * A number cell, as its file writes it: an Excel cell's stored value, a JSON number's source text.
   * `strict` (JSON) means the written form must itself be a whole number: `12.0` and `1e3` are refused.
   */
  | { kind: 'number'; text: string; strict: boolean; formula?: boolean }
  /** A cell its format refuses whatever the column (an Excel error, a JSON object): the reader's own problem. */
  | { kind: 'invalid'; text: string; code: ProblemCode; message: string };

export const BLANK: SourceCell = { kind: 'blank' };

export interface SourceRow {
  /** The row as a whole: its line, its JSON path, its first cell (a method: built only for a problem). */
  where(): Location;
  /** Fields in this row: a CSV row may have more or fewer than the header; other formats match it. */
  readonly width: number;
  cell(index: number): SourceCell;
  /** Where one cell is. */
  at(index: number): Location;
}

export interface SourceHeader {
  /** Each header cell's text; '' for a blank one. */
  texts: readonly string[];
  at: (index: number) => Location;
}

export interface SourceTable {
  format: ImportFormat;
  header: SourceHeader;
  /** Visits the data rows in file order; `progress` gets the fraction of the file read so far. */
  rows: (visit: (row: SourceRow) => void, progress: (fraction: number) => void) => void;
}

/** A cell as plain text for previews and messages. */
export function cellText(cell: SourceCell): string {
  return cell.kind === 'blank' ? '' : cell.text;
}

/** True when every cell of the row is blank (a blank line in a spreadsheet). */
export function isBlankRow(row: SourceRow): boolean {
  for (let i = 0; i < row.width; i += 1) {
    const cell = row.cell(i);
    if (cell.kind !== 'blank' && !(cell.kind === 'text' && cell.text.trim() === '')) return false;
  }
  return true;
}

/** Excel's name for a column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
