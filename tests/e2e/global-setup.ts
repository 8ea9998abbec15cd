/**
 * Global setup of the `e2e` Vitest project: serves the production build once for every e2e file.
 *
 * It does not build: the test command runs `vite build` first, so what is tested is exactly what
 * ships. E2E_DIST_DIR points the harness at another build folder (e.g. a throwaway one in /tmp).
 * The server runs scripts/serve.mjs, the same static host with the same security headers as
 * `npm run serve` and the benchmark, in its own process group; teardown stops the group.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium, INSTALL_COMMAND } from '../../scripts/lib/chromium-path.mjs';
import { startStaticServer } from '../../scripts/lib/start-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served build, without a trailing slash, e.g. `http://127.0.0.1:40123`. */
    baseUrl: string;
  }
}

function assertPrerequisites(distDir: string): void {
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(
      `${distDir}/index.html not found. The e2e tests run against the production build: ` +
        'run `node_modules/.bin/vite build` first (the e2e npm script does).',
    );
  }
  if (findChromium() === null) {
    throw new Error(`Chromium not found. Run \`node scripts/ensure-chromium.mjs\` (as root: ${INSTALL_COMMAND}).`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  const distDir = resolve(root, process.env.E2E_DIST_DIR ?? 'dist');
  assertPrerequisites(distDir);
  const server = await startStaticServer({ dir: distDir, cwd: root });
  project.provide('baseUrl', server.url);
  return server.stop;
}
