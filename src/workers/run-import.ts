/**
 * The page's side of the import worker: one worker per validation, started from this origin (no
 * blob: or data: script, so the CSP needs nothing new), progress passed on, and Cancel that ends the
 * worker at once. A worker can be started before the file is chosen (warmImportWorker), so its code
 * is loaded and parsed while the analyst picks the file.
 */
import type { ImportResult } from '../import/import-types';
import type { ImportJob, ImportReply } from './import-protocol';

export type ImportProgress = { kind: 'reading'; read: number; total: number } | { kind: 'checking'; fraction: number };

export type ImportOutcome = { kind: 'result'; result: ImportResult } | { kind: 'failed'; message: string } | { kind: 'cancelled' };

export interface ImportRun {
  outcome: Promise<ImportOutcome>;
  /** Ends the worker; the outcome is then `cancelled`. */
  cancel: () => void;
}

let warm: Worker | null = null;

function startWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'import' });
}

/** Starts the next validation's worker now (when the analyst opens the dialog). */
export function warmImportWorker(): void {
  warm ??= startWorker();
}

export function runImport(job: ImportJob, onProgress: (progress: ImportProgress) => void): ImportRun {
  const worker = warm ?? startWorker();
  warm = null;
  let settle: (outcome: ImportOutcome) => void = () => undefined;
  const outcome = new Promise<ImportOutcome>((resolve) => {
    settle = (value) => {
      worker.terminate();
      resolve(value);
    };
  });
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if (reply.kind === 'reading' || reply.kind === 'checking') onProgress(reply);
    else settle(reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ kind: 'failed', message: event.message || 'the validation stopped unexpectedly' });
  };
  worker.postMessage(job);
  return { outcome, cancel: () => settle({ kind: 'cancelled' }) };
}
