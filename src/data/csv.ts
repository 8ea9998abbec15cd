/**
 * RFC 4180 CSV reading and writing for data packages and the analysts' imports.
 *
 * The reader keeps the physical line each record starts on, so validation errors can name the exact
 * line even when a quoted field spans several lines, and the offset of each field, so a problem can
 * also name its column (`file:line:column`, as compilers and editors do). A leading UTF-8 BOM is
 * dropped. CR LF, LF and a lone CR each end a line, inside quotes too, as the decoder counts them.
 *
 * It visits one record at a time (`readCsv`), so a 50 MB file is checked without holding every
 * record at once, and it scans unquoted fields with slices rather than one character at a time.
 */

export interface CsvRecord {
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

/** A record as the visitor sees it: where each field starts, for problems that name a column. */
export interface CsvRecordAt extends CsvRecord {
  /** Offset of each field's first character (its opening quote, if quoted) in the text without its BOM. */
  starts: number[];
}

export type CsvProblemKind = 'unclosed-quote' | 'text-after-quote' | 'quote-in-field';

export interface CsvParseProblem {
  kind: CsvProblemKind;
  line: number;
  /** 1-based character on that line. */
  column: number;
  message: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  problems: CsvParseProblem[];
}

const BOM = '\uFEFF';
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

const withoutBom = (text: string): string => (text.startsWith(BOM) ? text.slice(1) : text);

/** Line breaks in a piece of text: CR LF, LF and a lone CR count one each. */
function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) breaks += 1;
  }
  return breaks;
}

/** 1-based character of `offset` on its physical line. */
function columnAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === LF || c === CR) break;
    i -= 1;
  }
  return offset - i + 1;
}

/**
 * Visits every record of the text in order, until `onRecord` returns false. `delimiter` is one
 * character (`,` for the package tables; the import detects another one and refuses it before
 * reading the rows). Returns the syntax problems found.
 */
export function readCsv(text: string, onRecord: (record: CsvRecordAt) => boolean | undefined, delimiter = ','): CsvParseProblem[] {
  const source = withoutBom(text);
  const n = source.length;
  const delim = delimiter.charCodeAt(0);
  const problems: CsvParseProblem[] = [];
  const problem = (kind: CsvProblemKind, line: number, offset: number, message: string): void => {
    problems.push({ kind, line, column: columnAt(source, offset), message });
  };
  let i = 0;
  let line = 1;

  /** Reads one field from `i`: quoted and unquoted segments until a delimiter, a line break or the end. */
  const readField = (): string => {
    let value = '';
    for (;;) {
      if (source.charCodeAt(i) === QUOTE) {
        if (value !== '') problem('quote-in-field', line, i, 'a quote appears inside an unquoted field');
        const open = i;
        const openLine = line;
        i += 1;
        let closed = false;
        while (i < n) {
          const q = source.indexOf('"', i);
          const end = q === -1 ? n : q;
          line += countBreaks(source, i, end);
          value += source.slice(i, end);
          if (q === -1) {
            i = n;
            break;
          }
          if (source.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            i = q + 2;
            continue;
          }
          i = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          problem('unclosed-quote', openLine, open, 'a quoted field is never closed');
          return value;
        }
        const next = source.charCodeAt(i);
        if (i >= n || next === delim || next === CR || next === LF) return value;
        problem('text-after-quote', line, i, 'text follows a closing quote; quote the whole field');
      }
      let j = i;
      while (j < n) {
        const c = source.charCodeAt(j);
        if (c === delim || c === CR || c === LF || c === QUOTE) break;
        j += 1;
      }
      value += source.slice(i, j);
      i = j;
      if (source.charCodeAt(i) !== QUOTE) return value;
    }
  };

  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    const starts: number[] = [];
    for (;;) {
      starts.push(i);
      fields.push(readField());
      const c = source.charCodeAt(i);
      if (c === delim) {
        i += 1;
        // A delimiter at the very end still opens one last, empty field.
        if (i < n) continue;
        starts.push(i);
        fields.push('');
        break;
      }
      if (c === CR) {
        i += source.charCodeAt(i + 1) === LF ? 2 : 1;
        line += 1;
      } else if (c === LF) {
        i += 1;
        line += 1;
      }
      break;
    }
    // A completely empty line (for example the trailing newline at the end of a file) is not a record.
    if (!(fields.length === 1 && fields[0] === '') && onRecord({ line: recordLine, fields, starts }) === false) break;
  }
  return problems;
}

/** Line and column (both 1-based) where field `index` of a record starts, for problems about one cell. */
export function csvFieldPosition(text: string, record: CsvRecordAt, index: number): { line: number; column: number } {
  const source = withoutBom(text);
  const first = record.starts[0] ?? 0;
  const start = record.starts[index] ?? record.starts.at(-1) ?? first;
  return { line: record.line + countBreaks(source, first, start), column: columnAt(source, start) };
}

/** Every record at once, for the package tables (small files). */
export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  const problems = readCsv(text, ({ line, fields }) => void records.push({ line, fields }));
  return { records, problems };
}

/** Quotes a field when RFC 4180 requires it (a comma, a quote, CR or LF), doubling inner quotes. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The one CSV writer: records of fields as RFC 4180 text, CRLF after every record, no BOM. The package
 * tables write through it as they are; downloads (src/export/csv.ts) first make each cell safe for a
 * spreadsheet and add a BOM.
 */
export function writeCsvRecords(records: readonly (readonly string[])[]): string {
  return records.map((record) => record.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

/** A package table: the header, then the rows. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return writeCsvRecords([header, ...rows]);
}
