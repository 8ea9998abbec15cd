/**
 * The catalogue and the chosen dataset, as every panel reads them. TanStack Query dedupes the
 * requests, so each panel may call this hook on its own and still fetch once.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Catalogue, CatalogueEntry, Dataset } from '../data/types';
import { indexDataset } from '../domain/dataset-index';
import type { DatasetIndex } from '../domain/dataset-index';
import { dataBaseUrl } from './base-url';
import { catalogueQuery, datasetQuery } from './queries';

export function useCatalogue() {
  return useQuery(catalogueQuery(dataBaseUrl()));
}

export function catalogueEntry(catalogue: Catalogue | undefined, id: string): CatalogueEntry | undefined {
  return catalogue?.datasets.find((entry) => entry.id === id);
}

export interface DatasetState {
  entry: CatalogueEntry | undefined;
  dataset: Dataset | undefined;
  index: DatasetIndex | undefined;
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  refetch: () => void;
}

export function useDataset(datasetId: string): DatasetState {
  const catalogue = useCatalogue();
  const entry = catalogueEntry(catalogue.data, datasetId);
  const base = dataBaseUrl();
  const query = useQuery({
    ...datasetQuery(base, entry ?? { id: datasetId, title: datasetId, kind: 'published', path: '' }),
    enabled: entry !== undefined,
    // While another dataset loads, the last one stays on screen (DESIGN.md §2).
    placeholderData: keepPreviousData,
  });
  const index = useMemo(() => (query.data ? indexDataset(query.data) : undefined), [query.data]);

  if (catalogue.isError) {
    return {
      entry,
      dataset: undefined,
      index: undefined,
      status: 'error',
      error: catalogue.error,
      refetch: () => void catalogue.refetch(),
    };
  }
  if (catalogue.isSuccess && !entry) {
    return {
      entry,
      dataset: undefined,
      index: undefined,
      status: 'error',
      error: new Error(`The catalogue has no dataset "${datasetId}".`),
      refetch: () => void catalogue.refetch(),
    };
  }
  return {
    entry,
    dataset: query.data,
    index,
    status: query.status,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
