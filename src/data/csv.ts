/**
 * RFC 4180 CSV reading and writing for data packages.
 *
 * The reader keeps the physical line each record starts on, so validation errors can name the exact
 * line even when a quoted field spans several lines. A leading UTF-8 BOM is dropped.
 */

export interface CsvRecord {
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export interface CsvParseProblem {
  line: number;
  message: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  problems: CsvParseProblem[];
}

const BOM = '\uFEFF';

export function parseCsv(text: string): CsvParseResult {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvParseProblem[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedFieldLine = 1;
  let i = 0;

  const endRecord = (): void => {
    fields.push(field);
    // A completely empty line (for example the trailing newline at the end of a file) is not a record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  while (i < source.length) {
    const ch = source.charAt(i);
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        const next = source[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          problems.push({ line, message: 'text follows a closing quote; quote the whole field' });
        }
        continue;
      }
      if (ch === '\n') line += 1;
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (field !== '') problems.push({ line, message: 'a quote appears inside an unquoted field' });
      inQuotes = true;
      quotedFieldLine = line;
      i += 1;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    field += ch;
    i += 1;
  }
  if (inQuotes) problems.push({ line: quotedFieldLine, message: 'a quoted field is never closed' });
  if (field !== '' || fields.length > 0) endRecord();
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
