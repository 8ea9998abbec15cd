import { lazy, Suspense } from 'react';
import { OfficeMapSkeleton } from './office-map-skeleton';
import { useNearViewport } from '../../ui/use-near-viewport';

/**
 * The map's code (d3-geo, the projection, topojson, d3-zoom) is its own chunk, loaded when the panel
 * comes near the viewport: the first view's JS stays within the 120 KB budget (DESIGN.md §8), and a
 * reader who never scrolls to the map never downloads it or its outlines. The skeleton has the
 * panel's final size, so nothing shifts when the chunk arrives.
 */
const OfficeMapPanel = lazy(() => import('./office-map-panel').then((module) => ({ default: module.OfficeMapPanel })));

/** Start loading a little before the panel scrolls into view, so it is ready when it arrives. */
const LOAD_MARGIN = '300px 0px';

export function OfficeMapSection() {
  const { ref, near } = useNearViewport<HTMLDivElement>(LOAD_MARGIN);
  return (
    <div ref={ref} className="office-map-host">
      {near ? (
        <Suspense fallback={<OfficeMapSkeleton />}>
          <OfficeMapPanel />
        </Suspense>
      ) : (
        <OfficeMapSkeleton />
      )}
    </div>
  );
}
