import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { BreakdownSection } from '../features/breakdown/breakdown-section';
import { FilterBar } from '../features/filters/filter-bar';
import { HeadlinePanel } from '../features/headline/headline-panel';
import { OfficeMapSection } from '../features/office-map/office-map-section';
import { SourcesSection } from '../features/sources/sources-section';
import { TrendsSection } from '../features/trends/trends-section';
import { LoadDataButton } from '../features/your-data/load-data-button';
import { YourDataHost } from '../features/your-data/your-data-host';
import { PagePatterns } from '../charts/value-state-patterns';
import { Panel } from '../ui/panel';
import { AppHeader } from './app-header';
import { BriefingPackControl } from './briefing-pack-control';
import { PanelExportMenu } from './panel-export-menu';
import { PanelBoundary } from './panel-boundary';
import { PrintButton } from './print-button';
import { PrintFooterSlot } from './print-footer-slot';
import { ViewProvider } from './view-provider';
import { useViewStore } from '../state/view-store';
import { NoticeList } from '../ui/notice-list';

/** `client` lets tests pass a QueryClient without retries; the app makes its own. */
export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <ViewProvider>
        <PagePatterns />
        <a className="skip-link" href="#headline">
          Skip to the figures
        </a>
        <AppHeader />
        <main id="main" className="app-main">
          <FilterNotices />
          <PanelBoundary name="filters">
            <FilterBar datasetAction={<LoadDataButton />} />
            <ReleaseNoteWhenOn />
          </PanelBoundary>
          <PanelBoundary name="your data">
            <YourDataHost />
          </PanelBoundary>
          <BriefingPackControl />
          <Panel id="headline" title="Headline figures" actions={<PrintButton />}>
            <PanelBoundary name="headline">
              <HeadlinePanel />
            </PanelBoundary>
          </Panel>
          {/* Feature panels mount here, in reading order: trends, office map, breakdown tables. */}
          <Panel id="trends" title="Year-over-year trends" actions={<PanelExportMenu panel="trends" subject="trends chart" />}>
            <PanelBoundary name="trends">
              <TrendsSection />
            </PanelBoundary>
          </Panel>
          <Panel id="office-map" title="Field-office map" actions={<PanelExportMenu panel="office-map" subject="field-office map" />}>
            <PanelBoundary name="office map">
              <OfficeMapSection />
            </PanelBoundary>
          </Panel>
          <Panel id="breakdown" title="Breakdown tables">
            <PanelBoundary name="breakdown tables">
              <BreakdownSection />
            </PanelBoundary>
          </Panel>
          <Panel id="sources" title="Sources">
            <PanelBoundary name="sources">
              <SourcesSection />
            </PanelBoundary>
          </Panel>
          <PanelBoundary name="print footer">
            <PrintFooterSlot />
          </PanelBoundary>
        </main>
        <footer className="app-footer">
          <p>
            Figures are compiled from FBI releases and news reports; every number links to its sources. A
            dash (—) means the source reported no figure; it is never a zero.
          </p>
        </footer>
      </ViewProvider>
    </QueryClientProvider>
  );
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Under the mocks there is no real network: 'always' stops TanStack Query from pausing
        // requests while the browser believes it is offline (docs/DESIGN.md §2).
        networkMode: import.meta.env.DEV ? 'always' : 'online',
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** Values dropped from the URL (or a dataset that failed to load), each with a Dismiss button. */
export function FilterNotices() {
  const notices = useViewStore((state) => state.notices);
  const dismissNotice = useViewStore((state) => state.dismissNotice);
  return <NoticeList label="Notices about the view" notices={notices} onDismiss={dismissNotice} />;
}

// Release mode's page notice: the status region is always there (so the notice is announced when it
// appears); its words and the count of the page's cells are loaded only while release mode is on.
const ReleaseNoticeText = lazy(() =>
  import('../features/filters/release-note').then((module) => ({ default: module.ReleaseNoticeText })),
);

function ReleaseNoteWhenOn() {
  const on = useViewStore((state) => state.request.suppress !== null);
  return (
    <p className="release-note" role="status" hidden={!on}>
      {on && (
        <Suspense fallback={null}>
          <ReleaseNoticeText />
        </Suspense>
      )}
    </p>
  );
}

