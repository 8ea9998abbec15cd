import { lazy, Suspense } from 'react';
import { BreakdownSkeleton } from './breakdown-skeleton';
import { useNearViewport } from '../../ui/use-near-viewport';

/**
 * The tables' code (about 9 KB gzip) is its own chunk, loaded when the panel comes near the viewport:
 * the panel sits below the charts and the map, so the first view does not pay for it (DESIGN.md §8).
 * The margin is one and a half screens, so the tables are there before a reader (or a Tab key moving
 * through the map above) reaches them.
 */
const BreakdownTables = lazy(() => import('./breakdown-tables').then((module) => ({ default: module.BreakdownTables })));

const LOAD_MARGIN = '150% 0px';

export function BreakdownPanel() {
  const { ref, near } = useNearViewport<HTMLDivElement>(LOAD_MARGIN);
  return (
    <div ref={ref} className="breakdown-host">
      {near ? (
        <Suspense fallback={<BreakdownSkeleton />}>
          <BreakdownTables />
        </Suspense>
      ) : (
        <BreakdownSkeleton />
      )}
    </div>
  );
}
