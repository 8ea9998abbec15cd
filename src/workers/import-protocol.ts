/**
 * The messages between the page and the import worker (import-worker.ts). The file goes over as a
 * File (a handle: its bytes are read in the worker, never on the page's thread), the reference data
 * as the published dataset; back come progress, then one result.
 */
import type { Dataset } from '../data/types';
import type { ColumnMapping, ImportResult } from '../import/import-types';

export interface ImportJob {
  file: File;
  /** The published dataset: editions, offices and metrics the file is checked against. */
  published: Dataset;
  /** The load date (YYYY-MM-DD), chosen by the page so the worker never reads the clock. */
  loadedOn: string;
  columnMapping: ColumnMapping;
}

export type ImportReply =
  /** Bytes of the file read so far. */
  | { kind: 'reading'; read: number; total: number }
  /** Share of the validation done (0 to 1), once the file is read. */
  | { kind: 'checking'; fraction: number }
  | { kind: 'result'; result: ImportResult }
  | { kind: 'failed'; message: string };
