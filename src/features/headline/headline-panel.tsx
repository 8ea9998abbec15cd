import { useEffect, useMemo } from 'react';
import { useDataset } from '../../api/use-dataset';
import { focusEdition } from '../../domain/editions';
import { headlineCards } from '../../domain/headline';
import { officeFigures } from '../../domain/office-figures';
import { scaleFacts } from '../../domain/scale-facts';
import { headlineSummary } from '../../domain/summary';
import { useFiltersStore } from '../../state/filters-store';
import { markFirstView } from '../../ui/first-view';
import { PanelStatus } from '../../ui/panel-status';
import { HeadlineSkeleton } from './headline-skeleton';
import { HeadlineView } from './headline-view';

/** Container: reads the filters and the dataset, derives the headline, hands it to the view. */
export function HeadlinePanel() {
  const datasetId = useFiltersStore((state) => state.filters.dataset);
  const metricId = useFiltersStore((state) => state.filters.metric);
  const editionId = useFiltersStore((state) => state.filters.edition);
  const officeIds = useFiltersStore((state) => state.filters.offices);
  const { index, status, error, refetch } = useDataset(datasetId);

  const model = useMemo(() => {
    if (!index) return undefined;
    const edition = focusEdition(index, editionId);
    const metric = index.metricById.get(metricId) ?? index.dataset.metrics[0];
    if (!edition || !metric) return undefined;
    return {
      edition,
      metric,
      summary: headlineSummary(index, edition, metric),
      cards: headlineCards(index, edition, metric.id),
      scale: scaleFacts(index, edition),
      offices: officeFigures(index, edition, metric.id, officeIds),
    };
  }, [index, editionId, metricId, officeIds]);

  const shown = model !== undefined;
  useEffect(() => {
    if (shown) markFirstView();
  }, [shown]);

  if (status === 'error' && !index) {
    return <PanelStatus kind="error" title="The headline figures could not be loaded" error={error} onRetry={refetch} />;
  }
  if (!index) return <HeadlineSkeleton />;
  if (!model) {
    return <PanelStatus kind="empty" title="This dataset has no edition with results to show." />;
  }
  return <HeadlineView {...model} />;
}
