/**
 * The one setup for component tests that render panels (with useMockServer from ./mock-server for
 * their data): a fresh QueryClient (no retries, so an error shows at once) and the view store read
 * again from a fresh URL, so no test depends on another's state.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { App } from '../../src/app/app';
import { ViewProvider } from '../../src/app/view-provider';
import { useViewStore } from '../../src/state/view-store';

export function testQueryClient(): QueryClient {
  // Queries set their own retry policy (5xx retried twice); no delay keeps those tests fast.
  return new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0, networkMode: 'always' } } });
}

/** Puts `search` (e.g. `?dataset=sample`) in the address bar and has the view store read it. */
export function visit(search = ''): void {
  window.history.replaceState(null, '', `/${search}`);
  useViewStore.setState({ notices: [] });
  useViewStore.getState().readUrl();
}

/** Renders `ui` under the providers the app gives every panel, at the URL `search`. */
export function renderWithView(ui: ReactNode, search = '') {
  visit(search);
  const client = testQueryClient();
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>
        <ViewProvider>{ui}</ViewProvider>
      </QueryClientProvider>,
    ),
  };
}

/** The whole app at the URL `search`. */
export function renderApp(search = '') {
  visit(search);
  const client = testQueryClient();
  return { client, ...render(<App client={client} />) };
}

/** The request as the address bar holds it now. */
export const currentRequest = () => useViewStore.getState().request;
