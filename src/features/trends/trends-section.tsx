import { useViewState } from '../../state/view-context';
import { LazyPanel } from '../../ui/lazy-panel';
import { TrendsSkeleton } from './trends-skeleton';

/**
 * The trends' code (d3 scales, layout, marks) is not the first view's: it comes with the other panels' (see LazyPanel). The first view shows
 * the headline; keeping the charts out of its JS keeps that within the 120 KB budget (docs/DESIGN.md §8).
 */
const loadTrendsPanel = () => import('./trends-panel').then((module) => module.TrendsPanel);

export function TrendsSection() {
  const offices = useViewState().request.offices.length;
  return <LazyPanel load={loadTrendsPanel} skeleton={<TrendsSkeleton offices={offices} />} loadMargin="200px 0px" />;
}
