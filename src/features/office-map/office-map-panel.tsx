import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { statesAtlasQuery } from '../../api/atlas-query';
import { useDataset } from '../../api/use-dataset';
import { editionName } from '../../domain/format';
import { officeMapModel } from '../../domain/office-map';
import { useFilters } from '../../state/filters-store';
import { useDeferredWhenHidden } from '../../ui/panel-visibility';
import { PanelStatus } from '../../ui/panel-status';
import { SampleDataMark } from '../../ui/sample-data-mark';
import { AtlasStatus } from './atlas-status';
import { OfficeMapFigure } from './office-map-figure';
import { OfficeMapSkeleton } from './office-map-skeleton';
import { useMapExport } from './use-map-export';

/**
 * Container: the filters and the dataset in, the map model out (one selector, shared with the list
 * and later the export). The outlines load on their own: until they arrive, or if they fail, the
 * offices are still drawn and usable.
 */
export function OfficeMapPanel() {
  // Off screen, filter changes arrive deferred: the panel the reader looks at paints first.
  const {
    dataset: datasetId,
    metric: metricId,
    edition: editionId,
    offices: selectedIds,
  } = useDeferredWhenHidden(useFilters());
  const { index, status, error, refetch } = useDataset(datasetId);
  const atlas = useQuery(statesAtlasQuery());
  const model = useMemo(
    () => (index ? officeMapModel(index, editionId, metricId) : undefined),
    [index, editionId, metricId],
  );
  // What the Export menu in the panel's header and the briefing pack draw: the whole map, unzoomed.
  useMapExport(model, index, { data: atlas.data, failed: atlas.status === 'error' }, selectedIds);

  if (status === 'error' && !index) {
    return <PanelStatus kind="error" title="The field-office map could not be loaded" error={error} onRetry={refetch} />;
  }
  if (!index) return <OfficeMapSkeleton />;
  if (!model) return <PanelStatus kind="empty" title="This dataset has no edition to map." />;
  return (
    <div className="office-map">
      <p className="office-map__caption">
        <strong>{model.metric.shortLabel}</strong> by field office, {editionName(model.edition)}:{' '}
        <span data-testid="office-map-coverage">{model.coverage.caption}</span>
        {model.hasSynthetic ? (
          <>
            {' '}
            <SampleDataMark detail="hatched symbols are generated, not published" />
          </>
        ) : null}
      </p>
      <OfficeMapFigure
        model={model}
        atlas={atlas.data}
        atlasStatus={<AtlasStatus status={atlas.status} error={atlas.error} onRetry={() => void atlas.refetch()} />}
        selectedIds={selectedIds}
      />
    </div>
  );
}
