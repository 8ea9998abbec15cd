/**
 * Reads one package table: CSV syntax, the header against TABLE_COLUMNS, the field count of each row,
 * then every cell through the table's row builder. Every problem becomes a located issue; nothing
 * stops at the first one.
 */
import { checkCellText, quoteText } from './cell-text';
import { parseCsv } from './csv';
import type { CsvRecord } from './csv';
import { decodeText } from './decode-text';
import { TABLE_COLUMNS } from './package-write';
import type { CellReader, RowBuilder } from './tables';
import type { ResourceName, ValidationIssue } from './types';

export interface LocatedRow<Row> {
  /** Physical line the row starts on (the header is line 1). */
  line: number;
  row: Row;
  /** Columns whose cells were invalid and hold placeholders, so rules built on them are skipped. */
  invalid: ReadonlySet<string>;
}

export interface ParsedTable<Row> {
  file: string;
  rows: LocatedRow<Row>[];
  /**
   * False when some rows could not be read (missing file, broken header, CSV syntax, wrong field
   * count). A key absent from an incomplete table may still exist in the file, so the cross-table
   * checks do not call references to it unknown; the table's own issues already reject the package.
   */
  complete: boolean;
  issues: ValidationIssue[];
}

function headerIssues(file: string, header: readonly string[], expected: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const expectedList = expected.join(',');
  const seen = new Set<string>();
  for (const column of header) {
    if (!expected.includes(column)) {
      // Quoted and escaped: an unknown header cell is arbitrary text, shown back in the error panel.
      const shown = quoteText(column);
      issues.push({ file, line: 1, column: shown.slice(1, -1), message: `unknown column ${shown}; the columns are ${expectedList}` });
    } else if (seen.has(column)) {
      issues.push({ file, line: 1, column, message: `column "${column}" appears more than once; keep one` });
    }
    seen.add(column);
  }
  for (const column of expected) {
    if (!seen.has(column)) {
      issues.push({ file, line: 1, column, message: `column "${column}" is missing; the columns are ${expectedList}` });
    }
  }
  return issues;
}

function readRow<Row>(
  file: string,
  record: CsvRecord,
  columnIndex: ReadonlyMap<string, number>,
  build: RowBuilder<Row>,
  issues: ValidationIssue[],
): LocatedRow<Row> {
  const invalid = new Set<string>();
  const read: CellReader = (column, type) => {
    const index = columnIndex.get(column);
    // Only reachable if a row builder names a column that TABLE_COLUMNS lacks: a bug, not bad data.
    if (index === undefined) throw new Error(`${file} has no column "${column}" in TABLE_COLUMNS`);
    const text = checkCellText(record.fields[index] ?? '', type.text);
    const result = text.ok ? type.parse(text.text) : text;
    if (result.ok) return result.value;
    issues.push({ file, line: record.line, column, message: result.message });
    invalid.add(column);
    return type.placeholder;
  };
  return { line: record.line, row: build(read), invalid };
}

/** A table as the loader got it: text (in-memory packages) or the bytes fetched (decoded here). */
export type TableSource = string | Uint8Array;

export function parseTable<Row>(
  name: ResourceName,
  file: string,
  source: TableSource | undefined,
  build: RowBuilder<Row>,
): ParsedTable<Row> {
  const expected = TABLE_COLUMNS[name];
  if (source === undefined) {
    const message = `the file is missing; the manifest lists it as the "${name}" table`;
    return { file, rows: [], complete: false, issues: [{ file, line: null, column: null, message }] };
  }
  const decoded = typeof source === 'string' ? { ok: true as const, text: source } : decodeText(source, file);
  if (!decoded.ok) return { file, rows: [], complete: false, issues: [decoded.issue] };
  const csv = parseCsv(decoded.text);
  const issues: ValidationIssue[] = csv.problems.map((p) => ({ file, line: p.line, column: null, message: p.message }));
  let complete = csv.problems.length === 0;
  const [headerRecord, ...records] = csv.records;
  if (headerRecord === undefined) {
    const message = `the file is empty; expected a header line: ${expected.join(',')}`;
    return { file, rows: [], complete: false, issues: [...issues, { file, line: null, column: null, message }] };
  }
  const header = headerRecord.fields;
  issues.push(...headerIssues(file, header, expected));
  if (expected.some((column) => !header.includes(column))) return { file, rows: [], complete: false, issues };

  const columnIndex = new Map<string, number>();
  // The first of duplicated columns is read, so its cells are still checked.
  header.forEach((column, index) => {
    if (!columnIndex.has(column)) columnIndex.set(column, index);
  });
  const rows: LocatedRow<Row>[] = [];
  for (const record of records) {
    if (record.fields.length !== header.length) {
      const message = `this row has ${record.fields.length} fields but the header has ${header.length}; check for a missing or extra ","`;
      issues.push({ file, line: record.line, column: null, message });
      complete = false;
      continue;
    }
    rows.push(readRow(file, record, columnIndex, build, issues));
  }
  return { file, rows, complete, issues };
}
