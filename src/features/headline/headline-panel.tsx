import { useEffect, useMemo } from 'react';
import { HEADLINE_METRIC_IDS, headlineCards, headlineYears } from '../../domain/headline';
import { officeFigures } from '../../domain/office-figures';
import { scaleFacts } from '../../domain/scale-facts';
import { headlineSummary } from '../../domain/summary';
import { usePanelViewState } from '../../ui/panel-visibility';
import { markFirstView, markPainted } from '../../ui/first-view';
import { PanelStatus } from '../../ui/panel-status';
import { HeadlineView } from './headline-view';
import { editionName } from '../../domain/format';

/** Container: reads the resolved view, derives the headline, hands it to the view. */
export function HeadlinePanel() {
  const { view, status, error, retry } = usePanelViewState();
  const index = view?.index;
  const edition = view?.focus;
  const metric = view?.metric;
  const offices = view?.offices;

  const model = useMemo(() => {
    if (!index || !edition || !metric || !offices) return undefined;
    return {
      edition,
      editionNames: index.dataset.editions.map(editionName),
      metric,
      summary: headlineSummary(index, edition, metric),
      cards: headlineCards(index, edition, metric.id),
      years: headlineYears(index),
      scale: scaleFacts(index, edition),
      offices: officeFigures(index, edition, metric.id, offices.map((office) => office.id)),
    };
  }, [index, edition, metric, offices]);

  const shown = model !== undefined;
  const paintedDataset = shown ? index?.dataset.manifest.id : undefined;
  useEffect(() => {
    if (paintedDataset === undefined) return;
    markFirstView();
    markPainted('headline', paintedDataset);
  }, [paintedDataset]);

  if (!view) {
    if (status === 'error') {
      return <PanelStatus kind="error" title="The headline figures could not be loaded" error={error} onRetry={retry} />;
    }
    return status === 'success' ? <PanelStatus kind="empty" title="This dataset has no metrics to show." /> : <HeadlineSkeleton />;
  }
  if (!model) {
    return <PanelStatus kind="empty" title="This dataset has no edition with results to show." />;
  }
  return <HeadlineView {...model} />;
}

/** Same boxes as the loaded view, so nothing moves when the data arrive (layout shift: none). */
export function HeadlineSkeleton() {
  return (
    <div className="headline headline--loading" aria-busy="true">
      <p className="headline__edition skeleton-line">Loading the latest edition…</p>
      <p className="headline__summary skeleton-line" />
      <div className="headline__cards">
        {HEADLINE_METRIC_IDS.map((id) => (
          <div key={id} className="headline-card headline-card--skeleton" />
        ))}
      </div>
      <p className="headline__caveat skeleton-line" />
      <p className="headline__scale skeleton-line" />
    </div>
  );
}
