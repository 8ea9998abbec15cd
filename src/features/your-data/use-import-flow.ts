/**
 * The import's steps, from a chosen file to a dataset on screen: read and validate in the worker,
 * ask which column is which when the headers are not all understood (or apply what was chosen last
 * time for the same headers), list the problems of a rejected file, or show the accepted dataset.
 * A rejected or cancelled file changes nothing: the URL, the filters and the dataset stay as they were.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { readMapping, rememberMapping } from '../../api/local-store';
import { keepLocalDataset, publishedReference, showLocalDataset } from '../../api/your-data-cache';
import type { Dataset, Metric } from '../../data/types';
import { chosenMapping, currentMapping, headerSetKey, mappingCovers, needsMapping } from '../../import/column-mapping';
import type { ColumnMapping, ImportResult } from '../../import/import-types';
import { runImport, warmImportWorker } from '../../workers/run-import';
import type { ImportProgress, ImportRun } from '../../workers/run-import';
import type { LoadReport, LoadRequests } from './load-requests';

/**
 * What the flow does to the page: close the request (with the report of an accepted file), say
 * whether it was kept, and show a dataset (the view store's navigate). Passed in by the host rather
 * than imported: see load-import-flow.ts.
 */
export type FlowRequests = Pick<LoadRequests, 'close' | 'setStorage'> & { showDataset: (id: string) => void };

export type Step =
  | { kind: 'choose' }
  | { kind: 'working'; fileName: string; progress: ImportProgress | null }
  | { kind: 'mapping'; file: File; result: ImportResult; mapping: Record<string, string | null> }
  | { kind: 'problems'; file: File; result: ImportResult; mapped: boolean }
  | { kind: 'failed'; fileName: string; message: string };

/** Runs one validation; tests pass one that validates in the page. */
export type ImportRunner = typeof runImport;

/** The load date as the manifest writes it (YYYY-MM-DD), in the reader's own time zone. */
export function isoDay(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

function reportOf(result: ImportResult, dataset: Dataset): LoadReport {
  return {
    datasetId: dataset.manifest.id,
    title: dataset.manifest.title,
    rows: result.rows,
    counts: result.counts,
    problems: result.problems,
    omitted: result.omitted,
    storage: { kind: 'keeping' },
  };
}

export function useImportFlow(
  firstFile: File | null,
  { close, setStorage, showDataset }: FlowRequests,
  runner: ImportRunner = runImport,
  today: () => Date = () => new Date(),
) {
  const client = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [metrics, setMetrics] = useState<readonly Metric[]>([]);
  const running = useRef<ImportRun | null>(null);

  const accept = useCallback(
    (result: ImportResult, dataset: Dataset) => {
      const entry = showLocalDataset(client, dataset);
      showDataset(entry.id);
      close(reportOf(result, dataset));
      void keepLocalDataset(entry, dataset).then((outcome) =>
        setStorage(entry.id, outcome.kept ? { kind: 'kept' } : { kind: 'session-only', message: outcome.message }),
      );
    },
    [client, showDataset, close, setStorage],
  );

  const validate = useCallback(
    (file: File, firstMapping: ColumnMapping | null): Promise<void> => {
      const attempt = async (mapping: ColumnMapping | null): Promise<void> => {
        setStep({ kind: 'working', fileName: file.name, progress: null });
        try {
          const published = await publishedReference(client);
          setMetrics(published.metrics);
          const job = { file, published, loadedOn: isoDay(today()), columnMapping: mapping ?? {} };
          const run = runner(job, (progress) => setStep({ kind: 'working', fileName: file.name, progress }));
          running.current = run;
          const outcome = await run.outcome;
          if (running.current !== run || outcome.kind === 'cancelled') return;
          running.current = null;
          if (outcome.kind === 'failed') {
            setStep({ kind: 'failed', fileName: file.name, message: outcome.message });
            return;
          }
          const { result } = outcome;
          if (mapping === null && needsMapping(result)) {
            const headers = result.columns.map((column) => column.header);
            const remembered = await readMapping(headerSetKey(headers));
            if (remembered !== undefined && mappingCovers(remembered, result.columns)) return await attempt(remembered);
            setStep({ kind: 'mapping', file, result, mapping: currentMapping(result.columns) });
            return;
          }
          if (result.accepted && result.dataset !== null) accept(result, result.dataset);
          else setStep({ kind: 'problems', file, result, mapped: mapping !== null });
        } catch (error) {
          setStep({ kind: 'failed', fileName: file.name, message: error instanceof Error ? error.message : String(error) });
        }
      };
      return attempt(firstMapping);
    },
    [client, runner, today, accept],
  );

  const choose = useCallback((file: File) => void validate(file, null), [validate]);

  /** The analyst's columns: remembered for these headers, then the file is checked again. */
  const applyMapping = useCallback(
    (file: File, result: ImportResult, chosen: Record<string, string | null>) => {
      const mapping = chosenMapping(result.columns, chosen);
      void rememberMapping(headerSetKey(result.columns.map((column) => column.header)), mapping);
      void validate(file, mapping);
    },
    [validate],
  );

  const editMapping = useCallback((file: File, result: ImportResult) => {
    setStep({ kind: 'mapping', file, result, mapping: currentMapping(result.columns) });
  }, []);

  /** Stops a validation in progress (the worker ends) and closes: nothing has changed. */
  const cancel = useCallback(() => {
    running.current?.cancel();
    running.current = null;
    close();
  }, [close]);

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (firstFile) choose(firstFile);
    else if (runner === runImport) warmImportWorker();
  }, [firstFile, choose, runner]);
  // A worker still running when the dialog goes away is ended.
  useEffect(() => () => running.current?.cancel(), []);

  return { step, metrics, choose, applyMapping, editMapping, cancel, back: () => setStep({ kind: 'choose' }) };
}
