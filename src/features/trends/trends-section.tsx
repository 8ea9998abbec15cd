import { lazy, Suspense } from 'react';
import { useFilter } from '../../state/filters-store';
import { useNearViewport } from '../../ui/use-near-viewport';
import { TrendsSkeleton } from './trends-skeleton';

/**
 * The trends' code (d3 scales, layout, marks) is its own chunk, loaded as the panel nears the
 * viewport. The first view shows the headline; keeping the charts out of its JS keeps that within
 * the 120 KB budget (DESIGN.md §8). The skeleton has the panel's final size, so nothing shifts.
 */
const TrendsPanel = lazy(() => import('./trends-panel').then((module) => ({ default: module.TrendsPanel })));

/** Start a little before the panel scrolls into view (the same margin idea as the map's). */
const LOAD_MARGIN = '200px 0px';

export function TrendsSection() {
  const { ref, near } = useNearViewport<HTMLDivElement>(LOAD_MARGIN);
  const offices = useFilter('offices').length;
  return (
    <div ref={ref}>
      {near ? (
        <Suspense fallback={<TrendsSkeleton offices={offices} />}>
          <TrendsPanel />
        </Suspense>
      ) : (
        <TrendsSkeleton offices={offices} />
      )}
    </div>
  );
}
