import { LazyPanel } from '../../ui/lazy-panel';
import { OfficeMapSkeleton } from './office-map-skeleton';

/**
 * The map's code (its layout, the recorded office positions, the zoom behaviour) comes with the other panels' (see LazyPanel): the
 * first view's JS stays within the 120 KB budget (docs/DESIGN.md §8). The skeleton has the panel's final
 * size, so nothing shifts when the chunk arrives.
 */
const loadOfficeMapPanel = () => import('./office-map-panel').then((module) => module.OfficeMapPanel);

export function OfficeMapSection() {
  return <LazyPanel load={loadOfficeMapPanel} skeleton={<OfficeMapSkeleton />} loadMargin="300px 0px" className="office-map-host" />;
}
