/**
 * The one validator (docs/DESIGN.md §11): a file's bytes in, every problem out, and the dataset only
 * when the whole file is accepted — never part of it. Pure and synchronous: the CLI calls it in Node,
 * issue 13 calls it in a Web Worker, with the published dataset as reference data.
 *
 * The size cap is checked first, on the byte count, before anything is decoded; the caller that
 * reads the file (the CLI's stat, the browser's File.size) checks MAX_FILE_BYTES before reading too.
 */
import { decodeText } from '../data/decode-text';
import type { NotTextReason } from '../data/decode-text';
import type { Dataset } from '../data/types';
import { resolveColumns } from './columns';
import { csvSource } from './csv-source';
import { importedDataset } from './imported-dataset';
import { ImportCancelledError } from './import-types';
import type { ImportFormat, ImportOptions, ImportResult, ImportStage } from './import-types';
import { jsonSource } from './json-source';
import { DEFAULT_MAX_PROBLEMS, grouped, ProblemList, WHOLE_FILE } from './problems';
import { importReference } from './reference';
import type { SourceTable } from './source-table';
import { validateRows } from './validate-rows';
import { xlsxSource } from './xlsx-source';

/** 50 MiB: a results table of 13 editions × 56 offices is about 50 KB; this leaves room for notes columns. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const SAVE_CSV = 'save it as "CSV UTF-8 (Comma delimited)" (Excel: File › Save As)';

const EXTENSIONS: Readonly<Record<string, ImportFormat>> = { csv: 'csv', xlsx: 'xlsx', json: 'json' };

const OTHER_EXTENSIONS: Readonly<Record<string, string>> = {
  xls: 'this is an Excel 97–2003 workbook (.xls); save it as an Excel Workbook (.xlsx) or as "CSV UTF-8"',
  xlsm: 'this is a workbook with macros (.xlsm); save it as an Excel Workbook (.xlsx) — macros are never run here',
  ods: 'this is an OpenDocument spreadsheet (.ods); save it as .xlsx or as CSV UTF-8',
  tsv: `this file has tab-separated values; ${SAVE_CSV}`,
  txt: `a .txt file is not read; ${SAVE_CSV}, or name it .csv if it already is comma-separated UTF-8 text`,
};

/** The format a file name asks for, by its extension (any case). */
export function formatOf(fileName: string): ImportFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  return EXTENSIONS[extension] ?? null;
}

function unsupported(fileName: string): string {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  return OTHER_EXTENSIONS[extension] ?? 'files are read as .csv (UTF-8), .xlsx or .json; save the results in one of these';
}

function notTextMessage(reason: NotTextReason, format: 'csv' | 'json', message: string): string {
  const save = format === 'csv' ? SAVE_CSV : 'save it as UTF-8 JSON';
  switch (reason) {
    case 'utf-16':
    case 'utf-32':
      return `this file is saved as ${reason === 'utf-16' ? 'UTF-16 ("Unicode text")' : 'UTF-32'}, not UTF-8; ${save}`;
    case 'zip':
      return `this is an Excel workbook or another ZIP archive, not a ${format === 'csv' ? 'CSV' : 'JSON'} file; name a workbook .xlsx, or ${save}`;
    case 'not-utf-8':
      return `${message.replace(/; save it as UTF-8$/, '')}; ${save}`;
    default:
      return message;
  }
}

/** A workbook's first bytes: a ZIP archive. An old .xls starts with the OLE signature instead. */
function xlsxSignatureProblem(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return null;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return 'this is an Excel 97–2003 workbook (.xls) named .xlsx; save it as an Excel Workbook (.xlsx)';
  }
  const text = decodeText(bytes.subarray(0, 4096), 'file');
  return text.ok ? 'this file is named .xlsx but holds text; if it is CSV or JSON, give it that extension' : 'this file is not an .xlsx workbook; save the results as .xlsx, .csv or .json';
}

function emptyResult(fileName: string): ImportResult {
  return {
    file: fileName,
    format: formatOf(fileName),
    accepted: false,
    rows: 0,
    problems: [],
    counts: { error: 0, warning: 0, notice: 0 },
    omitted: 0,
    columns: [],
    preview: [],
    values: [],
    dataset: null,
  };
}

