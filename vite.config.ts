import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CHUNK_GROUPS } from './scripts/chunk-groups';
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
        // Which lazily loaded modules share a chunk, and why: scripts/chunk-groups.ts.
        codeSplitting: { groups: CHUNK_GROUPS },
      },
    },
  },
});
