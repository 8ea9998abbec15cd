/**
 * Reads one of the compiled source CSVs into rows addressed by column name.
 * The source files are ours and committed, so any problem is a bug in them: fail loudly, naming the
 * file and line, rather than derive a package from a half-read file.
 */
import { parseCsv } from '../../src/data/csv';

export interface SourceRow {
  /** 1-based physical line in the source file. */
  line: number;
  /** The cell under `column`, trimmed; '' for a blank cell. Throws on an unknown column. */
  cell(column: string): string;
}

export function readSourceTable(text: string, file: string): SourceRow[] {
  const { records, problems } = parseCsv(text);
  const [firstProblem] = problems;
  if (firstProblem) throw new Error(`${file} line ${firstProblem.line}: ${firstProblem.message}`);
  const [header, ...body] = records;
  if (!header) throw new Error(`${file}: the file is empty`);
  const columns = header.fields;
  return body.map((record) => {
    if (record.fields.length !== columns.length) {
      throw new Error(
        `${file} line ${record.line}: ${record.fields.length} cells, the header has ${columns.length}`,
      );
    }
    return {
      line: record.line,
      cell(column: string): string {
        const index = columns.indexOf(column);
        const value = record.fields[index];
        if (index < 0 || value === undefined) throw new Error(`${file}: no column "${column}"`);
        return value.trim();
      },
    };
  });
}

/** `S1;S2` → ['S1', 'S2']; a blank cell is an empty list. */
export function splitList(cell: string): string[] {
  return cell === '' ? [] : cell.split(';').map((part) => part.trim());
}

/** A count as published: digits only. Blank means "not reported" and must never become 0. */
export function parseCount(cell: string, where: string): number | null {
  if (cell === '') return null;
  if (!/^\d+$/.test(cell)) throw new Error(`${where}: "${cell}" is not a whole number`);
  return Number(cell);
}
