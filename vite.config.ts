import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dataPlugin } from './scripts/vite-plugin-data';
import { dropMockWorkerPlugin } from './scripts/vite-plugin-drop-mock-worker';
import { palettePlugin } from './scripts/vite-plugin-palette';
import { preloadPlugin } from './scripts/vite-plugin-preload';

export default defineConfig({
  // Relative asset and data paths: the build works from any folder of a static host, not only '/'.
  base: './',
  plugins: [react(), palettePlugin(), dataPlugin(), preloadPlugin(), dropMockWorkerPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // A second entry, loaded by an async script first in index.html (scripts/vite-plugin-preload.ts):
      // the data requests start as soon as this small chunk arrives, before the app's code is evaluated.
      input: { index: 'index.html', prefetch: 'src/api/start-prefetch.ts' },
      output: {
        codeSplitting: {
          groups: [
            // The prefetch entry stays whole and small: what it shares with the app (the data paths and
            // digests) is its chunk, which the app imports, never the other way round.
            { name: 'prefetch', priority: 2, test: /src[\\/]api[\\/](start-prefetch|prefetch|verified-data|base-url)\.ts$/ },
            // Everything the first view imports statically is one chunk: left to itself, Rolldown split
            // modules the lazy panels also use into five small chunks, each compressed on its own
            // (1.2 kB more gzip for the first view, 1.8 kB more for the whole dashboard).
            { name: 'index', tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
