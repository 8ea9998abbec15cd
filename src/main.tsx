// First: starts the data requests before the rest of the app's modules evaluate.
import './api/start-prefetch';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/app';
import { warmFirstView } from './app/warm-first-view';
// The palette's colours first (generated from src/charts/palette.ts), then the styles that use them.
import 'virtual:palette.css';
import './app/styles/index.css';

async function startMocksIfEnabled(): Promise<void> {
  // `import.meta.env.DEV` is a build-time constant: in the production build this branch and the
  // dynamic import vanish, so msw never enters the bundle (docs/DESIGN.md §2).
  if (import.meta.env.DEV && import.meta.env.VITE_MOCKS !== 'off') {
    const [{ startMockWorker }, { dataBaseUrl }] = await Promise.all([
      import('../mocks/browser'),
      import('./api/base-url'),
    ]);
    // The mocks answer under the same base URL the app fetches from (VITE_DATA_URL included).
    await startMockWorker({ baseUrl: dataBaseUrl() });
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render waits (briefly) for the first view's data, so it draws the figures, not a skeleton.
const client = createQueryClient();
void startMocksIfEnabled()
  .then(() => warmFirstView(client))
  .then(() => {
    createRoot(root).render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    );
  });
