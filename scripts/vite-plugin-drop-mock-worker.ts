/**
 * Vite copies everything in public/ into the build, including MSW's service worker, which only the
 * dev server needs. The production build must carry no msw code (docs/DESIGN.md §2), so it is removed.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const MOCK_WORKER_FILE = 'mockServiceWorker.js';

export function dropMockWorkerPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      if (!config) return;
      rmSync(join(resolve(config.root, config.build.outDir), MOCK_WORKER_FILE), { force: true });
    },
  };
}
