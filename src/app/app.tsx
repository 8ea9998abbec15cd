import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FilterBar } from '../features/filters/filter-bar';
import { HeadlinePanel } from '../features/headline/headline-panel';
import { SourcesPanel } from '../features/sources/sources-panel';
import { Panel } from '../ui/panel';
import { AppHeader } from './app-header';
import { DataSync } from './data-sync';
import { FilterNotices } from './filter-notices';
import { PanelBoundary } from './panel-boundary';
import { createQueryClient } from './query-client';

/** `client` lets tests pass a QueryClient without retries; the app makes its own. */
export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Skip to the figures
      </a>
      <AppHeader />
      <DataSync />
      <main id="main" className="app-main">
        <FilterNotices />
        <PanelBoundary name="filters">
          <FilterBar />
        </PanelBoundary>
        <Panel id="headline" title="Headline figures">
          <PanelBoundary name="headline">
            <HeadlinePanel />
          </PanelBoundary>
        </Panel>
        {/* Feature panels mount here, in reading order: trends, office map, breakdown tables. */}
        <Panel id="sources" title="Sources">
          <PanelBoundary name="sources">
            <SourcesPanel />
          </PanelBoundary>
        </Panel>
      </main>
      <footer className="app-footer">
        <p>
          Figures are compiled from FBI releases and news reports; every number links to its sources. A
          dash (—) means the source reported no figure; it is never a zero.
        </p>
      </footer>
    </QueryClientProvider>
  );
}
