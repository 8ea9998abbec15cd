/**
 * One queryOptions factory per resource. Keys hold every input (base URL, the whole catalogue entry)
 * so a changed data host or entry never serves a cached answer from another.
 */
import { queryOptions } from '@tanstack/react-query';
import type { CatalogueEntry } from '../data/types';
import { DataPackageError } from '../data/validation-error';
import { HttpError } from './http-error';
import { LocalDatasetMissingError } from './local-datasets';
import { loadCatalogue, loadDataset } from './load-dataset';

/** Retry only what may succeed next time: network failures and 5xx, at most twice. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof DataPackageError || error instanceof LocalDatasetMissingError) return false;
  if (error instanceof HttpError && error.status < 500) return false;
  return failureCount < 2;
}

export function catalogueQuery(base: string) {
  return queryOptions({
    queryKey: ['catalogue', base],
    queryFn: ({ signal }) => loadCatalogue(base, signal),
    // Published figures change only with a new deployment.
    staleTime: Infinity,
    retry: shouldRetry,
  });
}

export function datasetQuery(base: string, entry: CatalogueEntry) {
  return queryOptions({
    queryKey: ['dataset', base, entry],
    queryFn: ({ signal }) => loadDataset(base, entry, signal),
    staleTime: Infinity,
    retry: shouldRetry,
  });
}
