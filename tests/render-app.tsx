/**
 * Renders the whole app against the MSW node server, with a fresh QueryClient (no retries, so an
 * error shows at once) and a reset filters store and URL, so no test depends on another's state.
 */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../src/app/app';
import { DEFAULT_FILTERS } from '../src/state/filters';
import { useFiltersStore } from '../src/state/filters-store';

export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  useFiltersStore.setState({ filters: { ...DEFAULT_FILTERS }, notices: [], historyMode: 'push' });
  const client = new QueryClient({
    // Queries set their own retry policy (5xx retried twice); no delay keeps those tests fast.
    defaultOptions: { queries: { retry: false, retryDelay: 0, networkMode: 'always' } },
  });
  return { client, ...render(<App client={client} />) };
}
