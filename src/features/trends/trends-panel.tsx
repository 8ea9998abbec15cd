import { useCallback, useEffect, useMemo } from 'react';
import { trendsView } from '../../domain/trends-view';
import type { ScaleMode } from '../../domain/view-request';
import { useViewStore } from '../../state/view-store';
import { usePanelViewState } from '../../ui/panel-visibility';
import { markPainted } from '../../ui/first-view';
import { PanelStatus } from '../../ui/panel-status';
import { TrendsSkeleton } from './trends-skeleton';
import { TrendsView } from './trends-view';

/**
 * Container: reads the resolved view, derives the trends once per change (memoised: the
 * filter-change-to-paint budget is 50 ms with ten offices), and makes a chosen edition the focus
 * edition for the whole page through the URL.
 */
export function TrendsPanel() {
  // Off screen, the panel holds its view until the view settles or the reader scrolls (panel-visibility.tsx).
  const { view, request, status, error, retry } = usePanelViewState();
  const navigate = useViewStore((state) => state.navigate);
  const [index, metric, focus, latest, offices] = [view?.index, view?.metric, view?.focus, view?.latest, view?.offices];
  const [firstYear, lastYear] = [view?.firstYear ?? 0, view?.lastYear ?? 0];
  const trends = useMemo(
    () => (index && metric && offices ? trendsView({ index, metric, focus, latest, offices, firstYear, lastYear }) : undefined),
    [index, metric, focus, latest, offices, firstYear, lastYear],
  );
  const latestId = latest?.id;
  // The latest edition with results is the default: choosing it clears `edition` from the URL.
  const choose = useCallback(
    (id: string) => navigate({ edition: id === latestId ? null : id }),
    [navigate, latestId],
  );
  const chooseScale = useCallback((scale: ScaleMode) => navigate({ scale }), [navigate]);
  const paintedDataset = trends ? index?.dataset.manifest.id : undefined;
  useEffect(() => {
    if (paintedDataset !== undefined) markPainted('trends', paintedDataset);
  }, [paintedDataset]);

  if (!view) {
    if (status === 'error') return <PanelStatus kind="error" title="The trends could not be loaded" error={error} onRetry={retry} />;
    return <TrendsSkeleton offices={request.offices.length} />;
  }
  if (!trends) return <PanelStatus kind="empty" title="This dataset has no editions to chart." />;
  return <TrendsView view={trends} scaleMode={view.request.scale} onScaleMode={chooseScale} onChoose={choose} />;
}
