import { useEffect, useMemo, useRef } from 'react';
import { useCatalogue, useDataset } from '../api/use-dataset';
import { DataPackageError, formatIssue } from '../data/validation-error';
import { useFilter, useFilterActions } from '../state/filters-store';
import { useUrlSync } from '../state/use-url-sync';
import { filterContextFrom } from '../state/validate-filters';

/**
 * Keeps the filters, the URL and the loaded dataset in step (renders nothing):
 * - validates URL values against the dataset once it is loaded;
 * - when switching to a dataset that fails to load, goes back to the last good one and says why,
 *   so bad input never replaces good data (DESIGN.md §7).
 */
export function DataSync() {
  const datasetId = useFilter('dataset');
  const catalogue = useCatalogue();
  const { dataset, status, error, entry } = useDataset(datasetId);
  const { correctFilters, addNotices } = useFilterActions();

  const datasetIds = useMemo(() => catalogue.data?.datasets.map((d) => d.id) ?? [], [catalogue.data]);
  const context = useMemo(
    () => (dataset && dataset.manifest.id === datasetId ? filterContextFrom(dataset, datasetIds) : null),
    [dataset, datasetId, datasetIds],
  );
  useUrlSync(context);

  const lastGood = useRef<string | null>(null);
  useEffect(() => {
    // Placeholder data of the previous dataset (shown while this one loads) does not count.
    if (status === 'success' && dataset?.manifest.id === datasetId) lastGood.current = datasetId;
  }, [status, dataset, datasetId]);

  useEffect(() => {
    const previous = lastGood.current;
    if (status !== 'error' || previous === null || previous === datasetId) return;
    const detail =
      error instanceof DataPackageError && error.issues[0]
        ? ` ${error.issues.length} problem(s); first: ${formatIssue(error.issues[0])}.`
        : error
          ? ` ${error.message}`
          : '';
    addNotices([
      {
        id: `dataset=${datasetId}`,
        param: 'dataset',
        value: datasetId,
        message: `The dataset “${entry?.title ?? datasetId}” could not be loaded, so the previous one stays on screen.${detail}`,
      },
    ]);
    // A replacement, not a new history entry: Back must not land on the failing view again.
    correctFilters({ dataset: previous });
  }, [status, error, datasetId, entry, addNotices, correctFilters]);

  return null;
}
