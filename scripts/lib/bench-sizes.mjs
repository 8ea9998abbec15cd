#!/usr/bin/env node
/**
 * The JS size rows of `npm run bench`, alone: read from the built files in a second, with no browser
 * (so they can be checked on a busy machine, where the timings of the full bench would mean nothing).
 *
 *   npm run bench:sizes                        builds, then prints the rows and the files
 *   node scripts/lib/bench-sizes.mjs --no-build [--dir dist]
 *
 * Rows: the JS index.html needs before anything runs (the first view's static graph); the dashboard's
 * JS, every chunk but the on-demand tools'; and each tool's JS (scripts/lib/tool-chunks.mjs). The JS
 * the first view really fetches, which adds the lazy chunks it pulls in, needs the browser: see
 * scripts/bench.mjs.
 */
import console from 'node:console';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { allJsRows, BUDGET } from './bench-rows.mjs';
import { kb, printFiles, printTable, row, sum } from './bench-table.mjs';
import { firstViewBundle } from './bundle-graph.mjs';
import { splitToolChunks } from './tool-chunks.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The rows and the files behind them, for a built folder. */
export function measureSizes(dir) {
  const staticGraph = firstViewBundle(dir);
  const js = splitToolChunks(dir);
  const rows = [
    row('JS, index.html + static imports (gzip)', kb(sum(staticGraph.scripts.map((f) => f.gzip))), BUDGET.jsKb, 'kB', 1),
    ...allJsRows(js),
  ];
  return { rows, staticGraph, js };
}

function main() {
  const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, dir: { type: 'string', default: 'dist' } } });
  const dir = resolve(ROOT, values.dir);
  if (!values['no-build']) {
    const build = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', dir, '--emptyOutDir'], { cwd: ROOT, stdio: 'ignore' });
    if (build.status !== 0) {
      console.error('bench:sizes: vite build failed');
      return 1;
    }
  }
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`bench:sizes: ${dir}/index.html not found`);
    return 1;
  }
  const { rows, staticGraph, js } = measureSizes(dir);
  printTable(rows);
  printFiles('JS in index.html and its static imports:', staticGraph.scripts);
  for (const { tool, files } of js.tools) printFiles(`On-demand tool JS, ${tool}:`, files);
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
