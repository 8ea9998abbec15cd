import { LazyPanel } from '../../ui/lazy-panel';
import { BreakdownSkeleton } from './breakdown-skeleton';

/**
 * The tables' code comes with the other panels' (see LazyPanel): the panel sits below the
 * charts and the map, so the first view does not pay for it (docs/DESIGN.md §8). The margin is one and a
 * half screens, so the tables are there before a reader (or the Tab key) reaches them.
 */
const loadBreakdownPanel = () => import('./breakdown-panel').then((module) => module.BreakdownPanel);

export function BreakdownSection() {
  return (
    <LazyPanel load={loadBreakdownPanel} skeleton={<BreakdownSkeleton />} loadMargin="150% 0px" className="breakdown-host" />
  );
}
