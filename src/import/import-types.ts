/**
 * The analysts' import (docs/DESIGN.md §11): what goes in, what comes out. One pure validator over the
 * bytes of a file runs in Node (`npm run validate`) and, from issue 13, in the browser's Web Worker,
 * so nothing here touches the DOM, the clock or the network: the caller passes the file's name, the
 * load date and the reference data (the published dataset).
 */
import type { Dataset } from '../data/types';

export type ImportFormat = 'csv' | 'xlsx' | 'json';
export type ProblemSeverity = 'error' | 'warning' | 'notice';

/** Every rule's code; the README lists each with an example message. */
export type ProblemCode =
  // The file as a whole.
  | 'file-too-large'
  | 'file-empty'
  | 'unsupported-format'
  | 'not-utf-8'
  | 'utf-16'
  | 'not-text'
  | 'wrong-delimiter'
  | 'csv-quote'
  | 'json-syntax'
  | 'json-duplicate-key'
  | 'json-forbidden-key'
  | 'json-too-deep'
  | 'json-shape'
  | 'xlsx-invalid'
  | 'xlsx-too-large'
  | 'xlsx-sheet'
  | 'xlsx-merged-cells'
  | 'no-rows'
  // The header.
  | 'header-blank'
  | 'header-duplicate'
  | 'header-text'
  | 'too-many-columns'
  | 'column-matched'
  | 'column-ignored'
  | 'no-metric-column'
  | 'no-office-column'
  | 'no-edition-column'
  | 'mapping-invalid'
  // A row.
  | 'ragged-row'
  | 'blank-rows-skipped'
  | 'total-row-skipped'
  | 'duplicate-row'
  | 'edition-missing'
  | 'edition-unknown'
  | 'year-invalid'
  | 'year-without-edition'
  | 'year-ambiguous'
  | 'edition-year-mismatch'
  | 'office-missing'
  | 'office-unknown'
  | 'office-matched'
  | 'cell-text'
  // A value.
  | 'not-a-count'
  | 'negative-count'
  | 'count-too-large'
  | 'not-reported-token'
  | 'thousands-separator'
  | 'implausible-count'
  | 'formula-result'
  | 'formula-without-result'
  | 'excel-error'
  | 'excel-date';

/** One problem, located as its format allows. The CLI prints `file:line:character: severity: message`. */
export interface ImportProblem {
  severity: ProblemSeverity;
  code: ProblemCode;
  /** CSV: the physical line (header = 1); JSON: the line; Excel: the sheet's row number; null for the whole file. */
  line: number | null;
  /** CSV and JSON: 1-based character on that line; Excel: the column number (C = 3). The editor convention. */
  character: number | null;
  /** The column's name as the file writes it (a header cell or a JSON key), when the problem is about one column. */
  column: string | null;
  /** JSON: the path of the value, such as `rows[3].minor_victims`. */
  path: string | null;
  /** Excel: sheet and cell, such as `results!C7`. */
  cell: string | null;
  /** The offending value as text, escaped and cut to an excerpt; null when there is none. */
  value: string | null;
  /** What is wrong and how to fix the file. */
  message: string;
}

/** What one column of the file is read as. */
export type ColumnRole =
  | { kind: 'edition' }
  | { kind: 'year' }
  | { kind: 'office' }
  | { kind: 'metric'; metricId: string }
  | { kind: 'ignored' };

/** How a header was matched: an id or its snake case are canonical; the rest earn a notice. */
export type ColumnMatch = 'id' | 'label' | 'alias' | 'mapping' | 'none';

export interface ImportColumn {
  /** 0-based position in the header. */
  index: number;
  /** The header as the file writes it (checked text, NFC). */
  header: string;
  role: ColumnRole;
  matchedBy: ColumnMatch;
}

/**
 * A header → role override (issue 13's mapping step): keys are header texts (compared ignoring case,
 * spaces, `_` and `-`), values `edition`, `year`, `office`, a metric id, or null to ignore the column.
 */
export type ColumnMapping = Readonly<Record<string, string | null>>;

export type ImportStage = 'reading' | 'checking' | 'building';

export interface ImportProgress {
  stage: ImportStage;
  /** 0 to 1 within the whole validation. */
  fraction: number;
}

export interface ImportOptions {
  /** The file's name as the analyst chose it: its extension picks the format; messages name it. */
  fileName: string;
  /** The load date (YYYY-MM-DD) written in the manifest: injected, so the validator never reads the clock. */
  loadedOn: string;
  /** Id of the dataset built from an accepted file; default `imported`. */
  datasetId?: string;
  columnMapping?: ColumnMapping;
  /** Most problems listed; the rest are counted ("and N more"). Default 200. */
  maxProblems?: number;
  /** Called every few thousand rows and at each stage. */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Checked at every progress step; once aborted, the validator throws ImportCancelledError. A worker
   * that runs the validator in one synchronous call cannot see a message until it returns, so issue 13
   * cancels by terminating the worker; the signal serves callers that abort from onProgress.
   */
  signal?: { readonly aborted: boolean };
}

/** One value of the file, as `--json` prints it: null = not reported. */
export interface ImportedValue {
  edition: string;
  office: string;
  metric: string;
  value: number | null;
}

export interface ProblemCounts {
  error: number;
  warning: number;
  notice: number;
}

export interface ImportResult {
  file: string;
  format: ImportFormat | null;
  /** True when no problem is an error: the whole file goes in. Never partly. */
  accepted: boolean;
  /** Data rows read (after the header; blank rows and total rows not counted). */
  rows: number;
  /** The first `maxProblems` problems in file order. */
  problems: ImportProblem[];
  /** Every problem found, listed or not, by severity. */
  counts: ProblemCounts;
  /** Problems found but not listed: "and N more". */
  omitted: number;
  /** How each column was read: the mapping step of issue 13 starts from it. */
  columns: ImportColumn[];
  /** The first rows' cells as text, for the mapping step. */
  preview: string[][];
  /** Only when accepted: one per (edition, office, metric) cell of the file. */
  values: ImportedValue[];
  /** Only when accepted: the dataset of the app's own model. */
  dataset: Dataset | null;
}

export class ImportCancelledError extends Error {
  override name = 'ImportCancelledError';
  constructor() {
    super('the validation was cancelled');
  }
}
