import { useCallback, useMemo, useState } from 'react';
import { useDataset } from '../../api/use-dataset';
import { trendsView } from '../../domain/trends-view';
import { useFilterActions, useFilters } from '../../state/filters-store';
import { useDeferredWhenHidden } from '../../ui/panel-visibility';
import { PanelStatus } from '../../ui/panel-status';
import type { ScaleMode } from './scale-mode-toggle';
import { TrendsSkeleton } from './trends-skeleton';
import { TrendsView } from './trends-view';
import { useTrendsExport } from './use-trends-export';

/**
 * Container: reads the filters and the dataset, derives the trends once per change (memoised: the
 * filter-change-to-paint budget is 50 ms with ten offices), and makes a chosen edition the focus
 * edition for the whole page through the filters (the URL follows).
 */
export function TrendsPanel() {
  // Off screen, filter changes arrive deferred: the panel the reader looks at paints first.
  const {
    dataset: datasetId,
    metric: metricId,
    from,
    to,
    edition: editionId,
    offices: officeIds,
  } = useDeferredWhenHidden(useFilters());
  const { setFilters } = useFilterActions();
  const { index, status, error, refetch } = useDataset(datasetId);
  const [scaleMode, setScaleMode] = useState<ScaleMode>('shared');

  const view = useMemo(
    () => (index ? trendsView(index, { metricId, from, to, editionId, officeIds }) : undefined),
    [index, metricId, from, to, editionId, officeIds],
  );
  const latestId = view?.latest?.id;
  // The latest edition with results is the default: choosing it clears `edition` from the URL.
  const choose = useCallback(
    (id: string) => setFilters({ edition: id === latestId ? null : id }),
    [setFilters, latestId],
  );
  // What the Export menu in the panel's header and the briefing pack draw: this view, as shown.
  useTrendsExport(view, index, scaleMode);

  if (status === 'error' && !index) {
    return <PanelStatus kind="error" title="The trends could not be loaded" error={error} onRetry={refetch} />;
  }
  if (!index) return <TrendsSkeleton offices={officeIds.length} />;
  if (!view) return <PanelStatus kind="empty" title="This dataset has no editions to chart." />;
  return <TrendsView view={view} scaleMode={scaleMode} onScaleMode={setScaleMode} onChoose={choose} />;
}
