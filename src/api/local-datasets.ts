/**
 * The datasets kept in this browser as the query cache sees them: the list (the dataset choice's
 * "Your data"), and one dataset by its `local-…` id. The storage code (local-store.ts) is imported
 * only when the list or a local dataset is asked for, so the first view's JS carries none of it.
 */
import { queryOptions } from '@tanstack/react-query';
import type { CatalogueEntry, Dataset } from '../data/types';

const localStore = () => import('./local-store');

export function localDatasetsQuery() {
  return queryOptions({
    queryKey: ['local-datasets'],
    queryFn: async (): Promise<CatalogueEntry[]> => (await localStore()).listLocalDatasets(),
    // Only this page changes the list, and it updates the cache when it does.
    staleTime: Infinity,
    retry: false,
  });
}

export class LocalDatasetMissingError extends Error {
  override name = 'LocalDatasetMissingError';
  constructor(id: string) {
    super(`the dataset ${id} is not kept in this browser; load its file again`);
  }
}

export async function loadLocalDataset(entry: CatalogueEntry): Promise<Dataset> {
  const dataset = await (await localStore()).readLocalDataset(entry.id);
  if (dataset === undefined) throw new LocalDatasetMissingError(entry.id);
  return dataset;
}
