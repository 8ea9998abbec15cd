/**
 * The catalogue and the dataset on screen, derived from the query cache alone. While another dataset
 * loads, or when it fails, the last one that loaded stays on screen (docs/DESIGN.md §2, §7): which dataset
 * is shown is worked out here from the query results, never written back into the view store.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { Catalogue, CatalogueEntry, Dataset } from '../data/types';
import { indexDataset } from '../domain/dataset-index';
import type { DatasetIndex } from '../domain/dataset-index';
import { isLocalDatasetId } from '../domain/your-data';
import { useFirstViewShown } from '../ui/first-view';
import { dataBaseUrl } from './base-url';
import { localDatasetsQuery } from './local-datasets';
import { catalogueQuery, datasetQuery } from './queries';

export function useCatalogue() {
  return useQuery(catalogueQuery(dataBaseUrl()));
}

export function catalogueEntry(catalogue: Catalogue | undefined, id: string): CatalogueEntry | undefined {
  return catalogue?.datasets.find((entry) => entry.id === id);
}

export interface ShownDataset {
  /** The host's datasets, then the ones kept in this browser ("Your data", ids `local-…`). */
  catalogue: CatalogueEntry[] | undefined;
  /** The dataset asked for: `unknown` once the catalogue has loaded without it. */
  requested: {
    id: string;
    entry: CatalogueEntry | undefined;
    status: 'pending' | 'error' | 'success' | 'unknown';
    error: Error | null;
  };
  /** What is on screen: the requested dataset once loaded, else the last one that loaded (or none). */
  shown: { entry: CatalogueEntry; dataset: Dataset; index: DatasetIndex } | undefined;
  /** Asks again for whatever failed: the catalogue, or the requested dataset. */
  retry: () => void;
}

const NO_ENTRY: CatalogueEntry = { id: '', title: '', kind: 'published', path: '' };

/**
 * The datasets kept in this browser: read at once when the address asks for one, otherwise after the
 * first view, so the default page's first view neither waits for the browser's storage nor fetches
 * its code.
 */
function useLocalDatasets(requestedId: string) {
  const wanted = isLocalDatasetId(requestedId);
  const afterFirstView = useFirstViewShown();
  return useQuery({ ...localDatasetsQuery(), enabled: wanted || afterFirstView });
}

export function useShownDataset(requestedId: string): ShownDataset {
  const catalogue = useCatalogue();
  const local = useLocalDatasets(requestedId);
  const isLocal = isLocalDatasetId(requestedId);
  // A `local-…` id is looked up only among this browser's datasets, never in the host's catalogue.
  const entry = isLocal ? local.data?.find((item) => item.id === requestedId) : catalogueEntry(catalogue.data, requestedId);
  const query = useQuery({
    ...datasetQuery(dataBaseUrl(), entry ?? NO_ENTRY),
    enabled: entry !== undefined,
    // While another dataset loads, the last one stays on screen.
    placeholderData: keepPreviousData,
  });
  // The last dataset that loaded, kept for when a later one fails ("storing information from previous
  // renders": set during render, so the fallback is there in the same render as the failure).
  const [lastGood, setLastGood] = useState<{ entry: CatalogueEntry; dataset: Dataset }>();
  const loaded = query.isSuccess && !query.isPlaceholderData && entry !== undefined ? query.data : undefined;
  if (loaded && entry && lastGood?.dataset !== loaded) setLastGood({ entry, dataset: loaded });

  // While a switch loads (the previous data kept as placeholder) or after it failed, that is the last good one.
  const shownData = loaded && entry ? { entry, dataset: loaded } : lastGood;
  const shownDataset = shownData?.dataset;
  const index = useMemo(() => (shownDataset ? indexDataset(shownDataset) : undefined), [shownDataset]);

  const catalogueFailed = catalogue.isError;
  const unknown = catalogue.isSuccess && entry === undefined && (!isLocal || local.isFetched);
  const status = catalogueFailed || query.isError ? 'error' : unknown ? 'unknown' : loaded ? 'success' : 'pending';
  const { refetch: refetchCatalogue } = catalogue;
  const { refetch: refetchDataset } = query;
  const retry = useCallback(
    () => void (catalogueFailed ? refetchCatalogue() : refetchDataset()),
    [catalogueFailed, refetchCatalogue, refetchDataset],
  );
  const hostDatasets = catalogue.data?.datasets;
  const localDatasets = local.data;
  const all = useMemo(
    () => (hostDatasets && localDatasets ? [...hostDatasets.filter((item) => !isLocalDatasetId(item.id)), ...localDatasets] : hostDatasets),
    [hostDatasets, localDatasets],
  );
  return {
    catalogue: all,
    requested: { id: requestedId, entry, status, error: catalogueFailed ? catalogue.error : query.error },
    shown: shownData && index ? { ...shownData, index } : undefined,
    retry,
  };
}
