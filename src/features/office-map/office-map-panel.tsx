import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { outlinesQuery } from '../../api/outlines-query';
import { editionName } from '../../domain/format';
import { officeMapModel } from '../../domain/office-map';
import { officeMapSummary } from '../../domain/office-map-summary';
import { usePanelViewState } from '../../ui/panel-visibility';
import { markPainted } from '../../ui/first-view';
import { PanelStatus } from '../../ui/panel-status';
import { SampleDataMark } from '../../ui/sample-data-mark';
import { AtlasStatus } from './atlas-status';
import { OfficeMapFigure } from './office-map-figure';
import { OfficeMapSkeleton } from './office-map-skeleton';

const SUMMARY_ID = 'office-map-summary';

/**
 * Container: the resolved view in, the map model out (one selector, shared with the list and the
 * export). The outlines load on their own: until they arrive, or if they fail, the offices are still
 * drawn and usable.
 */
export function OfficeMapPanel() {
  // Off screen, the panel holds its view until the view settles or the reader scrolls (panel-visibility.tsx).
  const { view, status, error, retry } = usePanelViewState();
  const outlines = useQuery(outlinesQuery());
  const [index, edition, metric, offices] = [view?.index, view?.focus, view?.metric, view?.offices];
  const model = useMemo(
    () => (index && edition && metric ? officeMapModel(index, edition, metric) : undefined),
    [index, edition, metric],
  );
  const selectedIds = useMemo(() => offices?.map((office) => office.id) ?? [], [offices]);
  const paintedDataset = model ? index?.dataset.manifest.id : undefined;
  useEffect(() => {
    if (paintedDataset !== undefined) markPainted('office-map', paintedDataset);
  }, [paintedDataset]);

  if (!view) {
    if (status === 'error') {
      return <PanelStatus kind="error" title="The field-office map could not be loaded" error={error} onRetry={retry} />;
    }
    return <OfficeMapSkeleton />;
  }
  if (!model) return <PanelStatus kind="empty" title="This dataset has no edition to map." />;
  return (
    <div className="office-map" data-view-edition={model.edition.id}>
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
      <p id={SUMMARY_ID} className="office-map__summary">
        {officeMapSummary(model)}
      </p>
      <OfficeMapFigure
        model={model}
        basemap={outlines.data}
        atlasStatus={<AtlasStatus status={outlines.status} error={outlines.error} onRetry={() => void outlines.refetch()} />}
        selectedIds={selectedIds}
        summaryId={SUMMARY_ID}
      />
    </div>
  );
}
