/**
 * A CSV file as a source table, read with the package reader (src/data/csv.ts) so lines count the
 * same everywhere: the header is line 1, a quoted field spanning lines counts each physical line,
 * and each cell is located by line and character. A file that separates fields with ";", tabs or "|"
 * (a spreadsheet saved with another list separator) is refused before its rows are read.
 */
import { csvFieldPosition, readCsv } from '../data/csv';
import type { CsvParseProblem, CsvRecordAt } from '../data/csv';
import type { Location, ProblemList } from './problems';
import { WHOLE_FILE } from './problems';
import { BLANK } from './source-table';
import type { SourceCell, SourceRow, SourceTable } from './source-table';

/** How often (in records) the reader reports progress and the validator checks for a cancel. */
const PROGRESS_EVERY = 4_096;

const OTHER_DELIMITERS: readonly [string, string][] = [
  [';', '";"'],
  ['\t', 'tabs'],
  ['|', '"|"'],
];

const SAVE_AS = 'save it as "CSV UTF-8 (Comma delimited)" (Excel: File › Save As), or set the list separator to ","';

const QUOTE_FIX: Readonly<Record<CsvParseProblem['kind'], string>> = {
  'unclosed-quote': 'a quoted cell that opens here is never closed; add the closing quote (") or remove the opening one',
  'text-after-quote': 'text follows the closing quote of a quoted cell; put the whole cell in quotes and write a quote inside it as ""',
  'quote-in-field': 'a quote appears inside a cell that does not start with one; put the whole cell in quotes and write the quote as ""',
};

function headerRecord(text: string): CsvRecordAt | null {
  let header: CsvRecordAt | null = null;
  readCsv(text, (record) => {
    header = record;
    return false;
  });
  return header;
}

function position(text: string, record: CsvRecordAt, index: number): Location {
  const { line, column } = csvFieldPosition(text, record, index);
  return { line, character: column, column: null, path: null, cell: null };
}

/** One record as a row: a class, so a million rows cost one object each rather than three closures. */
class CsvRow implements SourceRow {
  constructor(
    private readonly text: string,
    private readonly record: CsvRecordAt,
  ) {}

  get width(): number {
    return this.record.fields.length;
  }

  where(): Location {
    return { ...WHOLE_FILE, line: this.record.line, character: 1 };
  }

  cell(index: number): SourceCell {
    const field = this.record.fields[index];
    return field === undefined || field === '' ? BLANK : { kind: 'text', text: field };
  }

  at(index: number): Location {
    return position(this.text, this.record, index);
  }
}

/** The table, or null when the file cannot be read as comma-separated values at all. */
export function csvSource(text: string, problems: ProblemList): SourceTable | null {
  const header = headerRecord(text);
  if (header === null) return null;
  if (header.fields.length === 1) {
    const [, name] = OTHER_DELIMITERS.find(([delimiter]) => (header.fields[0] ?? '').includes(delimiter)) ?? [];
    if (name !== undefined) {
      problems.error('wrong-delimiter', { ...WHOLE_FILE, line: header.line, character: 1 }, `this file separates its fields with ${name}, not ","; ${SAVE_AS}`);
      return null;
    }
  }
  return {
    format: 'csv',
    header: { texts: header.fields, at: (index) => position(text, header, index) },
    rows: (visit, progress) => {
      let count = 0;
      const syntax = readCsv(text, (record) => {
        count += 1;
        if (count === 1) return;
        if (count % PROGRESS_EVERY === 0) progress((record.starts[0] ?? 0) / text.length);
        visit(new CsvRow(text, record));
      });
      for (const found of syntax) problems.error('csv-quote', { ...WHOLE_FILE, line: found.line, character: found.column }, QUOTE_FIX[found.kind]);
    },
  };
}
