import { LazyPanel } from '../../ui/lazy-panel';

/**
 * The sources list closes the page, far below the first screen: its code comes with the other panels'
 * after the first complete view (see LazyPanel), so the first view does not carry it. It is the last
 * panel, so its loading line growing into the list moves nothing above it.
 */
const loadSourcesPanel = () => import('./sources-panel').then((module) => module.SourcesPanel);

export function SourcesSection() {
  return <LazyPanel load={loadSourcesPanel} skeleton={<p className="sources__loading">Loading sources…</p>} loadMargin="150% 0px" />;
}
