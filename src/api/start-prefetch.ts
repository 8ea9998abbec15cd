/**
 * Imported first by src/main.tsx, so its body runs before the rest of the app's modules evaluate:
 * the first view's data requests start at once (prefetch.ts). Not in development, where the mock
 * worker must be running before any data request is made.
 */
import { prefetchForPage } from './prefetch';

if (!import.meta.env.DEV) prefetchForPage(window.location.search);
