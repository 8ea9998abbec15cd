/**
 * Starts the MSW service worker in the browser (development, or a build with mocks switched on).
 * Import this module only through a dynamic `import()` behind the mocks flag: msw's browser code is
 * about 160 kB gzip and must not reach the production bundle otherwise (docs/STACK.md).
 *
 * `?scenario=slow|error|malformed|empty|large` in the page URL prepends that scenario's handlers.
 */
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { scenarioFromSearch, scenarioHandlers } from './scenarios';

export interface MockWorkerOptions {
  /** The data base URL the app fetches from; defaults to the app's own `data/` path. */
  baseUrl?: string;
}

/** The app's static data path under Vite's base (`/` in dev, maybe `/occ/` on a host). */
const defaultBaseUrl = (): string => `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/data`;

export async function startMockWorker(options: MockWorkerOptions = {}): Promise<void> {
  const baseUrl = options.baseUrl ?? defaultBaseUrl();
  const worker = setupWorker(...createHandlers(baseUrl));
  const scenario = scenarioFromSearch(window.location.search);
  if (scenario !== null) worker.use(...scenarioHandlers(scenario, baseUrl));
  await worker.start({
    // Vite's own module and asset requests pass straight to the dev server.
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  });
}
