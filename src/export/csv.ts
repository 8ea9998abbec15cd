/**
 * CSV for downloads: RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM (so Excel reads the accents
 * and the "—" right), and text cells that cannot run as spreadsheet formulas.
 *
 * A spreadsheet treats a cell that begins with `=`, `+`, `-` or `@` (some also tab, CR, LF, and the
 * full-width forms ＝ ＋ － ＠ that Excel folds to ASCII) as a formula, so a data string such as
 * `=HYPERLINK(...)` could run on the reader's machine. Such text cells get a leading apostrophe, which
 * spreadsheets show as plain text. Numbers are written as numbers and never touched: −25 stays the
 * number -25, because the caller passes it as a number, not as text.
 */
import { writeCsvRecords } from '../data/csv';

/** A cell: text, a finite number, or nothing (written as an empty field, never as 0). */
export type CsvValue = string | number | null | undefined;

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';

const FORMULA_TRIGGERS: ReadonlySet<string> = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\uFF1D', // ＝ FULLWIDTH EQUALS SIGN
  '\uFF0B', // ＋ FULLWIDTH PLUS SIGN
  '\uFF0D', // － FULLWIDTH HYPHEN-MINUS
  '\uFF20', // ＠ FULLWIDTH COMMERCIAL AT
]);

/** `=1+1` → `'=1+1`; text that cannot start a formula is returned unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** A cell's text before quoting: empty for nothing, a number as written, text made formula-safe. */
export function csvCellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // NaN or Infinity in a table of counts is a bug upstream; writing it would invent a figure.
    if (!Number.isFinite(value)) throw new RangeError(`A CSV cell must hold a finite number, not ${String(value)}`);
    return String(value);
  }
  return neutraliseFormula(value);
}

/** Rows (the header first) as CSV text through the one writer: BOM (unless `bom: false`), CRLF after every record. */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: { bom?: boolean } = {}): string {
  const body = writeCsvRecords(rows.map((row) => row.map(csvCellText)));
  return (options.bom ?? true) ? BOM + body : body;
}