function tooLargeMessage(byteLength: number): string {
  const size = `${(byteLength / 1024 / 1024).toFixed(1)} MiB`;
  return `the file is ${size}; files up to ${grouped(MAX_FILE_BYTES / 1024 / 1024)} MiB are read, and a results table is far smaller: check that this is the right file`;
}

/**
 * The rejection of a file too large to read, from its size alone: the CLI calls it after `stat`, the
 * browser with `File.size`, so a 2 GB file is never read into memory. Null when the size is fine.
 */
export function rejectBySize(fileName: string, byteLength: number): ImportResult | null {
  if (byteLength <= MAX_FILE_BYTES) return null;
  const problems = new ProblemList(1);
  problems.error('file-too-large', WHOLE_FILE, tooLargeMessage(byteLength));
  return { ...emptyResult(fileName), ...problems.finish() };
}

export function validateImport(bytes: Uint8Array, published: Dataset, options: ImportOptions): ImportResult {
  const { fileName, loadedOn, datasetId = 'imported', columnMapping = {}, maxProblems = DEFAULT_MAX_PROBLEMS, onProgress, signal } = options;
  const problems = new ProblemList(maxProblems);
  const result = emptyResult(fileName);
  const { format } = result;
  const tick = (stage: ImportStage, fraction: number): void => {
    if (signal?.aborted === true) throw new ImportCancelledError();
    onProgress?.({ stage, fraction });
  };
  const finish = (): ImportResult => {
    const { problems: listed, counts, omitted } = problems.finish();
    return { ...result, problems: listed, counts, omitted, accepted: counts.error === 0 && result.rows > 0 };
  };

  tick('reading', 0);
  if (format === null) {
    problems.error('unsupported-format', WHOLE_FILE, unsupported(fileName));
    return finish();
  }
  if (bytes.length > MAX_FILE_BYTES) {
    problems.error('file-too-large', WHOLE_FILE, tooLargeMessage(bytes.length));
    return finish();
  }
  if (bytes.length === 0) {
    problems.error('file-empty', WHOLE_FILE, 'the file is empty; expected a header line and one row per edition and field office');
    return finish();
  }

  let table: SourceTable | null;
  if (format === 'xlsx') {
    const signature = xlsxSignatureProblem(bytes);
    if (signature !== null) {
      problems.error('not-text', WHOLE_FILE, signature);
      return finish();
    }
    table = xlsxSource(bytes, problems);
  } else {
    const decoded = decodeText(bytes, fileName);
    if (!decoded.ok) {
      const code = decoded.reason === 'not-utf-8' ? 'not-utf-8' : decoded.reason === 'utf-16' || decoded.reason === 'utf-32' ? 'utf-16' : 'not-text';
      problems.error(code, { ...WHOLE_FILE, line: decoded.issue.line }, notTextMessage(decoded.reason, format, decoded.issue.message));
      return finish();
    }
    if (decoded.text.trim() === '') {
      problems.error('file-empty', WHOLE_FILE, 'the file holds only blank lines; expected a header line and one row per edition and field office');
      return finish();
    }
    table = format === 'csv' ? csvSource(decoded.text, problems) : jsonSource(decoded.text, fileName, MAX_FILE_BYTES, problems);
  }
  tick('reading', 0.2);
  if (table === null) {
    if (!problems.hasErrors) problems.error('file-empty', WHOLE_FILE, 'the file has no header row; expected a header and one row per edition and field office');
    return finish();
  }

  const noRows = 'the file has a header but no rows; add one row per edition and field office';
  if (table.header.texts.length === 0) {
    // A JSON file with an empty "rows" list has no columns to check either: one problem says it all.
    problems.error('no-rows', table.header.at(0), noRows);
    return finish();
  }
  const reference = importReference(published);
  const columns = resolveColumns(table.header, reference, columnMapping, problems);
  if (columns === null) return finish();
  result.columns = columns.columns;
  const rows = validateRows(table, columns, reference, problems, (fraction) => tick('checking', 0.2 + 0.7 * fraction));
  result.rows = rows.rows;
  result.preview = rows.preview;
  if (rows.rows === 0) problems.error('no-rows', table.header.at(0), noRows);
  if (!problems.hasErrors) {
    tick('building', 0.9);
    const built = importedDataset(rows.entries, columns.metrics.map((m) => m.metricId), reference, { id: datasetId, fileName, loadedOn });
    result.dataset = built.dataset;
    result.values = built.values;
  }
  tick('building', 1);
  return finish();
}
