import { LazyPanel } from '../../ui/lazy-panel';

/**
 * The sources list closes the page, far below the first screen: its code is a chunk of its own, loaded
 * after the first complete view like the other panels (see LazyPanel), so the first view does not
 * carry it. It is the last panel, so its loading line growing into the list moves nothing above it.
 * Its chunk is not preloaded with the page, so it is revealed alone: the trends, the map and the
 * tables never wait for it.
 */
const loadSourcesPanel = () => import('./sources-panel').then((module) => module.SourcesPanel);

export function SourcesSection() {
  return <LazyPanel load={loadSourcesPanel} skeleton={<p className="sources__loading">Loading sources…</p>} loadMargin="150% 0px" alone />;
}
